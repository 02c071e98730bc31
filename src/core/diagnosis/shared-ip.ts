// A refusal of the sending IP where that IP is a big provider's shared outgoing server: the words
// and steps of the shared pool's case (../catalog/shared-ip-advice.ts) instead of "your admin,
// delist it". One rule, applied where an entry is chosen for a reply (diagnose, the code command).
import type { CatalogEntry } from "../catalog/types";
import { YOUR_ADMIN } from "../catalog/providers/steps";
import { SHARED_IP_ADVICE } from "../catalog/shared-ip-advice";
import { SHARED_OUTBOUND, type SharedOutbound } from "../catalog/shared-outbound";
import { findRange, rangeTable, type RangeTable } from "../ip-ranges";
import type { Evidence, Localized } from "../types";
import type { FillValues } from "./facts";

/** The providers' shared outgoing servers, parsed on first use. */
let sharedOutbound: RangeTable<SharedOutbound> | undefined;

/** Two texts as one: each language's second part starts as it should after the first. */
function joined(first: Localized, then: Localized): Localized {
  return { en: first.en + then.en, ja: first.ja + then.ja };
}

export interface SharedPoolCase {
  readonly entry: CatalogEntry;
  readonly values: FillValues;
  readonly evidence: Evidence;
}

/**
 * A refusal of the sending IP alone (its meaning's summary names `{ip}`, not `{domain}` beside it:
 * Gmail's "unusual rate" and "low reputation" blame the domain or the content as well) that sends
 * the sender's admin to get it delisted or to repair its standing (the delisting action, or the
 * reputation or listing check among the admin's steps).
 */
function blocksSendingIp(entry: CatalogEntry): boolean {
  if (entry.owner !== "your-admin") return false;
  const { en } = entry.summary;
  if (!en.includes("{ip}") || en.includes("{domain}")) return false;
  return (
    entry.actions.includes("request-delisting") ||
    entry.adminFix.includes(YOUR_ADMIN.checkReputation) ||
    entry.adminFix.includes(YOUR_ADMIN.checkListing)
  );
}

/**
 * Such a refusal where the IP is a big provider's shared outgoing server: the sender's admin
 * neither runs it nor can delist it. The entry's words get the pool's case and its steps and
 * owner change. The provider's own receiver (Outlook.com) refusing its own pool is the provider's
 * to lift; a list or another receiver refusing it is the receiver's to allow.
 */
export function onSharedPool(
  entry: CatalogEntry,
  ip: string | undefined,
  receiver: string | undefined,
): SharedPoolCase | undefined {
  if (ip === undefined || !blocksSendingIp(entry)) return undefined;
  sharedOutbound ??= rangeTable(SHARED_OUTBOUND, (pool) => pool.ranges);
  const found = findRange(sharedOutbound, ip);
  if (found === undefined) return undefined;
  const pool = found.row;
  const own = receiver !== undefined && pool.sameCompany.includes(receiver);
  const advice = own ? SHARED_IP_ADVICE.own : SHARED_IP_ADVICE.listed;
  return {
    entry: Object.assign({}, entry, {
      owner: advice.owner === "pool" ? pool.ownBlockOwner : advice.owner,
      summary: joined(entry.summary, advice.summary),
      cause: joined(entry.cause, advice.cause),
      fix: advice.fix,
      adminFix: [...advice.adminFix, pool.raise],
      actions: advice.actions,
    }),
    values: { ipPool: pool.name, ipRange: found.range },
    evidence: {
      fact: "explanation",
      source: "inferred",
      field: "shared-ip",
      text: `${found.range} (${pool.name})`,
    },
  };
}
