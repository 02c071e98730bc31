// Turns what the host handed over into what the pane shows: a diagnosis, or why there is none.
import { analyze, diagnoseLoading, loadProviderTables } from "../core";
import type { Diagnosis } from "../core";
import type { LoadFailure, LoadResult } from "../office/types";

/** Why there is nothing to explain: the host's reasons, or the engine's chunk would not load. */
export type PaneFailure = LoadFailure | "no-engine";

export type PaneState =
  /** Outside Outlook there is no selected item: the pane waits for a drop, paste or sample. */
  | { readonly status: "idle" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly diagnosis: Diagnosis; readonly name?: string }
  | { readonly status: "empty"; readonly failure: PaneFailure; readonly detail?: string };

/**
 * Runs the engine on a load result, loading the provider tables the bounce names first. Never
 * rejects: a failure becomes an "empty" state.
 */
export async function explain(result: LoadResult): Promise<PaneState> {
  if (!result.ok) return { status: "empty", failure: result.failure, detail: result.message };
  try {
    const diagnosis = await diagnoseLoading(analyze(result.bounce.input), loadProviderTables);
    if (diagnosis.kind === "not-a-bounce") return { status: "empty", failure: "not-a-bounce" };
    const { name } = result.bounce;
    return name === undefined
      ? { status: "ready", diagnosis }
      : { status: "ready", diagnosis, name };
  } catch (e) {
    return {
      status: "empty",
      failure: "error",
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Explains a load still under way; a rejected load becomes an "error" state too. */
export function explainLoad(pending: Promise<LoadResult>): Promise<PaneState> {
  return pending
    .catch((e: unknown): LoadResult => ({
      ok: false,
      failure: "error",
      message: e instanceof Error ? e.message : String(e),
    }))
    .then(explain);
}
