import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../domain/lang";
import type { SheetHost } from "../hosts/host";
import { LanguageSelect } from "./LanguageSelect";
import { ReadinessPanel } from "./readiness/ReadinessPanel";
import { UiLangProvider, uiLangFrom, usePaneText } from "./uiLanguage";

export interface AppProps {
  readonly host: SheetHost;
  /** Office's display language, e.g. "de-DE". */
  readonly displayLanguage?: string;
}

function Header({ onLang }: { onLang(lang: Lang): void }) {
  const { t, lang } = usePaneText();
  return (
    <header style={{ display: "flex", justifyContent: "space-between", alignItems: "end", gap: 8 }}>
      <Title3 as="h1">{t("appTitle")}</Title3>
      <LanguageSelect label="uiLanguage" size="small" value={lang} onChange={onLang} />
    </header>
  );
}

export function App({ host, displayLanguage }: AppProps) {
  const [uiLang, setUiLang] = useState<Lang>(uiLangFrom(displayLanguage));
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <UiLangProvider value={uiLang}>
        <main style={{ display: "flex", flexDirection: "column", gap: 16, padding: 12 }}>
          <Header onLang={setUiLang} />
          <ReadinessPanel host={host} />
        </main>
      </UiLangProvider>
    </FluentProvider>
  );
}
