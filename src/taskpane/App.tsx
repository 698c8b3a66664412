import { FluentProvider, Tab, TabList, Title3, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { Lang } from "../domain/lang";
import type { SheetHost } from "../hosts/host";
import type { Delivery } from "./delivery";
import { ErrorBoundary } from "./ErrorBoundary";
import { UiLangProvider, uiLangFrom, usePaneText } from "./uiLanguage";
import { ALWAYS_VISIBLE, type PaneVisibility, VisibilityContext } from "./visibility";

export interface AppProps {
  readonly host: SheetHost;
  /** Office's display language, e.g. "de-DE". */
  readonly displayLanguage?: string;
  /** Whether the pane is shown; the panels read nothing for changes while it is hidden. */
  readonly visibility?: PaneVisibility;
  /** How a portable copy reaches the user on this platform (default: a browser download). */
  readonly delivery?: Delivery;
}

function Header({ onLang }: { onLang(lang: Lang): void }) {
  const { t, lang } = usePaneText();
  return (
    <header style={{ display: "flex", justifyContent: "space-between", alignItems: "end", gap: 8 }}>
      <Title3 as="h1">{t("appTitle")}</Title3>
      <Suspense fallback={null}>
        <LanguageSelect label="uiLanguage" size="small" value={lang} onChange={onLang} />
      </Suspense>
    </header>
  );
}

// The pane's frame (title, tabs) renders first. The rest of the first screen (the readiness checklist's panel,
// the language choice, sharing) starts loading at once, in parallel with Office's start-up; the other panels
// load when their tab is opened.
const firstScreen = import(/* webpackChunkName: "first-screen" */ "./firstScreen");
const ReadinessPanel = lazy(() => firstScreen.then((m) => ({ default: m.ReadinessPanel })));
const LanguageSelect = lazy(() => firstScreen.then((m) => ({ default: m.LanguageSelect })));
const SharePanel = lazy(() => firstScreen.then((m) => ({ default: m.SharePanel })));
const CompetencePanel = lazy(() => import(/* webpackChunkName: "competences" */ "./competences/CompetencePanel").then((m) => ({ default: m.CompetencePanel })));
const TaskPanel = lazy(() => import(/* webpackChunkName: "tasks" */ "./tasks/TaskPanel").then((m) => ({ default: m.TaskPanel })));

/** While a panel's code loads (the frame does not ship a spinner for this moment). */
function Loading() {
  const { t } = usePaneText();
  return (
    <p role="status" style={{ margin: 0 }}>
      {t("loading")}
    </p>
  );
}

/** A part of the pane that failed: what happened, and a button to try again. */
function Failed({ error, retry }: { error: Error; retry(): void }) {
  const { t } = usePaneText();
  return (
    <div role="alert" style={{ display: "flex", flexDirection: "column", gap: 8, alignItems: "start" }}>
      <p style={{ margin: 0 }}>{t("error", { message: error.message })}</p>
      <button type="button" onClick={retry}>
        {t("retry")}
      </button>
    </div>
  );
}

const failed = (error: Error, retry: () => void) => <Failed error={error} retry={retry} />;

type Sheet = "readiness" | "competences" | "tasks";

function Tabs({ value, onChange }: { value: Sheet; onChange(sheet: Sheet): void }) {
  const { t } = usePaneText();
  return (
    // small tabs, wrapping where even they do not fit: every sheet's name stays whole at 320 px
    <TabList size="small" selectedValue={value} onTabSelect={(_, d) => onChange(d.value as Sheet)} style={{ flexWrap: "wrap" }}>
      <Tab value="readiness">{t("tabReadiness")}</Tab>
      <Tab value="competences">{t("tabCompetences")}</Tab>
      <Tab value="tasks">{t("tabTasks")}</Tab>
    </TabList>
  );
}

export function App({ host, displayLanguage, visibility = ALWAYS_VISIBLE, delivery }: AppProps) {
  const [uiLang, setUiLang] = useState<Lang>(uiLangFrom(displayLanguage));
  const [sheet, setSheet] = useState<Sheet>("readiness");
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <UiLangProvider value={uiLang}>
        <VisibilityContext.Provider value={visibility}>
          <main style={{ display: "flex", flexDirection: "column", gap: 16, padding: 12 }}>
            <Header onLang={setUiLang} />
            <Tabs value={sheet} onChange={setSheet} />
            <ErrorBoundary key={sheet} fallback={failed}>
              <Suspense fallback={<Loading />}>
                {sheet === "readiness" && <ReadinessPanel host={host} />}
                {sheet === "competences" && <CompetencePanel host={host} />}
                {sheet === "tasks" && <TaskPanel host={host} />}
              </Suspense>
            </ErrorBoundary>
            <ErrorBoundary fallback={failed}>
              <Suspense fallback={null}>
                <SharePanel host={host} delivery={delivery} />
              </Suspense>
            </ErrorBoundary>
          </main>
        </VisibilityContext.Provider>
      </UiLangProvider>
    </FluentProvider>
  );
}
