/**
 * A problem's message names the rule's own numbers: a whole number's range comes with the problem, so that a sheet
 * whose scale is not 1 to 5 (a weight, a later kind's score) is not told "1 to 5".
 */
import { LANGS } from "../../src/domain/lang";
import { addProblemTexts, problemCodes, problemParams, problemTemplate } from "../../src/i18n/problemText";
import { kindCatalogs } from "../i18n/kindCatalogs";
import { problemMessage } from "../../src/sheets/problems";
import type { Problem } from "../../src/sheets/read";

const at = (code: Problem["code"], value: string, params: Problem["params"], kind?: Problem["kind"]): Problem => ({
  sheet: "Portfolio",
  cell: "E7",
  code,
  value,
  ...(kind === undefined ? {} : { kind }),
  ...(params === undefined ? {} : { params }),
});

describe("a whole number's problem", () => {
  it("names the range it came with, in the language's words", () => {
    expect(problemMessage(at("notNumber", "high", { min: 0, max: 10 }), "en")).toBe(
      'Portfolio!E7: "high" is not a number; expected a whole number from 0 to 10.',
    );
    expect(problemMessage(at("outOfRange", "12", { min: 0, max: 10 }, "number"), "de")).toBe(
      "Portfolio!E7: 12 liegt außerhalb der Skala 0 bis 10.",
    );
    expect(problemMessage(at("outOfRange", "12", { min: 0, max: 10 }, "number"), "nl")).toBe(
      "Portfolio!E7: 12 valt buiten de schaal 0 tot 10.",
    );
  });

  it("lists a short range's choices with the language's 'or', and a long one by its ends", () => {
    expect(problemMessage(at("notWhole", "1.5", { min: 1, max: 3 }, "number"), "en")).toBe(
      "Portfolio!E7: 1.5 is not a whole number; expected 1, 2 or 3.",
    );
    expect(problemMessage(at("notWhole", "1.5", { min: 1, max: 3 }, "number"), "de")).toBe(
      "Portfolio!E7: 1,5 ist keine ganze Zahl; erwartet wird 1, 2 oder 3.",
    );
    expect(problemMessage(at("notWhole", "1.5", { min: 1, max: 5 }, "number"), "nl")).toBe(
      "Portfolio!E7: 1,5 is geen geheel getal; verwacht wordt 1, 2, 3, 4 of 5.",
    );
    expect(problemMessage(at("notWhole", "1.5", { min: 0, max: 100 }, "number"), "en")).toBe(
      "Portfolio!E7: 1.5 is not a whole number; expected 0–100.",
    );
    // six choices are still listed; from seven on, the range is named by its ends
    expect(problemMessage(at("notWhole", "2.5", { min: 1, max: 6 }, "number"), "en")).toBe(
      "Portfolio!E7: 2.5 is not a whole number; expected 1, 2, 3, 4, 5 or 6.",
    );
    expect(problemMessage(at("notWhole", "2.5", { min: 1, max: 7 }, "number"), "en")).toBe(
      "Portfolio!E7: 2.5 is not a whole number; expected 1–7.",
    );
  });
});

describe("the codes' parameters", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  // what every problem brings: its cell, its entry (as typed, quoted or as a number), and what the cell should hold
  const ALWAYS = ["cell", "value", "entry", "percent", "expected"];

  it("are declared for every placeholder a message uses beyond the cell and its entry", () => {
    // every kind's codes: loading the kinds' catalogs registers them
    kindCatalogs();
    expect(problemCodes()).toEqual(expect.arrayContaining(["statusUnknown", "weightInvalid", "thresholdInvalid", "notNumber"]));
    for (const lang of LANGS)
      for (const code of problemCodes()) {
        const text = problemTemplate(code, lang);
        const declared = problemParams(code);
        const named = [...declared, ...(declared.includes("min") && declared.includes("max") ? ["choices"] : [])];
        expect({ code, lang, unknown: placeholders(text).filter((p) => !ALWAYS.includes(p) && !named.includes(p)) }).toEqual({
          code,
          lang,
          unknown: [],
        });
      }
  });
});

describe("what a message says of the cell's entry", () => {
  it("names TRUE and FALSE as the sheet's language shows them", () => {
    const flag = (value: "true" | "false", lang: "de" | "nl" | "en") =>
      problemMessage(at("notNumber", value, { min: 1, max: 5 }, "boolean"), lang);
    expect(flag("false", "de")).toBe("Portfolio!E7: FALSCH ist keine Zahl; erwartet wird eine ganze Zahl von 1 bis 5.");
    expect(flag("true", "de")).toContain(": WAHR ist");
    expect(flag("false", "nl")).toContain(": ONWAAR is geen getal");
    expect(flag("true", "nl")).toContain(": WAAR is geen getal");
    expect(flag("false", "en")).toContain(": FALSE is not a number");
    expect(flag("true", "en")).toContain(": TRUE is not a number");
  });

  it("shows a progress typed as a number as a percentage, and text as typed", () => {
    expect(problemMessage(at("progressRange", "1.5", undefined, "number"), "de")).toBe(
      "Portfolio!E7: 150\u00a0% liegt nicht zwischen 0 % und 100 %.",
    );
    expect(problemMessage(at("progressRange", "1.5", undefined, "number"), "en")).toBe("Portfolio!E7: 150% is not between 0% and 100%.");
    expect(problemMessage(at("progressRange", "viel", undefined), "de")).toBe("Portfolio!E7: „viel“ liegt nicht zwischen 0 % und 100 %.");
  });

  it("names what the cell should have computed", () => {
    const overwritten = { ...at("computedOverwritten", "7", undefined, "number"), expected: "Mean" };
    expect(problemMessage(overwritten, "en")).toBe(
      'Portfolio!E7: the sheet computes "Mean" here, but its formula was replaced by 7, so the sheet does not show what applies. Select "Restore formulas" or re-create the sheet to put the formula back.',
    );
  });
});

describe("a kind's problem codes", () => {
  it("cannot take a code that has another message, and a code without one is named when it is worded", () => {
    const taken = { de: { weightInvalid: "x" }, nl: { weightInvalid: "x" }, en: { weightInvalid: "x" } };
    kindCatalogs();
    expect(() => addProblemTexts(taken)).toThrow("The problem code weightInvalid has a message already.");
    const stranger = { sheet: "S", cell: "A1", code: "noSuchCode" as Problem["code"], value: "" };
    expect(() => problemMessage(stranger, "en")).toThrow("The problem code noSuchCode has no message");
  });
});
