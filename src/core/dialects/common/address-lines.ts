// The one reading of two kinds of line every text reader meets: an address alone on its line
// ("  addr", "- <addr>", "addr."), and an address after words that only label it ("Recipient:
// addr", "あて先：<addr>"). The text reader, the generic last resort and the Microsoft readers
// use it; test/core/address-lines.test.ts says where their own readings had differed.
import { namesAReason, normaliseDiagnostic } from "../../reason/match";
import { INTL_LETTERS, textDomain } from "../../mailbox";

/**
 * An address, its domain ASCII labels or U-labels (textDomain); no colon, ASCII or full-width,
 * in its local part ("あて先：addr" is a label and an address, not one address). Local parts run
 * to 256, as isMailbox takes them: Exchange's IMCEAEX-... encapsulated X.500 addresses.
 */
export const ADDR = String.raw`([^\s<>()@"',;:：]{1,256}@[A-Za-z0-9${INTL_LETTERS}]${textDomain(0, 250)})`;

/** Marks around an address alone on a line: brackets, quotes, and a sentence's end after it. */
const OPENING = String.raw`[<("'[]{0,2}`;
const CLOSING = String.raw`[>)"'\].,;]{0,2}`;

/**
 * "  addr", "<addr>:", "* addr", "-- addr", "- <addr>", "(addr)", "addr." alone on a line,
 * however far indented (group 1 the address). Linear: the address's classes exclude the marks.
 */
export const SOLE_ADDRESS = new RegExp(
  String.raw`^\s*(?:(?:[*-]|--)\s{1,4})?${OPENING}${ADDR}${CLOSING}:?\s*$`,
);

/** Whether an address found in text has a dot in its domain (one we can report). */
function dotted(address: string): boolean {
  return address.includes(".", address.indexOf("@"));
}

/** The address a line holds and nothing else (as written), bare or as a list item. */
export function soleAddress(line: string): string | undefined {
  const address = SOLE_ADDRESS.exec(line)?.[1];
  return address !== undefined && dotted(address) ? address : undefined;
}

/**
 * Words, a colon and space (`colon`), then one address alone: "Recipient: addr", "Unknown user:
 * <addr>". The words (group "text", a full-width colon among them kept) label the address or give
 * its error (isLabel).
 */
function wordsColonAddress(colon: string): RegExp {
  return new RegExp(
    String.raw`^\s{0,12}(?<text>[^:@<>]{1,80})${colon}${OPENING}(?<address>${ADDR})${CLOSING}\s*$`,
  );
}

/**
 * After an ASCII colon a space: "RCPT TO:<addr>" and "mailto:addr" are a command and a link,
 * not labels.
 */
const ASCII_COLON = String.raw`:\s{1,4}`;

/**
 * The text reader's recipient line: after an ASCII colon only. A CJK notice's "收件人： addr"
 * (NetEase) summarises the returned message above the server's own "...: addr" reply line, which
 * gives the recipient's error; read as a recipient line it would take the notice's sentence.
 */
export const WORDS_COLON_ADDRESS = wordsColonAddress(ASCII_COLON);
/** A label's line in any notice: also after a full-width colon, spaced or not ("あて先：<addr>"). */
const LABEL_COLON_ADDRESS = wordsColonAddress(String.raw`(?:${ASCII_COLON}|：\s{0,4})`);

/** A line holding a reply or enhanced status code of a failure (4xx/5xx, 4.x.x/5.x.x). */
export const FAILURE_CODE = /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/;

/** Words that give an error: a failure code, or a reason's wording. */
export function isError(text: string): boolean {
  return FAILURE_CODE.test(text) || namesAReason(normaliseDiagnostic(text));
}

/** One or two words before an address that only label it ("Recipient", "Failed Recipient",
 * "あて先"); longer words, or words giving an error, are the error ("Invalid final delivery
 * userid"). */
export function isLabel(text: string): boolean {
  return text.trim().split(/\s+/).length <= 2 && !isError(text);
}

/** The address (as written) of a line whose words before it only label it; undefined else. */
export function labelledAddress(line: string): string | undefined {
  const m = LABEL_COLON_ADDRESS.exec(line);
  const address = m?.groups?.["address"];
  return address !== undefined && dotted(address) && isLabel(m?.groups?.["text"] ?? "")
    ? address
    : undefined;
}
