import { useId } from "react";
import { type ColorToken, token } from "./token";

export type BarTone = "bad" | "good" | "neutral" | "none";

export interface Bar {
  readonly key: string;
  /** What the bar stands for, at the left (a short id). */
  readonly label: string;
  /** The value on the scale; null draws no bar (not rated, not applicable). */
  readonly value: number | null;
  readonly tone: BarTone;
  /** Said instead of the bar where there is none (e.g. "n/a"). */
  readonly note?: string;
}

export interface BarChartProps {
  readonly bars: readonly Bar[];
  readonly min: number;
  readonly max: number;
  /** A line across all bars at this value, such as the threshold below which a condition is weak (`summary` names it). */
  readonly line?: number;
  /** What the picture shows, in one sentence: the picture's text equivalent for a screen reader. */
  readonly summary: string;
  readonly testId?: string;
}

const FILL: Readonly<Record<BarTone, ColorToken>> = {
  bad: "colorPaletteRedBackground3",
  good: "colorPaletteGreenBackground3",
  neutral: "colorBrandBackground",
  none: "colorNeutralBackground5",
};

const ROW = 14;
const LABEL = 32;

/**
 * Horizontal bars on a fixed scale, one row per item, with an optional line across (a threshold). Drawn with
 * boxes rather than a chart library: it stays sharp at any pane width, and what it shows is said once, by
 * `summary`, to assistive technology (the parts are hidden from it); the lists beside it name each item.
 */
export function BarChart({ bars, min, max, line, summary, testId }: BarChartProps) {
  const captionId = useId();
  const at = (v: number) => `${(Math.max(0, Math.min(1, (v - min) / (max - min))) * 100).toFixed(2)}%`;
  return (
    <figure data-testid={testId} style={{ margin: 0 }}>
      <div
        role="img"
        aria-labelledby={captionId}
        style={{ display: "grid", gridTemplateColumns: `${LABEL}px 1fr`, rowGap: 2, columnGap: 4, position: "relative" }}
      >
        {bars.map((b) => (
          <div key={b.key} aria-hidden="true" style={{ display: "contents" }}>
            <span style={{ fontSize: 10, lineHeight: `${ROW}px`, color: token("colorNeutralForeground3") }}>{b.label}</span>
            <span
              style={{ position: "relative", height: ROW, background: token("colorNeutralBackground3") }}
              data-bar={b.key}
              data-tone={b.tone}
              data-value={b.value ?? ""}
            >
              {b.value !== null ? (
                <span style={{ position: "absolute", left: 0, top: 2, bottom: 2, width: at(b.value), background: token(FILL[b.tone]) }} />
              ) : (
                <span
                  style={{ position: "absolute", left: 4, fontSize: 10, lineHeight: `${ROW}px`, color: token("colorNeutralForeground3") }}
                >
                  {b.note ?? "–"}
                </span>
              )}
              {line !== undefined && (
                <span
                  style={{
                    position: "absolute",
                    left: at(line),
                    top: -1,
                    bottom: -1,
                    borderLeft: `2px dashed ${token("colorNeutralForeground1")}`,
                  }}
                />
              )}
            </span>
          </div>
        ))}
      </div>
      <figcaption id={captionId} style={{ fontSize: 12, color: token("colorNeutralForeground3"), marginTop: 4 }}>
        {summary}
      </figcaption>
    </figure>
  );
}
