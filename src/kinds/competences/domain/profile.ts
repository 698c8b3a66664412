import { idSequence } from "../../../domain/ids";
import { type Lang, type Localized, isStandardText, itemText } from "../../../domain/lang";

/** A competence a key account manager may need (README, "Using the competence assessment"), with its stable id. */
export interface StandardCompetence {
  readonly id: string;
  readonly text: Localized;
  /** A name of a few words, where the full text does not fit (the pane's tables and lists); the text on hover and focus. */
  readonly short: Localized;
  readonly earlier: readonly string[];
  /** Part of the default profile (the German template's list) or only of the extended one. */
  readonly profile: "default" | "extended";
}

const c = (id: string, profile: StandardCompetence["profile"], de: string, nl: string, en: string): StandardCompetence => ({
  id,
  profile,
  text: { de, nl, en },
  short: SHORT[id]!,
  earlier: EARLIER_TEXTS[id] ?? [],
});

/** Texts earlier versions wrote, by id: a sheet holding one still has the standard competence (re-localised when created again). */
const EARLIER_TEXTS: Readonly<Record<string, readonly string[]>> = {
  C05: [
    "Kent de sterke punten van het bedrijf en kan ze bij klanten onderbouwen",
    "Knows the company's strengths and can argue them to customers",
  ],
  C09: ["Leidt een cross-functioneel accountteam"],
};

/** The short names, by id. */
const SHORT: Readonly<Record<string, Localized>> = {
  C01: { de: "Identifikation mit dem Angebot", nl: "Verbondenheid met het aanbod", en: "Commitment to our offering" },
  C02: { de: "Hohe Qualifikation", nl: "Hoge kwalificatie", en: "High qualification" },
  C03: { de: "Schnelligkeit", nl: "Snelheid", en: "Speed" },
  C04: { de: "Servicequalität", nl: "Servicekwaliteit", en: "Service quality" },
  C05: { de: "Stärken vertreten", nl: "Sterke punten uitdragen", en: "Making the case for our strengths" },
  C06: { de: "Kundenanforderungen", nl: "Klanteisen", en: "Customer requirements" },
  C07: { de: "Branchenkenntnis", nl: "Branchekennis", en: "Industry knowledge" },
  C08: { de: "Trends und Technologien", nl: "Trends en technologieën", en: "Trends and technologies" },
  C09: { de: "Account-Team führen", nl: "Accountteam leiden", en: "Leading the account team" },
  C10: { de: "Kundengeschäft analysieren", nl: "Business van de klant analyseren", en: "Analysing the customer's business" },
  C11: { de: "Wertangebote", nl: "Waardeproposities", en: "Value propositions" },
  C12: { de: "Gemeinsame Planung", nl: "Gezamenlijke planning", en: "Joint planning" },
  C13: { de: "Beziehungen auf allen Ebenen", nl: "Relaties op alle niveaus", en: "Relationships at every level" },
  C14: { de: "Rendite des Accounts", nl: "Rendement van de account", en: "Return on the account" },
};

export const STANDARD_COMPETENCES: readonly StandardCompetence[] = [
  c(
    "C01",
    "default",
    "Identifiziert sich mit den eigenen Produkten und Dienstleistungen",
    "Identificeert zich met de eigen producten en diensten",
    "Identifies with the company's own products and services",
  ),
  c("C02", "default", "Verfügt über eine hohe Qualifikation", "Beschikt over een hoge kwalificatie", "Is highly qualified"),
  c(
    "C03",
    "default",
    "Ist sich bewusst, dass Schnelligkeit ein wichtiger Faktor ist",
    "Is zich bewust dat snelheid een belangrijke factor is",
    "Is aware that speed is an important factor",
  ),
  c(
    "C04",
    "default",
    "Ist sich bewusst, dass Servicequalität ein wichtiger Faktor ist",
    "Is zich bewust dat servicekwaliteit een belangrijke factor is",
    "Is aware that service quality is an important factor",
  ),
  c(
    "C05",
    "default",
    "Kennt die Stärken des Unternehmens und kann sie gegenüber Kunden vertreten",
    "Kent de sterke punten van het bedrijf en kan die bij klanten uitdragen",
    "Knows the company's strengths and can make the case for them to customers",
  ),
  c(
    "C06",
    "default",
    "Kennt die Kundenanforderungen sehr gut",
    "Kent de klanteisen zeer goed",
    "Knows the customer's requirements very well",
  ),
  c(
    "C07",
    "default",
    "Weiß über die Branche des Kunden sehr gut Bescheid",
    "Kent de branche van de klant zeer goed",
    "Knows the customer's industry very well",
  ),
  c(
    "C08",
    "default",
    "Kennt Trends, Technologien und Markttreiber",
    "Kent trends, technologieën en marktdrijvers",
    "Knows trends, technologies and market drivers",
  ),
  // the extended profile: what managing a key account involves, beyond the eight competences of the default one
  c(
    "C09",
    "extended",
    "Führt ein funktionsübergreifendes Account-Team",
    "Leidt een multidisciplinair accountteam",
    "Leads a cross-functional account team",
  ),
  c(
    "C10",
    "extended",
    "Analysiert das Geschäft des Kunden, um Chancen zu erkennen",
    "Analyseert de business van de klant om kansen te identificeren",
    "Analyses the customer's business to find opportunities",
  ),
  c(
    "C11",
    "extended",
    "Entwickelt kundenorientierte Wertangebote",
    "Ontwikkelt klantgerichte waardeproposities",
    "Develops customer-focused value propositions",
  ),
  c("C12", "extended", "Plant gemeinsam mit dem Kunden", "Plant samen met de klant", "Plans jointly with the customer"),
  c(
    "C13",
    "extended",
    "Baut Beziehungen auf strategischer, taktischer und operativer Ebene auf",
    "Bouwt relaties op strategisch, tactisch en operationeel niveau",
    "Builds relationships at strategic, tactical and operational level",
  ),
  c(
    "C14",
    "extended",
    "Steuert die Rendite der Investition in den Account",
    "Stuurt op het rendement van de investering in de account",
    "Manages the return on the account investment",
  ),
];

export type Profile = "default" | "extended";

/** The competences of a profile: the default eight, or all fourteen. */
export function profileCompetences(profile: Profile): readonly StandardCompetence[] {
  return profile === "default" ? STANDARD_COMPETENCES.filter((s) => s.profile === "default") : STANDARD_COMPETENCES;
}

const BY_ID = new Map(STANDARD_COMPETENCES.map((s) => [s.id, s]));

export function standardCompetence(id: string): StandardCompetence | undefined {
  return BY_ID.get(id);
}

const COMPETENCE_IDS = idSequence("C", STANDARD_COMPETENCES.length);
export const COMPETENCE_ID_PATTERN = COMPETENCE_IDS.pattern;

/** User-defined competences continue after the highest id in use, and never reuse the extended profile's ids. */
export function nextCompetenceId(usedIds: Iterable<string>): string {
  return COMPETENCE_IDS.next(usedIds, 1)[0]!;
}

/** What a competence is called in `lang`: the user's own text, else the standard text of its id, else the id. */
export function competenceLabel(r: { readonly id: string; readonly text: string | null }, lang: Lang): string {
  return itemText(r, standardCompetence(r.id), lang) ?? r.id;
}

/**
 * What a competence is called where space is short, in `lang`: the short name of a standard competence whose text
 * is its standard text in any language (as created), else the user's own text (cut by the layout, whole on hover
 * and focus), else the id.
 */
export function competenceShortLabel(r: { readonly id: string; readonly text: string | null }, lang: Lang): string {
  const standard = standardCompetence(r.id);
  if (standard !== undefined && (r.text === null || isStandardText(r.text, standard))) return standard.short[lang];
  return r.text ?? r.id;
}
