// The one reading of "every address in a text": a report's line, a header's value, a notice's
// words. The dialect readers, the last-resort reader, the special replies (challenges, feedback
// reports, auto-replies) and the returned original's facts use it; test/core/text-addresses.test.ts
// says where the two finders it replaces had differed.
import { isMailbox, textDomain, WORD_LETTERS } from "../../mailbox";

// Local parts up to 256: Exchange's IMCEAEX-... encapsulated X.500 addresses run long.
const MAX_LOCAL = 256;
/** The chars of a local part (RFC 5322 atext and the dot), marked by char code: read per char. */
const LOCAL_CHARS = Uint8Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/.test(String.fromCharCode(code)) ? 1 : 0,
);
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?/;

/** Start of the local part that ends just before `at` (scanning back at most MAX_LOCAL). */
function localStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && at - start < MAX_LOCAL && LOCAL_CHARS[text.charCodeAt(start - 1)] === 1)
    start--;
  return start;
}

/**
 * What ends an internationalised address in text: spaces, brackets, quotes, separators, the CJK
 * and full-width punctuation blocks, and another "@" (so each "@" is read over its own stretch of
 * text, and the whole pass stays linear however many there are).
 */
const INTL_TOKEN_END = /[\s<>()[\]"',;:@\u3000-\u303f\uff00-\uffef]/;
/** An internationalised address alone, its domain's end as textDomain says: a token that runs
 * on into Japanese words ("…@例え.jpに送信") is none. */
const INTL_TOKEN = new RegExp(String.raw`^[^@]{1,${MAX_LOCAL}}@${textDomain(0, 252)}$`);

const WORD_LETTER = new RegExp(`[${WORD_LETTERS}]`);

/** A letter of the scripts written with spaces between words (by char code; NaN for none). */
function inWord(code: number): boolean {
  return code > 0x7f && WORD_LETTER.test(String.fromCharCode(code));
}

/**
 * The internationalised address (RFC 6531: "jürgen@bücher.example", "山田@例え.jp") around the
 * "@" at `at`, when its ASCII part alone is no address: the token between the nearest ends, if it
 * is a mailbox. `floor` is where the previous address ended.
 */
function intlAddressAt(text: string, at: number, floor: number): string | undefined {
  let start = at;
  while (start > floor && at - start < MAX_LOCAL && !INTL_TOKEN_END.test(text[start - 1] as string))
    start--;
  let end = at + 1;
  while (end < text.length && end - at < 254 && !INTL_TOKEN_END.test(text[end] as string)) end++;
  const token = text.slice(start, end).replace(/\.$/, "");
  return INTL_TOKEN.test(token) && isMailbox(token) ? token : undefined;
}

/** A quote or a dot (by char code; NaN for none), stripped from an address's ends. */
function isQuoteOrDot(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x2e;
}
const QUOTES_AND_DOTS_AROUND = /^['".]+|['".]+$/g;

/** Lower-cases the domain, strips surrounding dots and quotes. */
export function normaliseAddress(address: string): string {
  const trimmed =
    isQuoteOrDot(address.charCodeAt(0)) || isQuoteOrDot(address.charCodeAt(address.length - 1))
      ? address.replace(QUOTES_AND_DOTS_AROUND, "")
      : address;
  const at = trimmed.lastIndexOf("@");
  return at < 0 ? trimmed : trimmed.slice(0, at + 1) + trimmed.slice(at + 1).toLowerCase();
}

/**
 * Quotes a found address opens with ("'a@b'"): atext, yet the text's quotes. (It never ends on a
 * quote or a dot: its domain ends on a letter or digit.)
 */
const QUOTES_BEFORE = /^'+/;

export interface AddressesInOptions {
  /**
   * As the text spells it, quotes aside: the domain's case ("Unknown@LAB.TEST") and a dot the
   * local part opens with. For callers that give the text back: the resend form puts the
   * returned original's own To and Cc back, the last-resort reader cuts the address out of its
   * line's words, the challenge reader quotes it as evidence. Elsewhere the address is read as a
   * recipient is reported (normaliseAddress).
   */
  readonly asWritten?: boolean;
}

/**
 * Every e-mail address in a text, in order, with a dot in its domain; normalised (quotes and
 * dots around it stripped, its domain lower-cased) unless `asWritten`. Found from each "@"
 * outwards over bounded windows that stop at the next "@", so a huge text costs one pass.
 */
export function addressesIn(text: string, options: AddressesInOptions = {}): string[] {
  const found: string[] = [];
  let end = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const start = localStart(text, at, end);
    const domain = DOMAIN.exec(text.slice(at + 1, at + 254))?.[0];
    const ascii = start < at && domain?.includes(".") ? `${text.slice(start, at)}@${domain}` : "";
    // An internationalised address is looked for only where the ASCII one is none or is cut
    // inside a word of a Latin, Greek or Cyrillic script ("jürgen@", "@mx.bücher"); next to
    // Japanese words ("アドレスtaro@example.jpに") the ASCII address stands.
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(at + 1 + (domain?.length ?? 0));
    const intl =
      (ascii === "" && (before > 0x7f || after > 0x7f)) || inWord(before) || inWord(after)
        ? intlAddressAt(text, at, end)
        : undefined;
    const address = intl ?? ascii;
    if (address === "") continue;
    const read =
      options.asWritten === true ? address.replace(QUOTES_BEFORE, "") : normaliseAddress(address);
    if (read.includes(".", read.indexOf("@") + 1)) found.push(read);
    end = at + address.length - address.indexOf("@");
  }
  return found;
}
