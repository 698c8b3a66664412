/**
 * The ids of a list's items: a letter and two or more digits (R01, C15, T23). The standard items hold the first
 * `reserved` numbers; a new item takes the number after the highest in use, so an id once given is never reused
 * while its item is there.
 */
export interface IdSequence {
  /** What an id of this list looks like. */
  readonly pattern: RegExp;
  /** The next `count` free ids after those in `used`. */
  next(used: Iterable<string>, count: number): string[];
}

export function idSequence(prefix: string, reserved: number): IdSequence {
  const pattern = new RegExp(`^${prefix}(\\d{2,})$`);
  return {
    pattern,
    next(used, count) {
      let max = reserved;
      for (const id of used) {
        const m = pattern.exec(id);
        if (m) max = Math.max(max, Number(m[1]));
      }
      return Array.from({ length: count }, (_, i) => `${prefix}${String(max + 1 + i).padStart(2, "0")}`);
    },
  };
}
