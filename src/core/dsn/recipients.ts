// The generic RFC 3464 path: DSN recipient blocks as decoded recipients with their evidence, and
// the merge of what a dialect decoder read from the human text into them.
import { defined } from "../defined";
import type { DecodedRecipient, DsnRecipient } from "../dialects/types";
import { isMailbox } from "../mailbox";
import { sameMailbox } from "../same-mailbox";
import { addressValue } from "./fields";
import { squeeze } from "../dialects/microsoft/lines";
import { headerValue } from "../mime/headers";
import { isGenericStatus } from "../status/codes";
import type { Evidence } from "../types";

/** A decoded recipient as it is built, one field at a time. */
type Fields = { -readonly [K in keyof DecodedRecipient]: DecodedRecipient[K] };

function ev(fact: string, field: string, text: string): Evidence {
  return { fact, source: "dsn", field, text: text.slice(0, 300) };
}

function raw(r: DsnRecipient, name: string): string {
  return headerValue(r.fields, name) ?? "";
}

/** The block's fields a decoded recipient takes, each with its evidence, in this order. */
const NOTED = [
  { from: "action", to: "action", field: "Action" },
  { from: "status", to: "status", field: "Status" },
  { from: "diagnosticCode", to: "diagnostic", field: "Diagnostic-Code" },
  { from: "remoteMta", to: "remoteServer", field: "Remote-MTA" },
] as const;

/**
 * Sendmail's X-Actual-Recipient when it names another mailbox than the Final-Recipient: the list
 * or alias was given in RCPT (Final-Recipient), the member or target it expanded to failed.
 */
function actualRecipient(r: DsnRecipient, final: string | undefined): string | undefined {
  const field = raw(r, "x-actual-recipient");
  const actual = field ? addressValue(field) : undefined;
  return actual && final && isMailbox(actual) && isMailbox(final) && !sameMailbox(actual, final)
    ? actual
    : undefined;
}

/**
 * One DSN block as a decoded recipient; undefined when it names no recipient at all. The
 * Final-Recipient names it, unless that is no mailbox (an X.400 name, "LOCAL; user") and the
 * Original-Recipient is one, or Sendmail's X-Actual-Recipient names the member of the list the
 * Final-Recipient is (then the list is the recipient first written).
 */
export function fromDsn(r: DsnRecipient): DecodedRecipient | undefined {
  const final = r.finalRecipient;
  const actual = actualRecipient(r, final);
  const original = actual === undefined ? r.originalRecipient : (r.originalRecipient ?? final);
  const byOriginal = !(final && isMailbox(final)) && original !== undefined && isMailbox(original);
  const address = actual ?? (byOriginal ? original : final || original);
  if (!address) return undefined;
  const field =
    address === actual
      ? "X-Actual-Recipient"
      : address === final
        ? "Final-Recipient"
        : "Original-Recipient";
  const evidence: Evidence[] = [ev("address", field, raw(r, field.toLowerCase()))];
  const out: Fields = { address, evidence };
  if (original) out.originalRecipient = original;
  for (let i = 0; i < NOTED.length; i++) {
    const { from, to, field } = NOTED[i] as (typeof NOTED)[number];
    const value = r[from];
    if (!value) continue;
    out[to] = value;
    evidence.push(ev(to, field, raw(r, field.toLowerCase())));
  }
  return out;
}

/** An address as compared: trimmed, lower-case. */
function comparable(address: string): string {
  return address.trim().toLowerCase();
}

/** White space squeezed, lower-case: a DSN's folded words as the text reader has them. */
function squeezed(text: string): string {
  return squeeze(text).toLowerCase();
}

/**
 * The member of a list or alias that a DSN block naming the list (Exim's Final-Recipient) is
 * about, among the members the text names with the list as their original: the one whose words
 * hold the block's diagnostic, else the one at the block's Remote-MTA, else the first not taken.
 */
function memberOf(
  d: DecodedRecipient,
  members: readonly DecodedRecipient[] | undefined,
  taken: ReadonlySet<DecodedRecipient>,
): DecodedRecipient | undefined {
  const free = members?.filter((m) => !taken.has(m)) ?? [];
  const words = d.diagnostic && squeezed(d.diagnostic).slice(0, 60);
  const remote = d.remoteServer?.toLowerCase();
  return (
    (words
      ? free.find((m) => m.diagnostic && squeezed(m.diagnostic).includes(words))
      : undefined) ??
    (remote ? free.find((m) => m.remoteServer?.toLowerCase() === remote) : undefined) ??
    free[0]
  );
}

/** A reply's first line that says more lines follow: its code and a hyphen ("550-5.7.1 ..."). */
const FIRST_OF_MANY = /^(?:smtp;\s*)?([245]\d\d)-/i;
/** One more line of the reply in a transcript, as the text reader joined it: "<<< 550-..." or the
 * last, "<<< 550 ...", up to the next line of the session (">>>", "<<<", the server's own "550 ..."
 * or "user@example.com... Deferred: ..."). */
const NEXT_LINE =
  /^\s*(?:<<<\s*)?([245]\d\d)([- ])(.*?)(?=\s*(?:<<<|>>>|$)|\s[245]\d\d[ -]|\s<?[^\s<>@]+@[^\s<>]+>?\.\.\.\s)/;

/**
 * Whether the DSN's diagnostic is the text's words cut off inside a word ("X-Postfix; S" for
 * "Spam message rejected", "550 5.1.1 <a@b>: Reci" in "host mx said: 550 5.1.1 <a@b>: Recipient
 * address rejected"): a report's details pasted in part, where the text has them whole.
 */
function cutShort(dsn: string | undefined, text: string | undefined): boolean {
  if (!dsn || !text) return false;
  const cut = squeezed(dsn);
  if (!WORD_CHAR.test(cut[cut.length - 1] ?? "")) return false;
  const whole = squeezed(text);
  for (let at = whole.indexOf(cut); at >= 0; at = whole.indexOf(cut, at + 1)) {
    if (WORD_CHAR.test(whole[at + cut.length] ?? "")) return true;
  }
  return false;
}
const WORD_CHAR = /[a-z0-9]/;

/**
 * The whole reply where the DSN's diagnostic is a multi-line reply cut to its first line and the
 * text holds that line and the rest (Sendmail's Diagnostic-Code keeps the first line of the reply,
 * its transcript every line): the lines joined as Postfix joins them; undefined otherwise.
 */
function continued(dsn: string | undefined, text: string | undefined): string | undefined {
  const code = dsn && FIRST_OF_MANY.exec(dsn)?.[1];
  if (!code || !text) return undefined;
  const first = squeeze(dsn.replace(/^smtp;\s*/i, ""));
  const whole = squeeze(text);
  // the first line may be quoted before the transcript too (Sendmail's "(reason: 550-...)")
  for (let at = whole.indexOf(first); at >= 0; at = whole.indexOf(first, at + 1)) {
    let rest = whole.slice(at + first.length);
    const lines = [first];
    for (let line = NEXT_LINE.exec(rest); line?.[1] === code; line = NEXT_LINE.exec(rest)) {
      lines.push(`${code}${line[2] ?? ""}${line[3] ?? ""}`);
      rest = rest.slice(line[0].length);
      if (line[2] === " ") return lines.join(" ");
    }
  }
  return undefined;
}

/**
 * Fills the gaps of DSN recipients from the dialect's: matched by address, by the list or alias
 * a block names and the text names as its members' original (memberOf), or by position when
 * both list as many. The DSN's own fields win, except a class-only status (x.0.0), a status the
 * dialect marks as more precise, and an empty diagnostic; the dialect's sure reason, reply code
 * and command are always taken. A diagnostic cut to a reply's first line is made whole from the
 * dialect's words or the notice's TEXT (continued).
 */
export function mergeRecipients(
  dsn: readonly DecodedRecipient[],
  decoded: readonly DecodedRecipient[],
  text = "",
): DecodedRecipient[] {
  // the first decoded recipient of each address, looked up rather than searched per DSN block
  // (a bounce may list hundreds of recipients)
  const byAddress = new Map<string, DecodedRecipient>();
  for (const x of decoded) {
    const key = comparable(x.address);
    if (!byAddress.has(key)) byAddress.set(key, x);
  }
  // the members each list or alias expanded to, as the text names them ("generated from")
  const byList = new Map<string, DecodedRecipient[]>();
  for (const x of decoded) {
    if (x.originalRecipient === undefined) continue;
    const key = comparable(x.originalRecipient);
    byList.set(key, [...(byList.get(key) ?? []), x]);
  }
  const taken = new Set<DecodedRecipient>();
  return dsn.map((d, i) => {
    const direct = byAddress.get(comparable(d.address));
    const member = direct ? undefined : memberOf(d, byList.get(comparable(d.address)), taken);
    const match = direct ?? member ?? (decoded.length === dsn.length ? decoded[i] : undefined);
    // a transcript that is no recipient's words (Sendmail's delay warning) is searched too
    const whole = continued(d.diagnostic, match?.diagnostic) ?? continued(d.diagnostic, text);
    if (!match) return whole ? { ...d, diagnostic: whole } : d;
    if (member) taken.add(member);
    // A class-only code is refined by the text's code of the same class only: a transcript line
    // about another attempt (451 4.4.1 from one MX) never turns a failure into a delay.
    // A success status on a failed or delayed block is left from an earlier delivery on the same
    // connection (Sendmail's "2.0.0" beside a deferral at MAIL FROM): the text's refusal code wins.
    const stale = d.status?.[0] === "2" && d.action !== "delivered" && d.action !== "relayed";
    const refines =
      !d.status ||
      (stale && (match.status?.[0] === "4" || match.status?.[0] === "5")) ||
      (isGenericStatus(d.status) && match.status?.[0] === d.status[0]);
    const status =
      (match.preciseStatus && match.status) || (refines ? (match.status ?? d.status) : d.status);
    const diagnostic =
      (match.preciseDiagnostic && match.diagnostic) ||
      whole ||
      (cutShort(d.diagnostic, match.diagnostic) ? match.diagnostic : d.diagnostic) ||
      match.diagnostic;
    const remoteServer = d.remoteServer || match.remoteServer;
    // A block naming no mailbox (a mailbox file, a program, an X.400 name): the text's address;
    // a block naming the list or alias: the member that failed, the list its original.
    const address =
      member || (!isMailbox(d.address) && isMailbox(match.address)) ? match.address : d.address;
    // An Original-Recipient that is the failed address itself names no expansion: the text's
    // "expanded from" address, where it names one, is the one given (Postfix writes the rewritten
    // address there after its canonical maps, and the given one only in its text report).
    const own = d.originalRecipient && comparable(d.originalRecipient) === comparable(d.address);
    const original = member
      ? d.originalRecipient || d.address
      : own
        ? match.originalRecipient || d.originalRecipient
        : d.originalRecipient;
    // every field named (no spread of d: a spread is a slow copy in V8)
    return defined({
      address,
      originalRecipient: original || match.originalRecipient,
      action: d.action,
      status: status || d.status,
      diagnostic: diagnostic || d.diagnostic,
      remoteServer: remoteServer || d.remoteServer,
      replyCode: match.replyCode || d.replyCode,
      command: match.command || d.command,
      reason: match.reason || d.reason,
      preciseStatus: match.preciseStatus && match.status ? true : d.preciseStatus,
      evidence: [
        ...d.evidence,
        ...(member ? match.evidence : match.evidence.filter((e) => e.fact !== "address")),
      ],
    });
  });
}

/**
 * The recipients the text names with their own error lines that no block of a pasted report
 * names (by address, or as the list or alias they were expanded from): a paste that kept only
 * the first blocks of the report's details loses none of the notice's recipients. Not one the
 * text gives a temporary answer: the report leaves out a recipient still being tried (Sendmail's
 * "Deferred" line beside a failure).
 */
export function missingFromPastedReport(
  merged: readonly DecodedRecipient[],
  decoded: readonly DecodedRecipient[],
): DecodedRecipient[] {
  const named = new Set<string>();
  for (const r of merged) {
    named.add(comparable(r.address));
    if (r.originalRecipient !== undefined) named.add(comparable(r.originalRecipient));
  }
  return decoded.filter(
    (x) =>
      !x.status?.startsWith("4") &&
      !x.replyCode?.startsWith("4") &&
      !named.has(comparable(x.address)) &&
      (x.originalRecipient === undefined || !named.has(comparable(x.originalRecipient))),
  );
}
