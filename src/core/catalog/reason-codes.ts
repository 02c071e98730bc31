// Source: RFC 3463 / IANA registry codes that usually go with each Sisimai reason; used when a bounce
// gives no status (or only an x.0.x one) but its words told the engine the reason.
import type { Reason } from "../types";
import type { CatalogEntry } from "./types";

/** reason -> "subject.detail" of the registry code that carries that meaning. */
export const REASON_CODES: Partial<Record<Reason, string>> = {
  userunknown: "1.1",
  hostunknown: "1.2",
  hasmoved: "1.6",
  suspend: "2.1",
  mailboxfull: "2.2",
  exceedlimit: "2.3",
  systemfull: "3.1",
  notaccept: "1.10",
  mesgtoobig: "3.4",
  systemerror: "3.0",
  mailererror: "3.0",
  networkerror: "4.0",
  expired: "4.7",
  toomanyconn: "4.5",
  syntaxerror: "5.2",
  contenterror: "6.0",
  norelaying: "7.1",
  rejected: "7.1",
  blocked: "7.1",
  badreputation: "7.1",
  spamdetected: "7.1",
  filtered: "7.1",
  policyviolation: "7.0",
  securityerror: "7.0",
  virusdetected: "7.0",
  authfailure: "7.26",
  requireptr: "7.25",
  failedstarttls: "7.10",
  speeding: "7.28",
};

/** A meaning of an expiry code (x.4.7, "delivery time expired"), whatever its table. */
export function isExpiryMeaning(entry: CatalogEntry): boolean {
  return entry.code.slice(2) === REASON_CODES.expired;
}

/**
 * The connection-failure codes: x.4.1 (no answer from host), x.4.2 (bad connection), and the
 * network and routing failures that name no more (x.4.0, the class's x.4.x): given up on, each
 * lasted the whole retry period, and the recipient is the one to tell (h-giveup3).
 */
const UNREACHABLE = new Set(["4.0", "4.1", "4.2", "4.x"]);

/** A meaning of a destination that did not answer or broke off (x.4.1, x.4.2), whatever its table. */
export function isUnreachableMeaning(entry: CatalogEntry): boolean {
  return UNREACHABLE.has(entry.code.slice(2));
}
