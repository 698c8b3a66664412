/**
 * The standard tables a user reads on every sheet: the 14 conditions, the competences of both profiles, the
 * default tasks and their phases, the status words. Each text is there in every language and names one thing;
 * the ids are the stable sequence the sheets and links rely on; and a sheet an earlier version wrote still reads
 * with its standard items (the texts below are what released versions wrote, as the git history has them).
 */
import { withProfile, defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import {
  STANDARD_COMPETENCES,
  competenceLabel,
  nextCompetenceId,
  profileCompetences,
  standardCompetence,
} from "../../src/kinds/competences/domain/profile";
import { DEFAULT_LANG, LANGS, type Localized, isStandardText, toLang } from "../../src/domain/lang";
import { STANDARD_CONDITIONS, conditionLabel, nextConditionId, standardConditionByText } from "../../src/kinds/readiness/domain/conditions";
import { nextTaskId } from "../../src/kinds/tasks/domain/model";
import { DEFAULT_TASKS, PHASES, phaseLabel, taskLabel } from "../../src/kinds/tasks/domain/plan";
import { STATUS_TEXT, TASK_STATUSES, statusFromText, statusTexts } from "../../src/domain/status";

const sequence = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);

/** Every text present (no blank, no stray blanks around it) and, per language, none used for two items. */
function expectDistinctTexts(texts: readonly Localized[]): void {
  for (const lang of LANGS) {
    const words = texts.map((t) => t[lang]);
    for (const w of words) expect(w).toMatch(/^\S(.*\S)?$/);
    expect(new Set(words).size).toBe(words.length);
  }
}

/** Texts released versions wrote onto sheets, by the id they stand for. */
const EARLIER_CONDITIONS: Record<string, string[]> = {
  R01: [
    "Betrokkenheid top management bij (invoering) Key Account Management ('executive sponsor')",
    "Engagement des Top-Managements für (die Einführung von) Key-Account-Management („Executive Sponsor“)",
  ],
  R02: ["Intern overeenstemming over het belang van Key Account Management (zowel op centraal als op business unit en/of landen niveau)"],
  R03: ["Intern draagvlak voor doelen, organisatie en aanpak Key Account Management"],
  R04: [
    "Stimulerende beloningsstructuur en compensatiemaatregelen (inspanningen worden vaak elders geleverd dan waar de omzet terecht komt)",
    "Motivierendes Vergütungssystem und Ausgleichsregelungen (die Leistung wird oft an anderer Stelle erbracht, als der Umsatz anfällt)",
    "Stimulating reward structure and compensation measures (effort is often made elsewhere than where the revenue lands)",
  ],
  R05: ["Juiste Key Accounts geselecteerd"],
  R06: [
    "Competente Account Manager(s) benoemd (juiste kennis, vaardigheden, persoonskenmerken)",
    "Competent account manager(s) appointed (right knowledge, skills, personal traits)",
  ],
  R07: ["Account team(s) benoemd"],
  R08: ["Account Plan format en proces vastgesteld"],
  R10: ["Supporting staff services and resources available"],
  R12: ["Organisatiestructuur en -cultuur gericht op samenwerking (bereidheid kennis en ervaringen te delen)"],
  R14: ["Cultuur waarin successen 'gevierd' worden"],
};
const EARLIER_COMPETENCES: Record<string, string[]> = {
  C05: [
    "Kent de sterke punten van het bedrijf en kan ze bij klanten onderbouwen",
    "Knows the company's strengths and can argue them to customers",
  ],
  C09: ["Leidt een cross-functioneel accountteam"],
};
const EARLIER_TASKS: Record<string, string[]> = {
  T09: [
    "Aufgaben abgrenzen gegen Innendienst, Außendienst und Marketing",
    "Taken afbakenen tegenover binnendienst, buitendienst en marketing",
    "Delimit the tasks against inside sales, field sales and marketing",
  ],
  T12: ["Competenties van potentiële key accountmanagers beoordelen (blad Competenties)"],
  T14: ["Key accountmanagers benoemen"],
};

/** Each earlier text is the standard item of its id and of no other; no other item keeps an earlier text. */
function expectEarlier(
  items: readonly { id: string; text: Localized; earlier: readonly string[] }[],
  earlier: Record<string, string[]>,
): void {
  for (const item of items) {
    expect([...item.earlier].sort()).toEqual([...(earlier[item.id] ?? [])].sort());
    for (const old of item.earlier) {
      expect(old).toMatch(/^\S(.*\S)?$/);
      expect(LANGS.map((l) => item.text[l])).not.toContain(old);
      expect(items.filter((other) => isStandardText(old, other)).map((o) => o.id)).toEqual([item.id]);
    }
  }
}

describe("the 14 conditions of the readiness checklist", () => {
  it("are R01–R14, each with its own text in every language", () => {
    expect(STANDARD_CONDITIONS.map((c) => c.id)).toEqual(sequence("R", 14));
    expectDistinctTexts(STANDARD_CONDITIONS.map((c) => c.text));
  });
  it("are recognised by their texts of today and of earlier versions", () => {
    expectEarlier(STANDARD_CONDITIONS, EARLIER_CONDITIONS);
    for (const c of STANDARD_CONDITIONS)
      for (const text of [...LANGS.map((l) => c.text[l]), ...c.earlier]) expect(standardConditionByText(` ${text} `)?.id).toBe(c.id);
    expect(standardConditionByText("Kantine mit Obst")).toBeUndefined();
  });
  it("are called by the user's text, else the standard text, else the id", () => {
    expect(conditionLabel({ id: "R05", text: null }, "nl")).toBe(STANDARD_CONDITIONS[4]!.text.nl);
    expect(conditionLabel({ id: "R05", text: "Eigen" }, "nl")).toBe("Eigen");
    expect(conditionLabel({ id: "R15", text: null }, "en")).toBe("R15");
  });
  it("leave R15 onwards to the user's own; only ids of the form R and two or more digits count", () => {
    expect(nextConditionId([])).toBe("R15");
    expect(nextConditionId(["R01", "R20", "XR40", "R50a", "R", "r60"])).toBe("R21");
    expect(nextConditionId(["R100"])).toBe("R101");
  });
});

describe("the competences", () => {
  it("are C01–C14: the German template's eight in the default profile, six more in the extended one", () => {
    expect(STANDARD_COMPETENCES.map((c) => c.id)).toEqual(sequence("C", 14));
    expect(STANDARD_COMPETENCES.map((c) => c.profile)).toEqual([...new Array(8).fill("default"), ...new Array(6).fill("extended")]);
    expectDistinctTexts(STANDARD_COMPETENCES.map((c) => c.text));
    expectDistinctTexts(STANDARD_COMPETENCES.map((c) => c.short));
  });
  it("keep each deleted competence of the extended profile deleted when the profile is chosen again", () => {
    const extended = withProfile(defaultCompetenceModel("default"), "extended");
    for (const id of sequence("C", 14).slice(8)) {
      const without = { ...extended, requirements: extended.requirements.filter((r) => r.id !== id) };
      expect(withProfile(without, "extended")).toBe(without);
    }
    expect(profileCompetences("default").every((c) => c.profile === "default")).toBe(true);
  });
  it("are recognised by their texts of today and of earlier versions, and called by them", () => {
    expectEarlier(STANDARD_COMPETENCES, EARLIER_COMPETENCES);
    expect(standardCompetence("C09")?.text.en).toBe(competenceLabel({ id: "C09", text: null }, "en"));
    expect(competenceLabel({ id: "C09", text: "Own words" }, "en")).toBe("Own words");
    expect(competenceLabel({ id: "C99", text: null }, "de")).toBe("C99");
  });
  it("leave C15 onwards to the user's own; only ids of the form C and two or more digits count", () => {
    expect(nextCompetenceId(["C20", "XC40", "C50a"])).toBe("C21");
  });
});

describe("the default tasks", () => {
  it("are T01–T22 in the five phases, in phase order, each with its own text", () => {
    expect(DEFAULT_TASKS.map((t) => t.id)).toEqual(sequence("T", 22));
    const phases = DEFAULT_TASKS.map((t) => t.phase);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(new Set(phases)).toEqual(new Set([1, 2, 3, 4, 5]));
    expectDistinctTexts(DEFAULT_TASKS.map((t) => t.text));
    expectEarlier(DEFAULT_TASKS, EARLIER_TASKS);
  });
  it("are called by the user's text, else the default text, else the id; the phases by their names", () => {
    expect(taskLabel({ id: "T03", text: null }, "en")).toBe(DEFAULT_TASKS[2]!.text.en);
    expect(taskLabel({ id: "T03", text: "Mine" }, "en")).toBe("Mine");
    expect(taskLabel({ id: "T40", text: null }, "de")).toBe("T40");
    expectDistinctTexts(PHASES);
    PHASES.forEach((p, i) => {
      expect(p.de.startsWith(`${i + 1} `)).toBe(true);
      expect(phaseLabel(i + 1, "nl")).toBe(p.nl);
    });
    expect(phaseLabel(6, "de")).toBe("6");
    expect(phaseLabel(0, "de")).toBe("0");
    expect(phaseLabel("Nachbereitung", "de")).toBe("Nachbereitung");
  });
  it("leave T23 onwards to the user's own; only ids of the form T and two or more digits count", () => {
    expect(nextTaskId(["T01", "T30", "XT40", "T50a"])).toBe("T31");
  });
});

describe("the status words", () => {
  it("name the four states in every language, one word each", () => {
    expect(TASK_STATUSES).toEqual(Object.keys(STATUS_TEXT));
    expectDistinctTexts(TASK_STATUSES.map((s) => STATUS_TEXT[s]));
  });
  it("are read in any language and case, and Dutch sheets' earlier 'Gereed' is done", () => {
    for (const s of TASK_STATUSES)
      for (const lang of LANGS) expect(statusFromText(` ${STATUS_TEXT[s][lang].toUpperCase()} `)?.status).toBe(s);
    expect(statusFromText("Gereed")).toEqual({ status: "DONE", lang: "nl" });
    expect(statusFromText(3)).toBeUndefined();
    expect(statusTexts("DONE")).toEqual(["Erledigt", "Afgerond", "Gereed", "Done"]);
    expect(statusTexts("OPEN")).toEqual(["Offen", "Open", "Open"]);
  });
});

describe("the languages", () => {
  it("are German (the templates' language, the default), Dutch and English, told from a locale", () => {
    expect(DEFAULT_LANG).toBe("de");
    expect(toLang(" DE-at")).toBe("de");
    expect(toLang("nl-BE")).toBe("nl");
    expect(toLang("fr")).toBeUndefined();
    expect(toLang(7)).toBeUndefined();
    expect(isStandardText("x", undefined)).toBe(false);
    // a standard item that never had other wordings: only its texts are standard
    const plain = { text: { de: "Eins", nl: "Een", en: "One" } };
    expect(["Een", "One", "Two"].map((s) => isStandardText(s, plain))).toEqual([true, true, false]);
  });
});
