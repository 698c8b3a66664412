import { Checkbox, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { LEVEL_MAX, LEVEL_MIN, WEIGHT_MAX, WEIGHT_MIN } from "../../domain/competences/model";
import type { RequirementEdit } from "../../workflows/competences";
import { usePaneText } from "../uiLanguage";

export interface EditableRequirement extends RequirementEdit {
  readonly id: string;
  readonly label: string;
}

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** Required level, weight and must-have per competence, edited in the pane and written with the next update. */
export function RequirementEditor({ rows, onChange }: { readonly rows: readonly EditableRequirement[]; onChange(id: string, edit: RequirementEdit): void }) {
  const { t } = usePaneText();
  return (
    <div>
      <Text weight="semibold">{t("requirements")}</Text>
      <Table size="extra-small" aria-label={t("requirements")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell />
            <TableHeaderCell>{t("colRequired")}</TableHeaderCell>
            <TableHeaderCell>{t("colWeight")}</TableHeaderCell>
            <TableHeaderCell>{t("colMustHave")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell title={r.label}>{r.id}</TableCell>
              <TableCell>
                <Select size="small" aria-label={`${t("colRequired")} ${r.id}`} value={String(r.required)} onChange={(_, d) => onChange(r.id, { ...r, required: Number(d.value) })}>
                  {range(LEVEL_MIN, LEVEL_MAX).map((n) => (
                    <option key={n}>{n}</option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Select size="small" aria-label={`${t("colWeight")} ${r.id}`} value={String(r.weight)} onChange={(_, d) => onChange(r.id, { ...r, weight: Number(d.value) })}>
                  {range(WEIGHT_MIN, WEIGHT_MAX).map((n) => (
                    <option key={n}>{n}</option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Checkbox aria-label={`${t("colMustHave")} ${r.id}`} checked={r.mustHave} onChange={(_, d) => onChange(r.id, { ...r, mustHave: d.checked === true })} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
