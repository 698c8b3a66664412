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
