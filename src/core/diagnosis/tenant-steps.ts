// On a notice Exchange Online wrote, the sending server is Exchange Online's: an admin step that
// tunes it (connections, retries, its log, its SMTP dialogue, its TLS) or looks at its own network
// or DNS lookups gives way to the step a Microsoft 365 tenant's admin can take
// (../catalog/tenant-steps.ts). Microsoft's own entries word their tuning steps for a server that
// sends to Microsoft 365, and a sending server's own words (Exim's, Postfix's client) name a server
// on the way that is not Exchange Online: both keep those steps.
import { MICROSOFT_SOURCES, type CatalogEntry } from "../catalog/types";
import { TENANT_STEPS, type TenantStep } from "../catalog/tenant-steps";
import type { BounceReport, Localized } from "../types";
import { writtenByExchangeOnline } from "./server";

/** Each step's kind, worked out once per step (the entries' steps are shared objects). */
const kindOf = new WeakMap<Localized, TenantStep | null>();

function tenantKind(step: Localized): TenantStep | null {
  let found = kindOf.get(step);
  if (found === undefined) {
    found = TENANT_STEPS.find((kind) => kind.asks.test(step.en)) ?? null;
    kindOf.set(step, found);
  }
  return found;
}

/** The entry's admin steps; on Exchange Online's notice, as its tenant's admin can take them. */
export function stepsForTenant(
  report: BounceReport,
  entry: CatalogEntry,
  steps: readonly Localized[],
): readonly Localized[] {
  if (entry.sendersOwn === true || !writtenByExchangeOnline(report)) return steps;
  const microsofts = MICROSOFT_SOURCES.has(entry.source);
  const out: Localized[] = [];
  for (const step of steps) {
    const kind = tenantKind(step);
    const kept = kind !== null && (!microsofts || kind.inMicrosoftEntries) ? kind.step : step;
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}
