/**
 * The account plan's custom functions give what the plan's rules (and so its sheet and the pane) give, for random
 * plans with entries past validation, and refuse arguments of the wrong shape with a message naming them.
 */
import { isoToSerial } from "../../src/domain/dates";
import { isKeptEntry } from "../../src/domain/entry";
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import type { ChoiceEntry } from "../../src/kinds/plans/domain/model";
import { STAGE_INDICATORS } from "../../src/kinds/plans/domain/stages";
import { LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT } from "../../src/kinds/plans/domain/words";
import { contactgaps, objectiveprogress, relationshipstage, shareofwallet } from "../../src/kinds/plans/functions/plans";
import { TODAY, randomAccountPlan } from "../formulas/random";
import { valueErrorOf } from "./valueError";

const column = (cells: readonly unknown[]) => cells.map((c) => [c]);
/** What Excel passes for an entry: the value the cell shows (a kept entry's too), a blank as null. */
const shown = (e: unknown) => (isKeptEntry(e) ? e.value : typeof e === "string" && /^\d{4}-\d\d-\d\d$/.test(e) ? isoToSerial(e) : e);
const word =
  <C extends string>(table: Readonly<Record<C, Record<"de" | "nl" | "en", string>>>, lang: "de" | "nl" | "en") =>
  (e: ChoiceEntry<C>) =>
    e === null ? null : isKeptEntry(e) ? e.value : table[e][lang];

describe("the account plan's functions agree with the plan's rules", () => {
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))("random plan #%i", (seed) => {
    const plan = randomAccountPlan(seed);
    const lang = LANGS[seed % 3]!;
    const r = evaluatePlan(plan, TODAY);

    const years = column(plan.spend.map((y) => shown(y.year)));
    const spends = column(plan.spend.map((y) => shown(y.spend)));
    const revenues = column(plan.spend.map((y) => shown(y.revenue)));
    if (plan.spend.length > 0) {
      expect(shareofwallet(years, spends, revenues)).toBe(r.share.latest?.share ?? "");
      if (r.share.previous !== null) expect(shareofwallet(years, spends, revenues, r.share.previous.year)).toBe(r.share.previous.share);
    }

    const answers = column(STAGE_INDICATORS.map((x) => word(TICK_TEXT, lang)(plan.indicators[x.id] ?? null)));
    expect(relationshipstage(answers, lang)).toBe(r.stage.stage === null ? "" : STAGE_TEXT[r.stage.stage][lang]);

    if (plan.contacts.length > 0) {
      const names = column(plan.contacts.map((c) => c.name));
      const levels = column(plan.contacts.map((c) => word(LEVEL_TEXT, lang)(c.level)));
      const roles = column(plan.contacts.map((c) => word(ROLE_TEXT, lang)(c.role)));
      const strengths = plan.contacts.map((c) =>
        Array.from({ length: Math.max(1, plan.team.length) }, (_, i) => shown(c.strengths[i] ?? null)),
      );
      expect(contactgaps(names, levels, roles, strengths)).toBe(r.gaps.length);
      // the same matrix with the contacts across (one contact's cell is a column of one, its strengths a row)
      const across = strengths[0]!.map((_, i) => strengths.map((row) => row[i]));
      if (plan.contacts.length > 1) expect(contactgaps([names.flat()], [levels.flat()], [roles.flat()], across)).toBe(r.gaps.length);
    }

    plan.objectives.forEach((o, i) =>
      expect([i, objectiveprogress(shown(o.baseline), shown(o.target), shown(o.current))]).toEqual([i, r.objectives[i]!.progress ?? ""]),
    );
  });
});

describe("the account plan's functions at the edges", () => {
  it("KAM.SHAREOFWALLET: a year given twice counts in its first row with a share; a year without one is blank", () => {
    const years = column([2024, 2025, 2025, 2026]);
    expect(shareofwallet(years, column([1000, 2000, 4000, null]), column([100, 500, 4000, 50]))).toBe(0.25);
    expect(shareofwallet(years, column([1000, 0, 4000, null]), column([100, 500, 400, 50]), 2025)).toBe(0.1);
    expect(shareofwallet(years, column([1000, 2000, 4000, null]), column([100, 500, 400, 50]), 2026)).toBe("");
    expect(shareofwallet(column([null]), column([null]), column([null]))).toBe("");
    // the first year asked for by its number
    expect(shareofwallet(column([2024, 2025]), column([1000, 2000]), column([100, 500]), 2024)).toBe(0.1);
  });

  it("KAM.RELATIONSHIPSTAGE: Yes and No in any language and case; blank when nothing is answered", () => {
    const none = column(new Array(15).fill(null));
    expect(relationshipstage(none, "en")).toBe("");
    // every indicator of the cooperative and partnership stages met (I05–I11), the rest no
    const ids = STAGE_INDICATORS.map((x) => x.id);
    const met = (stages: readonly string[]) => column(STAGE_INDICATORS.map((x) => (stages.includes(x.stage) ? " ja " : "NO")));
    expect(relationshipstage(met(["COOPERATIVE", "PARTNERSHIP"]), "de")).toBe("Partnerschaft");
    expect(relationshipstage(met(["COOPERATIVE"]), "nl")).toBe("Coöperatief");
    // integration without the partnership between: cooperative
    expect(relationshipstage(met(["COOPERATIVE", "INTEGRATION"]), "en")).toBe("Cooperative");
    expect(ids).toHaveLength(15);
  });

  it("KAM.CONTACTGAPS: a named decider or strategic contact without a strength of 2 or more is a gap", () => {
    const names = column(["Anna", "Bert", "", "Cleo", "\u00a0"]);
    const levels = column(["Strategisch", "operativ", "Strategic", "Tactical", "Strategic"]);
    const roles = column(["Benutzer", "Entscheider", "Decider", "User", "Decider"]);
    // Anna covered (2), Bert not (1 and a 5 that is no strength), the unnamed row nowhere, Cleo no key contact;
    // a name of a non-breaking space is a name, as the sheet's TRIM takes it
    const strengths = [
      [2, null],
      [1, 5],
      [0, 0],
      [null, null],
      ["3", null],
    ];
    expect(contactgaps(names, levels, roles, strengths)).toBe(2);
  });

  it("KAM.CONTACTGAPS: a name that is a number names a contact, as the sheet's TRIM takes it; a blank cell does not", () => {
    const roles = column(["Decider", "Decider", "Decider"]);
    expect(contactgaps(column([4711, null, ""]), column([null, null, null]), roles, [[1], [0], [0]])).toBe(1);
  });

  it("KAM.OBJECTIVEPROGRESS: blank without three numbers or when the target is the baseline", () => {
    expect(objectiveprogress(100, 110, 104)).toBeCloseTo(0.4, 12);
    expect(objectiveprogress(10, 0, 15)).toBe(-0.5);
    expect(objectiveprogress(100, 100, 104)).toBe("");
    expect(objectiveprogress(100, "110", 104)).toBe("");
    expect(objectiveprogress(null, 110, 104)).toBe("");
  });

  it("refuse arguments of the wrong shape, naming them in the display language", () => {
    expect(valueErrorOf(() => relationshipstage(column(new Array(14).fill("Ja")), "en")).message).toBe(
      "The argument answers must have 15 cells, not 14.",
    );
    expect(valueErrorOf(() => shareofwallet(column([2025, 2026]), column([1]), column([1, 2]))).message).toBe(
      "The arguments spends and years must be the same length: 1 and 2 cells.",
    );
    expect(valueErrorOf(() => contactgaps(column(["A", "B"]), column([null, null]), column([null, null]), [[1, 2, 3]])).message).toBe(
      "The argument strengths needs one row per cell of the argument names (one column if names is a row), 2 in all, but has 1 × 3 cells.",
    );
    expect(valueErrorOf(() => relationshipstage(column(new Array(15).fill(null)), "fr")).code).toBe("#VALUE!");
    // each argument named by its own name, in every shape it can be wrong in
    const block = [
      [1, 2],
      [3, 4],
    ];
    const message = (f: () => unknown) => valueErrorOf(f).message;
    const notVector = (name: string) => `The argument ${name} must be one column or one row, not 2 × 2 cells.`;
    expect(message(() => shareofwallet(block, column([1]), column([1])))).toBe(notVector("years"));
    expect(message(() => shareofwallet(column([1]), block, column([1])))).toBe(notVector("spends"));
    expect(message(() => shareofwallet(column([1]), column([1]), block))).toBe(notVector("revenues"));
    expect(message(() => relationshipstage(block, "en"))).toBe(notVector("answers"));
    expect(message(() => contactgaps(block, column([1]), column([1]), [[1]]))).toBe(notVector("names"));
    expect(message(() => contactgaps(column([1]), block, column([1]), [[1]]))).toBe(notVector("levels"));
    expect(message(() => contactgaps(column([1]), column([1]), block, [[1]]))).toBe(notVector("roles"));
    expect(message(() => shareofwallet(column([2025, 2026]), column([1, 2]), column([1])))).toBe(
      "The arguments revenues and years must be the same length: 1 and 2 cells.",
    );
    expect(message(() => contactgaps(column(["A", "B"]), column([null]), column([null, null]), [[1], [2]]))).toBe(
      "The arguments levels and names must be the same length: 1 and 2 cells.",
    );
    expect(message(() => contactgaps(column(["A", "B"]), column([null, null]), column([null]), [[1], [2]]))).toBe(
      "The arguments roles and names must be the same length: 1 and 2 cells.",
    );
  });
});
