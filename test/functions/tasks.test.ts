import { isoToSerial } from "../../src/domain/tasks/dates";
import { progress, taskstate } from "../../src/functions/tasks";
import { valueErrorOf } from "./valueError";

const d = isoToSerial;
const col = (...v: unknown[]) => v.map((x) => [x]);
const TODAY = d("2026-11-23");


describe("KAM.TASKSTATE", () => {
  it("tells overdue, due soon and done, in the status's language", () => {
    expect(taskstate(d("2026-11-22"), "Offen", TODAY)).toBe("überfällig");
    expect(taskstate(d("2026-11-30"), "Bezig", TODAY)).toBe("binnenkort");
    expect(taskstate(d("2026-12-01"), "In progress", TODAY)).toBe("in progress");
    expect(taskstate(d("2026-11-01"), "Erledigt", TODAY)).toBe("erledigt");
    expect(taskstate(0, "Blocked", TODAY)).toBe("blocked");
  });
  it("answers in the language asked for, and blank for a blank status", () => {
    expect(taskstate(d("2026-11-22"), "Erledigt", TODAY, "en")).toBe("done");
    expect(taskstate(d("2026-11-22"), "", TODAY)).toBe("");
    expect(taskstate(null, null, TODAY)).toBe("");
  });
  it("ignores the time of day in a date", () => {
    expect(taskstate(d("2026-11-23") + 0.99, "Open", TODAY + 0.5, "en")).toBe("due soon");
  });
  it("rejects an unknown status or a date that is not one, naming the cell", () => {
    const inv = { parameterAddresses: ["Tasks!F13", "Tasks!G13", "Tasks!B3"] } as unknown as CustomFunctions.Invocation;
    expect(valueErrorOf(() => taskstate(TODAY, "fertig", TODAY, undefined, inv)).message).toContain('Unknown status "fertig" at Tasks!G13');
    expect(valueErrorOf(() => taskstate("next week", "Open", TODAY, undefined, inv)).message).toBe('"next week" at Tasks!F13 is not a date.');
    expect(valueErrorOf(() => taskstate(TODAY, "Open", TODAY, "fr")).code).toBe("#VALUE!");
  });
});

describe("KAM.PROGRESS", () => {
  const statuses = col("Erledigt", "Offen", "In Arbeit", "", "Done");
  it("is the share of done tasks; blank statuses are not tasks", () => {
    expect(progress(statuses)).toBe(0.5);
    expect(progress(col("", null))).toBe("");
  });
  it("with progress: the mean, a done task counting 100 %", () => {
    expect(progress(statuses, col(0.2, null, 0.5, 0.9, ""))).toBeCloseTo((1 + 0 + 0.5 + 1) / 4, 12);
  });
  it("counts one phase when asked", () => {
    const phases = col("1 Ziele", "1 Ziele", "2 Organisation", "2 Organisation", "2 Organisation");
    expect(progress(statuses, null as never, phases, "2 organisation")).toBe(0.5);
    expect(progress(statuses, col(0, 0, 0.4, 0, 0), phases, "1 Ziele")).toBe(0.5);
  });
  it("rejects unknown statuses, progress outside 0–100 % and mismatched ranges", () => {
    expect(valueErrorOf(() => progress(col("fertig"))).message).toContain('Unknown status "fertig"');
    expect(valueErrorOf(() => progress(col("Offen"), col(50))).message).toBe('Progress "50" at row 1, column 1 is not between 0% and 100%.');
    expect(valueErrorOf(() => progress(col("Offen", "Offen"), col(0.5))).message).toContain("same length");
  });
});
