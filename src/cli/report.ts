import type { Lang } from "../domain/lang";
import { fill } from "../i18n/format";
import { PANE_TEXT } from "../i18n/paneText";
import { problemMessage } from "../sheets/problems";
import type { Problem } from "../sheets/read";
import type { AnyKindState, KindDescriptor, KindModule } from "../workflows/kinds";
import { INDENT, reportWords } from "./kindCli";

/** One kind's sheet as `kam read` found it. */
export interface KindRead {
  readonly kind: KindDescriptor;
  readonly module: KindModule;
  readonly state: AnyKindState;
}

/**
 * What `kam read` prints without --json: the pane's view of each sheet, in `lang`, with the same words: its heading,
 * then what the kind reports, or that the sheet is missing or someone else's; then every problem.
 */
export function report(read: readonly KindRead[], lang: Lang): string {
  const { t } = reportWords(lang, PANE_TEXT);
  const lines: string[] = [];
  const problems: Problem[] = [];
  read.forEach(({ kind, module, state }, i) => {
    if (i > 0) lines.push("");
    const heading = kind.text.heading[lang];
    if (state.status === "missing") lines.push(heading, `${INDENT}${kind.text.missing[lang]}`);
    else if (state.status === "foreign") lines.push(heading, `${INDENT}${fill(kind.text.foreign[lang], { sheet: state.sheet })}`);
    else {
      lines.push(`${heading} (${state.sheet})`, ...module.report(state, lang));
      problems.push(...state.problems);
    }
  });
  if (problems.length > 0)
    lines.push("", t("problems", { count: problems.length }), ...problems.map((p) => `${INDENT}${problemMessage(p, lang)}`));
  return lines.join("\n");
}
