import type { Lang } from "../../domain/lang";
import type { LinkedTask } from "../../domain/links";
import { sheetTrim } from "../../domain/words";
import { localized, translator } from "../../i18n/format";
import { INDENT, listOption, listed } from "../../cli/kindCli";
import type { KindModule, ReadyState } from "../../workflows/kinds";
import { isDone } from "./domain/evaluate";
import { PLAN_LINK_TEXT } from "./i18n/linkText";
import { PLANS_PANE_TEXT } from "./i18n/paneText";
import { PLAN_KIND, type PlanState, type PlansKindState, createPlans, planReads, planSummary, plansStateIn } from "./workflows/plans";

type Ready = ReadyState<PlansKindState>;

/** Actions serve running the account; what we still have to find out belongs to its analysis and plan. */
const ACTION_PHASE = 5;
const QUESTION_PHASE = 4;

/**
 * How a plan's account is named in a link: its number in the selection, else its name; a plan whose account got its
 * number later may have tasks linked by its name (Acme/M01), which stay its tasks.
 */
function accountKeys(p: PlanState): string[] {
  const { accountId, account } = p.read.model;
  return accountId === "" ? [account] : [accountId, account];
}

/** An action's or a question's link (A03/M02), and those it may be planned under already. */
function linksOf(p: PlanState, id: string): Pick<LinkedTask, "link" | "formerLinks"> {
  const [link, ...former] = accountKeys(p).map((k) => `${k}/${id}`);
  return former.length === 0 ? { link: link! } : { link: link!, formerLinks: former };
}

/** The tasks the plans ask for: each action not done and each open question, linked by account and id (A03/M02). */
function planTasks(state: Ready, lang: Lang): LinkedTask[] {
  const t = translator(PLAN_LINK_TEXT, lang);
  return state.plans.flatMap((p) => {
    const account = p.read.model.account;
    const actions = p.read.model.actions
      // an action as the sheet counts it (TRIM(text)<>"")
      .filter((a) => sheetTrim(a.text) !== "" && a.ignored !== "outside" && !isDone(a))
      .map((a): LinkedTask => ({
        phase: ACTION_PHASE,
        text: t("action", { action: a.text.trim(), account }),
        ...linksOf(p, a.id),
        ...(a.responsible.trim() === "" ? {} : { responsible: a.responsible.trim() }),
        ...(typeof a.start === "string" ? { start: a.start } : {}),
        ...(typeof a.due === "string" ? { due: a.due } : {}),
      }));
    const questions = p.result.openQuestions.map((i): LinkedTask => {
      const q = p.read.model.questions[i]!;
      return {
        phase: QUESTION_PHASE,
        text: t("question", { question: q.text.trim(), account }),
        ...linksOf(p, q.id),
        ...(q.responsible.trim() === "" ? {} : { responsible: q.responsible.trim() }),
      };
    });
    return [...actions, ...questions];
  });
}

/** Whether each linked action or question still needs its task: an action until done, a question until answered. */
function openLinks(state: Ready): ReadonlyMap<string, boolean> {
  return new Map(
    state.plans.flatMap((p) =>
      accountKeys(p).flatMap((key) => [
        ...p.read.model.actions.map((a) => [`${key}/${a.id}`.toUpperCase(), !isDone(a)] as const),
        ...p.read.model.questions.map((q, i) => [`${key}/${q.id}`.toUpperCase(), p.result.openQuestions.includes(i)] as const),
      ]),
    ),
  );
}

/** One plan as `kam read` reports it: its sheet and account, then its summary. */
export function planLines(p: PlanState, lang: Lang): string[] {
  const { model } = p.read;
  return [
    `${INDENT}${p.sheet}: ${model.account}${model.accountId === "" ? "" : ` (${model.accountId})`}`,
    ...listed(planSummary(p, lang).map((l) => l.text)),
  ];
}

export const PLANS_MODULE: KindModule<PlansKindState> = {
  sheet: PLAN_KIND,
  reads: planReads(),
  stateIn: (grids, kinds) => plansStateIn(grids, kinds),
  createNew: (host, { lang, values }) =>
    createPlans(host, { lang, accounts: listOption(values.get("--accounts")).map((name) => ({ id: "", name })) }),
  json: (state) => ({
    plans: state.plans.map((p) => ({
      sheet: p.sheet,
      account: p.read.model.account,
      accountId: p.read.model.accountId,
      judgedOn: p.today,
      stage: p.result.stage.stage,
      previousStage: p.result.previousStage,
      shareOfWallet: p.result.share.latest,
      shareTrend: p.result.share.trend,
      gaps: p.result.gaps.map((i) => p.read.model.contacts[i]!.name),
      staleContacts: p.result.stale.map((i) => p.read.model.contacts[i]!.name),
      objectives: p.read.model.objectives.map((o, i) => ({
        id: o.id,
        text: o.text,
        progress: p.result.objectives[i]!.progress,
        behind: p.result.objectives[i]!.behind,
      })),
      lateActions: p.result.late.map((i) => p.read.model.actions[i]!.id),
      openQuestions: p.result.openQuestions.map((i) => p.read.model.questions[i]!.id),
      missing: p.result.missing,
      complete: p.result.complete,
      reviewDue: p.result.reviewDue,
    })),
    withoutPlan: state.withoutPlan,
  }),
  report: (state, lang) => state.plans.flatMap((p) => planLines(p, lang)),
  remarks: {
    on: "readiness",
    // R08, "account plan format and process defined": how many plans are complete
    say: (state, lang) =>
      new Map([
        [
          "R08",
          translator(PLANS_PANE_TEXT, lang)("remarkR08", {
            sheet: state.plans.length === 1 ? state.sheet : PLANS_PANE_TEXT[lang].plansHeading,
            complete: state.plans.filter((p) => p.result.complete).length,
            count: state.plans.length,
          }),
        ],
      ]),
  },
  links: {
    wanted: planTasks,
    open: openLinks,
    text: { tasks: localized(PLANS_PANE_TEXT, "linkedTasks"), settled: localized(PLANS_PANE_TEXT, "settled") },
  },
};
