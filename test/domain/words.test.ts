/**
 * The words of the sheets' lists (statuses, roles, ticks) are compared on the sheet with `TRIM(cell)="word"`: the
 * pane and `kam read` must take a typed word exactly when that formula does, or the sheet and the pane disagree.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { statusFromText } from "../../src/domain/status";
import { sheetTrim } from "../../src/domain/words";
import { ROLE_TEXT, choiceFromText } from "../../src/kinds/plans/domain/words";
import { ENGINE_CONFIG } from "../formulas/engine";

describe("a typed word as TRIM takes it", () => {
  it("cuts spaces only, and makes a run of them inside one, as TRIM in a spreadsheet does", () => {
    const texts = fc.array(fc.constantFrom(" ", "\u00a0", "\t", "\n", "a", "B"), { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 20 }), (list) => {
        const hf = HyperFormula.buildFromSheets({ s: list.map((t, i) => [t, `=TRIM(A${i + 1})`]) }, ENGINE_CONFIG);
        list.forEach((t, i) => expect([t, sheetTrim(t)]).toEqual([t, hf.getCellValue({ sheet: 0, row: i, col: 1 }) ?? ""]));
        hf.destroy();
      }),
      { numRuns: 30 },
    );
  });

  it("takes a status or a list's word with spaces around or doubled inside, in any case", () => {
    expect(statusFromText("  in   ARBEIT ")?.status).toBe("IN_PROGRESS");
    expect(statusFromText(" Gereed")).toEqual({ status: "DONE", lang: "nl" });
    expect(choiceFromText(ROLE_TEXT, " beslisser  ")).toBe("DECIDER");
  });

  it.each([
    ["a non-breaking space", "\u00a0Erledigt"],
    ["a tab", "Erledigt\t"],
    ["a line break", "\nErledigt"],
  ])("takes no word with %s around it, as the sheet's formulas take none", (_, text) => {
    expect(statusFromText(text)).toBeUndefined();
    expect(choiceFromText(ROLE_TEXT, text.replace("Erledigt", "Entscheider"))).toBeUndefined();
  });

  it("takes nothing but text", () => {
    expect(statusFromText(1)).toBeUndefined();
    expect(statusFromText("   ")).toBeUndefined();
    expect(choiceFromText(ROLE_TEXT, true)).toBeUndefined();
  });
});
