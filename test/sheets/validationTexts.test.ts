import { defaultCompetenceModel, withCandidates } from "../../src/kinds/competences/domain/assessment";
import { LANGS } from "../../src/domain/lang";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { ERROR_MESSAGE_MAX, PROMPT_MESSAGE_MAX, VALIDATION_TITLE_MAX, fittedTexts } from "../../src/sheets/spec";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { mullerPlan } from "./planFixtures";

/** Excel refuses longer data validation texts; the host would have to cut them, so none may need it. */
describe("every data validation text fits Excel's limits, in every language", () => {
  it.each(LANGS)("%s", (lang) => {
    const specs = [
      renderReadiness(defaultReadinessModel(), lang),
      renderCompetences(withCandidates(defaultCompetenceModel("extended"), ["A"]), lang),
      renderTasks(defaultTaskModel(), lang),
      renderSelection(defaultSelectionModel([{ name: "Müller GmbH" }]), lang),
      renderPlan(mullerPlan(), lang, "Plan Müller AG"),
    ];
    const validations = specs.flatMap((s) => s.validations);
    expect(validations.length).toBeGreaterThan(5);
    for (const v of validations) {
      // titled, as Excel shows it above the message (untitled, Excel's error says "Microsoft Excel")
      expect([v.error.message, v.error.title]).not.toEqual([v.error.message, ""]);
      expect([v.prompt.title, v.prompt.title.length <= VALIDATION_TITLE_MAX]).toEqual([v.prompt.title, true]);
      expect([v.error.title, v.error.title.length <= VALIDATION_TITLE_MAX]).toEqual([v.error.title, true]);
      expect([v.prompt.message, v.prompt.message.length <= PROMPT_MESSAGE_MAX]).toEqual([v.prompt.message, true]);
      expect([v.error.message, v.error.message.length <= ERROR_MESSAGE_MAX]).toEqual([v.error.message, true]);
    }
  });
});

describe("a text past Excel's limits", () => {
  it("is cut to 32 characters for titles, 255 for the input message and 225 for the error message (what both hosts write)", () => {
    const long = (n: number) => "x".repeat(n);
    const v = {
      area: { row: 0, col: 0, rows: 1, cols: 1 },
      rule: { kind: "wholeNumber" as const, min: 1, max: 5 },
      prompt: { title: long(40), message: long(300) },
      error: { title: long(40), message: long(300) },
    };
    const texts = fittedTexts(v);
    expect([texts.promptTitle.length, texts.prompt.length, texts.errorTitle.length, texts.error.length]).toEqual([32, 255, 32, 225]);
  });
});
