import { fit, gaps, knockout, ranking, weightedscore } from "../../src/kinds/competences/functions/competences";
import { readiness, verdict, weakcount } from "../../src/kinds/readiness/functions/readiness";
import { join } from "node:path";
import { progress, taskstate } from "../../src/kinds/tasks/functions/tasks";

/** What users leave in the cells a function reads (Excel passes blanks as null, numbers, text and booleans). */
const BAD: readonly unknown[] = ["good", 7, 2.5, -1, 0, "", null, true, "#N/A", "31.03.2026", "🚀 مرحبا", "x".repeat(40_000), 1e308, -0];

type Call = readonly [name: string, call: (bad: unknown) => unknown];

const col = (...v: unknown[]) => v.map((x) => [x]);
const rowOf = (...v: unknown[]) => [v];

/** Each function with one argument replaced by a bad value, or by a range holding one, in every position. */
const CALLS: readonly Call[] = [
  ["READINESS scores", (b) => readiness(col(4, b, 2) as never)],
  ["READINESS n/a", (b) => readiness(col(4, 3) as never, col(b, "") as never)],
  ["READINESS conditions", (b) => readiness(col(4, null) as never, null as never, col("R01", b) as never)],
  ["WEAKCOUNT threshold", (b) => weakcount(col(4, 2) as never, b as never)],
  ["VERDICT language", (b) => verdict(col(4, 2) as never, 3, b as never)],
  ["VERDICT scores as a row", (b) => verdict(rowOf(4, b) as never, 3, "de")],
  ["FIT ratings", (b) => fit(col(4, b) as never, col(4, 4) as never)],
  ["FIT required", (b) => fit(col(4, 3) as never, col(b, 4) as never)],
  ["FIT weights", (b) => fit(col(4, 3) as never, col(4, 4) as never, col(2, b) as never)],
  ["WEIGHTEDSCORE", (b) => weightedscore(col(b, 3) as never, col(2, 2) as never)],
  ["GAPS", (b) => gaps(col(4, b) as never, col(4, 4) as never)],
  ["KNOCKOUT must-have", (b) => knockout(col(2, 3) as never, col(4, 4) as never, col(b, "x") as never)],
  [
    "RANKING all ratings",
    (b) =>
      ranking(
        [
          [4, b],
          [3, 2],
        ] as never,
        col(4, 4) as never,
      ),
  ],
  ["TASKSTATE due", (b) => taskstate(b, "Open", 46000)],
  ["TASKSTATE status", (b) => taskstate(46000, b, 46000)],
  ["TASKSTATE today", (b) => taskstate(46000, "Open", b)],
  ["PROGRESS statuses", (b) => progress(col("Done", b) as never)],
  ["PROGRESS progress", (b) => progress(col("Open", "Open") as never, col(0.5, b) as never)],
];

describe("custom functions given what users type", () => {
  it.each(CALLS)("%s: a value or #VALUE! naming the problem, never a crash", (_, call) => {
    for (const bad of BAD) {
      let thrown: unknown;
      try {
        call(bad);
      } catch (e) {
        thrown = e;
      }
      if (thrown === undefined) continue;
      // Excel shows a CustomFunctions.Error as its code with the message as the cell's tooltip
      expect(thrown).toBeInstanceOf((globalThis as unknown as { CustomFunctions: { Error: new () => Error } }).CustomFunctions.Error);
      expect(thrown).toMatchObject({ code: "#VALUE!" });
      expect((thrown as Error).message.length).toBeGreaterThan(10);
      expect((thrown as Error).message.length).toBeLessThan(300);
    }
  });

  it("an invalid score does not count, as on the sheet and in the pane (which name its cell)", () => {
    expect(readiness(col(4, 7, 2) as never)).toBe(3);
    expect(readiness(col(4, "gut", 2.5, 6, 2) as never)).toBe(3);
    expect(verdict(col(5, 6, 5) as never, 3, "en")).toBe("Incomplete: not all conditions rated yet");
  });
});

describe("blank arguments as Excel passes them", () => {
  it("a blank threshold cell (0 on the desktop, null on the web) is the default threshold, 3", () => {
    const scores = [[2], [4], [3]];
    for (const blank of [0, null, ""]) expect(weakcount(scores, blank as never)).toBe(weakcount(scores, 3));
    expect(weakcount(scores, 3)).toBe(1);
  });

  it("TASKSTATE needs today: its metadata marks it required, so Excel asks for it", async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const result = await generateCustomFunctionsMetadata([join(__dirname, "../../src/kinds/tasks/functions/tasks.ts")]);
    const meta = JSON.parse(result.metadataJson) as { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] };
    const params = meta.functions.find((f) => f.id === "TASKSTATE")!.parameters;
    expect(params.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["due", false],
      ["status", false],
      ["today", false],
      ["language", true],
    ]);
  });
});
