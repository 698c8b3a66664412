/** The #VALUE! a custom function throws (CustomFunctions.Error: code and message); fails the test if none. */
export function valueErrorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected #VALUE!");
}
