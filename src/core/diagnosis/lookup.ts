// lookupCode: the catalog entries a code (and optionally the server's text and host) can mean,
// best first, by the same rules as diagnose(): the best match first, then the other meanings.
import type { CatalogEntry } from "../catalog/types";
import { CATALOG } from "../catalog/index";
import {
  bestMatch,
  classMatch,
  codeMatches,
  isRegistryMeaning,
  normalizeStatus,
  textMatches,
  tokenMatches,
  type ServerFamily,
} from "../catalog/match";
import { providerById } from "../catalog/providers/index";
import { classifyReason, FROM_STATUS_TABLE } from "../reason/classify";
import { findStatusCode } from "../status/codes";
import { factsOf, fillAdvice } from "./facts";
import { onSharedPool } from "./shared-ip";
import { quotedDeferral } from "./gave-up";
import { hostName, isExchangeOnlineHost, microsoftReplyHost } from "./server";

export interface LookupOptions {
  readonly text?: string;
  readonly server?: "exchange-online" | "exchange-server";
  /** The host that sent the reply ("gmail-smtp-in.l.google.com"): names the provider. */
  readonly remote?: string;
  /** The failed recipient's domain ("gmail.com"): names the provider more weakly than the host. */
  readonly recipientDomain?: string;
}

/** A reply as pasted: it opens with its SMTP reply code ("550 5.1.1 ...", "550-5.1.1", "550"). */
const REPLY = /^\s*([245])\d\d(?:[ -]|$)/;

/**
 * The status and server's text CODE stands for. A status ("5.1.1") is itself. A reply as a user
 * pastes it gives its status, or its class for a bare reply code ("550" -> 5.0.0), and when it
 * has words and no text was given, it is the server's text too.
 */
function asked(code: string, text: string | undefined): { status?: string; text: string } {
  const status = normalizeStatus(code);
  const reply = status === undefined ? REPLY.exec(code) : null;
  if (reply === null)
    return status !== undefined ? { status, text: text ?? "" } : { text: text ?? "" };
  return {
    status: findStatusCode(code) ?? `${reply[1]}.0.0`,
    text: text ?? (/[A-Za-z]/.test(code) ? code.trim() : ""),
  };
}

function unique(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return entries.filter((entry, i) => entries.findIndex((e) => e.id === entry.id) === i);
}

/**
 * The same entry with the facts the text names filled in (never a raw placeholder), temporary as
 * the asked code's class says when one was asked: a meaning that comes both as a deferral and as a
 * refusal (La Poste's "Service refusé" as 421 or 550) is what the code makes it.
 */
function filled(entry: CatalogEntry, text: string, status: string | undefined): CatalogEntry {
  const provider = entry.provider === undefined ? undefined : providerById(entry.provider);
  const facts = factsOf(text);
  // As diagnose() reads it: a block of a big provider's shared sending address.
  const shared = onSharedPool(entry, facts.ip, entry.provider);
  const advice = fillAdvice(shared?.entry ?? entry, {
    ...facts,
    ...(provider !== undefined ? { provider: provider.name } : {}),
    ...shared?.values,
  });
  const temporary = status === undefined ? entry.temporary : status.startsWith("4");
  return temporary === entry.temporary ? advice : { ...advice, temporary };
}

/**
 * Entries for a status code ("5.7.1"), a reply as pasted ("550 5.1.1 ...", "550"), an Exchange
 * token ("RESOLVER.ADR.ExRecipNotFound") or "" with a text. The entry diagnose() would choose for
 * this code, text and host comes first; the code's other meanings follow. A code in no table
 * still gets its class-and-subject fallback.
 */
export function lookupCode(code: string, opts: LookupOptions = {}): CatalogEntry[] {
  const { status, text } = asked(code, opts.text);
  // As diagnose() reads a give-up: the temporary reply it quotes, as its server's, is the best meaning.
  const deferral = quotedDeferral(status, text);
  const replyStatus = deferral?.status ?? status;
  const replyText = deferral?.text ?? text;
  const remote = hostName(opts.remote ?? deferral?.remote);
  // As diagnose() judges it: Microsoft's cloud by the host's name, or by the host its reply names.
  const microsoft = isExchangeOnlineHost(remote) || microsoftReplyHost(replyText) !== undefined;
  const family: ServerFamily = opts.server ?? (microsoft ? "exchange-online" : "other");
  const read =
    replyText === "" && remote === undefined
      ? undefined
      : classifyReason({
          kind: "failed",
          status: replyStatus,
          diagnostic: replyText,
          remoteServer: remote,
        });
  const reason = read?.reason;
  // As diagnose() reads it: a reason taken from the status table alone says no more than the code.
  const reasonByCode = read?.evidence.field === FROM_STATUS_TABLE;
  const best = bestMatch({
    ...(replyStatus !== undefined ? { status: replyStatus } : {}),
    text: replyText,
    family,
    temporary: status?.startsWith("4") ?? false,
    ...(reason !== undefined ? { reason } : {}),
    ...(reasonByCode ? { reasonByCode } : {}),
    ...(remote !== undefined ? { remoteServer: remote } : {}),
    ...(opts.recipientDomain !== undefined ? { recipientDomain: opts.recipientDomain } : {}),
  });
  const first = best.confidence === "class" && best.viaReason === undefined ? [] : [best.entry];
  const byText = text !== "" ? textMatches(status, text, family).map((m) => m.entry) : [];
  const byToken = tokenMatches(text === "" ? code : text).map((m) => m.entry);
  let found: CatalogEntry[];
  if (status === undefined) {
    // A catalog code as written in the tables: "4.7.500-699", "5.4.6/5.4.14".
    const byName = code === "" ? [] : CATALOG.filter((entry) => entry.code === code.trim());
    found = unique([...(text !== "" ? first : []), ...byText, ...byName, ...byToken]);
  } else {
    const byCode = codeMatches(status, family).filter(
      (entry) =>
        opts.server === undefined ||
        entry.source === opts.server ||
        entry.source === "both" ||
        entry.source === "iana",
    );
    found = unique([...first, ...byText, ...(text !== "" ? byToken : []), ...byCode]);
    if (found.length === 0) found = [classMatch(status, status.startsWith("4"))];
  }
  // A code the identified provider publishes is never shown with the registry's meaning.
  const redefined = best.entry.source === "provider" && best.confidence !== "token";
  return found
    .filter((entry) => !(redefined && isRegistryMeaning(entry)))
    .map((entry) => filled(entry, text, status));
}
