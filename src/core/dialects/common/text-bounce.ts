// Shared reader for human-text bounces: "address line, then the server's error lines" blocks.
import { findCommand } from "../../status/command";
import { COMMAND_WORDS, namesAReason, normaliseDiagnostic } from "../../reason/match";
import { findReplyCode, findStatusCode } from "../../status/codes";
import { defined } from "../../defined";
import type { Evidence, Reason } from "../../types";
import { squeeze } from "../microsoft/lines";
import { normaliseAddress } from "./text-addresses";
import { mtaWordsReason } from "./mta-words";
import { originalInWords } from "./original-in-words";
import { namesOtherRole, opensSuggestions, quotesAddressees, senderTest } from "./other-addresses";
import { lacksDsn } from "./signals";
import type { BounceSource, DecodedBounce, DecodedRecipient } from "../types";
import { decodedBy } from "./decoded";
import { Marks, marksOf, phraseLookup } from "./marks";
import { textLines, TextLines } from "./text-lines";
import { failedRecipientsHeader, namedInReport, originalNamedIn } from "./unnamed-recipients";
import { isSpace } from "./space";
import { ADDR, isError, isLabel, SOLE_ADDRESS, WORDS_COLON_ADDRESS } from "./address-lines";
import { SessionLines } from "./session-lines";

/** Where an MTA's report sits in the text, and how it names a failed address. */
export interface TextLayout {
  /** Lower-case substrings of the line after which the report starts; the whole text if none is found. */
  readonly start?: readonly string[];
  /** Lower-case substrings of lines that end the report (where the returned copy begins). */
  readonly end?: readonly string[];
  /**
   * Extra recipient-line patterns: group 1 (or a group named "address") is the address, an
   * optional group 2 (or "text") the error text on that line. Linear: no nested quantifiers.
   */
  readonly recipientLines?: readonly RegExp[];
  /** Lines to leave out of diagnostics (lower-case substrings): boilerplate of this MTA. */
  readonly noise?: readonly string[];
  /**
   * Recipient lines start at the margin; an indented line right under one goes on its error,
   * whatever address it quotes (Postfix folds "said: 550 5.1.0" / "    <x@y> sender rejected (in reply to
   * MAIL FROM command)").
   */
  readonly atMargin?: true;
}

/** Lines that end every MTA's report: the returned message follows. */
const COMMON_END = [
  "this is a copy of the message",
  "below this line is a copy of the message",
  "message headers follow",
  "----- original message -----",
  "------ original message ------",
  "----- unsent message follows -----",
  "----- original message follows -----",
  "original message follows",
  "original message header",
  "the header of the original message",
  "----- message header follows -----",
  "------ this is a copy of your message",
  "content-type: message/rfc822",
  "included is a copy of the message header",
  "-------original message",
  "-------original mail info",
  "the attachment contains the original mail headers",
];

/** Line openings that mean the returned message's header block has begun. */
const HEADER_OPENINGS = ["received: from ", "return-path: <", "return-path:<"];

/**
 * "Recipient: [SMTP:addr]" (MailEnable), "[SMTP:addr]": the address in Exchange's proxy form,
 * its reason on the lines under it.
 */
const PROXY_FORM_ADDRESS = new RegExp(
  String.raw`^\s{0,12}(?:recipient\s{0,4}:\s{0,4})?\[(?:smtp|rfc822):${ADDR}\]\s*$`,
  "i",
);
/** "<addr>: host x said: 550 ..." (Postfix, qmail), "addr: 550 ..." (OpenSMTPD) on one line. */
const ADDRESS_COLON_TEXT = new RegExp(String.raw`^\s{0,12}<${ADDR}>:?\s+(\S.{0,2000})$`);
const BARE_ADDRESS_COLON_TEXT = new RegExp(String.raw`^\s{0,12}${ADDR}:\s+(\S.{0,2000})$`);
/** Sendmail's "550 5.1.1 <addr>... User unknown" and "<addr>... Deferred": the whole line is the error. */
const SENDMAIL_DOTS = new RegExp(
  String.raw`^(?<text>(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)?<?(?<address>${ADDR})>?\.\.\.\s{0,4}.{0,2000})$`,
);
/** McAfee-like "<addr>   (User unknown)": the error in brackets after the address. */
const ADDRESS_PAREN_TEXT = new RegExp(String.raw`^\s{0,12}<${ADDR}>\s{1,12}\((.{1,500})\)\s*$`);
/** "addr [User unknown]": the error in square brackets after the address. */
const ADDRESS_BRACKET_TEXT = new RegExp(
  String.raw`^\s{0,12}<?${ADDR}>?\s{1,12}\[([^\[\]]{1,500})\]\s*$`,
);
/**
 * '- "addr" (EMAIL) failed with error:' (chasquid), "Delivery to addr failed with error: 550 ..."
 * (Maddy): the address, a note in brackets, then "failed" and a colon; the error follows on the
 * line or under it.
 */
const ADDRESS_FAILED_COLON = new RegExp(
  String.raw`^\s{0,12}(?:[*-]\s{1,4})?(?:delivery to\s{1,4})?["<]?${ADDR}[">]?(?:\s{1,4}\([^()]{1,40}\))?\s{1,4}failed(?: permanently)?(?: with error)?:\s*(.{0,2000})$`,
  "i",
);
/** "addr, ERROR CODE :550 - 5.1.1 <addr>: ..." (Zoho Mail's notice): the address, a comma, then
 * its error; a recipient only where the words after the comma give an error (a list of
 * addresses is none). */
const ADDRESS_COMMA_TEXT = new RegExp(String.raw`^\s{0,12}<?${ADDR}>?,\s{1,4}(\S.{0,2000})$`);

const HOST_SAID = [
  /\bhost\s+([A-Za-z0-9][A-Za-z0-9.-]{1,250}\.[A-Za-z]{2,63})\.?\s*\[/,
  /\bhost\s+([A-Za-z0-9][A-Za-z0-9.-]{1,250}\.[A-Za-z]{2,63})\.?\s+said\b/,
  /\bremote host\s+([A-Za-z0-9][A-Za-z0-9.-]{1,250})\s+said\b/i,
  /^\s{0,8}([A-Za-z0-9][A-Za-z0-9.-]{1,250}\.[A-Za-z]{2,63})\s+\[[\d.:a-fA-F]{3,45}\]:?(?:\s|$)/m,
  /\bby\s+([A-Za-z0-9][A-Za-z0-9.-]{1,250}\.[A-Za-z]{2,63})\.?\s+\[[\d.:a-fA-F]{3,45}\]/,
  // Postfix's own refusal of a message beyond the receiver's SIZE: "... size limit N of server
  // mx.example.org[192.0.2.1]"
  /\bof server\s+([A-Za-z0-9][A-Za-z0-9.-]{1,250}\.[A-Za-z]{2,63})\.?\[/,
];

/** The remote host a diagnostic names ("host mx.example.jp [192.0.2.1]: 550 ..."). */
function remoteHostIn(text: string): string | undefined {
  // The host is named near the top; a bounded slice keeps the scan short on hostile input.
  const head = text.slice(0, 4000);
  for (let i = 0; i < HOST_SAID.length; i++) {
    const host = (HOST_SAID[i] as RegExp).exec(head)?.[1];
    if (host && /[A-Za-z]/.test(host)) return host.toLowerCase();
  }
  return undefined;
}

/**
 * The SMTP reply code a diagnostic holds, wherever it sits ("said: 550 ...", "<<< 550 ...",
 * a transcript's "<addr> 550 ...").
 */
export function replyCodeIn(text: string): string | undefined {
  return (
    findReplyCode(text) ??
    /(?:said:?|<<<|:|\]|\)|>)\s{0,4}([245]\d\d)(?:[ -]|$)/.exec(text)?.[1] ??
    /^([245]\d\d)\b/.exec(text)?.[1] ??
    // Sendmail's transcript: "554 <addr>... Service unavailable" (or '554 "|program"...')
    // after other words.
    /\b([245]\d\d) (?:<[^\s<>]{1,256}>|"[^"]{1,512}")\.\.\./.exec(text)?.[1]
  );
}

/** Where a report's lines are in the text: from `from` up to (without) `to`. */
interface ReportSpan {
  readonly from: number;
  readonly to: number;
}

const NO_MARKS: readonly string[] = [];
/** How many lines of the opening line's paragraph, before it, the report takes in. */
const PARAGRAPH_BACK = 3;
const COMMON_END_MARKS = new Marks(COMMON_END);

/**
 * The report's lines, from its opening line (kept: some MTAs name the address on it) to its end:
 * a line with a mark of the common or the layout's own ends, or one opening a header block.
 */
function sliceReport(text: TextLines, layout: TextLayout): ReportSpan {
  const count = text.lines.length;
  const opening = text.firstHolding(marksOf(layout.start ?? NO_MARKS), 0);
  // The opening line's whole paragraph: a wrapped sentence may give the error before it.
  let from = opening < count ? opening : 0;
  while (from > 0 && from > opening - PARAGRAPH_BACK && (text.lines[from - 1] as string).trim())
    from--;
  const to = Math.min(
    text.firstHolding(COMMON_END_MARKS, from),
    text.firstHolding(marksOf(layout.end ?? NO_MARKS), from),
  );
  for (let i = from; i < to; i++) if (text.opens(i, HEADER_OPENINGS)) return { from, to: i };
  return { from, to };
}

interface Found {
  readonly address: string;
  readonly inline?: string;
  /** The line is a whole error of its own (Sendmail's "<addr>... reason"): nothing follows it. */
  readonly complete?: boolean;
}

/** Recipient-line patterns every layout shares, tried after the layout's own. */
const COMMON_RECIPIENT_LINES = [
  SOLE_ADDRESS,
  PROXY_FORM_ADDRESS,
  ADDRESS_COLON_TEXT,
  BARE_ADDRESS_COLON_TEXT,
  SENDMAIL_DOTS,
  ADDRESS_PAREN_TEXT,
  ADDRESS_BRACKET_TEXT,
  ADDRESS_FAILED_COLON,
  ADDRESS_COMMA_TEXT,
  WORDS_COLON_ADDRESS,
];

/** The recipient the first of `patterns` to match finds in `line`. */
function firstRecipient(line: string, patterns: readonly RegExp[]): Found | undefined {
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i] as RegExp;
    const m = pattern.exec(line);
    // Named groups where the error text comes before the address; else group 1 and 2.
    const address = m?.groups?.["address"] ?? m?.[1];
    if (m && address && address.includes(".", address.indexOf("@"))) {
      const text = (m.groups?.["text"] ?? m[2])?.trim();
      if (pattern === ADDRESS_COMMA_TEXT && !isError(text ?? "")) continue;
      // "Recipient: addr", "Failed Recipient: addr": a label, not an error ("Unknown user: addr")
      const inline = pattern === WORDS_COLON_ADDRESS && text && isLabel(text) ? undefined : text;
      return defined({
        address: normaliseAddress(address),
        inline: inline || undefined,
        complete: pattern === SENDMAIL_DOTS || undefined,
      });
    }
  }
  return undefined;
}

/** The recipient a report line names; `line` names no address in another role (namesOtherRole). */
function recipientLine(line: string, layout: TextLayout): Found | undefined {
  if (!line.includes("@")) return undefined;
  return (
    firstRecipient(line, layout.recipientLines ?? []) ??
    firstRecipient(line, COMMON_RECIPIENT_LINES)
  );
}

/** A line that opens another error or session step (a reply code, a transcript arrow). */
const NEXT_ERROR = /^\s{0,8}(?:[245]\d\d[ -]|>>>|<<<|while talking to\b)/i;

/** A line that opens with a reply code or an enhanced status code. */
const CODE_LINE = /^\s{0,8}(?:[245]\d\d\b|[245]\.\d{1,3}\.\d{1,3}\b)/;

/** A header field's opening ("From: ", "Message-ID: "). */
const FIELD_OPENING = /^[A-Za-z][A-Za-z0-9-]{0,40}:\s/;

/**
 * A line after a blank one that still belongs to the error above: indented under it, a reply or
 * transcript step of its own (Sendmail's "... while talking to"), a line giving an error itself
 * ("Reason: 550 ...", "Reason: the mailbox is unavailable"), or a heading for more of the error
 * ("Technical details of temporary failure:"), not for the returned message's header fields or
 * a list of addresses (the next line with words, of `lines` after `at`).
 */
export function continuesError(line: string, lines: readonly string[], at: number): boolean {
  if (
    isSpace(line.charCodeAt(0)) ||
    NEXT_ERROR.test(line) ||
    line.startsWith("... ") ||
    isError(line)
  )
    return true;
  if (!line.trimEnd().endsWith(":")) return false;
  let next = at + 1;
  while (next < lines.length && (lines[next] as string).trim() === "") next++;
  const under = lines[next] ?? "";
  return !FIELD_OPENING.test(under.trimStart()) && !SOLE_ADDRESS.test(under);
}

/** Whether a block has no lines yet, or its last line leads into what follows ("Reason:"). */
export function announces(lines: readonly string[]): boolean {
  const last = lines[lines.length - 1];
  return last === undefined || last.endsWith(":");
}

/** A recipient's address and the error lines under it, as found in a report. */
export interface TextBlock {
  readonly address: string;
  readonly lines: readonly string[];
}

/**
 * Whether lines before the first address are the error itself: a code line, or a reason's
 * wording ("... the recipient's mailbox is full" before the list of addresses).
 */
function errorFirst(preamble: readonly string[]): boolean {
  return (
    preamble.some((l) => CODE_LINE.test(l)) ||
    (preamble.length > 0 && namesAReason(normaliseDiagnostic(preamble.join(" "))))
  );
}

/** Splits a report into one block per failed address (merging repeats of the same address). */
export function textBlocks(source: TextLines | string, layout: TextLayout): TextBlock[] {
  const text = typeof source === "string" ? new TextLines(source) : source;
  const { from, to } = sliceReport(text, layout);
  const noise = marksOf(layout.noise ?? NO_MARKS);
  const opening = marksOf(layout.start ?? NO_MARKS);
  const blocks = new Map<string, { address: string; lines: string[] }>();
  // Lines before the first address: some MTAs give the reason first (Notes, MailMarshal).
  const preamble: string[] = [];
  let current: string[] | undefined;
  // After a whole-error line, only notes on it follow ("[RCPT_TO]"), not the next error.
  let sealed = false;
  // A blank line after an address block; past it, a report whose error came first (before the
  // list of addresses) has only trailers ("Additional Information").
  let gap = false;
  // Under a "Did you mean:" heading, up to the next blank line: suggested addresses.
  let suggesting = false;
  // Addresses listed one a line with no words of their own: the error under the list is all
  // of theirs, not only the last one's; unless it names one of them ("(reason: 451 <b@x>: ...)"
  // under "a@y", "b@x"): then it is that one's alone. `listing` while no error line has come yet.
  let listed: { address: string; lines: string[] }[] = [];
  let listing = false;
  // A transcript session under a block: another recipient's when that one's own line carries it.
  const session = new SessionLines(() => [...blocks.values()].map((b) => b.lines));
  // Listed blocks that lines under the list, naming others, passed over: no preamble is theirs.
  const passedOver = new Set<readonly string[]>();
  // Whether the preamble is the error, judged at the first gap (the preamble is whole by then).
  let errorCame: boolean | undefined;
  for (let i = from; i < to; i++) {
    const line = text.lines[i] as string;
    const named = line.includes("@");
    const senderSide = named && (suggesting || namesOtherRole(line) || quotesAddressees(line));
    const folded =
      layout.atMargin === true &&
      current !== undefined &&
      isSpace(line.charCodeAt(0)) &&
      (text.lines[i - 1] ?? "").trim() !== "";
    const found = named && !senderSide && !folded ? recipientLine(line, layout) : undefined;
    if (found) {
      const key = found.address.toLowerCase();
      const block = blocks.get(key) ?? { address: found.address, lines: [] };
      blocks.set(key, block);
      if (found.inline || block.lines.length > 0) listed = [];
      else listed = listing ? [...listed, block] : [block];
      listing = listed.length > 0;
      if (found.inline === undefined) session.close();
      else if (found.complete) session.ownLine(found.inline, block.lines);
      else session.named(block.lines);
      if (found.inline) block.lines.push(found.inline);
      current = block.lines;
      sealed = found.complete === true;
      gap = false;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "") {
      gap = current !== undefined;
      suggesting = false;
      continue;
    }
    if (opensSuggestions(line, trimmed)) suggesting = true;
    // the line lower-cased only for a test that reads it: most layouts have no noise marks
    if (noise.list.length > 0 && noise.in(text.lower(i))) continue;
    if (gap && current && (errorCame ??= errorFirst(preamble))) current = undefined;
    // A block's error ends with its paragraph: what follows a blank line at the margin, opening
    // no reply or transcript step, is the notice's own prose ("No action is required on your
    // part", "If you need help, write to ..."), not the server's words; unless the paragraph
    // before announces it ("... what caused the failure:").
    if (gap && current && !announces(current) && !continuesError(line, text.lines, i))
      current = undefined;
    gap = false;
    if (!current) {
      const said = blocks.size === 0 && preamble.length < 6 && !senderSide;
      if (said && !opening.in(text.lower(i))) preamble.push(trimmed);
      continue;
    }
    // after a whole-error line only its notes ("[RCPT_TO]", indented), not the notice's sentences
    if (
      sealed &&
      (NEXT_ERROR.test(line) || !(isSpace(line.charCodeAt(0)) || line.startsWith("[")))
    ) {
      current = undefined;
      continue;
    }
    // a line under the list that names some of its addresses is theirs alone
    if (SessionLines.opens(trimmed)) listed = [];
    const under = listed.length > 1 && listed[listed.length - 1]?.lines === current;
    const lower = under ? trimmed.toLowerCase() : "";
    const namedOnes = under ? listed.filter((b) => lower.includes(b.address.toLowerCase())) : [];
    const to =
      namedOnes.length > 0
        ? namedOnes.map((b) => b.lines)
        : under
          ? listed.map((b) => b.lines)
          : [current];
    for (const lines of to)
      if (lines.length < 12) {
        session.add(trimmed, lines);
        lines.push(trimmed);
      }
    for (const b of listed)
      if (namedOnes.length > 0 && !namedOnes.includes(b)) passedOver.add(b.lines);
    listing = false;
  }
  session.settle();
  return [...blocks.values()].map((b) =>
    b.lines.length > 0 || passedOver.has(b.lines)
      ? { address: b.address, lines: once(b.lines) }
      : { address: b.address, lines: preamble },
  );
}

/** The command a lower-case diagnostic names, by the reason classifier's command phrases. */
const commandWordsIn = phraseLookup(COMMAND_WORDS);

/** A block's lines given twice over (the address and its error again in a second section of the
 * notice, Mail.ru's Russian then English), once. */
function once(lines: readonly string[]): readonly string[] {
  const half = lines.length / 2;
  return Number.isInteger(half) && lines.slice(0, half).every((l, i) => l === lines[half + i])
    ? lines.slice(0, half)
    : lines;
}

/** Facts of one recipient from its error lines. */
export function recipientFromLines(
  address: string,
  lines: readonly string[],
  field: string,
  reason?: Reason,
): DecodedRecipient {
  return recipientOf(address, lines, squeeze(lines.join(" ")), field, reason);
}

/** `recipientFromLines` given the lines joined and squeezed already. */
function recipientOf(
  address: string,
  lines: readonly string[],
  squeezed: string,
  field: string,
  reason: Reason | undefined,
): DecodedRecipient {
  const expanded = originalInWords(squeezed);
  const diagnostic = (expanded?.rest ?? squeezed).slice(0, 1000);
  const evidence: Evidence[] = [{ fact: "address", source: "body", field, text: address }];
  if (expanded !== undefined) {
    evidence.push({ fact: "originalRecipient", source: "body", field, text: expanded.words });
  }
  if (diagnostic) {
    evidence.push({ fact: "diagnostic", source: "body", field, text: diagnostic.slice(0, 300) });
  }
  return defined({
    address,
    originalRecipient: expanded?.original,
    status: findStatusCode(diagnostic) || undefined,
    replyCode: replyCodeIn(diagnostic) || undefined,
    diagnostic: diagnostic || undefined,
    remoteServer: remoteHostIn(lines.join("\n")) || undefined,
    command: (commandWordsIn(diagnostic.toLowerCase()) ?? findCommand(diagnostic)) || undefined,
    reason,
    evidence,
  });
}

/** The blocks of other addresses than the sender's (the bounce's To, the original's From). */
function notToSender(src: BounceSource, blocks: readonly TextBlock[]): TextBlock[] {
  const isSender = senderTest(src);
  return blocks.filter((b) => !isSender(b.address));
}

/**
 * Decodes a text bounce with a layout: one recipient per address block; when the report names
 * no address, the X-Failed-Recipients header or the original's To, with the whole report as
 * the diagnostic.
 */
export function decodeTextBounce(
  src: BounceSource,
  layout: TextLayout,
  field: string,
  reasonOf?: (diagnostic: string) => Reason | undefined,
): DecodedBounce | undefined {
  const text = textLines(src);
  const blocks = textBlocks(text, layout);
  const withReason = (address: string, lines: readonly string[]): DecodedRecipient => {
    const squeezed = squeeze(lines.join(" "));
    const words = squeezed.toLowerCase();
    const reason = reasonOf?.(words) ?? mtaWordsReason(words);
    return recipientOf(address, lines, squeezed, field, reason);
  };
  const failed = blocks.length > 0 ? notToSender(src, blocks) : blocks;
  let recipients = (failed.length > 0 ? failed : blocks).map((b) => withReason(b.address, b.lines));
  // With a delivery-status part the recipients come from it: no guessing from headers.
  if (recipients.length === 0 && lacksDsn(src)) {
    const opening = marksOf(layout.start ?? NO_MARKS);
    const { from, to } = sliceReport(text, layout);
    const span = text.lines.slice(from, to);
    const report = span.filter((l, i) => l.trim() !== "" && !opening.in(text.lower(from + i)));
    const named = failedRecipientsHeader(src);
    // The address the report names wins over the returned original's To (a list, a Cc).
    const inReport = named.length > 0 ? [] : namedInReport(src, span);
    const fallback = named.length > 0 ? named : originalNamedIn(src, report);
    recipients =
      inReport.length > 0
        ? inReport.map((b) => withReason(b.address, b.lines))
        : fallback.map((a) => withReason(a, report.slice(0, 12)));
  }
  return decodedBy(recipients, "body", field, field);
}
