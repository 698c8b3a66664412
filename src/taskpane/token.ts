import type { tokens } from "@fluentui/react-components";

/** Fluent's colour tokens (others, such as z-indices, carry fallbacks). */
export type ColorToken = Extract<keyof typeof tokens, `color${string}`>;

/**
 * A Fluent colour token as the CSS variable the theme sets: what `tokens[name]` gives, without shipping Fluent's
 * `tokens` object (29 KB that the first screen would otherwise load; Fluent's own styles do not need it).
 */
export function token(name: ColorToken): string {
  return `var(--${name})`;
}
