import { Badge, Button, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import { useState } from "react";
import { competenceLabel } from "../../domain/competences/profile";
import type { CandidateResult } from "../../domain/competences/evaluate";
import { formatPercent } from "../../i18n/format";
import { cellAddress } from "../../sheets/address";
import { COL } from "../../sheets/competences/layout";
import type { CompetenceState } from "../../workflows/competences";
import { ProblemList } from "../ProblemList";
import { usePaneText } from "../uiLanguage";

type Ready = Extract<CompetenceState, { kind: "ready" }>;

/** The incompletely assessed are named up to this many; a button shows the rest (200 names are no sentence). */
const NAMES_SHOWN = 10;

export interface CompetenceDashboardProps {
  readonly state: Ready;
  onSelect(sheet: string, address: string): void;
}

/** The seed's four questions, answered from the sheet: who fits best, where the deficits are, what to build on. */
export function CompetenceDashboard({ state, onSelect }: CompetenceDashboardProps) {
  const { t, lang } = usePaneText();
  const { result, model } = state;
  // the evaluated competences, in the order of each candidate's gaps (remarks and rows beyond the sheet's formulas are not)
  const counted = model.requirements.map((requirement, i) => ({ requirement, row: state.competenceRows[i] ?? 0 })).filter((x) => x.requirement.ignored === undefined);
  const byId = new Map(counted.map((x, index) => [x.requirement.id, { ...x, index }]));
  const name = (c: CandidateResult) => model.candidates[c.index] ?? "";
  const best = result.best === null ? null : result.candidates[result.best]!;
  const incomplete = result.candidates.filter((c) => c.incomplete);
  const ordered = [...result.ranking.map((i) => result.candidates[i]!), ...incomplete];
  const [allIncomplete, setAllIncomplete] = useState(false);

  return (
    <section aria-label={t("competenceHeading")} style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar intent={best ? "success" : "info"} data-testid="best">
        <MessageBarBody>
          <MessageBarTitle>{best ? t("best", { name: name(best) }) : t("noBest")}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>

      {result.ranking.length > 0 && (
        <div>
          <Text weight="semibold">{t("ranking")}</Text>
          <ol data-testid="ranking" style={{ margin: 0, paddingLeft: 0, listStyle: "none" }}>
            {result.ranking.map((i) => {
              const c = result.candidates[i]!;
              const fit = c.fit ?? 0;
              return (
                <li key={i} style={{ marginTop: 4 }}>
                  <Text>
                    {t("rank", { rank: c.rank ?? "" })} {t("fitOf", { name: name(c), fit: formatPercent(fit * 100, lang) })}
                  </Text>{" "}
                  {c.knockedOut && (
                    <Badge color="danger" appearance="tint" size="small">
                      {t("knockedOut")}
                    </Badge>
                  )}
                  <ProgressBar value={fit} max={1} thickness="large" color={c.knockedOut ? "error" : fit >= 1 ? "success" : "brand"} aria-label={name(c)} />
                </li>
              );
            })}
          </ol>
        </div>
      )}

      {incomplete.length > 0 && (
        <Text data-testid="incomplete">
          {t("incomplete", { count: incomplete.length })}: {(allIncomplete ? incomplete : incomplete.slice(0, NAMES_SHOWN)).map(name).join(", ")}
          {!allIncomplete && incomplete.length > NAMES_SHOWN && (
            <>
              {", … "}
              <Button size="small" appearance="transparent" onClick={() => setAllIncomplete(true)}>
                {t("showAll", { count: incomplete.length })}
              </Button>
            </>
          )}
        </Text>
      )}

      <div>
        <Text weight="semibold">{t("deficits")}</Text>
        <ul data-testid="deficits" style={{ margin: 0, paddingLeft: 18 }}>
          {ordered.map((c) => (
            <li key={c.index}>
              <Text>{name(c)}: </Text>
              {c.deficits.length === 0
                ? // no deficit is a finding only where someone assessed: say how far the assessment went
                  c.assessed === 0
                  ? t("notAssessedYet")
                  : c.incomplete
                    ? t("noDeficitsSoFar", { assessed: c.assessed, total: counted.length })
                    : t("noDeficits")
                : c.deficits.map((id, j) => {
                    const at = byId.get(id)!;
                    const cell = cellAddress(at.row, state.candidateCols[c.index] ?? COL.firstCandidate + c.index);
                    const gap = c.gaps[at.index];
                    return (
                      <span key={id}>
                        {j > 0 ? ", " : ""}
                        <Link as="button" title={`${competenceLabel(at.requirement, lang)} (${t("selectCell", { cell })})`} onClick={() => onSelect(state.sheet, cell)}>
                          {id} ({gap})
                        </Link>
                      </span>
                    );
                  })}
            </li>
          ))}
        </ul>
      </div>

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
                  {id} {competenceLabel(r, lang)} · {team.meeting}/{team.assessed}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <ProblemList problems={state.problems} onSelect={onSelect} />
    </section>
  );
}
