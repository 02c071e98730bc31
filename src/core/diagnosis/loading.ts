// diagnose() for a caller that loads provider tables on demand (the pane): diagnose, load the
// tables the matcher asked for and lacked, diagnose again, until it lacks none. The matcher reads
// the tables of named providers only, so the result equals diagnose() with every table at hand.
import type { BounceReport, Diagnosis } from "../types";
import type { ProviderCatalog } from "../catalog/providers/types";
import { addProviderTables, takeMissingProviderTables } from "../catalog/providers/tables";
import { diagnose } from "./diagnose";

/** Loads the tables of these provider ids (the pane: one dynamic import each). */
export type LoadProviderTables = (ids: readonly string[]) => Promise<readonly ProviderCatalog[]>;

export async function diagnoseLoading(
  report: BounceReport,
  load: LoadProviderTables,
): Promise<Diagnosis> {
  // Ids a plain diagnose() noted earlier would be loaded for nothing.
  takeMissingProviderTables();
  for (;;) {
    const diagnosis = diagnose(report);
    const missing = takeMissingProviderTables();
    if (missing.length === 0) return diagnosis;
    const loaded = await load(missing);
    const got = new Set(loaded.map((catalog) => catalog.provider.id));
    const lacking = missing.filter((id) => !got.has(id));
    // A table the loader cannot give would be asked for again and again.
    if (lacking.length > 0) throw new Error(`No table for provider ${lacking.join(", ")}`);
    addProviderTables(loaded);
  }
}
