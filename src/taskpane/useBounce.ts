// The pane's one piece of state: the current bounce, from the selected item or any other way in.
import { useCallback, useEffect, useRef, useState } from "react";
import type { LoadResult, MailHost } from "../office/types";
import { explain, type PaneState } from "./explain";

export interface BounceState {
  readonly state: PaneState;
  /** Shows a bounce that arrived by drop, file, paste or sample. */
  readonly show: (result: LoadResult) => void;
  /** Shows a bounce that is still being read; the latest call wins. */
  readonly showAsync: (pending: Promise<LoadResult>) => void;
}

export function useBounce(host: MailHost): BounceState {
  const standalone = host.kind === "standalone";
  const [state, setState] = useState<PaneState>({ status: standalone ? "idle" : "loading" });
  // Each request takes a number; a slow answer to an older request is dropped.
  const latest = useRef(0);

  const showAsync = useCallback((pending: Promise<LoadResult>) => {
    const ticket = ++latest.current;
    setState({ status: "loading" });
    pending
      .catch((e: unknown): LoadResult => ({
        ok: false,
        failure: "error",
        message: e instanceof Error ? e.message : String(e),
      }))
      .then((result) => {
        if (ticket === latest.current) setState(explain(result));
      });
  }, []);

  const show = useCallback((result: LoadResult) => showAsync(Promise.resolve(result)), [showAsync]);

  useEffect(() => {
    if (standalone) return;
    const load = () => showAsync(host.loadCurrent());
    load();
    const offItem = host.onItemChanged(load);
    const offDrop = host.onDrop(show);
    return () => {
      offItem();
      offDrop();
    };
  }, [host, standalone, show, showAsync]);

  return { state, show, showAsync };
}
