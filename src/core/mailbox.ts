// The one test of what may be reported as an address: a mailbox in RFC 5321 form (with RFC 6531's
// UTF-8 local parts and U-label domains), printable throughout. Anything else is reported as no
// address: an X.400 name, a mailbox file, or bytes that happen to sit around an "@".
import { lastAnswer } from "./last-answer";

/**
 * Letters of internationalised addresses (RFC 6531 local parts, U-label domains) as bodies of
 * regex classes without the `u` flag, none of the punctuation blocks among them, so an address
 * is not read on into "、" or "（". A domain found in text ends on an ASCII letter or digit or on
 * a letter of a script written with spaces between words (Latin, Greek, Cyrillic: "пример.рф"):
 * not on kana or CJK, so a label runs into the Japanese words after it ("example.jpに送信") only up
 * to its end.
 */
export const WORD_LETTERS = "\\u00c0-\\u024f\\u0370-\\u1fff";
export const INTL_LETTERS = `${WORD_LETTERS}\\u3041-\\u30fa\\u30fc-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff`;

/** Regex source of a domain found in text: `min` to `max` of its labels' chars, then its end. */
export function textDomain(min: number, max: number): string {
  return `[A-Za-z0-9.${INTL_LETTERS}-]{${min},${max}}[A-Za-z0-9${WORD_LETTERS}]`;
}

/** Local parts run past RFC 5321's 64: Exchange's IMCEAEX-... encapsulated X.500 addresses. */
const MAX_LOCAL = 256;
const MAX_DOMAIN = 255;

/**
 * A dot-atom local part, dots anywhere (Japanese mobile carriers accepted "taro..x." for
 * years), or a quoted string ("john doe") of printable characters but quotes, brackets, a
 * backslash and "@": RFC 5321 allows most of these, mail in use never holds them there, and
 * '"<img src=x onerror=...>"@host' is markup, not a mailbox. Non-ASCII: letters, marks, digits
 * and symbols (RFC 6531), never controls, spaces or U+FFFD. Two patterns, not one alternation:
 * on its first uses V8 (Node 20) compiled the alternation in about 7 ms per thread, the atom
 * alone in about 2, and the quoted form is compiled only when an address needs it.
 */
const LOCAL_ATOM = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\p{L}\p{M}\p{N}\p{S}-]+$/u;
const LOCAL_QUOTED =
  /^"(?:[\x20\x21\x23-\x27\x2a-\x3b\x3d\x3f\x41-\x5a\x5e-\x7e]|(?=[\u0080-\u{10ffff}])[\p{L}\p{M}\p{N}\p{S}])+"$/u;

/** A label's chars: letters, digits, hyphens (underscores occur in real hosts), or U-label
 * letters, 1 to 63 of them. */
const LABEL_CHARS = /^[A-Za-z0-9_\p{L}\p{M}\p{N}-]{1,63}$/u;

/** A label: its chars, and no hyphen at either end (tested apart: a pattern holding the class
 * three times took V8 about 1.6 ms per thread to compile, this one about 0.5). */
function isLabel(label: string): boolean {
  return LABEL_CHARS.test(label) && !label.startsWith("-") && !label.endsWith("-");
}

/** The top-level label: letters (or an A-label), never digits alone. */
const TOP_LABEL = /^(?:[A-Za-z\p{L}]{2,63}|xn--[A-Za-z0-9-]{1,59})$/u;

/** An address literal: [192.0.2.1] or [IPv6:...]. */
const ADDRESS_LITERAL = /^\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\]$/;

/**
 * The common case in one pattern with no Unicode classes (a third of the full test's time): an
 * ASCII dot-atom at an LDH host name. Lengths are checked apart.
 */
const PLAIN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

function testMailbox(address: string): boolean {
  const at = address.lastIndexOf("@");
  if (at <= 0 || at > MAX_LOCAL || address.length - at - 1 > MAX_DOMAIN) return false;
  if (PLAIN.test(address)) return true;
  // U+FFFD is a symbol to Unicode, but here it is bytes that did not decode
  if (address.includes("\ufffd")) return false;
  const local = address.slice(0, at);
  if (!LOCAL_ATOM.test(local) && !LOCAL_QUOTED.test(local)) return false;
  const domain = address.slice(at + 1);
  if (ADDRESS_LITERAL.test(domain)) return true;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  const top = labels[labels.length - 1] as string;
  return TOP_LABEL.test(top) && labels.every(isLabel);
}

/**
 * Whether `address` (bare: no angle brackets, no display name) is a mailbox we may report. A
 * report's few addresses are tested again and again: the last answer is kept.
 */
export const isMailbox: (address: string) => boolean = lastAnswer(testMailbox);
