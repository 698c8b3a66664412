import { Link, Text } from "@fluentui/react-components";
import { token } from "./token";
import { translator } from "../i18n/format";
import { PROBLEM_TEXT } from "../i18n/problemText";
import type { Problem } from "../sheets/read";
import { usePaneText } from "./uiLanguage";

/** Invalid entries found while reading a sheet, each naming its cell; a click selects the cell. */
export function ProblemList({ problems, onSelect }: { readonly problems: readonly Problem[]; onSelect(sheet: string, address: string): void }) {
  const { t, lang } = usePaneText();
  if (problems.length === 0) return null;
  const text = translator(PROBLEM_TEXT, lang);
  return (
    <div>
      <Text weight="semibold" style={{ color: token("colorPaletteRedForeground1") }}>
        {t("problems", { count: problems.length })}
      </Text>
      <ul data-testid="problems" style={{ margin: 0, paddingLeft: 18 }}>
        {problems.map((p) => (
          <li key={`${p.sheet}!${p.cell}:${p.code}`}>
            <Link as="button" onClick={() => onSelect(p.sheet, p.cell)}>
              {text(p.code, { cell: p.cell, value: p.value })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
