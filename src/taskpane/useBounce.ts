// The pane's one piece of state: the current bounce, from the selected item or any other way in.
import { useCallback, useEffect, useRef, useState } from "react";
import type { LoadResult, MailHost } from "../office/types";
import { explainWhenLoaded } from "./engine-chunk";
import type { PaneState } from "./explain";

export interface BounceState {
  readonly state: PaneState;
  /** Shows a bounce that arrived by drop, file, paste or sample. */
  readonly show: (result: LoadResult) => void;
  /** Shows a bounce that is still being read; the latest call wins. */
  readonly showAsync: (pending: Promise<LoadResult>) => void;
}

/**
 * The selected item, read and explained while the pane's code was still loading (index.tsx);
 * `settled` is set when that finished before the first render, which then shows it at once.
 */
export interface FirstResult {
  readonly pending: Promise<PaneState>;
  readonly settled?: PaneState;
}

export function useBounce(host: MailHost, first?: FirstResult): BounceState {
  const standalone = host.kind === "standalone";
  const [state, setState] = useState<PaneState>(
    () => first?.settled ?? { status: standalone ? "idle" : "loading" },
  );
  // Each request takes a number; a slow answer to an older request is dropped.
  const latest = useRef(0);
  const firstResult = useRef(first);

  const showState = useCallback((pending: Promise<PaneState>) => {
    const ticket = ++latest.current;
    setState((current) => (current.status === "loading" ? current : { status: "loading" }));
    void pending.then((next) => {
      if (ticket === latest.current) setState(next);
    });
  }, []);

  const showAsync = useCallback(
    (pending: Promise<LoadResult>) => showState(explainWhenLoaded(pending)),
    [showState],
  );

  const show = useCallback((result: LoadResult) => showAsync(Promise.resolve(result)), [showAsync]);

  useEffect(() => {
    if (standalone) return;
    const load = () => showAsync(host.loadCurrent());
    const initial = firstResult.current;
    firstResult.current = undefined;
    if (initial === undefined) load();
    else if (initial.settled === undefined) showState(initial.pending);
    const offItem = host.onItemChanged(load);
    const offDrop = host.onDrop(show);
    return () => {
      offItem();
      offDrop();
    };
  }, [host, standalone, show, showAsync, showState]);

  return { state, show, showAsync };
}
