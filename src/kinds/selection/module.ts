import { type AccountClass, amountOf } from "./domain/evaluate";
import { criterionLabel } from "./domain/criteria";
import { customerEntries } from "./domain/selection";
import type { Lang } from "../../domain/lang";
import { formatNumber } from "../../i18n/format";
import { INDENT, listOption, listed, reportWords } from "../../cli/kindCli";
import { SELECTION_KIND, type SelectionSheetState, createSelection, selectionStateIn } from "./workflows/selection";
import type { KindModule, ReadyState } from "../../workflows/kinds";
import { accountPlanTasks, keyAccountLinks } from "./workflows/links";
import { SELECTION_PANE_TEXT } from "./i18n/paneText";
import { localized, translator } from "../../i18n/format";

type Ready = ReadyState<SelectionSheetState>;

/** `kam read`: the cut-off and capacity, the key and key development accounts with their scores and levers, the rest. */
function report(state: Ready, lang: Lang): string[] {
  const { t } = reportWords(lang, SELECTION_PANE_TEXT);
  const { result, model } = state;
  const name = (i: number) => model.customers[i]!.name || model.customers[i]!.id;
  const num = (x: number | null) => (x === null ? "" : formatNumber(x, lang, 2));
  const count = result.byClass.KEY.length;
  const lines = [
    `${INDENT}${t("cutOffIs", { cutOff: formatNumber(result.cutOff, lang, Number.isInteger(result.cutOff) ? 0 : 2) })} · ${
      result.overCapacity
        ? t("overCapacity", { count, capacity: result.capacity })
        : t("withinCapacity", { count, capacity: result.capacity })
    }`,
  ];
  if (model.customers.length === 0) lines.push(`${INDENT}${t("noCustomers")}`);
  const labelOf = (id: string) =>
    `${id} ${criterionLabel(
      model.criteria.find((c) => c.id === id)!,
      lang,
    )}`;
  for (const [k, key] of [
    ["KEY", "keyAccounts"],
    ["DEVELOPMENT", "developmentAccounts"],
  ] as const satisfies readonly (readonly [AccountClass, string])[]) {
    const members = result.byClass[k];
    if (members.length === 0) continue;
    lines.push(`${INDENT}${t(key, { count: members.length })}`);
    lines.push(
      ...listed(
        members.map((i) => {
          const c = result.customers[i]!;
          const scores = t("scores", { attractiveness: num(c.attractiveness.score), strength: num(c.strength.score) });
          const lifts = c.lifts.length === 0 ? t("noLifts") : t("lifts", { list: c.lifts.map(labelOf).join(", ") });
          return `${c.rank}. ${name(i)}: ${scores} · ${lifts}`;
        }),
      ),
    );
  }
  lines.push(
    `${INDENT}${t("otherAccounts", { maintenance: result.byClass.MAINTENANCE.length, opportunistic: result.byClass.OPPORTUNISTIC.length })}`,
  );
  for (const [key, list] of [
    ["incompleteCustomers", result.incomplete],
    ["unscoredCustomers", result.unscored],
  ] as const) {
    if (list.length > 0) lines.push(`${INDENT}${t(key, { count: list.length })}: ${list.map(name).join(", ")}`);
  }
  return lines;
}

export const SELECTION_MODULE: KindModule<SelectionSheetState> = {
  sheet: SELECTION_KIND,
  reads: [SELECTION_KIND],
  stateIn: selectionStateIn,
  createNew: (host, { lang, portable, values }) =>
    createSelection(host, { lang, portable, customers: customerEntries(listOption(values.get("--customers"))) }),
  json: ({ sheet, result, model }) => ({
    sheet,
    cutOff: result.cutOff,
    capacity: result.capacity,
    overCapacity: result.overCapacity,
    weightSums: result.weightSums,
    customers: model.customers.map((c, i) => {
      const r = result.customers[i]!;
      return {
        id: c.id,
        name: c.name,
        revenue: amountOf(c.revenue),
        potential: amountOf(c.potential),
        attractiveness: r.attractiveness.score,
        strength: r.strength.score,
        class: r.accountClass,
        rank: r.rank,
        incomplete: r.incomplete,
        unscored: r.unscored,
        lifts: r.lifts,
      };
    }),
  }),
  report,
  remarks: {
    on: "readiness",
    // R05, "the right key accounts selected": what the selection says
    say: ({ sheet, result }, lang) =>
      new Map([
        [
          "R05",
          translator(SELECTION_PANE_TEXT, lang)("remarkR05", {
            sheet,
            key: result.byClass.KEY.length,
            capacity: result.capacity,
            development: result.byClass.DEVELOPMENT.length,
            pending: result.unscored.length,
          }),
        ],
      ]),
  },
  // each key account has an account plan
  subjects: ({ model, result }) =>
    result.byClass.KEY.map((i) => ({ id: model.customers[i]!.id, name: model.customers[i]!.name || model.customers[i]!.id })),
  links: {
    wanted: ({ model, result }, lang) => accountPlanTasks(model, result, lang),
    open: ({ model, result }) => keyAccountLinks(model, result),
    text: { tasks: localized(SELECTION_PANE_TEXT, "linkedTasks"), settled: localized(SELECTION_PANE_TEXT, "noLongerKey") },
  },
};
