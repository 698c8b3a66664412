import { createCompetences, readCompetences } from "../../src/workflows/competences";
import { excelOnDouble } from "./setup";

const names = (n: number) => Array.from({ length: n }, (_, i) => `Kandidat ${i + 1}`);

describe("the competence assessment in Excel", () => {
  it("takes as many round trips for 30 competences × 200 candidates as for 8 × 3", async () => {
    const counts = [];
    for (const [competences, candidates] of [
      [8, 3],
      [30, 200],
    ] as const) {
      const { excel, host } = excelOnDouble();
      const own = Array.from({ length: competences - 8 }, (_, i) => `Eigene Kompetenz ${i + 1}`);
      excel.resetCount();
      const state = await createCompetences(host, { lang: "de", candidates: names(candidates), competences: own });
      const create = excel.syncCount;
      expect(state.kind === "ready" && state.model.requirements.length).toBe(competences);
      expect(state.kind === "ready" && state.model.candidates.length).toBe(candidates);
      excel.resetCount();
      await readCompetences(host);
      counts.push({ create, read: excel.syncCount });
    }
    expect(counts[0]).toEqual({ create: 2, read: 1 });
    expect(counts[1]).toEqual(counts[0]);
  });

  it("keeps requirements, candidates and ratings when a candidate or competence is added", async () => {
    const { excel, host } = excelOnDouble();
    await createCompetences(host, { lang: "de", candidates: ["Anna", "Bert"] });
    const sheet = excel.workbook.sheet("Kompetenzen");
    expect(sheet.userEdit("F9", 5).accepted).toBe(true);
    expect(sheet.userEdit("G9", 2).accepted).toBe(true);
    expect(sheet.userEdit("C10", 3).accepted).toBe(true);
    expect(sheet.userEdit("D10", 3).accepted).toBe(true);
    expect(sheet.userEdit("E9", "x").accepted).toBe(true);
    expect(sheet.userEdit("D11", 4).accepted).toBe(false);

    const after = await createCompetences(host, { lang: "de", candidates: ["Cem"], competences: ["Verhandlungsgeschick"], profile: "extended" });
    if (after.kind !== "ready") throw new Error(after.kind);
    expect(after.model.candidates).toEqual(["Anna", "Bert", "Cem"]);
    expect([sheet.getValue("F9"), sheet.getValue("G9"), sheet.getValue("H9"), sheet.getValue("E9")]).toEqual([5, 2, "", "x"]);
    expect([sheet.getValue("C10"), sheet.getValue("D10")]).toEqual([3, 3]);
    expect(after.model.requirements.map((r) => r.id)).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12", "C13", "C14", "C15"]);
    expect(sheet.getValue("B23")).toBe("Verhandlungsgeschick");
    expect(sheet.getValue("I8")).toBe("Erfüllt von");
    // Bert misses the must-have C01 (2 < 4)
    expect(after.result.candidates[1]!.knockedOut).toBe(true);
    expect(sheet.frozen).toEqual({ rows: 8, cols: 5 });
  });
});
