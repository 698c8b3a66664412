import { Link, Text } from "@fluentui/react-components";
import { problemMessage } from "../sheets/problems";
import type { Problem } from "../sheets/read";
import { usePaneText } from "./uiLanguage";
import { token } from "./token";

/** Invalid entries found while reading a sheet, each naming its cell; a click selects the cell. */
export function ProblemList({
  problems,
  onSelect,
}: {
  readonly problems: readonly Problem[];
  onSelect(sheet: string, address: string): void;
}) {
  const { t, lang } = usePaneText();
  if (problems.length === 0) return null;
  return (
    <div>
      <Text weight="semibold" style={{ color: token("colorPaletteRedForeground1") }}>
        {t("problems", { count: problems.length })}
      </Text>
      <ul data-testid="problems" style={{ margin: 0, paddingLeft: 18 }}>
        {problems.map((p) => (
          <li key={`${p.sheet}!${p.cell}:${p.code}`}>
            <Link as="button" onClick={() => onSelect(p.sheet, p.cell)}>
              {problemMessage(p, lang)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
