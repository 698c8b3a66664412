import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { conditionLabel } from "../domain/conditions";
import type { Verdict } from "../domain/evaluate";
import { formatNumber, formatPercent } from "../../../i18n/format";
import { VERDICT_TEXT } from "../i18n/verdictText";
import { rangeAddress } from "../../../sheets/address";
import type { ReadinessSheetState } from "../workflows/readiness";
import { BarChart } from "../../../taskpane/BarChart";
import { ProblemList } from "../../../taskpane/ProblemList";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { token } from "../../../taskpane/token";
import { READINESS_PANE_TEXT } from "../i18n/paneText";

type Ready = Extract<ReadinessSheetState, { status: "ready" }>;

const INTENT: Readonly<Record<Verdict, MessageBarIntent>> = {
  NOT_READY: "error",
  READY_WITH_GAPS: "warning",
  READY: "success",
  INCOMPLETE: "info",
};

export interface ReadinessDashboardProps {
  readonly state: Ready;
  onSelect(sheet: string, address: string): void;
}

/** The checklist's result as read from the sheet: verdict, index, weak/disputed/unrated conditions and problems. */
export function ReadinessDashboard({ state, onSelect }: ReadinessDashboardProps) {
  const { t, lang } = usePaneText(READINESS_PANE_TEXT);
  const { result } = state;
  const list = (ids: readonly string[], testId: string, showMean: boolean) => (
    <ConditionList ids={ids} testId={testId} showMean={showMean} state={state} onSelect={onSelect} />
  );

  return (
    <section aria-label={t("readinessHeading")} style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar layout="multiline" intent={INTENT[result.verdict]} data-testid="verdict" data-verdict={result.verdict}>
        <MessageBarBody>
          <MessageBarTitle>{VERDICT_TEXT[lang][result.verdict]}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>

      <div>
        <Text weight="semibold">{t("index")}: </Text>
        <Text data-testid="index">
          {result.index === null || result.percent === null
            ? t("notRated")
            : `${formatNumber(result.index, lang)} / 5 · ${formatPercent(result.percent, lang)}`}
        </Text>
      </div>

      <Profile state={state} />

      <div>
        {/* red only when there is something weak: "(0)" in red reads as an alarm */}
        <Text
          weight="semibold"
          data-testid="weak-heading"
          data-alarm={result.weakIds.length > 0}
          style={result.weakIds.length > 0 ? { color: token("colorPaletteRedForeground1") } : undefined}
        >
          {t("weak", { count: result.weakIds.length })}
        </Text>
        {result.weakIds.length === 0 ? <Text block>{t("noneWeak")}</Text> : list(result.weakIds, "weak", true)}
      </div>

      {result.disputedIds.length > 0 && (
        <div>
          <Text weight="semibold">{t("disputed", { count: result.disputedIds.length })}</Text>
          {list(result.disputedIds, "disputed", true)}
        </div>
      )}
      {result.unratedIds.length > 0 && (
        <div>
          <Text weight="semibold">{t("unrated", { count: result.unratedIds.length })}</Text>
          {list(result.unratedIds, "unrated", false)}
        </div>
      )}
      {result.notApplicableIds.length > 0 && (
        <Text>
          {t("notApplicable", { count: result.notApplicableIds.length })}: {result.notApplicableIds.join(", ")}
        </Text>
      )}
      <ProblemList problems={state.problems} onSelect={onSelect} />
    </section>
  );
}

interface ConditionListProps extends ReadinessDashboardProps {
  readonly ids: readonly string[];
  readonly testId: string;
  /** With each condition's mean score. */
  readonly showMean: boolean;
}

/** Conditions by id, each a link that selects its row where the read found it. */
function ConditionList({ ids, testId, showMean, state, onSelect }: ConditionListProps) {
  const { t, lang } = usePaneText(READINESS_PANE_TEXT);
  const byId = new Map(state.model.conditions.map((c, i) => [c.id, { condition: c, row: state.conditionRows[i] ?? 0 }]));
  const selectRow = (id: string) => {
    const at = byId.get(id);
    if (at) onSelect(state.sheet, rangeAddress(at.row, 0, 1, Math.max(1, state.extent.cols)));
  };
  const means = new Map(state.result.conditions.map((c) => [c.id, c.mean]));
  return (
    <ul data-testid={testId} style={{ margin: 0, paddingLeft: 18 }}>
      {ids.map((id) => {
        const c = byId.get(id)?.condition;
        const mean = means.get(id);
        return (
          <li key={id}>
            <Link as="button" title={t("selectRow", { id })} onClick={() => selectRow(id)}>
              {id}
            </Link>{" "}
            {c ? conditionLabel(c, lang) : ""}
            {showMean && mean !== null && mean !== undefined ? ` · ${formatNumber(mean, lang, 1)}` : ""}
          </li>
        );
      })}
    </ul>
  );
}

/** Each condition's mean as a bar against the threshold. */
function Profile({ state }: Pick<ReadinessDashboardProps, "state">) {
  const { t, lang } = usePaneText(READINESS_PANE_TEXT);
  const { result } = state;
  return (
    <BarChart
      testId="profile"
      // from 0, so that a mean of 1 (the weakest) still shows a bar
      min={0}
      max={5}
      line={result.threshold}
      bars={result.conditions.map((c) => ({
        key: c.id,
        label: c.id,
        value: c.mean,
        tone: c.weak ? "bad" : c.strong ? "good" : c.mean === null ? "none" : "neutral",
        ...(c.notApplicable ? { note: t("naShort") } : {}),
      }))}
      summary={t("readinessProfile", {
        count: result.conditions.length,
        threshold: formatNumber(result.threshold, lang, 1),
        weak: result.weakIds.length,
      })}
    />
  );
}
