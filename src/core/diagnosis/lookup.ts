// lookupCode: the catalog entries a code (and optionally the server's text, its host and the kind
// of server) can mean, best first. It reads the bounce that would carry this reply, as analyze()
// and diagnose() read one: diagnose()'s meaning comes first, then the code's other meanings, each
// told as that bounce would tell it (filled facts, temporary flag, owner, steps).
import type { CatalogEntry } from "../catalog/types";
import { CATALOG } from "../catalog/index";
import {
  bestMatch,
  classMatch,
  codeMatches,
  isRegistryMeaning,
  textMatches,
  tokenMatches,
  type CatalogMatch,
} from "../catalog/match";
import { normalizeStatus } from "../catalog/entry-texts";
import { providerById } from "../catalog/providers/index";
import { finishRecipient } from "../analysis/finish";
import { findDiagnosticStatus, findReplyCode, findStatusCode } from "../status/codes";
import type { BounceReport, RecipientFacts } from "../types";
import { explainAs, readRecipient } from "./diagnose";

export interface LookupOptions {
  readonly text?: string;
  /** The kind of server that wrote the bounce (its table's meanings are listed alone). */
  readonly server?: "exchange-online" | "exchange-server";
  /** The host that sent the reply ("gmail-smtp-in.l.google.com"): names the provider. */
  readonly remote?: string;
  /** The failed recipient's address: its domain names the provider more weakly than the host. */
  readonly recipient?: string;
}

/** A reply as pasted: it opens with its SMTP reply code ("550 5.1.1 ...", "550-5.1.1", "550"). */
const REPLY = /^\s*([245])\d\d(?:[ -]|$)/;

interface Asked {
  readonly status?: string;
  /** A pasted reply's own code ("550"). */
  readonly replyCode?: string;
  readonly text: string;
}

/**
 * The status and server's text CODE stands for. A status ("5.1.1") is itself. A reply as a user
 * pastes it gives its status, or its class for a bare reply code ("550" -> 5.0.0), and when it
 * has words and no text was given, it is the server's text too.
 */
function asked(code: string, text: string | undefined): Asked {
  const status = normalizeStatus(code);
  const reply = status === undefined ? REPLY.exec(code) : null;
  if (reply === null)
    return status !== undefined ? { status, text: text ?? "" } : { text: text ?? "" };
  return {
    status: findStatusCode(code) ?? `${reply[1]}.0.0`,
    replyCode: code.trim().slice(0, 3),
    text: text ?? (/[A-Za-z]/.test(code) ? code.trim() : ""),
  };
}

/** The dialect that stands for the kind of server named: how serverFamily() knows it in a bounce. */
const DIALECT = {
  "exchange-online": "exchange-online",
  "exchange-server": "exchange2007",
} as const;

/**
 * The bounce that carries the asked reply, one recipient as a DSN gives it (Status,
 * Diagnostic-Code, Remote-MTA), finished as analyze() finishes a decoded recipient. A delay
 * notice when the code asked is temporary: the pasted reply's own code, else the status, else the
 * text's, else a table's code as written ("4.7.500-699"); a final notice otherwise, as Exchange's
 * "550 4.4.7 QUEUE.Expired" is.
 */
function askedBounce(
  code: string,
  reply: Asked,
  opts: LookupOptions,
): { report: BounceReport; recipient: RecipientFacts } {
  const { status, replyCode, text } = reply;
  const classOf = replyCode ?? status ?? findReplyCode(text) ?? findDiagnosticStatus(text) ?? code;
  const delayed = classOf.trim().startsWith("4");
  const kind = delayed ? "delayed" : "failed";
  const recipient = finishRecipient(
    {
      address: opts.recipient ?? "",
      action: kind,
      ...(status !== undefined ? { status } : {}),
      ...(replyCode !== undefined ? { replyCode } : {}),
      ...(text !== "" ? { diagnostic: text } : {}),
      ...(opts.remote !== undefined ? { remoteServer: opts.remote } : {}),
      evidence: [],
    },
    kind,
  );
  const report: BounceReport = {
    kind,
    dialect: opts.server === undefined ? "rfc3464" : DIALECT[opts.server],
    recipients: [recipient],
    evidence: [],
    warnings: [],
  };
  return { report, recipient };
}

function unique(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return entries.filter((entry, i) => entries.findIndex((e) => e.id === entry.id) === i);
}

/**
 * Entries for a status code ("5.7.1"), a reply as pasted ("550 5.1.1 ...", "550"), an Exchange
 * token ("RESOLVER.ADR.ExRecipNotFound") or "" with a text. The entry diagnose() chooses for the
 * bounce of this code, text and host comes first; the code's other meanings follow. A code in no
 * table still gets its class-and-subject fallback.
 */
export function lookupCode(code: string, opts: LookupOptions = {}): CatalogEntry[] {
  const reply = asked(code, opts.text);
  const { status, text } = reply;
  const { report, recipient } = askedBounce(code, reply, opts);
  const reading = readRecipient(report, recipient);
  const family = reading.input.family;
  const best = bestMatch(reading.input);
  // Nothing to read (a token or a table's code alone), no more than the class, or a code asked
  // without words, whose reason a notice's Action or the status table stands in for: the code's
  // own meanings say more.
  const first =
    (status === undefined && text === "") ||
    (best.confidence === "class" && (best.viaReason === undefined || text === ""))
      ? []
      : [best.entry];
  const byText = text !== "" ? textMatches(status, text, family).map((m) => m.entry) : [];
  const byToken = tokenMatches(text === "" ? code : text).map((m) => m.entry);
  let found: CatalogEntry[];
  if (status === undefined) {
    // A catalog code as written in the tables: "4.7.500-699", "5.4.6/5.4.14".
    const byName = code === "" ? [] : CATALOG.filter((entry) => entry.code === code.trim());
    found = unique([...first, ...byText, ...byName, ...byToken]);
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
    .map((entry) => {
      const match: CatalogMatch =
        entry === best.entry ? best : { entry, confidence: "code", ...providerOf(entry) };
      const told = explainAs(report, recipient, reading, match);
      return {
        ...entry,
        title: told.title,
        owner: told.owner,
        temporary: told.temporary,
        summary: told.summary,
        cause: told.cause,
        fix: told.fix,
        adminFix: told.adminFix,
        actions: told.actions,
      };
    });
}

/** A provider's entry names its provider, as the provider's match would. */
function providerOf(entry: CatalogEntry): Pick<CatalogMatch, "provider"> {
  const provider = entry.provider === undefined ? undefined : providerById(entry.provider);
  return provider === undefined ? {} : { provider };
}
