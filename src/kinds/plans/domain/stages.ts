import type { Localized } from "../../../domain/lang";
import { type ChoiceEntry, STAGES, type Stage, type Tick } from "./model";

/**
 * The observable indicators of each development stage of a key relationship, from seed 001 (after Millman &
 * Wilson 1995 and McDonald et al. 2000). Each is ticked yes or no on the plan.
 */
export interface StageIndicator {
  /** I01…: the plan keeps each tick by it. */
  readonly id: string;
  readonly stage: Stage;
  readonly text: Localized;
}

const i = (id: string, stage: Stage, de: string, nl: string, en: string): StageIndicator => ({ id, stage, text: { de, nl, en } });

export const STAGE_INDICATORS: readonly StageIndicator[] = [
  i(
    "I01",
    "TRANSACTIONAL",
    "Wenig Zusammenarbeit: Der Kunde kauft in Einzelgeschäften, mit kurzfristigem Blick",
    "Weinig samenwerking: de klant koopt in losse transacties, met een kortetermijnfocus",
    "Little cooperation: the customer buys in separate transactions, with a short-term focus",
  ),
  i(
    "I02",
    "TRANSACTIONAL",
    "Der Kunde holt regelmäßig Angebote anderer Lieferanten ein, um das Preis-Leistungs-Verhältnis zu prüfen",
    "De klant vraagt regelmatig offertes op bij andere leveranciers om de prijs-kwaliteitverhouding te beoordelen",
    "The customer regularly asks other suppliers for quotes to check value for money",
  ),
  i(
    "I03",
    "TRANSACTIONAL",
    "Wenig Bindung: Ein Lieferantenwechsel ist für den Kunden mit wenig Risiko und kaum Hürden verbunden",
    "Weinig binding: de klant ziet weinig risico's en drempels om over te stappen naar een andere leverancier",
    "Little commitment: switching to another supplier carries little risk and few barriers for the customer",
  ),
  i(
    "I04",
    "TRANSACTIONAL",
    "Beide Seiten geben Informationen nur vorsichtig weiter",
    "Beide partijen wisselen voorzichtig informatie uit",
    "Both sides are cautious in sharing information",
  ),
  i(
    "I05",
    "COOPERATIVE",
    "Auf beiden Seiten stimmen feste Ansprechpartner die Anliegen ihrer Bereiche miteinander ab",
    "Aan beide kanten stemmen vaste coördinatoren de vragen en behoeften van hun afdelingen met elkaar af",
    "Dedicated coordinators on both sides align their departments' questions and needs with each other",
  ),
  i(
    "I06",
    "COOPERATIVE",
    "Der Kunde führt uns als bevorzugten Lieferanten, neben Wettbewerbern",
    "De klant noemt ons een preferred supplier, naast concurrerende leveranciers",
    "The customer lists us as a preferred supplier, alongside competing suppliers",
  ),
  i(
    "I07",
    "COOPERATIVE",
    "Wir investieren viel in den Kunden, noch ohne offenen Informationsaustausch und gemeinsame Aktivitäten",
    "We steken veel energie in de klant, nog zonder open informatie-uitwisseling en gezamenlijke activiteiten",
    "We put a lot of effort into the customer, as yet without open information exchange or joint activities",
  ),
  i(
    "I08",
    "PARTNERSHIP",
    "Kontakte auf mehreren Ebenen: Topmanagement, mittleres Management und operative Ebene",
    "Contacten op meerdere niveaus: topmanagement, middenmanagement en uitvoerend niveau",
    "Contacts at several levels: top management, middle management and operational level",
  ),
  i(
    "I09",
    "PARTNERSHIP",
    "Bereichsübergreifende Account- und Einkaufsteams arbeiten gemeinsam auf eine Win-win-Situation hin",
    "Multidisciplinaire accountteams en inkoopteams streven samen naar een win-winsituatie",
    "Multidisciplinary account and buying teams work together towards a win-win",
  ),
  i(
    "I10",
    "PARTNERSHIP",
    "Gemeinsame Account-Pläne und strategischer Informationsaustausch",
    "Gezamenlijke accountplannen en strategische informatie-uitwisseling",
    "Joint account plans and strategic information exchange",
  ),
  i(
    "I11",
    "PARTNERSHIP",
    "Hohes gegenseitiges Vertrauen: Ein Lieferantenwechsel wäre für den Kunden ein großes Risiko",
    "Groot wederzijds vertrouwen: overstappen naar een andere leverancier is voor de klant een groot risico",
    "High mutual trust: switching supplier would carry a high risk for the customer",
  ),
  i(
    "I12",
    "INTEGRATION",
    "Gemeinsame Strategien und Produktentwicklung (Co-Development, Co-Creation)",
    "Gezamenlijke strategieën en productontwikkeling (co-development, co-creation)",
    "Joint strategies and product development (co-development, co-creation)",
  ),
  i("I13", "INTEGRATION", "Gemeinsame Markt- und Trendanalysen", "Gezamenlijke markt- en trendanalyses", "Joint market and trend analyses"),
  i(
    "I14",
    "INTEGRATION",
    "Prozesse beider Organisationen wurden gemeinsam neu gestaltet",
    "De processen van beide organisaties zijn samen opnieuw ingericht",
    "The processes of both organisations have been redesigned together",
  ),
  i(
    "I15",
    "INTEGRATION",
    "Eine gemeinsame Organisation oder ein Joint Venture ist entstanden oder geplant",
    "Er is een gezamenlijke organisatie of joint venture ontstaan of gepland",
    "A joint organisation or joint venture has been formed or is planned",
  ),
];

/** How a stage's indicators were ticked. */
export interface StageTicks {
  readonly stage: Stage;
  readonly yes: number;
  readonly no: number;
  readonly indicators: number;
  /** More than half of its indicators ticked yes. */
  readonly met: boolean;
}

export interface StageAssessment {
  /** Each stage's ticks, transactional first. */
  readonly stages: readonly StageTicks[];
  /** Null when no indicator is ticked: the relationship is not assessed yet. */
  readonly stage: Stage | null;
}

/**
 * The relationship's stage from its indicators: the highest stage whose indicators are mostly met (more than half
 * ticked yes) while every stage between it and the transactional one is mostly met too. The transactional stage is
 * where every relationship starts and is the stage of any assessed relationship that meets no higher one: its
 * indicators (quotes asked elsewhere, little commitment, cautious information) describe it, and fade as the
 * relationship grows, so a higher stage does not ask for them (seed 001).
 */
export function assessStage(ticks: Readonly<Record<string, ChoiceEntry<Tick>>>): StageAssessment {
  const stages = STAGES.map((stage): StageTicks => {
    const mine = STAGE_INDICATORS.filter((x) => x.stage === stage);
    const yes = mine.filter((x) => ticks[x.id] === "YES").length;
    const no = mine.filter((x) => ticks[x.id] === "NO").length;
    return { stage, yes, no, indicators: mine.length, met: yes * 2 > mine.length };
  });
  if (stages.every((s) => s.yes + s.no === 0)) return { stages, stage: null };
  let stage: Stage = "TRANSACTIONAL";
  for (const s of stages.slice(1)) {
    if (!s.met) break;
    stage = s.stage;
  }
  return { stages, stage };
}
