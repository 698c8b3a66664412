import { idSequence } from "../../../domain/ids";
import { type Lang, type Localized, isStandardText, itemText } from "../../../domain/lang";

/** One of the 14 conditions of the readiness checklist (README, "Using the readiness checklist"), with its stable id. */
export interface StandardCondition {
  readonly id: string;
  readonly text: Localized;
  readonly earlier: readonly string[];
}

const c = (id: string, nl: string, de: string, en: string): StandardCondition => ({
  id,
  text: { de, nl, en },
  earlier: EARLIER_TEXTS[id] ?? [],
});

/** Texts earlier versions wrote, by id: a sheet holding one still has the standard condition (re-localised when created again). */
const EARLIER_TEXTS: Readonly<Record<string, readonly string[]>> = {
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

export const STANDARD_CONDITIONS: readonly StandardCondition[] = [
  c(
    "R01",
    "Betrokkenheid van het topmanagement bij (de invoering van) key-accountmanagement (‘executive sponsor’)",
    "Engagement des Topmanagements für (die Einführung von) Key-Account-Management („Executive Sponsor“)",
    'Top management commitment to (introducing) key account management ("executive sponsor")',
  ),
  c(
    "R02",
    "Interne overeenstemming over het belang van key-accountmanagement (zowel centraal als op businessunit- en/of landenniveau)",
    "Interne Einigkeit über die Bedeutung von Key-Account-Management (zentral wie auf Ebene der Geschäftsbereiche und/oder Länder)",
    "Internal agreement on the importance of key account management (centrally and at business-unit and/or country level)",
  ),
  c(
    "R03",
    "Intern draagvlak voor doelen, organisatie en aanpak van key-accountmanagement",
    "Interne Unterstützung für Ziele, Organisation und Vorgehen des Key-Account-Managements",
    "Internal support for the goals, organisation and approach of key account management",
  ),
  c(
    "R04",
    "Stimulerende beloningsstructuur en compensatiemaatregelen (inspanningen worden vaak elders geleverd dan waar de omzet terechtkomt)",
    "Motivierendes Vergütungssystem und Ausgleichsregelungen (die Leistung wird oft an anderer Stelle erbracht als dort, wo der Umsatz anfällt)",
    "Incentivising reward structure and compensation arrangements (the effort is often made in one place and the revenue booked in another)",
  ),
  c("R05", "Juiste key accounts geselecteerd", "Die richtigen Key Accounts ausgewählt", "The right key accounts selected"),
  c(
    "R06",
    "Competente key-accountmanager(s) benoemd (juiste kennis, vaardigheden, persoonskenmerken)",
    "Kompetente Key-Account-Manager ernannt (richtiges Wissen, Fähigkeiten, Persönlichkeitsmerkmale)",
    "Competent key account manager(s) appointed (right knowledge, skills and personal traits)",
  ),
  c("R07", "Accountteam(s) benoemd", "Account-Team(s) benannt", "Account team(s) appointed"),
  c(
    "R08",
    "Format en proces van het accountplan vastgesteld",
    "Format und Prozess des Account-Plans festgelegt",
    "Account plan format and process defined",
  ),
  c(
    "R09",
    "Wijze van rapportage, evaluatie en monitoring vastgesteld",
    "Art der Berichterstattung, Evaluation und Überwachung festgelegt",
    "Reporting, evaluation and monitoring defined",
  ),
  c(
    "R10",
    "Ondersteunende stafdiensten en middelen beschikbaar",
    "Unterstützende Stabsstellen und Mittel verfügbar",
    "Support functions and resources available",
  ),
  c(
    "R11",
    "Centraal informatiesysteem en intranet",
    "Zentrales Informationssystem und Intranet",
    "Central information system and intranet",
  ),
  c(
    "R12",
    "Organisatiestructuur en -cultuur gericht op samenwerking (bereidheid om kennis en ervaring te delen)",
    "Organisationsstruktur und -kultur auf Zusammenarbeit ausgerichtet (Bereitschaft, Wissen und Erfahrungen zu teilen)",
    "Organisational structure and culture geared to cooperation (willingness to share knowledge and experience)",
  ),
  c("R13", "Klantgerichte organisatie", "Kundenorientierte Organisation", "Customer-oriented organisation"),
  c(
    "R14",
    "Cultuur waarin successen ‘gevierd’ worden",
    "Kultur, in der Erfolge „gefeiert“ werden",
    'A culture in which successes are "celebrated"',
  ),
];

const BY_ID = new Map(STANDARD_CONDITIONS.map((s) => [s.id, s]));

export function standardCondition(id: string): StandardCondition | undefined {
  return BY_ID.get(id);
}

/** The standard condition whose text (in any language) is exactly `text`, if any. */
export function standardConditionByText(text: string): StandardCondition | undefined {
  const wanted = text.trim();
  return STANDARD_CONDITIONS.find((s) => isStandardText(wanted, s));
}

/** Ids are R01, R02, …; a user's own conditions continue the sequence after the highest id in use. */
const CONDITION_IDS = idSequence("R", STANDARD_CONDITIONS.length);
export const CONDITION_ID_PATTERN = CONDITION_IDS.pattern;

export function nextConditionId(usedIds: Iterable<string>): string {
  return CONDITION_IDS.next(usedIds, 1)[0]!;
}

/** What a condition is called in `lang`: the user's own text, else the standard text of its id, else the id. */
export function conditionLabel(c: { readonly id: string; readonly text: string | null }, lang: Lang): string {
  return itemText(c, standardCondition(c.id), lang) ?? c.id;
}
