/**
 * Sheets made before a wording changed (docs/glossary.md) read as they did: the labels, statuses and standard texts
 * of earlier versions are still recognised, so a workbook made then gives the same model, language and problems.
 */
import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import type { ParseResult, SheetGrid, SheetRead } from "../../src/sheets/read";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";

/** The grid with each text (a constant cell, not a formula's result) replaced as `earlier` says. */
function reworded(grid: SheetGrid, earlier: Readonly<Record<string, string>>): SheetGrid {
  const swap = (v: unknown) => (typeof v === "string" && v in earlier ? earlier[v]! : v);
  const isConstant = (r: number, c: number) => !String(grid.formulas[r]?.[c] ?? "").startsWith("=");
  return {
    ...grid,
    values: grid.values.map((row, r) => row.map((v, c) => (isConstant(r, c) ? swap(v) : v))) as SheetGrid["values"],
    formulas: grid.formulas.map((row, r) => row.map((v, c) => (isConstant(r, c) ? swap(v) : v))) as SheetGrid["formulas"],
  };
}

/** What a read gives a user: the model, the sheet's language and the problems named. */
function seen<T extends SheetRead<unknown>>(read: ParseResult<T>) {
  if (!read.ok) throw new Error("the sheet is not read");
  return { model: read.model, lang: read.lang, problems: read.problems };
}

function sameRead<T extends SheetRead<unknown>>(
  parse: (g: SheetGrid) => ParseResult<T>,
  grid: SheetGrid,
  earlier: Readonly<Record<string, string>>,
) {
  const then = reworded(grid, earlier);
  // the earlier wording is really on the sheet read
  for (const old of Object.values(earlier)) expect(then.values.flat()).toContain(old);
  expect(seen(parse(then))).toEqual(seen(parse(grid)));
}

describe("a sheet in an earlier version's wording reads as before", () => {
  it("German checklist: Readiness-Index, Ergebnis, Status and the condition text with Top-Managements", () => {
    const m = defaultReadinessModel(["Zentrale", "BU"]);
    const model = { ...m, conditions: m.conditions.map((c, i) => ({ ...c, scores: [i % 5 === 0 ? 2 : 4, 3] })) };
    sameRead(parseReadiness, specToGrid(renderReadiness(model, "de")), {
      "Reifegrad (1–5)": "Readiness-Index (1–5)",
      "Reifegrad in %": "Readiness in %",
      Fazit: "Ergebnis",
      Befund: "Status",
      "Engagement des Topmanagements für (die Einführung von) Key-Account-Management („Executive Sponsor“)":
        "Engagement des Top-Managements für (die Einführung von) Key-Account-Management („Executive Sponsor“)",
    });
  });

  it("Dutch checklist: Readiness-index, Status and the seed's R02 text", () => {
    sameRead(parseReadiness, specToGrid(renderReadiness(defaultReadinessModel(), "nl")), {
      "Gereedheidsindex (1–5)": "Readiness-index (1–5)",
      Bevinding: "Status",
      "Interne overeenstemming over het belang van key-accountmanagement (zowel centraal als op businessunit- en/of landenniveau)":
        "Intern overeenstemming over het belang van Key Account Management (zowel op centraal als op business unit en/of landen niveau)",
    });
  });

  it("Dutch assessment: Vereist and Eis", () => {
    const m = defaultCompetenceModel("default", ["Anna", "Bert"]);
    const model = { ...m, requirements: m.requirements.map((r, i) => ({ ...r, mustHave: i === 1, ratings: [4, i === 1 ? 2 : 5] })) };
    sameRead(parseCompetences, specToGrid(renderCompetences(model, "nl")), { Norm: "Vereist", "Harde eis": "Eis" });
  });

  it("Dutch task overview: Vandaag, Stand, and Gereed typed as a task's status", () => {
    const m = defaultTaskModel();
    const model = { ...m, tasks: m.tasks.map((t, i) => ({ ...t, status: i < 3 ? ("DONE" as const) : t.status })) };
    sameRead(parseTasks, specToGrid(renderTasks(model, "nl")), {
      Peildatum: "Vandaag",
      "Stand van zaken": "Stand",
      Afgerond: "Gereed",
      "Afgerond in %": "Gereed in %",
      "Gem. voortgang": "Voortgang gem.",
      "Key-accountmanagers benoemen": "Key accountmanagers benoemen",
    });
  });

  it("English sheets: Status above the findings, State and Today in the task overview", () => {
    sameRead(parseReadiness, specToGrid(renderReadiness(defaultReadinessModel(), "en")), { Finding: "Status" });
    sameRead(parseTasks, specToGrid(renderTasks(defaultTaskModel(), "en")), { "Current state": "State", "Reference date": "Today" });
  });
});
