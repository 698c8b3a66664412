import { Tooltip } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { competenceLabel, competenceShortLabel } from "../domain/profile";
import type { Lang } from "../../../domain/lang";

type Named = { readonly id: string; readonly text: string | null };

/** The short name where the full text does not fit, cut at two lines; the full text (and its id) on hover and focus. */
export const clampTwoLines = {
  display: "-webkit-box",
  WebkitBoxOrient: "vertical",
  WebkitLineClamp: 2,
  overflow: "hidden",
  overflowWrap: "anywhere",
} as const;

/** The competence's full text with its id, for a tooltip or an accessible description. */
export function competenceTitle(r: Named, lang: Lang): string {
  return `${r.id} · ${competenceLabel(r, lang)}`;
}

/**
 * A competence by name in the pane: its short name (competenceShortLabel), the full text and id as a tooltip on
 * hover and keyboard focus. `focusable` makes the name itself a tab stop where nothing around it is; `inline` runs on
 * with the text after it instead of taking two lines of its own.
 */
export function CompetenceName(props: {
  readonly requirement: Named;
  readonly lang: Lang;
  readonly focusable?: boolean;
  readonly inline?: boolean;
}): ReactElement {
  const { requirement, lang, focusable = false, inline = false } = props;
  return (
    <Tooltip content={competenceTitle(requirement, lang)} relationship="description" withArrow>
      <span tabIndex={focusable ? 0 : undefined} style={inline ? undefined : clampTwoLines}>
        {competenceShortLabel(requirement, lang)}
      </span>
    </Tooltip>
  );
}
