/**
 * Render → parse is the identity: whatever a user entered (any valid model, and entries kept as typed), written as
 * a sheet in any language and read back, comes back as it was, with no problem reported for valid entries.
 */
import fc from "fast-check";
import type { Lang } from "../../src/domain/lang";
import type { Task } from "../../src/kinds/tasks/domain/model";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import type { ParseResult, SheetGrid, SheetRead } from "../../src/sheets/read";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import type { RenderOptions, SheetSpec } from "../../src/sheets/spec";
import { specToGrid } from "../../src/sheets/specToGrid";
import { parsePlan } from "../../src/kinds/plans/sheets/parse";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { langArb } from "./arbitraries";
import { planModelArb } from "./planModels";
import { type Flavour, competenceModelArb, isoDatesIn, readinessModelArb, taskModelArb } from "./models";
import { excelOnDouble } from "../hosts/setup";

interface Kind<M> {
  readonly name: string;
  readonly model: (flavour: Flavour) => fc.Arbitrary<M>;
  readonly render: (model: M, lang: Lang, options?: RenderOptions) => SheetSpec;
  readonly parse: (grid: SheetGrid) => ParseResult<SheetRead<M>>;
}

const kind = <M>(k: Kind<M>): Kind<unknown> => k as Kind<unknown>;
const KINDS = [
  kind({ name: "readiness checklist", model: readinessModelArb, render: renderReadiness, parse: parseReadiness }),
  kind({ name: "competence assessment", model: competenceModelArb, render: renderCompetences, parse: parseCompetences }),
  kind({ name: "task overview", model: taskModelArb, render: renderTasks, parse: parseTasks }),
  // a plan's sheet computes with Excel's functions only: it is the same portable or not
  kind({ name: "account plan", model: planModelArb, render: (plan, lang) => renderPlan(plan, lang, "Plan Müller AG"), parse: parsePlan }),
];

function read<M>(k: Kind<M>, grid: SheetGrid | null | undefined): SheetRead<M> {
  if (grid === null || grid === undefined) throw new Error("the sheet written was not read back");
  const parsed = k.parse(grid);
  if (!parsed.ok) throw new Error(`the sheet written does not read as a ${k.name}`);
  return parsed;
}

/** The Office.js double stores an error value written as text as that text; Excel makes it the error value again. */
function withoutErrorFlags<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutErrorFlags) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!(key === "error" && "value" in value)) out[key] = withoutErrorFlags(v);
  return out as T;
}

describe.each(KINDS)("the $name: render → parse", (k) => {
  it("gives back every valid model in every language, portable or not, without a problem", () => {
    fc.assert(
      fc.property(k.model("valid"), langArb, fc.boolean(), (model, lang, portable) => {
        const spec = k.render(model, lang, { portable });
        const back = read(k, specToGrid(spec));
        expect(back.lang).toBe(lang);
        expect(back.problems).toEqual([]);
        expect(back.model).toEqual(model);
      }),
      { numRuns: 100 },
    );
  });

  it("gives back entries kept as typed (text, numbers out of range, decimals, booleans, error values, formulas)", () => {
    fc.assert(
      fc.property(k.model("withKept"), langArb, (model, lang) => {
        expect(read(k, specToGrid(k.render(model, lang))).model).toEqual(model);
      }),
      { numRuns: 100 },
    );
  });

  it("gives back the model written to Excel (the Office.js double) and read from there", async () => {
    await fc.assert(
      fc.asyncProperty(k.model("withKept"), langArb, async (model, lang) => {
        const { host } = excelOnDouble();
        const spec = k.render(model, lang);
        const written = await host.writeSheet(spec, { readBack: [spec.name] });
        expect(read(k, written.get(spec.name)).model).toEqual(withoutErrorFlags(model));
        expect(read(k, (await host.readSheets([spec.name])).get(spec.name)).model).toEqual(withoutErrorFlags(model));
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe("task dates", () => {
  it("come back as the same calendar day anywhere in the range the sheet accepts (1900-01-01 to 9999-12-31)", () => {
    fc.assert(
      fc.property(isoDatesIn(1900, 9999), fc.option(isoDatesIn(1900, 9999), { nil: null }), langArb, (start, due, lang) => {
        const task: Task = {
          id: "T01",
          phase: 1,
          text: null,
          responsible: "",
          start,
          due,
          status: "OPEN",
          progress: null,
          link: "",
          notes: "",
        };
        const back = parseTasks(specToGrid(renderTasks({ tasks: [task] }, lang)));
        if (!back.ok) throw new Error("the task overview does not read");
        expect([back.model.tasks[0]!.start, back.model.tasks[0]!.due]).toEqual([start, due]);
      }),
      { numRuns: 200 },
    );
  });
});
