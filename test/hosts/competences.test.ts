import { cellAddress } from "../../src/sheets/address";
import { createCompetences, readCompetences } from "../../src/kinds/competences/workflows/competences";
import { StrayCellsError } from "../../src/workflows/sheetWorkflow";
import { excelOnDouble, ready } from "./setup";
import { earlierAssessment } from "../sheets/earlierLayout";

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
      expect(state.status === "ready" && state.model.requirements.length).toBe(competences);
      expect(state.status === "ready" && state.model.candidates.length).toBe(candidates);
      excel.resetCount();
      await readCompetences(host);
      counts.push({ create, read: excel.syncCount });
    }
    // creating: a read that finds no sheet (one request), then the write that reads the sheet back (two)
    expect(counts[0]).toEqual({ create: 3, read: 2 });
    expect(counts[1]).toEqual(counts[0]);
  });

  it("keeps requirements, candidates and ratings when a candidate or competence is added", async () => {
    const { excel, host } = excelOnDouble();
    await createCompetences(host, { lang: "de", candidates: ["Anna", "Bert"] });
    const sheet = excel.workbook.sheet("Kompetenzen");
    expect(sheet.userEdit("G10", 5).accepted).toBe(true);
    expect(sheet.userEdit("H10", 2).accepted).toBe(true);
    expect(sheet.userEdit("C11", 3).accepted).toBe(true);
    expect(sheet.userEdit("D11", 3).accepted).toBe(true);
    expect(sheet.userEdit("E10", "x").accepted).toBe(true);
    expect(sheet.userEdit("D12", 4).accepted).toBe(false);

    const after = await createCompetences(host, {
      lang: "de",
      candidates: ["Cem"],
      competences: ["Verhandlungsgeschick"],
      profile: "extended",
    });
    if (after.status !== "ready") throw new Error(after.status);
    expect(after.model.candidates).toEqual(["Anna", "Bert", "Cem"]);
    expect([sheet.getValue("G10"), sheet.getValue("H10"), sheet.getValue("I10"), sheet.getValue("E10")]).toEqual([5, 2, "", "x"]);
    expect([sheet.getValue("C11"), sheet.getValue("D11")]).toEqual([3, 3]);
    expect(after.model.requirements.map((r) => r.id)).toEqual([
      "C01",
      "C02",
      "C03",
      "C04",
      "C05",
      "C06",
      "C07",
      "C08",
      "C09",
      "C10",
      "C11",
      "C12",
      "C13",
      "C14",
      "C15",
    ]);
    expect(sheet.getValue("B24")).toBe("Verhandlungsgeschick");
    expect(sheet.getValue("F9")).toBe("Erfüllt von");
    // Bert misses the must-have C01 (2 < 4)
    expect(after.result.candidates[1]!.knockedOut).toBe(true);
    expect(sheet.frozen).toEqual({ rows: 9, cols: 6 });
  });
});

describe('an assessment made by an earlier version (candidates first, "Met by" last)', () => {
  it("reads as before, names a competence typed below its formulas, and is re-created in this layout keeping every entry", async () => {
    const { excel, host } = excelOnDouble();
    const sheet = excel.workbook.addSheet("Competences");
    earlierAssessment().forEach((row, r) => row.forEach((v, c) => v !== "" && sheet.setCell(cellAddress(r, c), v)));
    sheet.setCell("B17", "Speaks Dutch");
    sheet.setCell("G17", 1);
    const before = ready(await readCompetences(host));
    expect(before.model.candidates).toEqual(["Anna", "Bert"]);
    expect(before.problems.map((p) => [p.cell, p.code])).toEqual([["B17", "outsideRow"]]);
    expect(before.result.candidates.map((c) => c.deficits)).toEqual([[], ["C01"]]);

    const after = ready(await createCompetences(host, { lang: "en" }));
    expect(after.problems).toEqual([]);
    expect(after.result.candidates.map((c) => c.deficits)).toEqual([[], ["C01", "C15"]]);
    const now = excel.workbook.sheet("Competences");
    expect([now.getValue("F9"), now.getValue("G9"), now.getValue("H9")]).toEqual(["Met by", "Anna", "Bert"]);
    expect([now.getValue("G10"), now.getValue("H10"), now.getValue("E10"), now.getValue("B18"), now.getValue("H18")]).toEqual([
      4,
      2,
      "x",
      "Speaks Dutch",
      1,
    ]);
  });

  it("is not upgraded over a column of the user's where the new layout goes, and nothing changes", async () => {
    const { excel, host } = excelOnDouble();
    const sheet = excel.workbook.addSheet("Competences");
    earlierAssessment().forEach((row, r) => row.forEach((v, c) => v !== "" && sheet.setCell(cellAddress(r, c), v)));
    sheet.setCell("J8", "Interview notes");
    sheet.setCell("J9", "strong on pricing");
    await expect(createCompetences(host, { lang: "en" })).rejects.toThrow(StrayCellsError);
    expect([sheet.getValue("J8"), sheet.getValue("J9"), sheet.getValue("H8")]).toEqual(["Interview notes", "strong on pricing", "Met by"]);
  });
});

describe("a column right of the columns the formulas cover", () => {
  it("is named, not read, and not written over when the sheet grows to it", async () => {
    const { excel, host } = excelOnDouble();
    await createCompetences(host, { lang: "en", candidates: ["Anna", "Bert"] });
    const sheet = excel.workbook.sheet("Competences");
    // candidates G and H, spare columns I to R: S is beyond
    sheet.setCell("S9", "Comments");
    sheet.setCell("S10", "ask about C01");
    const before = ready(await readCompetences(host));
    expect(before.problems.map((p) => [p.cell, p.code])).toEqual([["S9", "outsideCandidateColumn"]]);
    await expect(createCompetences(host, { lang: "en", candidates: ["Cem"] })).rejects.toThrow(StrayCellsError);
    expect([sheet.getValue("S9"), sheet.getValue("S10"), sheet.getValue("I9")]).toEqual(["Comments", "ask about C01", ""]);
    // re-created at the same size, the sheet stays left of it
    expect(ready(await createCompetences(host, { lang: "en" })).model.candidates).toEqual(["Anna", "Bert"]);
    expect(sheet.getValue("S10")).toBe("ask about C01");
  });
});
