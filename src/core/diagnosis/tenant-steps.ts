// On a notice Exchange Online wrote, the sending server is Exchange Online's: an admin step that
// tunes it (connections, retries, its log, its SMTP dialogue, its TLS) gives way to the step a
// Microsoft 365 tenant's admin can take (../catalog/tenant-steps.ts). Microsoft's own entries are
// worded for its notices already, and a sending server's own words (Exim's, Postfix's client)
// name a server on the way that is not Exchange Online: both keep their steps.
import { MICROSOFT_SOURCES, type CatalogEntry } from "../catalog/types";
import { TENANT_STEPS } from "../catalog/tenant-steps";
import type { BounceReport, Localized } from "../types";
import { writtenByExchangeOnline } from "./server";

/** Each step's tenant step, worked out once per step (the entries' steps are shared objects). */
const tenantStepOf = new WeakMap<Localized, Localized | null>();

function tenantStep(step: Localized): Localized | null {
  let found = tenantStepOf.get(step);
  if (found === undefined) {
    found = TENANT_STEPS.find((kind) => kind.asks.test(step.en))?.step ?? null;
    tenantStepOf.set(step, found);
  }
  return found;
}

/** The entry's admin steps; on Exchange Online's notice, as its tenant's admin can take them. */
export function stepsForTenant(
  report: BounceReport,
  entry: CatalogEntry,
  steps: readonly Localized[],
): readonly Localized[] {
  if (MICROSOFT_SOURCES.has(entry.source) || entry.sendersOwn === true) return steps;
  if (!writtenByExchangeOnline(report)) return steps;
  const out: Localized[] = [];
  for (const step of steps) {
    const kept = tenantStep(step) ?? step;
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}
