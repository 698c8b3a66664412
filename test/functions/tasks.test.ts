import { isoToSerial } from "../../src/domain/dates";
import { progress, taskstate } from "../../src/kinds/tasks/functions/tasks";
import { valueErrorOf } from "./valueError";

const d = isoToSerial;
const col = (...v: unknown[]) => v.map((x) => [x]);
const TODAY = d("2026-11-23");

describe("KAM.TASKSTATE", () => {
  it("tells overdue, due soon and done, in the status's language", () => {
    expect(taskstate(d("2026-11-22"), "Offen", TODAY)).toBe("überfällig");
    expect(taskstate(d("2026-11-30"), "Bezig", TODAY)).toBe("deadline nadert");
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
  it("leaves out what is not valid, as the pane does (which names the cell): no task without a known status, no due date that is not one", () => {
    expect(taskstate(TODAY, "fertig", TODAY)).toBe("");
    expect(taskstate("next week", "Open", TODAY, "en")).toBe("open");
    expect(taskstate(-5, "Open", TODAY, "en")).toBe("open");
    expect(taskstate(d("2026-11-01"), "Open", "xyz", "en")).toBe("overdue");
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
  const phases = col("1 Ziele", "1 Ziele", "2 Organisation", "2 Organisation", "2 Organisation");
  it("counts one phase when asked, its name in any case and with spaces around it", () => {
    expect(progress(statuses, null as never, phases, "2 organisation")).toBe(0.5);
    expect(progress(statuses, col(0, 0, 0.4, 0, 0), phases, "1 Ziele")).toBe(0.5);
    expect(progress(statuses, null as never, phases, " 1 ZIELE ")).toBe(0.5);
  });
  it("counts every task without a phase to count, and takes the optional arguments left out as the web passes them (null)", () => {
    expect(progress(statuses, null as never, phases)).toBe(0.5);
    expect(progress(statuses, null as never, null as never, "1 Ziele")).toBe(0.5);
    expect(progress(statuses, null as never, null as never, null)).toBe(0.5);
  });
  it("takes a single blank progress cell as no progress, so that phases can follow", () => {
    expect(progress(statuses, [[""]], phases, "1 Ziele")).toBe(0.5);
    expect(progress(statuses, [[0]], phases, "2 Organisation")).toBe(0.5);
  });
  it("counts a blank first progress cell of a range as 0 %, not as the argument left out", () => {
    expect(progress(col("Offen", "Offen"), col("", 0.5))).toBe(0.25);
    expect(progress([["Offen", "Offen"]], [["", 0.5]])).toBe(0.25);
  });
  it("counts an open task at 100 % fully, and progress as text or below 0 as none", () => {
    expect(progress(col("Offen", "Offen"), col(1, 0))).toBe(0.5);
    expect(progress(col("Offen", "Offen"), col("0.5", -0.5))).toBe(0);
  });
  it("names the argument whose length does not match the statuses", () => {
    expect(valueErrorOf(() => progress(col("Offen", "Offen"), col(0.5, 0.5, 0.5))).message).toBe(
      "The arguments progress and statuses must be the same length: 3 and 2 cells.",
    );
    expect(valueErrorOf(() => progress(col("Offen", "Offen"), null as never, col("1 Ziele"))).message).toBe(
      "The arguments phases and statuses must be the same length: 1 and 2 cells.",
    );
    expect(
      valueErrorOf(() =>
        progress([
          ["Offen", "Offen"],
          ["Offen", "Offen"],
        ]),
      ).message,
    ).toBe("The argument statuses must be one column or one row, not 2 × 2 cells.");
  });
  it("leaves out unknown statuses, counts progress outside 0–100 % as none, and rejects mismatched ranges", () => {
    expect(progress(col("fertig", "Done"))).toBe(1);
    expect(progress(col("Offen", "Offen"), col(50, 0.5))).toBe(0.25);
    expect(valueErrorOf(() => progress(col("Offen", "Offen"), col(0.5))).message).toContain("same length");
  });
});
