// The engine chunk's state for the pane (engine-chunk.ts); mounting starts the load if the entry
// has not (tests). A load that failed is tried again by the next paste, file or selection, not by
// mounting: the entry's failed load would otherwise show "could not load", then "loading", then
// "could not load" again.
import { useEffect, useSyncExternalStore } from "react";
import { engineStatus, loadEngine, onEngineStatus, type EngineStatus } from "./engine-chunk";

export function useEngine(): EngineStatus {
  useEffect(() => {
    if (engineStatus().status === "loading") loadEngine().catch(() => undefined); // a failure is in the status
  }, []);
  return useSyncExternalStore(onEngineStatus, engineStatus);
}
