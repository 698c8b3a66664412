import { isoToSerial, serialToIso } from "../../src/domain/dates";
import { evaluateTasks, validDate } from "../../src/kinds/tasks/domain/evaluate";
import { TASK_TEXT } from "../../src/kinds/tasks/i18n/taskText";
import { PALETTE, SERIES_COLORS } from "../../src/sheets/palette";
import { COL, FIRST_TASK_ROW, ROW, TIMELINE } from "../../src/kinds/tasks/sheets/layout";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { calculate, shiftFormula } from "./engine";
import { TODAY, randomPlan } from "./random";

describe("the task overview's formulas, calculated by a real formula engine, agree with the domain", () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))("random plan #%i", (seed) => {
    const model = randomPlan(seed);
    const lang = (["de", "nl", "en"] as const)[seed % 3]!;
    const spec = renderTasks(model, lang);
    const sheet = calculate(spec);
    const r = evaluateTasks(model, TODAY);

    r.states.forEach((s, i) => expect(sheet.value(FIRST_TASK_ROW + i, COL.state)).toBe(s === null ? "" : TASK_TEXT[lang][s]));
    const check = (row: number, p: (typeof r.phases)[number] | typeof r.overall) => {
      expect(sheet.value(row, 1)).toBe(p.total);
      expect(sheet.value(row, 2)).toBe(p.done);
      expect(sheet.value(row, 3)).toBe(p.overdue);
      if (p.doneShare === null) expect(sheet.value(row, 4)).toBe("");
      else expect(sheet.value(row, 4)).toBeCloseTo(p.doneShare, 8);
      if (p.meanProgress === null) expect(sheet.value(row, 5)).toBe("");
      else expect(sheet.value(row, 5)).toBeCloseTo(p.meanProgress, 8);
    };
    for (let i = 0; i < 5; i++) check(ROW.firstPhase + i, r.phases[i]!);
    check(ROW.total, r.overall);

    for (const f of spec.conditionalFormats.filter((x) => x.area.col < TIMELINE.firstCol)) {
      // the tasks and the first empty rows below them (which the rules cover too)
      for (let dr = 0; dr < model.tasks.length + 3; dr++) {
        const on = sheet.evaluate(shiftFormula(f.formula, dr, 0)) === true;
        const task = model.tasks[dr];
        const state = r.states[dr] ?? null;
        let expected: boolean;
        if (f.area.col === COL.due)
          expected = task !== undefined && typeof task.start === "string" && typeof task.due === "string" && task.due < task.start;
        else if (f.fill === PALETTE.badFill) expected = state === "OVERDUE";
        else if (f.fill === PALETTE.warnFill) expected = state === "DUE_SOON";
        else expected = state === "DONE";
        expect({ rule: f.formula, row: dr, on }).toEqual({ rule: f.formula, row: dr, on: expected });
      }
    }
  });
});

describe("the task overview's timeline, calculated by a real formula engine", () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))(
    "random plan #%i: Mondays from the earliest date (at most four weeks back), a bar per task in its state's colour",
    (seed) => {
      const model = randomPlan(seed);
      const lang = (["de", "nl", "en"] as const)[seed % 3]!;
      const spec = renderTasks(model, lang);
      const sheet = calculate(spec);
      const states = evaluateTasks(model, TODAY).states;
      const today = isoToSerial(TODAY);
      const day = (iso: string | null) => (iso === null ? null : isoToSerial(iso));
      const dates = model.tasks.flatMap((t) => [day(validDate(t.start)), day(validDate(t.due))]).filter((d): d is number => d !== null);
      const earliest = Math.max(dates.length > 0 ? Math.min(...dates) : today, today - 28);
      // Monday on or before it (getUTCDay: 0 is Sunday)
      const monday = earliest - ((new Date(`${serialToIso(earliest)}T00:00:00Z`).getUTCDay() + 6) % 7);
      for (let w = 0; w < TIMELINE.weeks; w++) expect(sheet.value(ROW.header, TIMELINE.firstCol + w)).toBe(monday + 7 * w);

      const colour = { DONE: PALETTE.goodFill, OVERDUE: PALETTE.badFont, DUE_SOON: PALETTE.warnFont } as Record<string, string>;
      const rules = spec.conditionalFormats.filter((f) => f.area.col === TIMELINE.firstCol);
      const bars = rules.filter((f) => f.area.row === FIRST_TASK_ROW);
      expect(bars).toHaveLength(4);
      const rows = model.tasks.length + 2;
      const weeks = Array.from({ length: TIMELINE.weeks }, (_, w) => w);
      let lit = 0;
      for (const f of bars) {
        const on = sheet.evaluateBlock(Array.from({ length: rows }, (_, dr) => weeks.map((w) => shiftFormula(f.formula, dr, w))));
        for (let dr = 0; dr < rows; dr++) {
          const task = model.tasks[dr];
          const start = task === undefined ? null : day(validDate(task.start));
          const due = task === undefined ? null : day(validDate(task.due));
          const state = states[dr] ?? null;
          for (const w of weeks) {
            const week = monday + 7 * w;
            const bar = state !== null && (start !== null || due !== null) && week <= (due ?? start)! && week + 6 >= (start ?? due)!;
            const expected = bar && (colour[state] ?? SERIES_COLORS[0]) === f.fill;
            if (expected) lit++;
            expect({ rule: f.formula, row: dr, week: w, on: on[dr]![w] === true }).toEqual({
              rule: f.formula,
              row: dr,
              week: w,
              on: expected,
            });
          }
        }
      }
      // the plan has dated tasks: bars are drawn
      expect(lit).toBeGreaterThan(0);
      const [thisWeek] = rules.filter((f) => f.area.row === ROW.header);
      const marked = sheet.evaluateBlock([weeks.map((w) => shiftFormula(thisWeek!.formula, 0, w))])[0]!;
      expect(marked).toEqual(weeks.map((w) => monday + 7 * w <= today && today < monday + 7 * w + 7));
    },
  );
});
