// Shorthand for provider files: one meaning that a provider publishes both as a deferral (4.x.x)
// and as a refusal (5.x.x) becomes two entries with the same words.
import type { ProviderEntry } from "./types";

type Shared = Omit<ProviderEntry, "code" | "temporary">;

/** The refusal keeps `id`; the deferral's id ends in "-deferred". */
export function deferredAndRefused(
  codes: { readonly deferred: string; readonly refused: string },
  entry: Shared,
): ProviderEntry[] {
  return [
    { ...entry, id: `${entry.id}-deferred`, code: codes.deferred, temporary: true },
    { ...entry, code: codes.refused, temporary: false },
  ];
}
