/** Runs `f` as in an Excel whose Office runtime reports `displayLanguage` (e.g. "de-DE"). */
export function inExcel<T>(displayLanguage: string, f: () => T): T {
  return withOffice({ context: { displayLanguage } }, f);
}

/** Runs `f` with `office` as the global Office object the runtime provides. */
export function withOffice<T>(office: unknown, f: () => T): T {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = office;
  try {
    return f();
  } finally {
    g.Office = before;
  }
}
