// Entry: start loading the engine chunk and the UI chunk (React, Fluent UI, the pane's shell) at
// once, connect to the host (Outlook or a plain browser) meanwhile and, in Outlook, start reading
// and explaining the selected item. The shell needs no engine; the first render usually holds the
// cards already, instead of a spinner followed by a second render.
import { explainWhenLoaded, loadEngine } from "./engine-chunk";
import { showNoUi } from "./no-ui";
import { uiChunk } from "./ui-chunk";
import { connectHost } from "../office";
import type { PaneState } from "./explain";

/** How long the first render waits for the result once the UI is ready; a slower host gets the spinner. */
const FIRST_RESULT_WAIT_MS = 200;

/** `pending`'s value when it settles within `ms`, else undefined. */
function within(pending: Promise<PaneState>, ms: number): Promise<PaneState | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void pending.then((state) => {
      clearTimeout(timer);
      resolve(state);
    });
  });
}

async function main(): Promise<void> {
  loadEngine().catch(() => undefined); // a failure shows where the engine is needed
  const host = await connectHost();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  const pending = host.kind === "outlook" ? explainWhenLoaded(host.loadCurrent()) : undefined;
  const ui = await uiChunk.catch(() => undefined);
  if (ui === undefined) return showNoUi(container, host.displayLanguage);
  const { renderPane } = ui;
  if (pending === undefined) return renderPane(container, host);
  const settled = await within(pending, FIRST_RESULT_WAIT_MS);
  renderPane(container, host, settled ? { pending, settled } : { pending });
}

void main();
