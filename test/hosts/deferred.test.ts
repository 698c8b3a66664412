import { createExcelHost, type ExcelRun } from "../../src/hosts/excel/excelHost";
import { deferredHost } from "../../src/hosts/host";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { OfficeDouble } from "../office";

describe("a host whose code arrives later", () => {
  it("holds calls until it has loaded, then works as the host itself, in two round trips per read", async () => {
    const excel = new OfficeDouble();
    let arrive!: () => void;
    const arrived = new Promise<void>((r) => (arrive = r));
    const host = deferredHost(arrived.then(() => createExcelHost(excel.run as ExcelRun)));
    const creating = createReadiness(host, { lang: "en" });
    await Promise.resolve();
    expect(excel.runs).toBe(0);
    arrive();
    expect((await creating).status).toBe("ready");
    const before = excel.syncCount;
    expect((await readReadiness(host)).status).toBe("ready");
    expect(excel.syncCount - before).toBe(2);
  });
});
