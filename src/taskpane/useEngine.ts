// The engine chunk's state for the pane (engine-chunk.ts); mounting starts the load if the entry
// has not (tests), or tries again after a failure.
import { useEffect, useSyncExternalStore } from "react";
import { engineStatus, loadEngine, onEngineStatus, type EngineStatus } from "./engine-chunk";

export function useEngine(): EngineStatus {
  useEffect(() => {
    loadEngine().catch(() => undefined); // a failure is in the status
  }, []);
  return useSyncExternalStore(onEngineStatus, engineStatus);
}
