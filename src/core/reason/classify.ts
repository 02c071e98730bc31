// Decides a recipient's reason: dialect, provider, wording, status code, then fallbacks, in that order of authority.
import type { Evidence, Reason } from "../types";
import { providers } from "./providers";
import { STATUS_REASONS, WEAK_STATUS_REASONS } from "./status-reasons";
import {
  LOCAL_DELIVERY_WORDING,
  RCPT_WORDING,
  commandIn,
  findProvider,
  normaliseDiagnostic,
  phrasesIn,
  wordingOf,
} from "./match";
import type { ReasonInput, ReasonResult } from "./types";

/**
 * Reasons a decoder may give that still let the other rules speak first: "expired" (an MTA
 * gave up retrying) yields to what the remote server last said, when it said something.
 */
const WEAK_EXPLICIT: ReadonlySet<Reason> = new Set<Reason>(["undefined", "onhold", "expired"]);

/**
 * First pass: each reason in turn, by its status code or its wording. The order puts the
 * specific reasons (a full mailbox, a message too big) before the broad ones (blocked).
 */
const FIRST_PASS: readonly Reason[] = [
  "mailboxfull",
  "mesgtoobig",
  "exceedlimit",
  "suspend",
  "hasmoved",
  "norelaying",
  "authfailure",
  "userunknown",
  "filtered",
  "requireptr",
  "notcompliantrfc",
  "badreputation",
  "contenterror",
  "rejected",
  "hostunknown",
  "spamdetected",
  "speeding",
  "toomanyconn",
  "blocked",
];

/** Second pass: wording only (and the first pass for non-SMTP diagnostics). */
const SECOND_PASS: readonly Reason[] = [
  "mailboxfull",
  "authfailure",
  "badreputation",
  "speeding",
  "spamdetected",
  "virusdetected",
  "policyviolation",
  "norelaying",
  "notaccept",
  "systemerror",
  "networkerror",
  "suspend",
  "contenterror",
  "systemfull",
  "expired",
  "failedstarttls",
  "securityerror",
  "suppressed",
  "mailererror",
];

/** Status-table reasons that the second pass's wording may still refine. */
const RECHECKED: ReadonlySet<Reason> = new Set<Reason>([
  "systemerror",
  "securityerror",
  "expired",
  "networkerror",
  "hostunknown",
  "userunknown",
  "filtered",
]);

/** Wording that means a status-table reason is about something else after all. */
const OVERRULED_BY: Readonly<Partial<Record<Reason, readonly Reason[]>>> = {
  // a sign-in the server wants ("550 5.1.0 Authentication required", Comcast's and BigPond's
  // relays) is not a mailbox that does not exist
  userunknown: ["blocked", "rejected", "notaccept", "securityerror"],
  hostunknown: ["networkerror", "notaccept"],
};

/**
 * The reason's evidence field when user-unknown words come with no RCPT: the reason is
 * `filtered` (Sisimai's reasons: the address was not refused when given), yet the words still say
 * the mailbox does not exist, and the explanation follows them.
 */
export const UNKNOWN_USER_AWAY_FROM_RCPT = "text:userunknown-not-at-rcpt";

/** The reason's evidence field when the status code's table alone gave the reason. */
export const FROM_STATUS_TABLE = "status-table";

/** SMTP commands sent before DATA: a refusal there cannot be about the message's content. */
const BEFORE_DATA: ReadonlySet<string> = new Set(["CONN", "HELO", "EHLO", "MAIL", "RCPT"]);

/**
 * SPF, DKIM or DMARC as a word of its own, outside an address ("<dmarc@example.com>") and not a
 * filter's score name ("spf_softfail") or a list ("spfbl").
 */
const AUTH_WORD = /\b(?:spf|dkim|dmarc)\b(?!_)/;

/** "spam" as a word of its own ("anti-spam" counts; "spamhaus" does not). */
const SPAM_WORD = /\bspam\b/;

/**
 * Reply codes that name a reason on their own (RFC 5321 4.2.3, RFC 3207, RFC 7504); what the catalog
 * tells for them, where the reply says no more, is in catalog/reply-codes.ts.
 */
const REPLY_REASONS: Readonly<Record<string, Reason>> = {
  "500": "syntaxerror",
  "501": "syntaxerror",
  "502": "syntaxerror",
  "503": "syntaxerror",
  "504": "syntaxerror",
  "521": "notaccept",
  "556": "notaccept",
  "523": "failedstarttls",
  "524": "failedstarttls",
  "538": "failedstarttls",
};

/**
 * A 521 whose words refuse the sender ("521 <ip> is blocked", "521 5.7.1 ... not allowed to send",
 * "will not accept mail from"): RFC 7504's 521 is a host that takes no mail at all, yet servers give
 * it to a sending server they refuse outright.
 */
const SENDER_REFUSED_ON_521 =
  /\bblock(?:ed|ing|list)?\b|\bblack ?list|\bbann?ed\b|\bdenied\b|\brefused\b|\brejected\b|\bnot (?:allowed|permitted|authori[sz]ed)\b|\bwill not accept\b|\bwon'?t accept\b|\baccept(?:ing)? (?:\S+ ){0,3}from\b|\breputation\b|\b(?:dns)?rbl\b|\blisted\b/;

function replyOf(input: ReasonInput, diag: string): string | undefined {
  return input.replyCode ?? /\b[245]\d\d\b/.exec(diag)?.[0];
}

/**
 * A protocol status (x.5.x) under a command-syntax reply (500-504) is the reply's own meaning:
 * Sendmail writes 5.5.4 ("invalid command arguments", which the table reads as a system error)
 * for any 501 that came without an enhanced code, and receivers send "501 5.5.4" for an address
 * they cannot parse.
 */
function syntaxReply(
  input: ReasonInput,
  diag: string,
  status: string,
): { reason: Reason; reply: string } | undefined {
  const reply = replyOf(input, diag);
  const reason = reply === undefined ? undefined : REPLY_REASONS[reply];
  return /^5\.5\.\d$/.test(status) && reply !== undefined && /^50[0-4]$/.test(reply) && reason
    ? { reason, reply }
    : undefined;
}

function result(reason: Reason, field: string, text: string): ReasonResult {
  const evidence: Evidence = {
    fact: "reason",
    source: "inferred",
    field,
    text: text.slice(0, 300),
  };
  return { reason, evidence };
}

export function classifyReason(input: ReasonInput): ReasonResult {
  const status = input.status?.trim() ?? "";
  const explicit = input.explicit;

  if (explicit !== undefined && !WEAK_EXPLICIT.has(explicit)) {
    return result(explicit, "dialect", explicit);
  }
  if (input.kind === "feedback") return result("feedback", "kind", "feedback report");
  // a relay notice without a status (Exchange's text-only "Relayed:") reports success as well
  if (
    status.startsWith("2.") ||
    input.kind === "delivered" ||
    input.action === "delivered" ||
    input.kind === "relayed" ||
    input.action === "relayed"
  ) {
    return result("delivered", "status", status || "delivered");
  }
  if (input.kind === "autoreply") return result("vacation", "kind", "automatic reply");

  const diag = normaliseDiagnostic(input.diagnostic ?? "");
  // One pass over the text finds every phrase the steps below ask about; made on first need, so
  // a provider's rule that matches a named command spares it.
  let scanned: ReadonlySet<string> | undefined;
  const found = (): ReadonlySet<string> => (scanned ??= phrasesIn(diag));
  const command =
    input.command?.toUpperCase() ??
    commandIn(found()) ??
    (RCPT_WORDING.some((w) => found().has(w)) ? "RCPT" : undefined);

  const provider = findProvider(providers, input, diag, status, command);
  if (provider) return result(provider.reason, `provider:${provider.id}`, provider.text);

  const local = LOCAL_DELIVERY_WORDING.some((w) => found().has(w));

  // A server that gave up ("expired") with no reply from any remote server (no reply code, no
  // remote host) reports a status of its own about its attempts (Haraka's "Tried all MXs" 5.1.2):
  // it names no reason of the recipient's side, so only the words may refine "expired".
  const ownStatus =
    explicit === "expired" && !input.remoteServer && replyOf(input, diag) === undefined;
  const byStatus = ownStatus ? undefined : STATUS_REASONS[status];
  const strongStatus = byStatus !== undefined && !WEAK_STATUS_REASONS.has(byStatus);
  const textOf = wordingOf(diag, found());

  // A local delivery agent's words (X-Unix) are not an SMTP server's: skip the first pass.
  // (Postfix's "X-Postfix" type still carries the remote server's words.)
  const smtp = !(input.diagnosticType ?? "").toLowerCase().startsWith("x-unix");
  for (const reason of smtp ? FIRST_PASS : []) {
    const hit = textOf(reason);
    if (strongStatus && byStatus === reason && statusHolds(reason, command, textOf)) {
      // The words saying it too, the reason is theirs as well as the table's.
      return hit === undefined
        ? result(reason, FROM_STATUS_TABLE, `${status} ${diag}`)
        : result(reason, `text:${reason}`, hit);
    }
    if (
      hit !== undefined &&
      textHolds(reason, command, byStatus, strongStatus, local) &&
      !overruled(reason, textOf)
    ) {
      return result(reason, `text:${reason}`, hit);
    }
    // 525: the account exists but is disabled (RFC 5248's "User Account Disabled").
    if (reason === "suspend" && replyOf(input, diag) === "525") {
      return result("suspend", "reply-code", "525");
    }
    // "No such user" outside RCPT (after DATA, or no command known) is a filter speaking.
    if (reason === "filtered" && !BEFORE_DATA.has(command ?? "") && byStatus !== "userunknown") {
      const unknown = textOf("userunknown");
      if (unknown !== undefined) return result("filtered", UNKNOWN_USER_AWAY_FROM_RCPT, unknown);
    }
  }
  // A 521 whose words name no cause the first pass knows, but refuse the sender, or under a
  // policy code: a block of the sending server, whatever the code's table says.
  if (
    replyOf(input, diag) === "521" &&
    (SENDER_REFUSED_ON_521.test(diag) || status.startsWith("5.7."))
  ) {
    return result("blocked", "reply-code", `521 ${diag}`);
  }
  // The table's reading of a protocol status that a syntax reply contradicts (5.5.4) yields to it.
  const syntax = byStatus === undefined ? undefined : syntaxReply(input, diag, status);
  if (syntax !== undefined && syntax.reason !== byStatus) {
    return result(syntax.reason, "reply-code", `${syntax.reply} ${status}`);
  }
  // A status naming a reason the words cannot refine (5.3.1 systemfull, 5.7.30 ...) stands now.
  if (byStatus !== undefined && !RECHECKED.has(byStatus)) {
    return result(byStatus, FROM_STATUS_TABLE, status);
  }
  // A refusal that names SPF, DKIM or DMARC where no phrase above read a cause, under a security
  // status or none: the sender's authentication, which the second pass would read as the policy
  // words around it ("550 5.7.0 Local Policy Violation - DMARC Reject", Proofpoint's, as the lab's
  // second replies set gets it from an unnamed host; "Rejected by local policy: SPF hard fail")
  const refused =
    status === "" ? replyOf(input, diag)?.startsWith("5") === true : status.startsWith("5");
  const authWord = AUTH_WORD.exec(diag.replace(/\S+@\S+/g, " "));
  if (refused && (byStatus === undefined || byStatus === "securityerror") && authWord !== null) {
    return result("authfailure", "text:authfailure", authWord[0]);
  }
  for (const reason of SECOND_PASS) {
    const hit = textOf(reason);
    if (hit !== undefined && textHolds(reason, command, byStatus, strongStatus)) {
      return result(reason, `text:${reason}`, hit);
    }
  }
  if (byStatus !== undefined) return result(byStatus, FROM_STATUS_TABLE, status);
  if (explicit === "expired") return result(explicit, "dialect", explicit);
  const fallback = fallbackReason(input, status, command, diag, textOf);
  if (fallback) return fallback;
  if (diag) return result("onhold", "fallback", diag);
  return result("undefined", "fallback", "no diagnostic, status or rule");
}

/**
 * Whether other words say a host-unknown reading is about something else: "Host not found, try
 * again" is a name server that did not answer (a network error), not a domain that does not exist.
 */
function overruled(reason: Reason, textOf: (r: Reason) => string | undefined): boolean {
  return (
    reason === "hostunknown" &&
    (OVERRULED_BY.hostunknown ?? []).some((o) => textOf(o) !== undefined)
  );
}

/** A status-table reason stands unless the wording says the refusal was about something else. */
function statusHolds(
  reason: Reason,
  command: string | undefined,
  textOf: (r: Reason) => string | undefined,
): boolean {
  // A refusal at MAIL FROM is about the sender, whatever the status says.
  if (reason === "userunknown" && command === "MAIL") return false;
  // 5.2.x is "mailbox status": a filter only when the words say so.
  if (reason === "filtered")
    return textOf("userunknown") !== undefined || textOf("filtered") !== undefined;
  // The code and words that the domain does not exist ("DNS Error: ... NXDOMAIN Domain name not
  // found" under 5.1.2) outweigh the words of a DNS fault around them, unless those words are
  // the fault's own ("Host not found, try again" holds "host not found").
  if (reason === "hostunknown") {
    const absent = textOf("hostunknown");
    const fault = textOf("networkerror");
    if (absent !== undefined && !fault?.includes(absent)) return true;
  }
  return (OVERRULED_BY[reason] ?? []).every((other) => textOf(other) === undefined);
}

function textHolds(
  reason: Reason,
  command: string | undefined,
  byStatus: Reason | undefined,
  strongStatus: boolean,
  local = false,
): boolean {
  switch (reason) {
    case "userunknown":
      // Without RCPT (or a local delivery agent's refusal) the words may be a filter's: see
      // the "filtered" step.
      return command === "RCPT" || local;
    case "mesgtoobig":
      return byStatus !== "exceedlimit";
    // A spam verdict needs the content: not before DATA.
    case "spamdetected":
      return command === undefined || !BEFORE_DATA.has(command);
    // A relay refusal comes with a recipient, not at the greeting.
    case "norelaying":
      return command !== "CONN" && command !== "HELO" && command !== "EHLO";
    case "filtered":
      return command === undefined || !BEFORE_DATA.has(command);
    case "rejected":
      // Sender-side wording counts at MAIL FROM, after DATA, or when the status says nothing firm.
      return command === "MAIL" || command === "DATA" || !strongStatus;
    default:
      return true;
  }
}

function fallbackReason(
  input: ReasonInput,
  status: string,
  command: string | undefined,
  diag: string,
  textOf: (r: Reason) => string | undefined,
): ReasonResult | undefined {
  const cls = status.slice(0, 4);
  if (cls === "5.6." || cls === "4.6.") return result("contenterror", "status-class", status);
  if (cls === "5.7." || cls === "4.7.") return result("securityerror", "status-class", status);
  if (input.diagnosticType?.toLowerCase().startsWith("x-unix")) {
    return result("mailererror", "diagnostic-type", input.diagnosticType);
  }
  const syntax = textOf("syntaxerror");
  if (syntax !== undefined) return result("syntaxerror", "text:syntaxerror", syntax);
  if (command === "STARTTLS") return result("failedstarttls", "command", command);
  const reply = replyOf(input, diag);
  const byReply = reply === undefined ? undefined : REPLY_REASONS[reply];
  if (byReply !== undefined && reply !== undefined) return result(byReply, "reply-code", reply);
  if (input.action === "delayed" || input.kind === "delayed" || input.action === "expired") {
    return result("expired", "action", input.action ?? input.kind);
  }
  if (command === "HELO" || command === "EHLO") return result("blocked", "command", command);
  // A refusal whose only known word is "spam" ("554 5.9.8 Spam", "Denied (Mode: spam)") is
  // about the message when it came after the envelope.
  if (SPAM_WORD.test(diag) && !BEFORE_DATA.has(command ?? "")) {
    return result("spamdetected", "text:spam", diag);
  }
  // At MAIL FROM, before any recipient or content ("550 5.0.0 Mail rejected due to possible SPAM"),
  // the spam verdict is on the sending server or address: a block, not a refusal naming no cause.
  if (SPAM_WORD.test(diag) && command === "MAIL") {
    return result("blocked", "text:spam", diag);
  }
  const away = textOf("vacation");
  return away === undefined ? undefined : result("vacation", "text:vacation", away);
}
