// The whole catalog: the seed tables (Exchange Online, Exchange Server) and Microsoft's codes
// documented elsewhere, Exchange tokens, the providers' tables (Gmail, ...), IANA codes, class
// fallbacks.
import type { CatalogEntry } from "./types";
import { exchangeOnlineTemporary } from "./exchange-online-temporary";
import { exchangeOnlineDelivery } from "./exchange-online-delivery";
import { exchangeOnlinePolicy } from "./exchange-online-policy";
import { exchangeOnlineBlocks } from "./exchange-online-blocks";
import { exchangeOnlineOutbound } from "./exchange-online-outbound";
import { exchangeOnlineSubmission } from "./exchange-online-submission";
import { exchangeOnlineUnlisted } from "./exchange-online-unlisted";
import { exchangeOnlineConnection } from "./exchange-online-connection";
import { exchangeServerTemporary } from "./exchange-server-temporary";
import { exchangeServerAddress } from "./exchange-server-address";
import { exchangeServerSystem } from "./exchange-server-system";
import { exchangeServerUnlisted } from "./exchange-server-unlisted";
import { exchangeTokens } from "./tokens";
import { IANA_CODES } from "./iana";
import { SUBJECTS } from "./class-fallback";
import { classEntry, ianaEntry, type FailureClass } from "./build";
import { PROVIDER_ENTRIES } from "./providers/index";
import { UNEXPLAINED } from "./providers/unexplained";
import { SENDING_PROVIDER } from "./providers/sending-provider";
import { BARE_DEFERRAL, WORDING_ENTRIES } from "./wordings";
import { CHALLENGE_ENTRY, DELAYED_ENTRY, REPORT_KIND_ENTRIES } from "./report-kinds";
import {
  DEFERRED_REASON_MEANINGS,
  OWN_SERVER_MEANINGS,
  REASON_MEANINGS,
  RECIPIENT_SERVER_MEANINGS,
} from "./reason-meanings";
import { REPLY_CODE_MEANINGS } from "./reply-codes";

export type { CatalogEntry } from "./types";

/** Every row of both seed tables, one entry per meaning. */
export const SEED_ENTRIES: readonly CatalogEntry[] = [
  ...exchangeOnlineTemporary,
  ...exchangeOnlineDelivery,
  ...exchangeOnlinePolicy,
  ...exchangeOnlineBlocks,
  ...exchangeServerTemporary,
  ...exchangeServerAddress,
  ...exchangeServerSystem,
];

/** Microsoft's meanings of its codes: the seed tables, then codes Microsoft documents elsewhere. */
export const MICROSOFT_ENTRIES: readonly CatalogEntry[] = [
  ...SEED_ENTRIES,
  ...exchangeOnlineOutbound,
  ...exchangeOnlineSubmission,
  ...exchangeOnlineUnlisted,
  ...exchangeOnlineConnection,
  ...exchangeServerUnlisted,
];

export const TOKEN_ENTRIES: readonly CatalogEntry[] = exchangeTokens;

export const IANA_ENTRIES: readonly CatalogEntry[] = (["4", "5"] as const).flatMap((cls) =>
  IANA_CODES.map((row) => ianaEntry(cls, row)),
);

export const CLASS_ENTRIES: readonly CatalogEntry[] = [
  classEntry("2", "0"),
  ...(["4", "5"] as const).flatMap((cls) =>
    Object.keys(SUBJECTS).map((subject) => classEntry(cls, subject)),
  ),
];

export {
  PROVIDER_ENTRIES,
  WORDING_ENTRIES,
  REPORT_KIND_ENTRIES,
  DELAYED_ENTRY,
  CHALLENGE_ENTRY,
  REASON_MEANINGS,
  DEFERRED_REASON_MEANINGS,
  OWN_SERVER_MEANINGS,
  RECIPIENT_SERVER_MEANINGS,
  REPLY_CODE_MEANINGS,
};

/** The reply codes' own meanings, each once (530 and 535 share the sign-in meaning). */
const REPLY_CODE_ENTRIES: readonly CatalogEntry[] = [
  ...new Set(Object.values(REPLY_CODE_MEANINGS).flatMap((m) => (m.entry ? [m.entry] : []))),
].filter((entry) => !Object.values(REASON_MEANINGS).includes(entry));

export const CATALOG: readonly CatalogEntry[] = [
  ...MICROSOFT_ENTRIES,
  ...TOKEN_ENTRIES,
  ...PROVIDER_ENTRIES,
  UNEXPLAINED.deferred,
  UNEXPLAINED.refused,
  SENDING_PROVIDER.deferred,
  SENDING_PROVIDER.refused,
  ...WORDING_ENTRIES,
  BARE_DEFERRAL,
  ...Object.values(REPORT_KIND_ENTRIES),
  DELAYED_ENTRY,
  CHALLENGE_ENTRY,
  // each once: one meaning serves two reasons (a block list, a poor reputation)
  ...new Set(Object.values(REASON_MEANINGS)),
  ...Object.values(OWN_SERVER_MEANINGS),
  ...Object.values(RECIPIENT_SERVER_MEANINGS),
  ...REPLY_CODE_ENTRIES,
  ...IANA_ENTRIES,
  ...CLASS_ENTRIES,
];

const ianaByCode = new Map(IANA_ENTRIES.map((entry) => [entry.code, entry]));
const classById = new Map(CLASS_ENTRIES.map((entry) => [entry.id, entry]));

export function ianaFor(status: string): CatalogEntry | undefined {
  return ianaByCode.get(status);
}

/** The class-and-subject fallback for "5.9.123" (unknown subjects fall back to subject 0). */
export function classFallbackFor(cls: FailureClass, subject: string): CatalogEntry {
  const id = cls === "2" ? "class-2" : `class-${cls}.${subject}`;
  return classById.get(id) ?? classEntry(cls, "0");
}
