import { DEFAULT_CAPACITY, DEFAULT_CUT_OFF, type Customer, type SelectionModel } from "./model";
import { STANDARD_CRITERIA, nextCustomerIds } from "./criteria";

/** A customer as the pane or `kam new --customers` adds it: a name, a revenue where one was given, nothing scored. */
export interface NewCustomer {
  readonly name: string;
  readonly revenue?: number;
}

/** The standard criteria at their standard weights, with `customers` unscored, the cut-off 5 and the capacity 4. */
export function defaultSelectionModel(customers: readonly NewCustomer[] = []): SelectionModel {
  return withCustomers(
    {
      criteria: STANDARD_CRITERIA.map((s) => ({ id: s.id, group: s.group, text: null, weight: s.weight })),
      customers: [],
      cutOff: DEFAULT_CUT_OFF,
      capacity: DEFAULT_CAPACITY,
    },
    customers,
  );
}

/**
 * The selection with `added` after its customers, each with the next free number; a name the selection has
 * already (ignoring case and spaces around it) is not added twice.
 */
export function withCustomers(model: SelectionModel, added: readonly NewCustomer[]): SelectionModel {
  const key = (name: string) => name.trim().toLowerCase();
  const known = new Set(model.customers.map((c) => key(c.name)));
  const fresh = added.filter((c) => {
    const k = key(c.name);
    if (k === "" || known.has(k)) return false;
    known.add(k);
    return true;
  });
  const ids = nextCustomerIds(
    model.customers.map((c) => c.id),
    fresh.length,
  );
  const customers: Customer[] = fresh.map((c, i) => ({
    id: ids[i]!,
    name: c.name.trim(),
    revenue: c.revenue ?? null,
    potential: null,
    scores: model.criteria.map(() => null),
    notes: "",
  }));
  return { ...model, customers: [...model.customers, ...customers] };
}

/**
 * A revenue as pasted: digits with at most one decimal point or comma ("1200", "3,5", "7.25"), or digits grouped
 * in thousands by points or by commas ("1.200", "12,500,000", as Excel copies a formatted amount in German or
 * English); else null.
 */
function pastedAmount(text: string): number | null {
  if (/^\d{1,3}(\.\d{3})+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ""));
  return /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : null;
}

/**
 * Customers as pasted or typed: one per line (or per item of a list), optionally followed by the revenue after a
 * tab or a semicolon ("Müller GmbH;1200", as a column pair copied from Excel gives it). A part after the last tab
 * or semicolon that is no amount (`pastedAmount`) belongs to the name.
 */
export function customerEntries(lines: readonly string[]): NewCustomer[] {
  return lines.flatMap((line) => {
    const cut = Math.max(line.lastIndexOf("\t"), line.lastIndexOf(";"));
    const revenue = cut < 0 ? null : pastedAmount(line.slice(cut + 1).replace(/\s/g, ""));
    const name = (revenue === null ? line : line.slice(0, cut)).trim();
    if (name === "") return [];
    return revenue === null ? [{ name }] : [{ name, revenue }];
  });
}
