// The pane: the bounce being explained (or why there is none), then the other ways in. This is the
// shell, in the UI chunk; the cards come with the engine chunk (engine.ts), which a diagnosis needs.
import { useDeferredValue, useMemo } from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { MailHost } from "../office";
import { Pane } from "./context";
import type { PaneFailure, PaneState } from "./explain";
import { engineFailure, type EngineStatus } from "./engine-chunk";
import { readFile } from "./files";
import { failedCount } from "./recipients";
import { STRINGS, uiLang, type UiStrings } from "./strings";
import { useBounce, type FirstResult } from "./useBounce";
import { useEngine } from "./useEngine";
import { useFileDrop } from "./useFileDrop";
import { WaysIn } from "./components/WaysIn";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    // In a full browser window (the standalone page) text keeps a readable measure, about 80
    // characters, instead of running across the screen; a task pane is narrower than this.
    maxWidth: "70ch",
    marginInline: "auto",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** The sentence the live region reads out when a result appears. */
function announcement(state: PaneState, t: UiStrings): string {
  switch (state.status) {
    case "idle":
      return "";
    case "loading":
      return t.analyzing;
    case "empty":
      return t.failures[state.failure];
    case "ready": {
      const count = failedCount(state.diagnosis);
      const title = t.kindTitle[state.diagnosis.kind];
      return state.diagnosis.kind === "failed" && count > 0
        ? t.announceResult(title, t.failedCount(count))
        : title;
    }
  }
}

/**
 * What the pane shows: its state, except that with nothing asked of it yet (outside Outlook) an
 * engine that could not load is said at once rather than at the first paste.
 */
function shownState(state: PaneState, engine: EngineStatus): PaneState {
  return state.status === "idle" && engine.status === "failed"
    ? engineFailure(engine.detail)
    : state;
}

/**
 * Failures whose detail from the host only restates the title, in English: the title and the help
 * under it say it in the pane's language. The others' detail is the technical why (Outlook's own
 * error, a file's size), kept for whoever reads it out to a help desk.
 */
const RESTATED: ReadonlySet<PaneFailure> = new Set<PaneFailure>(["no-item", "not-a-bounce"]);

function Empty(props: {
  readonly state: PaneState & { status: "empty" };
  readonly t: UiStrings;
  readonly inOutlook: boolean;
}) {
  const { state, t } = props;
  const title = t.failures[state.failure];
  return (
    <MessageBar intent={state.failure === "error" ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle role="heading" aria-level={2}>
          {title}
        </MessageBarTitle>
        {state.failure === "no-engine" ? t.noEngineHelp : props.inOutlook && t.reportsBlocked}
        {state.detail && !RESTATED.has(state.failure) && (
          <Text block size={200}>
            {state.detail}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function App({ host, first }: { readonly host: MailHost; readonly first?: FirstResult }) {
  const styles = useStyles();
  const lang = uiLang(host.displayLanguage);
  const t = STRINGS[lang];
  const pane = useMemo(() => ({ host, lang, t }), [host, lang, t]);
  const bounce = useBounce(host, first);
  const { show, showAsync } = bounce;
  const chunk = useEngine();
  const state = shownState(bounce.state, chunk);
  const onFile = (file: File) => showAsync(readFile(file));
  const drop = useFileDrop(onFile);
  // The other ways in come one render later, so the first paint holds the cards sooner.
  const showWaysIn = useDeferredValue(true, false);

  return (
    <Pane.Provider value={pane}>
      <main className={styles.root} lang={lang} {...drop.handlers}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <div
          role="status"
          aria-live="polite"
          data-testid="announcement"
          className={styles.visuallyHidden}
        >
          {announcement(state, t)}
        </div>
        {state.status === "loading" && (
          <Spinner size="small" label={chunk.status === "ready" ? t.loading : t.engineLoading} />
        )}
        {state.status !== "loading" && chunk.status === "loading" && (
          <Text as="p" role="status" data-testid="engine-loading">
            {t.engineLoading}
          </Text>
        )}
        {state.status === "idle" && <Text as="p">{t.standaloneIntro}</Text>}
        {state.status === "empty" && (
          <Empty state={state} t={t} inOutlook={host.kind === "outlook"} />
        )}
        {state.status === "ready" && chunk.status === "ready" && (
          <chunk.engine.Results
            diagnosis={state.diagnosis}
            {...(state.name ? { name: state.name } : {})}
          />
        )}
        {showWaysIn && <WaysIn dragging={drop.dragging} onFile={onFile} onBounce={show} />}
      </main>
    </Pane.Provider>
  );
}
