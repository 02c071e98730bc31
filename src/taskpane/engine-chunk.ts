// The engine, its catalog and the cards are a chunk of their own ("engine"): index.tsx starts
// loading it at once, beside office.js's onReady, the item read and the UI chunk, and the pane's
// shell (header, status, the ways in) renders without it. No React here: the entry imports this.
import type { LoadResult } from "../office/types";
import type * as EngineModule from "./engine";
import type { PaneState } from "./explain";

export type Engine = typeof EngineModule;

export type EngineStatus =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly engine: Engine }
  | { readonly status: "failed"; readonly detail: string };

let current: EngineStatus = { status: "loading" };
let loading: Promise<Engine> | undefined;
const listeners = new Set<() => void>();

function settle(next: EngineStatus): void {
  current = next;
  listeners.forEach((listener) => listener());
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Loads the engine chunk once; after a failure (a network error, say) the next call tries again. */
export function loadEngine(): Promise<Engine> {
  if (loading === undefined) {
    if (current.status === "failed") settle({ status: "loading" });
    loading = import(/* webpackChunkName: "engine" */ "./engine").then(
      (engine) => {
        settle({ status: "ready", engine });
        return engine;
      },
      (error: unknown) => {
        loading = undefined;
        settle({ status: "failed", detail: messageOf(error) });
        throw error;
      },
    );
  }
  return loading;
}

/** The engine's state now, and a way to hear of changes (for useSyncExternalStore). */
export const engineStatus = (): EngineStatus => current;
export function onEngineStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The state a chunk that could not load leaves the pane in. */
export const engineFailure = (detail: string): PaneState => ({
  status: "empty",
  failure: "no-engine",
  detail,
});

/** explainLoad once the engine is in; never rejects (a chunk that cannot load is a state too). */
export function explainWhenLoaded(pending: Promise<LoadResult>): Promise<PaneState> {
  return loadEngine().then(
    (engine) => engine.explainLoad(pending),
    (error: unknown) => {
      // The read's own outcome no longer matters: nothing can explain it.
      pending.catch(() => undefined);
      return engineFailure(messageOf(error));
    },
  );
}
