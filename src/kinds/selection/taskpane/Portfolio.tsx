import { useId } from "react";
import { cellAddress } from "../../../sheets/address";
import { formatNumber } from "../../../i18n/format";
import { type AccountClass, amountOf } from "../domain/evaluate";
import { CLASS_TEXT } from "../i18n/classText";
import { SELECTION_SHEET_TEXT } from "../i18n/selectionSheetText";
import type { SelectionSheetState } from "../workflows/selection";
import { type ColorToken, token } from "../../../taskpane/token";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { SELECTION_PANE_TEXT } from "../i18n/paneText";
import { SCORE_MAX } from "../domain/model";

type Ready = Extract<SelectionSheetState, { status: "ready" }>;

const FILL: Readonly<Record<AccountClass, ColorToken>> = {
  KEY: "colorPaletteGreenBackground3",
  DEVELOPMENT: "colorBrandBackground",
  MAINTENANCE: "colorNeutralForeground3",
  OPPORTUNISTIC: "colorNeutralBackground5",
};

/** The plot inside the picture's 100 × 100 units: room for the axes' names left and below. */
const PLOT = { left: 8, top: 2, size: 88 } as const;
/** Names are written beside the bubbles up to this many customers; more would cover each other. */
const LABELLED = 30;

/**
 * The portfolio: each classified customer a bubble at its relative strength (right) and customer attractiveness
 * (up), its area the revenue, the quadrants divided at the cut-off. A bubble is a button that selects the
 * customer's row on the sheet; the lists beside the picture name every customer in words.
 */
export function Portfolio({ state, onSelect }: { readonly state: Ready; onSelect(sheet: string, address: string): void }) {
  const { t, lang } = usePaneText(SELECTION_PANE_TEXT);
  const captionId = useId();
  const { model, result } = state;
  const shown = result.customers.filter((c) => c.accountClass !== null);
  const revenues = shown.map((c) => amountOf(model.customers[c.index]!.revenue) ?? 0);
  const largest = Math.max(0, ...revenues);
  const x = (v: number) => PLOT.left + (v / SCORE_MAX) * PLOT.size;
  const y = (v: number) => PLOT.top + PLOT.size - (v / SCORE_MAX) * PLOT.size;
  const radius = (revenue: number) => 1.5 + (largest === 0 ? 0 : 6 * Math.sqrt(revenue / largest));
  const words = SELECTION_SHEET_TEXT[lang];
  return (
    <figure style={{ margin: 0 }} data-testid="portfolio">
      <svg viewBox="0 0 100 100" role="group" aria-labelledby={captionId} style={{ width: "100%", maxWidth: 360, display: "block" }}>
        <rect
          x={PLOT.left}
          y={PLOT.top}
          width={PLOT.size}
          height={PLOT.size}
          fill="none"
          stroke={token("colorNeutralStroke1")}
          strokeWidth={0.3}
        />
        <line
          x1={x(result.cutOff)}
          x2={x(result.cutOff)}
          y1={PLOT.top}
          y2={PLOT.top + PLOT.size}
          stroke={token("colorNeutralStroke1")}
          strokeDasharray="1 1"
          strokeWidth={0.3}
        />
        <line
          x1={PLOT.left}
          x2={PLOT.left + PLOT.size}
          y1={y(result.cutOff)}
          y2={y(result.cutOff)}
          stroke={token("colorNeutralStroke1")}
          strokeDasharray="1 1"
          strokeWidth={0.3}
        />
        <text x={PLOT.left + PLOT.size / 2} y={99} fontSize={3} textAnchor="middle" aria-hidden="true">
          {words.strength}
        </text>
        <text
          x={3}
          y={PLOT.top + PLOT.size / 2}
          fontSize={3}
          textAnchor="middle"
          transform={`rotate(-90 3 ${PLOT.top + PLOT.size / 2})`}
          aria-hidden="true"
        >
          {words.attractiveness}
        </text>
        {shown.map((c, k) => {
          const customer = model.customers[c.index]!;
          const name = customer.name || customer.id;
          const cx = x(c.strength.score!);
          const cy = y(c.attractiveness.score!);
          const select = () => onSelect(state.sheet, cellAddress(state.customerRows[c.index]!, state.cols.customer));
          return (
            <g key={customer.id}>
              <circle
                cx={cx}
                cy={cy}
                r={radius(revenues[k]!)}
                fill={token(FILL[c.accountClass!])}
                fillOpacity={0.75}
                stroke={token("colorNeutralStroke1")}
                strokeWidth={0.2}
                role="button"
                tabIndex={0}
                data-customer={customer.id}
                data-class={c.accountClass!}
                aria-label={`${t("selectRow", { name })} (${CLASS_TEXT[lang][c.accountClass!]})`}
                style={{ cursor: "pointer" }}
                onClick={select}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    select();
                  }
                }}
              />
              {shown.length <= LABELLED && (
                <text x={cx + 1.5} y={cy - 1.5} fontSize={2.6} aria-hidden="true" style={{ pointerEvents: "none" }}>
                  {name.length > 18 ? `${name.slice(0, 17)}…` : name}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id={captionId} style={{ fontSize: 12, color: token("colorNeutralForeground3") }}>
        {t("portfolioHint")} {t("cutOffIs", { cutOff: formatNumber(result.cutOff, lang, Number.isInteger(result.cutOff) ? 0 : 2) })}
      </figcaption>
    </figure>
  );
}
