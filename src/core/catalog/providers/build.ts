// Shorthand for provider files: one meaning that a provider publishes both as a deferral (4.x.x)
// and as a refusal (5.x.x) becomes two entries with the same words.
import { ownerWhenPermanent } from "../build";
import type { LastingDeferral } from "../types";
import type { ProviderEntry } from "./types";

type Shared = Omit<ProviderEntry, "code" | "temporary">;

/**
 * The refusal keeps `id`; the deferral's id ends in "-deferred". A meaning nobody needs to fix is,
 * as a refusal, the sender's to send again (../build.ts). `lasting` is the deferral's alone: where
 * it points once given up on (a refusal is never retried).
 */
export function deferredAndRefused(
  codes: { readonly deferred: string; readonly refused: string },
  entry: Shared,
  lasting?: LastingDeferral,
): ProviderEntry[] {
  return [
    {
      ...entry,
      id: `${entry.id}-deferred`,
      code: codes.deferred,
      temporary: true,
      ...(lasting === undefined ? {} : { lastingDeferral: lasting }),
    },
    {
      ...entry,
      code: codes.refused,
      temporary: false,
      owner: ownerWhenPermanent(entry.owner, entry.actions),
    },
  ];
}
