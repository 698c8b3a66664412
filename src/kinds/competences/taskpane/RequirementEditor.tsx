import { Checkbox, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { LEVEL_MAX, LEVEL_MIN, WEIGHT_MAX, WEIGHT_MIN } from "../domain/model";
import type { RequirementEdit } from "../workflows/competences";
import { CompetenceName } from "./CompetenceName";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { COMPETENCE_PANE_TEXT } from "../i18n/paneText";

export interface EditableRequirement extends RequirementEdit {
  readonly id: string;
  /** The competence's own text; null for a standard one as created. */
  readonly text: string | null;
  /** Its short name, for the selects' labels. */
  readonly short: string;
}

/** The select columns take what a 1–5 select needs; the competence's name takes the rest. */
const NARROW = { width: 64 } as const;

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** Required level, weight and must-have per competence, edited in the pane and written with the next update. */
export function RequirementEditor({
  rows,
  onChange,
}: {
  readonly rows: readonly EditableRequirement[];
  onChange(id: string, edit: RequirementEdit): void;
}) {
  const { t, lang } = usePaneText(COMPETENCE_PANE_TEXT);
  return (
    <div>
      <Text weight="semibold">{t("requirements")}</Text>
      <Table size="extra-small" aria-label={t("requirements")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("colCompetence")}</TableHeaderCell>
            <TableHeaderCell style={NARROW}>{t("colRequired")}</TableHeaderCell>
            <TableHeaderCell style={NARROW}>{t("colWeight")}</TableHeaderCell>
            <TableHeaderCell style={NARROW}>{t("colMustHave")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <CompetenceName requirement={r} lang={lang} focusable />
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={`${t("colRequired")}: ${r.short}`}
                  value={String(r.required)}
                  onChange={(_, d) => onChange(r.id, { ...r, required: Number(d.value) })}
                >
                  {range(LEVEL_MIN, LEVEL_MAX).map((n) => (
                    <option key={n}>{n}</option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={`${t("colWeight")}: ${r.short}`}
                  value={String(r.weight)}
                  onChange={(_, d) => onChange(r.id, { ...r, weight: Number(d.value) })}
                >
                  {range(WEIGHT_MIN, WEIGHT_MAX).map((n) => (
                    <option key={n}>{n}</option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Checkbox
                  aria-label={`${t("colMustHave")}: ${r.short}`}
                  checked={r.mustHave}
                  onChange={(_, d) => onChange(r.id, { ...r, mustHave: d.checked === true })}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
