import { HyperFormula } from "hyperformula";
import { fit, gaps, weightedscore } from "../../src/kinds/competences/functions/competences";
import { readiness } from "../../src/kinds/readiness/functions/readiness";
import { columnLetter } from "../../src/sheets/address";
import { prng } from "../formulas/random";

export interface FunctionRow {
  what: string;
  calls: number;
  oursMs: number;
  referenceMs: number;
  perCallUs: number;
  ratio: number;
}

function time(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Our functions over 10,000 candidates × 30 competences and 10,000 readiness respondents, against HyperFormula
 * evaluating the equivalent native formulas on the same data (building and calculating its sheet).
 */
export function functionThroughput(candidates = 10_000, competences = 30, respondents = 10_000): FunctionRow[] {
  const rnd = prng(7);
  const required = Array.from({ length: competences }, () => [1 + Math.floor(rnd() * 5)]);
  const weights = Array.from({ length: competences }, () => [1 + Math.floor(rnd() * 3)]);
  const ratings = Array.from({ length: candidates }, () =>
    Array.from({ length: competences }, () => [rnd() < 0.1 ? null : 1 + Math.floor(rnd() * 5)]),
  );
  const rows: FunctionRow[] = [];

  // the native equivalents, one column per candidate, as the portable sheet writes them
  const last = competences;
  const col = (k: number) => columnLetter(k + 3);
  const sheet: (string | number | null)[][] = Array.from({ length: competences + 3 }, () => []);
  for (let i = 0; i < competences; i++) {
    sheet[i]![0] = required[i]![0]!;
    sheet[i]![1] = weights[i]![0]!;
    for (let k = 0; k < candidates; k++) sheet[i]![k + 3] = ratings[k]![i]![0]!;
  }
  const r = (k: number) => `${col(k)}1:${col(k)}${last}`;
  for (let k = 0; k < candidates; k++) {
    const x = r(k);
    sheet[competences]![k + 3] =
      `=IF(COUNT(${x})=0,"",SUMPRODUCT($B$1:$B$${last}*(${x}<>"")*(${x}-(${x}>$A$1:$A$${last})*(${x}-$A$1:$A$${last})))/SUMPRODUCT($B$1:$B$${last}*(${x}<>"")*$A$1:$A$${last}))`;
    sheet[competences + 1]![k + 3] =
      `=IF(COUNT(${x})=0,"",SUMPRODUCT($B$1:$B$${last}*(${x}<>"")*${x})/SUMPRODUCT($B$1:$B$${last}*(${x}<>"")))`;
  }
  let hf: HyperFormula | undefined;
  const reference = time(() => {
    hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  });
  const check = hf!.getCellValue({ sheet: 0, row: competences, col: 3 });
  hf!.destroy();

  let first: unknown;
  const oursFit = time(() => {
    for (let k = 0; k < candidates; k++) {
      const v = fit(ratings[k]!, required, weights);
      if (k === 0) first = v;
    }
  });
  if (typeof check === "number" && Math.abs((first as number) - check) > 1e-9)
    throw new Error(`fit differs from the native formula: ${String(first)} vs ${check}`);
  const oursScore = time(() => {
    for (let k = 0; k < candidates; k++) weightedscore(ratings[k]!, weights);
  });
  const oursGaps = time(() => {
    for (let k = 0; k < candidates; k++) gaps(ratings[k]!, required);
  });
  const row = (what: string, ms: number, ref: number): FunctionRow => ({
    what,
    calls: candidates,
    oursMs: ms,
    referenceMs: ref,
    perCallUs: (ms * 1000) / candidates,
    ratio: ms / ref,
  });
  rows.push(row(`KAM.FIT + KAM.WEIGHTEDSCORE, ${candidates} × ${competences}`, oursFit + oursScore, reference));
  rows.push(row(`KAM.GAPS, ${candidates} × ${competences}`, oursGaps, reference / 2));

  // readiness: 14 conditions × 10,000 respondents in one call, against AVERAGE of per-condition AVERAGEs
  const block = Array.from({ length: 14 }, () => Array.from({ length: respondents }, () => 1 + Math.floor(rnd() * 5)));
  const ours = time(() => void readiness(block));
  const native: (number | string)[][] = block.map((line) => [...line]);
  native.push([
    `=AVERAGE(${Array.from({ length: 14 }, (_, i) => `AVERAGE(A${i + 1}:${columnLetter(respondents - 1)}${i + 1})`).join(",")})`,
  ]);
  const ref = time(() => HyperFormula.buildFromArray(native, { licenseKey: "gpl-v3" }).destroy());
  rows.push({
    what: `KAM.READINESS, 14 × ${respondents} respondents`,
    calls: 1,
    oursMs: ours,
    referenceMs: ref,
    perCallUs: ours * 1000,
    ratio: ours / ref,
  });
  return rows;
}
