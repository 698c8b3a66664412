import { defaultCompetenceModel, withCompetence } from "../../src/kinds/competences/domain/assessment";
import { evaluateAssessment } from "../../src/kinds/competences/domain/evaluate";
import { defaultReadinessModel, evaluateChecklist, withCondition } from "../../src/kinds/readiness/domain/checklist";
import { conditionLinks } from "../../src/kinds/readiness/domain/evaluate";
import { addDays, daysBetween, isIsoDate, isoToSerial, localToday, serialToIso, utcMsToSerial } from "../../src/domain/dates";
import { evaluateTasks, progressOf, taskState, validDate, validProgress, validStatus } from "../../src/kinds/tasks/domain/evaluate";
import { DEFAULT_TASKS, PHASES } from "../../src/kinds/tasks/domain/plan";
import { type TaskStatus, statusFromText } from "../../src/domain/status";
import { defaultTaskModel, withDone, withLinked, withTask, withTasks } from "../../src/kinds/tasks/domain/tasklist";
import { deficitTasks } from "../../src/kinds/competences/workflows/links";
import { weakConditionTasks } from "../../src/kinds/readiness/workflows/links";
import { linkState } from "../../src/domain/links";

describe("Excel serial dates (1900 system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [36526, "2000-01-01"],
    [45000, "2023-03-15"],
    [46349, "2026-11-23"],
    [2958465, "9999-12-31"],
  ])("serial %i is %s, and back", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });
  it("ignores the time of day and has no 1900-02-29", () => {
    expect(serialToIso(45000.99)).toBe("2023-03-15");
    expect(serialToIso(60)).toBeUndefined();
    expect(serialToIso(0)).toBeUndefined();
    expect(serialToIso(-3)).toBeUndefined();
    // past 9999-12-31 Excel shows no date (JavaScript would give "+010000-01-01")
    expect(serialToIso(2958466)).toBeUndefined();
    expect(serialToIso(2958465.5)).toBe("9999-12-31");
  });
  it("gives a moment a file stores its serial with the time of day as a fraction", () => {
    expect(utcMsToSerial(Date.UTC(2026, 0, 1, 18))).toBe(isoToSerial("2026-01-01") + 0.75);
    // counted straight from 1899-12-30, as ExcelJS counts: a 1 typed into a date cell comes back as 1
    expect(utcMsToSerial(Date.UTC(1899, 11, 31))).toBe(1);
  });
  it("counts the days between two dates as a sheet subtracts their serials, Excel's 1900-02-29 included", () => {
    expect(daysBetween("2026-11-23", "2026-12-01")).toBe(8);
    expect(daysBetween("2026-12-01", "2026-11-23")).toBe(-8);
    expect(daysBetween("1900-02-28", "1900-03-01")).toBe(isoToSerial("1900-03-01") - isoToSerial("1900-02-28"));
    expect(daysBetween("1900-01-03", "1970-01-01")).toBe(25_566);
  });
  it("round-trips every day from 1900 to 2100", () => {
    for (let s = 61; s < 73051; s += 7) expect(isoToSerial(serialToIso(s)!)).toBe(s);
  });
  it("knows real dates and takes today from the local calendar", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    // a day the month does not have is no date, though the pattern fits (the calendar check)
    for (const d of ["2025-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"]) expect([d, isIsoDate(d)]).toEqual([d, false]);
    expect(isIsoDate("23.11.2026")).toBe(false);
    // the text of a date, exactly: nothing around it, no year Excel cannot hold, nothing that only prints as one
    for (const d of [" 2026-01-05", "2026-01-05 ", "2026-01-05T10:00", "x2026-01-05", "0050-06-15"])
      expect([d, isIsoDate(d)]).toEqual([d, false]);
    expect(isIsoDate(["2026-01-05"])).toBe(false);
    expect(localToday(new Date(2026, 10, 23, 23, 59))).toBe("2026-11-23");
    expect(localToday(new Date(2026, 10, 23, 0, 1))).toBe("2026-11-23");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });
});

describe("statuses", () => {
  it("are read in any language and case", () => {
    expect(statusFromText("Erledigt")).toEqual({ status: "DONE", lang: "de" });
    expect(statusFromText(" gereed ")).toEqual({ status: "DONE", lang: "nl" });
    expect(statusFromText("In progress")).toEqual({ status: "IN_PROGRESS", lang: "en" });
    expect(statusFromText("fertig")).toBeUndefined();
  });
});

describe("task state relative to today", () => {
  const today = "2026-11-23";
  it("is overdue when due before today and not done", () => {
    expect(taskState("OPEN", "2026-11-22", today)).toBe("OVERDUE");
    expect(taskState("BLOCKED", "2026-01-01", today)).toBe("OVERDUE");
    expect(taskState("DONE", "2026-11-22", today)).toBe("DONE");
  });
  it("is due soon from today to 7 days ahead", () => {
    expect(taskState("OPEN", today, today)).toBe("DUE_SOON");
    expect(taskState("IN_PROGRESS", "2026-11-30", today)).toBe("DUE_SOON");
    expect(taskState("IN_PROGRESS", "2026-12-01", today)).toBe("IN_PROGRESS");
  });
  it("is never overdue without a due date, and nothing without a status", () => {
    expect(taskState("OPEN", null, today)).toBe("OPEN");
    expect(taskState(null, "2020-01-01", today)).toBeNull();
  });
});

describe("progress", () => {
  it("is done ÷ all and the mean of progress, a done task counting 100 %", () => {
    const p = progressOf([
      { status: "DONE", progress: 0.2 },
      { status: "IN_PROGRESS", progress: 0.5 },
      { status: "OPEN", progress: null },
      { status: null, progress: 0.9 },
    ]);
    expect(p).toEqual({ total: 3, done: 1, doneShare: 1 / 3, meanProgress: 0.5 });
    expect(progressOf([])).toEqual({ total: 0, done: 0, doneShare: null, meanProgress: null });
  });
  it("leaves a progress past 100 % or below 0 out of the mean, as the sheet does", () => {
    const base = defaultTaskModel();
    const at = (progress: number) => ({
      tasks: [
        { ...base.tasks[0]!, status: "IN_PROGRESS" as const, progress: { value: progress } },
        { ...base.tasks[1]!, status: "IN_PROGRESS" as const, progress: 0.5 },
      ],
    });
    // 150 % typed past validation counts as no progress: the mean over both tasks is 0.5 / 2
    expect(evaluateTasks(at(1.5), "2026-11-23").overall.meanProgress).toBe(0.25);
    expect(evaluateTasks(at(-0.2), "2026-11-23").overall.meanProgress).toBe(0.25);
    expect(evaluateTasks(at(1), "2026-11-23").overall.meanProgress).toBe(0.75);
  });
  it("lists the standard phases 1–5 first, then the user's own in the order they appear", () => {
    let m = defaultTaskModel();
    m = withTask(m, { phase: "7 Später", text: "b" });
    m = withTask(m, { phase: "6 Eigene", text: "a" });
    m = { tasks: [m.tasks[23]!, m.tasks[22]!, ...m.tasks.slice(0, 22).reverse()] };
    expect(evaluateTasks(m, "2026-11-23").phases.map((p) => p.phase)).toEqual([1, 2, 3, 4, 5, "6 Eigene", "7 Später"]);
  });
  it("is summed up per phase and overall", () => {
    let m = defaultTaskModel();
    m = withDone(m, "T01");
    m = { tasks: m.tasks.map((t) => (t.id === "T02" ? { ...t, due: "2026-11-01" } : t)) };
    m = withTask(m, { phase: "6 Eigene Phase", text: "Eigenes" });
    const r = evaluateTasks(m, "2026-11-23");
    expect(r.phases[0]).toMatchObject({ phase: 1, total: 6, done: 1, overdue: 1 });
    expect(r.phases[5]).toMatchObject({ phase: "6 Eigene Phase", total: 1 });
    expect(r.overall).toMatchObject({ total: 23, done: 1, overdue: 1 });
    expect(r.overdueIds).toEqual(["T02"]);
  });
  it("lists the tasks due within 7 days, and not those due later or done", () => {
    const due = { T01: "2026-11-23", T02: "2026-11-30", T03: "2026-12-01", T04: "2026-11-25" } as Record<string, string>;
    const m = withDone({ tasks: defaultTaskModel().tasks.map((t) => (due[t.id] === undefined ? t : { ...t, due: due[t.id]! })) }, "T04");
    expect(evaluateTasks(m, "2026-11-23").dueSoonIds).toEqual(["T01", "T02"]);
  });
  it("leaves out tasks below the rows the sheet counts, as the sheet's summary does", () => {
    const base = defaultTaskModel();
    const below = { ...base.tasks[0]!, id: "T23", due: "2026-11-01", ignored: "outside" as const };
    const r = evaluateTasks({ tasks: [...base.tasks, below] }, "2026-11-23");
    expect([r.overall.total, r.overdueIds, r.states.length]).toEqual([22, [], 22]);
  });
});

describe("what a task's cells count with", () => {
  const task = defaultTaskModel().tasks[0]!;
  it("a status: a known one, or a formula's result that names one", () => {
    expect(validStatus({ ...task, status: "IN_PROGRESS" })).toBe("IN_PROGRESS");
    expect(validStatus({ ...task, status: null })).toBeNull();
    expect(validStatus({ ...task, status: { value: "In Arbeit", formula: "=B1" } })).toBe("IN_PROGRESS");
    // a formula whose result names no status, and a model holding a word that is none
    expect(validStatus({ ...task, status: { value: "später", formula: "=B1" } })).toBeNull();
    expect(validStatus({ ...task, status: "LATER" as TaskStatus })).toBeNull();
  });
  it("a date: a real day, or the day of a kept serial; nothing else", () => {
    expect(validDate("2026-11-23")).toBe("2026-11-23");
    for (const d of ["", "2026-13-01", "morgen"]) expect([d, validDate(d)]).toEqual([d, null]);
    expect(validDate({ value: 46349.5 })).toBe("2026-11-23");
    expect(validDate({ value: "morgen" })).toBeNull();
    expect(validDate({ value: 46349, formula: "=A1", error: true })).toBeNull();
  });
  it("a progress: a share from 0 to 1, also from a formula; no text", () => {
    expect([validProgress(0), validProgress(1), validProgress({ value: 0.5, formula: "=1/2" })]).toEqual([0, 1, 0.5]);
    // TRUE typed into a progress cell is no 100 %, though a spreadsheet compares it as 1
    expect([validProgress({ value: "halb" }), validProgress({ value: true }), validProgress({ value: 1.01 }), validProgress(null)]).toEqual(
      [null, null, null, null],
    );
  });
});

describe("entries kept as typed that still count", () => {
  it("a due date with a time of day, a status and a progress from formulas count as the sheet's formulas count them", () => {
    const base = defaultTaskModel();
    const m = {
      tasks: base.tasks.map((t) =>
        t.id === "T01"
          ? { ...t, due: { value: isoToSerial("2026-11-01") + 0.75 } }
          : t.id === "T02"
            ? { ...t, status: { value: "Erledigt", formula: '=IF(TRUE,"Erledigt","")' }, progress: { value: 1, formula: "=1" } }
            : t,
      ),
    };
    const r = evaluateTasks(m, "2026-11-23");
    expect(r.overdueIds).toEqual(["T01"]);
    expect(r.states[1]).toBe("DONE");
    expect(r.overall).toMatchObject({ done: 1 });
    // a typed status that is not one, and an error, do not count
    const typed = {
      tasks: [
        { ...base.tasks[0]!, status: { value: "Erledigt" } },
        { ...base.tasks[1]!, status: { value: "#N/A", formula: "=NA()", error: true } },
      ],
    };
    expect(evaluateTasks(typed, "2026-11-23").states).toEqual([null, null]);
  });
});

describe("the default plan", () => {
  it("has the spec's 22 tasks in 5 phases, in every language", () => {
    expect(DEFAULT_TASKS).toHaveLength(22);
    expect(DEFAULT_TASKS.map((t) => t.phase)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5]);
    expect(PHASES[3]!.de).toBe("4 Key Accounts und Planung");
    for (const t of DEFAULT_TASKS) for (const l of ["de", "nl", "en"] as const) expect(t.text[l].length).toBeGreaterThan(8);
  });
  it("starts every task open, with nobody responsible, no dates, no progress, no link and no note", () => {
    for (const t of defaultTaskModel().tasks)
      expect(t).toMatchObject({ text: null, responsible: "", start: null, due: null, status: "OPEN", progress: null, link: "", notes: "" });
  });
});

describe("tasks the user adds", () => {
  it("take the next ids, trimmed texts and names, and no dates unless given", () => {
    const m = withTasks({ tasks: [] }, [
      { phase: 2, text: "  Kick-off  ", responsible: " Eva " },
      { phase: "Nachbereitung", text: "Review", start: "2026-03-02", due: "2026-03-09" },
    ]);
    expect(m.tasks).toEqual([
      {
        id: "T01",
        phase: 2,
        text: "Kick-off",
        responsible: "Eva",
        start: null,
        due: null,
        status: "OPEN",
        progress: null,
        link: "",
        notes: "",
      },
      {
        id: "T02",
        phase: "Nachbereitung",
        text: "Review",
        responsible: "",
        start: "2026-03-02",
        due: "2026-03-09",
        status: "OPEN",
        progress: null,
        link: "",
        notes: "",
      },
    ]);
  });
  it("leave the plan as it is when there is nothing to add", () => {
    const m = defaultTaskModel();
    expect(withTasks(m, [])).toBe(m);
  });
});

describe("planning from the other sheets", () => {
  it("adds one task per weak condition, in its phase, once", () => {
    const r = defaultReadinessModel();
    const rated = { ...r, conditions: r.conditions.map((c) => ({ ...c, scores: [c.id === "R04" || c.id === "R06" ? 2 : 4] })) };
    const result = evaluateChecklist(rated);
    const once = withLinked(defaultTaskModel(), weakConditionTasks(rated, result, "de"));
    const twice = withLinked(once, weakConditionTasks(rated, result, "de"));
    expect(twice).toEqual(once);
    const added = once.tasks.slice(22);
    expect(added.map((t) => [t.id, t.phase, t.link, t.text])).toEqual([
      ["T23", 2, "R04", expect.stringContaining("Voraussetzung schaffen: Motivierendes Vergütungssystem")],
      ["T24", 3, "R06", expect.stringContaining("Kompetente Key-Account-Manager")],
    ]);
    const fixed = evaluateChecklist({ ...rated, conditions: rated.conditions.map((c) => ({ ...c, scores: [4] })) });
    expect(linkState(added[0]!, conditionLinks(result))).toBe(true);
    expect(linkState(added[0]!, conditionLinks(fixed))).toBe(false);
    expect(linkState(once.tasks[0]!, conditionLinks(fixed))).toBeUndefined();
  });
  it("tells a task linked to a condition whether that condition is still weak, in any case of the id", () => {
    const readiness = defaultReadinessModel();
    const rated = { ...readiness, conditions: readiness.conditions.map((c) => ({ ...c, scores: [c.id === "R04" ? 2 : 4] })) };
    const result = evaluateChecklist(rated);
    const linked = (link: string) => linkState({ ...defaultTaskModel().tasks[0]!, link }, conditionLinks(result));
    expect([linked("R04"), linked("r04"), linked("R05")]).toEqual([true, true, false]);
    // a deficit, text around an id, a condition the checklist lacks, and no checklist: no answer
    for (const link of ["C03/Anna", "xR04", "R04 Budget", "R99", ""]) expect([link, linked(link)]).toEqual([link, undefined]);
    expect(linkState({ ...defaultTaskModel().tasks[0]!, link: "R04" }, new Map())).toBeUndefined();
  });
  it("adds one development task per candidate deficit, once", () => {
    const c = defaultCompetenceModel("default", ["Anna", "Bert"]);
    const rated = {
      ...c,
      requirements: c.requirements.map((r) => ({ ...r, ratings: [r.id === "C03" ? 2 : 4, r.id === "C03" || r.id === "C05" ? 3 : 4] })),
    };
    const result = evaluateAssessment(rated);
    const once = withLinked(defaultTaskModel(), deficitTasks(rated, result, "en"));
    expect(withLinked(once, deficitTasks(rated, result, "en"))).toEqual(once);
    expect(once.tasks.slice(22).map((t) => [t.phase, t.link, t.responsible])).toEqual([
      [3, "C03/Anna", "Anna"],
      [3, "C03/Bert", "Bert"],
      [3, "C05/Bert", "Bert"],
    ]);
    expect(once.tasks[22]!.text).toBe("Close deficit – Anna: Is aware that speed is an important factor");
  });
  it("names the user's own condition and competence by their own text in the tasks planned for them", () => {
    const r = withCondition(defaultReadinessModel(), "Eigene Bedingung");
    const weak = { ...r, conditions: r.conditions.map((c) => ({ ...c, scores: [c.id === "R15" ? 1 : 4] })) };
    const planned = withLinked(defaultTaskModel(), weakConditionTasks(weak, evaluateChecklist(weak), "de")).tasks.slice(22);
    expect(planned.map((t) => [t.link, t.phase, t.text])).toEqual([["R15", 2, "Voraussetzung schaffen: Eigene Bedingung"]]);

    const c = withCompetence(defaultCompetenceModel("default", ["Anna"]), "Speaks Dutch");
    const rated = { ...c, requirements: c.requirements.map((x) => ({ ...x, ratings: [x.id === "C15" ? 1 : 4] })) };
    const deficits = withLinked(defaultTaskModel(), deficitTasks(rated, evaluateAssessment(rated), "en")).tasks.slice(22);
    expect(deficits.map((t) => [t.link, t.text])).toEqual([["C15/Anna", "Close deficit – Anna: Speaks Dutch"]]);
  });
});
