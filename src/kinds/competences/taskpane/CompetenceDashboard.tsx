import { Badge, Button, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, Tooltip } from "@fluentui/react-components";
import { useState } from "react";
import { competenceShortLabel } from "../domain/profile";
import { type CandidateResult, listingOrder } from "../domain/evaluate";
import { formatNumber, formatPercent } from "../../../i18n/format";
import { cellAddress } from "../../../sheets/address";
import type { CompetenceSheetState } from "../workflows/competences";
import { ProblemList } from "../../../taskpane/ProblemList";
import { CompetenceName, competenceTitle } from "./CompetenceName";
import { token } from "../../../taskpane/token";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { COMPETENCE_PANE_TEXT, noDeficitText } from "../i18n/paneText";

type Ready = Extract<CompetenceSheetState, { status: "ready" }>;

/** The candidates not ranked are named up to this many; a button shows the rest (200 names are no sentence). */
const NAMES_SHOWN = 10;

/** "Heading (count): a, b, c, …" with a button for the rest. */
function NameList({ label, names, testId }: { label: string; names: readonly string[]; testId: string }) {
  const { t } = usePaneText(COMPETENCE_PANE_TEXT);
  const [all, setAll] = useState(false);
  if (names.length === 0) return null;
  return (
    <Text data-testid={testId}>
      {label}: {(all ? names : names.slice(0, NAMES_SHOWN)).join(", ")}
      {!all && names.length > NAMES_SHOWN && (
        <>
          {", … "}
          <Button size="small" appearance="transparent" onClick={() => setAll(true)}>
            {t("showAll", { count: names.length })}
          </Button>
        </>
      )}
    </Text>
  );
}

export interface CompetenceDashboardProps {
  readonly state: Ready;
  onSelect(sheet: string, address: string): void;
}

/** The evaluated competences by id: the requirement, its row as read, its place in each candidate's gaps. */
type Counted = ReadonlyMap<
  string,
  { readonly requirement: Ready["model"]["requirements"][number]; readonly row: number; readonly index: number }
>;

/** The seed's four questions, answered from the sheet: who fits best, where the deficits are, what to build on. */
export function CompetenceDashboard({ state, onSelect }: CompetenceDashboardProps) {
  const { t } = usePaneText(COMPETENCE_PANE_TEXT);
  const { result, model } = state;
  // the evaluated competences, in the order of each candidate's gaps (remarks and rows beyond the sheet's formulas are not)
  const counted = model.requirements
    .map((requirement, i) => ({ requirement, row: state.competenceRows[i]! }))
    .filter((x) => x.requirement.ignored === undefined);
  const byId: Counted = new Map(counted.map((x, index) => [x.requirement.id, { ...x, index }]));
  const name = (c: CandidateResult) => model.candidates[c.index] ?? "";
  const best = result.best === null ? null : result.candidates[result.best]!;
  // not ranked: too few competences assessed, or (assessed enough) a must-have still open
  const { incomplete, mustHaveOpen, ordered } = listingOrder(result);

  return (
    <section aria-label={t("competenceHeading")} style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar layout="multiline" intent={best ? "success" : "info"} data-testid="best">
        <MessageBarBody>
          <MessageBarTitle>{best ? t("best", { name: name(best) }) : t("noBest")}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <Ranking state={state} name={name} />
      <NameList label={t("incomplete", { count: incomplete.length })} names={incomplete.map(name)} testId="incomplete" />
      <NameList label={t("mustHaveOpen", { count: mustHaveOpen.length })} names={mustHaveOpen.map(name)} testId="must-have-open" />
      <Deficits state={state} ordered={ordered} byId={byId} name={name} onSelect={onSelect} />
      <BuildOn state={state} byId={byId} />
      <ProblemList problems={state.problems} onSelect={onSelect} />
    </section>
  );
}

/** The ranked candidates by fit; the weighted score bold where it decides between fits shown alike. */
function Ranking({ state, name }: { readonly state: Ready; readonly name: (c: CandidateResult) => string }) {
  const { t, lang } = usePaneText(COMPETENCE_PANE_TEXT);
  const { result } = state;
  // fits shown alike by more than one ranked candidate: the weighted score decides their order, and is shown bold
  const shownFits = result.ranking.map((i) => formatPercent((result.candidates[i]!.fit ?? 0) * 100, lang));
  const tiedFits = new Set(shownFits.filter((f, k) => shownFits.indexOf(f) !== k));
  if (result.ranking.length === 0) return null;
  return (
    <div>
      <Text weight="semibold">{t("ranking")}</Text>
      <ol data-testid="ranking" style={{ margin: 0, paddingLeft: 0, listStyle: "none" }}>
        {result.ranking.map((i, position) => {
          const c = result.candidates[i]!;
          const fit = c.fit ?? 0;
          const shownFit = formatPercent(fit * 100, lang);
          // the first knocked-out candidate starts the group ranked after all others, whatever the fit
          const firstOut = c.knockedOut && (position === 0 || !result.candidates[result.ranking[position - 1]!]!.knockedOut);
          return (
            <li
              key={i}
              style={{
                marginTop: 4,
                ...(firstOut ? { borderTop: `1px dashed ${token("colorPaletteRedBorder2")}`, paddingTop: 4 } : {}),
              }}
            >
              {firstOut && (
                <Text block size={200} style={{ color: token("colorPaletteRedForeground1") }}>
                  {t("afterAllOthers")}
                </Text>
              )}
              <Text>
                {t("rank", { rank: c.rank ?? "" })} {t("fitOf", { name: name(c), fit: shownFit })}
              </Text>
              {c.weightedScore !== null && (
                <Text size={200} weight={tiedFits.has(shownFit) ? "semibold" : "regular"}>
                  {" · "}
                  {t("weightedScoreOf", { score: formatNumber(c.weightedScore, lang) })}
                </Text>
              )}{" "}
              {c.knockedOut && (
                <Badge color="danger" appearance="tint" size="small">
                  {t("knockedOut")}
                </Badge>
              )}
              <ProgressBar
                value={fit}
                max={1}
                thickness="large"
                color={c.knockedOut ? "error" : fit >= 1 ? "success" : "brand"}
                aria-label={name(c)}
              />
            </li>
          );
        })}
      </ol>
      {tiedFits.size > 0 && (
        <Text block size={200} data-testid="tie-break">
          {t("tieBreak")}
        </Text>
      )}
    </div>
  );
}

interface DeficitsProps {
  readonly state: Ready;
  readonly ordered: readonly CandidateResult[];
  readonly byId: Counted;
  readonly name: (c: CandidateResult) => string;
  onSelect(sheet: string, address: string): void;
}

/** Each candidate's deficits, each a link to the rating's cell where the read found it. */
function Deficits({ state, ordered, byId, name, onSelect }: DeficitsProps) {
  const { t, lang } = usePaneText(COMPETENCE_PANE_TEXT);
  return (
    <div>
      <Text weight="semibold">{t("deficits")}</Text>
      <ul data-testid="deficits" style={{ margin: 0, paddingLeft: 18 }}>
        {ordered.map((c) => (
          <li key={c.index}>
            <Text>{name(c)}: </Text>
            {c.deficits.length === 0
              ? noDeficitText(c, byId.size, t)
              : c.deficits.map((id, j) => {
                  const at = byId.get(id)!;
                  const cell = cellAddress(at.row, state.candidateCols[c.index]!);
                  const gap = c.gaps[at.index];
                  return (
                    <span key={id}>
                      {j > 0 ? ", " : ""}
                      <Tooltip
                        content={`${competenceTitle(at.requirement, lang)} (${t("selectCell", { cell })})`}
                        relationship="description"
                        withArrow
                      >
                        <Link as="button" onClick={() => onSelect(state.sheet, cell)}>
                          {competenceShortLabel(at.requirement, lang)} ({gap})
                        </Link>
                      </Tooltip>
                    </span>
                  );
                })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The competences most candidates meet: what the team can build on. */
function BuildOn({ state, byId }: { readonly state: Ready; readonly byId: Counted }) {
  const { t, lang } = usePaneText(COMPETENCE_PANE_TEXT);
  const { result } = state;
  return (
    <div>
      <Text weight="semibold">{t("buildOn")}</Text>
      {result.buildOnIds.length === 0 ? (
        <Text block>{t("noBuildOn")}</Text>
      ) : (
        <ul data-testid="build-on" style={{ margin: 0, paddingLeft: 18 }}>
          {result.buildOnIds.map((id) => {
            const team = result.team.find((x) => x.id === id)!;
            const r = byId.get(id)!.requirement;
            return (
              <li key={id}>
                <CompetenceName requirement={r} lang={lang} focusable inline />{" "}
                <Text>{t("metBy", { meeting: team.meeting, assessed: team.assessed })}</Text>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
