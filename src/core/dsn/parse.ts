// message/delivery-status (RFC 3464) and message/global-delivery-status (RFC 6533) bodies:
// the per-message block and every per-recipient block. Lenient by design: blank lines inside a
// block, a missing blank line between blocks, folded fields and unknown "X-" fields all occur.
import type { DeliveryStatus, DsnRecipient, HeaderField } from "../dialects/types";
import { lf } from "../mime/bytes";
import { headerValue, parseHeaderBlock } from "../mime/headers";
import { findStatusCode } from "../status/codes";
import { addressValue, typedValue } from "./fields";
import type { Warning } from "../types";

/**
 * Whether text with no declared type is a delivery-status body: Outlook keeps report parts as
 * loose attachments whose type it may not say.
 */
export function looksLikeDeliveryStatus(text: string): boolean {
  return /^(final|original)-recipient:/im.test(text.slice(0, 65536)) && /^status:/im.test(text);
}

/** Fields that can only belong to a recipient, so they open one when none is open. */
const RECIPIENT_FIELDS = new Set([
  "final-recipient",
  "original-recipient",
  "action",
  "status",
  "remote-mta",
  "diagnostic-code",
  "last-attempt-date",
  "will-retry-until",
  "final-log-id",
]);

/** Whether a field of that name is among `fields` (a loop: some() with a closure cost more). */
function hasField(fields: readonly HeaderField[], name: string): boolean {
  for (let i = 0; i < fields.length; i++) if ((fields[i] as HeaderField).name === name) return true;
  return false;
}

/** Whether the next recipient field starts a new block rather than joining `current`. */
function opensBlock(
  current: readonly HeaderField[] | undefined,
  fields: readonly HeaderField[],
  at: number,
): boolean {
  const name = (fields[at] as HeaderField).name;
  if (current === undefined) return true;
  // Fields come in any order (Final- and Original-Recipient before or after Action); a field
  // the block already has is the next block's. Diagnostic-Code repeats within one block.
  if (name !== "diagnostic-code" && hasField(current, name)) return true;
  // With no blank line between blocks, an Original-Recipient after a complete block that
  // a Final-Recipient follows is the next block's first field.
  return (
    name === "original-recipient" &&
    hasField(current, "final-recipient") &&
    (hasField(current, "action") || hasField(current, "status")) &&
    nextNaming(fields, at + 1) === "final-recipient"
  );
}

/** The name of the first Final- or Original-Recipient field from `from` on, if any. */
function nextNaming(fields: readonly HeaderField[], from: number): string | undefined {
  for (let i = from; i < fields.length; i++) {
    const name = (fields[i] as HeaderField).name;
    if (name === "final-recipient" || name === "original-recipient") return name;
  }
  return undefined;
}

/**
 * Groups the fields into blocks. Blank lines separate blocks, except that a paragraph naming no
 * recipient continues the block before it (blank lines inside a block happen); inside a
 * paragraph, a field seen again opens the next block (missing blank lines happen too).
 */
function groupRecipients(paragraphs: readonly (readonly HeaderField[])[]): {
  message: HeaderField[];
  recipients: HeaderField[][];
} {
  const message: HeaderField[] = [];
  const recipients: HeaderField[][] = [];
  for (const fields of paragraphs) {
    const names = hasField(fields, "final-recipient") || hasField(fields, "original-recipient");
    let current: HeaderField[] | undefined = names ? undefined : recipients[recipients.length - 1];
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as HeaderField;
      if (!RECIPIENT_FIELDS.has(f.name)) {
        (current ?? message).push(f);
        continue;
      }
      if (opensBlock(current, fields, i)) {
        current = [];
        recipients.push(current);
      }
      (current as HeaderField[]).push(f);
    }
  }
  return { message, recipients };
}

/** The text up to its first space, "(" or ";" (a search: split() built an array of every piece). */
function firstWord(text: string): string {
  const end = text.search(/[\s(;]/);
  return end < 0 ? text : text.slice(0, end);
}

// Every field is set, undefined when absent: one object shape for all blocks (one per set of
// present fields made the dialects' and fromDsn's reads megamorphic).
function toRecipient(fields: readonly HeaderField[]): DsnRecipient {
  const final = headerValue(fields, "final-recipient");
  const original = headerValue(fields, "original-recipient");
  const action = headerValue(fields, "action");
  const status = headerValue(fields, "status");
  const remote = headerValue(fields, "remote-mta");
  const diag = headerValue(fields, "diagnostic-code");
  const typed = diag ? typedValue(diag) : undefined;
  return {
    fields,
    finalRecipient: final ? addressValue(final) : undefined,
    originalRecipient: original ? addressValue(original) : undefined,
    action: action ? firstWord(action.toLowerCase()) : undefined,
    status: status ? (findStatusCode(status) ?? status) : undefined,
    remoteMta: remote ? typedValue(remote).value : undefined,
    diagnosticCode: typed?.value,
    diagnosticType: typed?.type || undefined,
    lastAttemptDate: headerValue(fields, "last-attempt-date") || undefined,
    willRetryUntil: headerValue(fields, "will-retry-until") || undefined,
  };
}

/**
 * The text split at blank lines (ones holding only spaces or tabs), as split(/\n[ \t]*\n/)
 * does, found with indexOf: the pattern's split cost a third of the parse.
 */
function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  // (reads stop at the text's end: a read past it, at each report's final line break, cost more
  // than the bounds tests)
  const length = text.length;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl >= 0;) {
    let next = nl + 1;
    while (next < length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) {
      next++;
    }
    if (next < length && text.charCodeAt(next) === 0x0a) {
      out.push(text.slice(start, nl));
      start = next + 1;
      nl = text.indexOf("\n", start);
    } else {
      nl = text.indexOf("\n", nl + 1);
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * A Diagnostic-Code whose folded lines lost their indentation (a report pasted from a mail client,
 * or rewritten by a gateway) would end at its first line ("550-AOL no longer accepts connections
 * from"). A line after it that is neither a field nor blank joins it when it repeats the reply's
 * code ("550-...", "550 ...") or carries on the field's unfinished sentence; a few lines at most,
 * so a note below stays out.
 */
const DIAGNOSTIC_LINE =
  /^diagnostic-code:[ \t]*(?:[A-Za-z0-9-]{1,20}[ \t]*;)?[ \t]*([245]\d\d(?=[ -]))?/i;
const HAS_DIAGNOSTIC = /^diagnostic-code:/im;
const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]{1,76}:/;
/** A lower-case word and a colon: Postfix's "rejected:" when "Recipient address" ended a line. */
const WORD_AND_COLON = /^(\p{Ll}+):/u;
const REPLY_LINE = /^[245]\d\d[ -]/;
/**
 * A reply line with an enhanced status code ("450-4.2.1 ..."): a multi-line reply written without
 * folding (nullmailer's), or a reply under a field that began with a note (Courier's "<command
 * failed>").
 */
const STATUS_REPLY_LINE = /^[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/;
/** A line that ends before its sentence does ("... connections from", "Client host [192.0.2.1]"). */
const UNFINISHED = /[^.!?]$/;
/** A line that leaves a clause open ("... said:", "<b@example.net>:"): what follows is its rest. */
const CLAUSE_OPEN = /[:;,]$/;
/** What carries a sentence on: a lower-case word, a number, a bracketed host or address. */
const RUNS_ON = /^[\p{Ll}\p{N}[(<]/u;
const MAX_RUN_ON_LINES = 6;
const MAX_RUN_ON_CHARS = 400;

/** Whether `line` is a line of the Diagnostic-Code's reply (whose code is `code`, if it has one). */
function sameReply(line: string, code: string | undefined): boolean {
  return code !== undefined ? line.startsWith(code) : STATUS_REPLY_LINE.test(line);
}

/** Whether `line`, unindented after a Diagnostic-Code's line `last`, carries on its reply. */
function carriesOn(line: string, last: string, code: string | undefined): boolean {
  if (REPLY_LINE.test(line)) return sameReply(line, code) || CLAUSE_OPEN.test(last);
  const unfinished = UNFINISHED.test(last);
  if (FIELD_LINE.test(line)) {
    const word = WORD_AND_COLON.exec(line)?.[1];
    if (!unfinished || word === undefined || RECIPIENT_FIELDS.has(word)) return false;
  }
  return CLAUSE_OPEN.test(last) || (unfinished && RUNS_ON.test(line));
}

/** The paragraph with its Diagnostic-Codes' unindented continuation lines indented again. */
function refoldDiagnostics(block: string): string {
  const lines = block.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = DIAGNOSTIC_LINE.exec(lines[i] as string);
    if (head === null) continue;
    const code = head[1];
    let last = (lines[i] as string).trimEnd();
    let added = 0;
    let joined = 0;
    for (let j = i + 1; j < lines.length && joined < MAX_RUN_ON_LINES; j++) {
      const line = lines[j] as string;
      if (line.startsWith(" ") || line.startsWith("\t")) {
        last = line.trimEnd(); // folded as it should be
        continue;
      }
      if (!carriesOn(line, last, code)) break;
      // A reply's own lines are joined however long it runs (nullmailer writes a multi-line reply
      // unfolded); only run-on sentences are held to the limits.
      if (!sameReply(line, code)) {
        if (added + line.length > MAX_RUN_ON_CHARS) break;
        added += line.length;
        joined++;
      }
      lines[j] = " " + line;
      last = line.trimEnd();
      i = j;
    }
  }
  return lines.join("\n");
}

/** Parses a delivery-status body (decoded text, LF line ends). */
export function parseDeliveryStatus(
  text: string,
  unicode: boolean,
  warnings: Warning[],
): DeliveryStatus {
  const paragraphs: HeaderField[][] = [];
  const lines = lf(text);
  for (const p of paragraphsOf(lines)) {
    const block = HAS_DIAGNOSTIC.test(p) ? refoldDiagnostics(p) : p;
    const fields = parseHeaderBlock(block, unicode, warnings);
    if (fields.length > 0) paragraphs.push(fields);
  }
  const { message, recipients } = groupRecipients(paragraphs);
  const get = (name: string): string | undefined => headerValue(message, name);
  const out: { -readonly [K in keyof DeliveryStatus]: DeliveryStatus[K] } = {
    messageFields: message,
    recipients: recipients.map(toRecipient),
  };
  const reporting = get("reporting-mta");
  if (reporting) out.reportingMta = typedValue(reporting).value;
  const arrival = get("arrival-date");
  if (arrival) out.arrivalDate = arrival;
  const from = get("received-from-mta");
  if (from) out.receivedFromMta = typedValue(from).value;
  return out;
}
