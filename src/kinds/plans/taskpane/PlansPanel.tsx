import { Button, Field, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { SheetHost } from "../../../hosts/host";
import { PALETTE } from "../../../sheets/palette";
import { LanguageSelect, useSheetLanguage } from "../../../taskpane/LanguageSelect";
import { loadModules, useKinds } from "../../../taskpane/kinds";
import { PlanButton } from "../../../taskpane/PlanButton";
import { SheetFrame } from "../../../taskpane/SheetFrame";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { useSheet } from "../../../taskpane/useSheet";
import type { Subject } from "../../../workflows/kinds";
import type { PlanAccount } from "../domain/plan";
import { PLANS_PANE_TEXT } from "../i18n/paneText";
import { type PlanState, type PlansKindState, type PlansRequest, createPlans, planSummary, readPlansState } from "../workflows/plans";

/** Everything the pane does for account plans: each plan's state, opening its sheet, creating the missing ones. */
export function PlansPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText(PLANS_PANE_TEXT);
  const kinds = useKinds();
  // the key accounts come from the kinds that name them (the selection): their workflows load with the first read
  const read = useCallback(async (h: SheetHost) => readPlansState(h, await loadModules(kinds)), [kinds]);
  const write = useCallback(async (h: SheetHost, request: PlansRequest) => createPlans(h, request, await loadModules(kinds)), [kinds]);
  const { state, busy, error, refresh, create, select } = useSheet<PlansKindState, PlansRequest>(host, read, write);
  const ready = state?.status === "ready" ? state : null;
  const withoutPlan = state === null ? [] : state.withoutPlan;
  return (
    <SheetFrame
      heading={t("plansHeading")}
      state={state}
      busy={busy}
      error={error}
      missing={t("missingPlans")}
      foreign={(sheet) => t("foreignPlans", { sheet })}
      onRefresh={() => void refresh()}
      form={
        <PlansForm
          existingLang={ready?.lang ?? null}
          hasPlans={(ready?.plans.length ?? 0) > 0}
          withoutPlan={withoutPlan}
          busy={busy}
          onCreate={(r) => void create(r)}
        />
      }
    >
      {ready !== null && ready.plans.map((p) => <PlanCard key={p.sheet} plan={p} onOpen={() => void select(p.sheet, "A1")} />)}
      {ready !== null &&
        ready.plans.some((p) => p.result.late.length + p.result.openQuestions.length > 0 || p.read.model.actions.length > 0) && (
          <PlanButton host={host} label={t("planTasks")} missing={t("missingPlans")} from="plans" />
        )}
    </SheetFrame>
  );
}

/** One plan: its account, a button to open its sheet, and its summary (what to act on in red, complete in green). */
function PlanCard({ plan, onOpen }: { readonly plan: PlanState; readonly onOpen: () => void }) {
  const { t, lang } = usePaneText(PLANS_PANE_TEXT);
  const { model } = plan.read;
  const lines = planSummary(plan, lang);
  const last = lines.length - 1;
  return (
    <section
      aria-label={plan.sheet}
      data-testid="plan"
      style={{ display: "flex", flexDirection: "column", gap: 2, borderTop: "1px solid #e0e0e0", paddingTop: 8 }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}>
        <Text weight="semibold" style={{ minWidth: 0, overflowWrap: "anywhere" }}>
          {model.account}
          {model.accountId === "" ? "" : ` (${model.accountId})`}
        </Text>
        <Button size="small" onClick={onOpen} style={{ flexShrink: 0 }}>
          {t("openSheet")}
        </Button>
      </div>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {lines.slice(0, last).map((line, i) => (
          <li key={i}>
            <Text size={200} style={line.warn ? { color: PALETTE.badFont } : undefined}>
              {line.text}
            </Text>
          </li>
        ))}
      </ul>
      <Text size={200} weight="semibold" style={{ color: lines[last]!.warn ? PALETTE.warnFont : PALETTE.goodFont }}>
        {lines[last]!.text}
      </Text>
    </section>
  );
}

interface PlansFormProps {
  readonly existingLang: PlansRequest["lang"] | null;
  readonly withoutPlan: readonly Subject[];
  /** Whether there are plans to create again (each in its language: new rows get their formulas, entries are kept). */
  readonly hasPlans: boolean;
  readonly busy: boolean;
  onCreate(request: PlansRequest): void;
}

/** Plans for the selection's key accounts without one, or for accounts named one per line; the sheets' language. */
function PlansForm({ existingLang, hasPlans, withoutPlan, busy, onCreate }: PlansFormProps) {
  const { t } = usePaneText(PLANS_PANE_TEXT);
  const [lang, setLang] = useSheetLanguage(existingLang);
  const [names, setNames] = useState("");
  const named: PlanAccount[] = names
    .split(/\r?\n/)
    .map((n) => n.trim())
    .filter((n) => n !== "")
    .map((name) => ({ id: "", name }));
  const spinner = busy ? <Spinner size="tiny" /> : undefined;
  return (
    <form
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate({ lang, accounts: named });
        setNames("");
      }}
    >
      <LanguageSelect label="sheetLanguage" value={lang} onChange={setLang} />
      {withoutPlan.length > 0 && (
        <>
          <Text size={200}>{t("withoutPlan", { list: withoutPlan.map((s) => s.name).join(", ") })}</Text>
          <Button appearance="primary" disabled={busy} icon={spinner} onClick={() => onCreate({ lang, accounts: withoutPlan })}>
            {t("createMissing", { count: withoutPlan.length })}
          </Button>
        </>
      )}
      <Field label={t("accounts")} hint={t("accountsHint")}>
        <Textarea value={names} resize="vertical" rows={3} onChange={(_, d) => setNames(d.value)} />
      </Field>
      <Button
        appearance={withoutPlan.length > 0 ? "secondary" : "primary"}
        type="submit"
        disabled={busy || named.length === 0}
        icon={spinner}
      >
        {busy ? t("creating") : t("createPlans")}
      </Button>
      {hasPlans && (
        <Button disabled={busy} onClick={() => onCreate({ lang, accounts: [], recreateAll: true })}>
          {t("recreatePlans")}
        </Button>
      )}
    </form>
  );
}
