import { FluentProvider, Tab, TabList, Title3, webLightTheme } from "@fluentui/react-components";
import { type ComponentType, Suspense, lazy, useState } from "react";
import type { Lang } from "../domain/lang";
import type { SheetHost } from "../hosts/host";
import { KINDS } from "../kinds/registry";
import type { KindDescriptor } from "../workflows/kinds";
import type { Delivery } from "./delivery";
import { ErrorBoundary } from "./ErrorBoundary";
import { KindsContext } from "./kinds";
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
  /** The kinds of sheet, a tab each (the registry's). */
  readonly kinds?: readonly KindDescriptor[];
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

// The pane's frame (title, tabs) renders first. The rest of the first screen (the first tab's panel, the
// language choice, sharing) starts loading at once, in parallel with Office's start-up; the other panels load
// when their tab is opened.
const firstScreen = import(/* webpackChunkName: "first-screen" */ "./firstScreen");
const LanguageSelect = lazy(() => firstScreen.then((m) => ({ default: m.LanguageSelect })));
const SharePanel = lazy(() => firstScreen.then((m) => ({ default: m.SharePanel })));

type Panel = ComponentType<{ readonly host: SheetHost }>;
const panels = new WeakMap<KindDescriptor, Panel>();

/** A kind's panel, loaded when first drawn (one lazy component per kind, so that React keeps its state). */
function panelOf(kind: KindDescriptor): Panel {
  let panel = panels.get(kind);
  if (panel === undefined) {
    const loading = kind.panel();
    panel = lazy(() => loading.then((p) => ({ default: p })));
    panels.set(kind, panel);
  }
  return panel;
}
// the first tab's panel belongs to the first screen
if (KINDS[0] !== undefined) panelOf(KINDS[0]);

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

function Tabs({ kinds, value, onChange }: { kinds: readonly KindDescriptor[]; value: string; onChange(id: string): void }) {
  const { lang } = usePaneText();
  return (
    // small tabs, wrapping where even they do not fit: every sheet's name stays whole at 320 px
    <TabList size="small" selectedValue={value} onTabSelect={(_, d) => onChange(String(d.value))} style={{ flexWrap: "wrap" }}>
      {kinds.map((k) => (
        <Tab key={k.id} value={k.id}>
          {k.text.tab[lang]}
        </Tab>
      ))}
    </TabList>
  );
}

export function App({ host, displayLanguage, visibility = ALWAYS_VISIBLE, delivery, kinds = KINDS }: AppProps) {
  const [uiLang, setUiLang] = useState<Lang>(uiLangFrom(displayLanguage));
  const [sheet, setSheet] = useState<string>(kinds[0]?.id ?? "");
  const kind = kinds.find((k) => k.id === sheet);
  const SheetPanel = kind === undefined ? null : panelOf(kind);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <UiLangProvider value={uiLang}>
        <VisibilityContext.Provider value={visibility}>
          <KindsContext.Provider value={kinds}>
            <main style={{ display: "flex", flexDirection: "column", gap: 16, padding: 12 }}>
              <Header onLang={setUiLang} />
              <Tabs kinds={kinds} value={sheet} onChange={setSheet} />
              <ErrorBoundary key={sheet} fallback={failed}>
                <Suspense fallback={<Loading />}>
                  {/* eslint-disable-next-line react-hooks/static-components -- made once per kind, by panelOf */}
                  {SheetPanel !== null && <SheetPanel host={host} />}
                </Suspense>
              </ErrorBoundary>
              <ErrorBoundary fallback={failed}>
                <Suspense fallback={null}>
                  <SharePanel host={host} delivery={delivery} />
                </Suspense>
              </ErrorBoundary>
            </main>
          </KindsContext.Provider>
        </VisibilityContext.Provider>
      </UiLangProvider>
    </FluentProvider>
  );
}
