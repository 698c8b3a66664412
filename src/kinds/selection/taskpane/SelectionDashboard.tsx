import { Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { cellAddress } from "../../../sheets/address";
import { formatNumber } from "../../../i18n/format";
import { criterionLabel } from "../domain/criteria";
import type { CustomerResult } from "../domain/evaluate";
import type { SelectionSheetState } from "../workflows/selection";
import { ProblemList } from "../../../taskpane/ProblemList";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { SELECTION_PANE_TEXT } from "../i18n/paneText";
import { Portfolio } from "./Portfolio";

type Ready = Extract<SelectionSheetState, { status: "ready" }>;

export interface SelectionDashboardProps {
  readonly state: Ready;
  onSelect(sheet: string, address: string): void;
}

/** What the selection says: the capacity, the portfolio, the key and key development accounts with their levers, the rest. */
export function SelectionDashboard({ state, onSelect }: SelectionDashboardProps) {
  const { t } = usePaneText(SELECTION_PANE_TEXT);
  const { result, model } = state;
  const name = (i: number) => model.customers[i]!.name || model.customers[i]!.id;
  const count = result.byClass.KEY.length;
  const others = result.byClass.MAINTENANCE.length + result.byClass.OPPORTUNISTIC.length;
  return (
    <section aria-label={t("selectionHeading")} style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar layout="multiline" intent={result.overCapacity ? "warning" : "info"} data-testid="capacity">
        <MessageBarBody>
          {result.overCapacity
            ? t("overCapacity", { count, capacity: result.capacity })
            : t("withinCapacity", { count, capacity: result.capacity })}
        </MessageBarBody>
      </MessageBar>
      {model.customers.length === 0 ? <Text>{t("noCustomers")}</Text> : <Portfolio state={state} onSelect={onSelect} />}
      <Accounts state={state} which="KEY" onSelect={onSelect} />
      <Accounts state={state} which="DEVELOPMENT" onSelect={onSelect} />
      {others > 0 && (
        <Text data-testid="other-accounts">
          {t("otherAccounts", { maintenance: result.byClass.MAINTENANCE.length, opportunistic: result.byClass.OPPORTUNISTIC.length })}
        </Text>
      )}
      {result.incomplete.length > 0 && (
        <Text data-testid="incomplete">
          {t("incompleteCustomers", { count: result.incomplete.length })}: {result.incomplete.map(name).join(", ")}
        </Text>
      )}
      {result.unscored.length > 0 && (
        <Text data-testid="unscored">
          {t("unscoredCustomers", { count: result.unscored.length })}: {result.unscored.map(name).join(", ")}
        </Text>
      )}
      <ProblemList problems={state.problems} onSelect={onSelect} />
    </section>
  );
}

/** The key (or key development) accounts in rank order, each a link to its row, with its scores and biggest levers. */
function Accounts({
  state,
  which,
  onSelect,
}: {
  readonly state: Ready;
  readonly which: "KEY" | "DEVELOPMENT";
  onSelect(sheet: string, address: string): void;
}) {
  const { t, lang } = usePaneText(SELECTION_PANE_TEXT);
  const { result, model } = state;
  const members = result.byClass[which];
  if (members.length === 0) return null;
  const num = (x: number | null) => (x === null ? "" : formatNumber(x, lang, 2));
  const lever = (id: string) =>
    criterionLabel(
      model.criteria.find((c) => c.id === id)!,
      lang,
    );
  const line = (c: CustomerResult) => {
    const customer = model.customers[c.index]!;
    const name = customer.name || customer.id;
    const cell = cellAddress(state.customerRows[c.index]!, state.cols.customer);
    return (
      <li key={customer.id}>
        <Link as="button" onClick={() => onSelect(state.sheet, cell)} aria-label={t("selectRow", { name })}>
          {name}
        </Link>
        <Text size={200}>
          {" · "}
          {t("scores", { attractiveness: num(c.attractiveness.score), strength: num(c.strength.score) })}
        </Text>
        <Text block size={200}>
          {c.lifts.length === 0 ? t("noLifts") : t("lifts", { list: c.lifts.map(lever).join(", ") })}
        </Text>
      </li>
    );
  };
  return (
    <div>
      <Text weight="semibold">{t(which === "KEY" ? "keyAccounts" : "developmentAccounts", { count: members.length })}</Text>
      <ol data-testid={which === "KEY" ? "key-accounts" : "development-accounts"} style={{ margin: 0, paddingLeft: 18 }}>
        {members.map((i) => line(result.customers[i]!))}
      </ol>
    </div>
  );
}
