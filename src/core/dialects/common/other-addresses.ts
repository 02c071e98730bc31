// Addresses a report names that are never a failed recipient: whom to contact, what the directory
// suggests instead, who sent the message. Told apart by the words just before the address, or
// by the headers that name the sender.
import type { BounceSource, HeaderField } from "../types";

/**
 * Sender-side header-like labels opening a line ("From: addr", "Return-Path: <addr>"), and the
 * From label as mail clients show it in other languages when a notice is pasted with its header
 * lines ("De : Mail Delivery System <...>", "Von:", "Da:", "Van:", "Fra:", "Från:", "От:", "差出人:").
 */
const SENDER_LABELS =
  /^\s*(?:from|sender|reply-to|return-path|envelope-from|mail from|smtp\.mailfrom|de|von|da|van|fra|från|exp[ée]diteur|absender|remitente|remetente|mittente|afzender|от|отправитель|差出人|送信者|发件人|寄件者)\s*[:：]/i;

/**
 * Labels of message ids ("Message-ID: <id@host>", a report's own "Original Message ID:" as Postal
 * writes it, "X-Original-Message-ID:"): when a report quotes the original with no line marking
 * where it begins, or names the message it returns, their values look like addresses, yet name a
 * message.
 */
const MESSAGE_ID_LABELS =
  /^\s*(?:[a-z]{1,20}[- ]){0,2}(?:message[- ]id|in-reply-to|references|content-id)\s*:/i;

/**
 * The returned original's addressees quoted in a report ("To: list@", "Cc: ..."), or the notice's
 * own To as a mail client shows it in another language when the notice is pasted with its header
 * lines (French "A : you@...", "À :", German "An:", "Para:", "Aan:", "Til:", "Кому:", "宛先:"): the
 * addressee of the notice is the sender, never a failed recipient (h-facts18, a French paste of
 * Exim's delay warning read its "A :" line as a second delayed recipient).
 */
const ADDRESSEE_LABELS =
  /^\s*(?:to|cc|bcc|a|à|an|para|aan|til|till|cci|cco|ccn|kopie|кому|копия|宛先|收件人|抄送)\s*[:：]/i;

/**
 * Words that, shortly before an address, name it as someone to reach or a sender: "System
 * Contact:", "Help desk:", "please send mail to", "reply to", "did you mean", "Original sender:",
 * "your message from", "sent by"; and the list or alias a failed address came from ("Original
 * address:", "expanded from", "generated from").
 */
const OTHER_ROLE_BEFORE =
  /(?:\bcontact(?:ing)?\b|\bhelp ?desk\b|\bsupport(?: team| desk)?\s*:|\bpostmaster\b|\badministrator\b|\bsend (?:an? )?(?:e-?)?mail to\b|\bwrite to\b|\breply to\b|\bdid you mean\b|\bsender\b|\boriginator\b|\bmessage from\b|\bsent by\b|\boriginal address\b|\b(?:expanded|generated) from\b)[^@]{0,60}$/i;

/** How far before an address its role word is looked for: 60 characters and the longest words. */
const LOOK_BACK = 100;
/**
 * Characters that end a look-back over an address's local part (white space, <>"'(),;:[]), as
 * a table by char code: an element read per char, not a Set lookup (a call in baseline code).
 */
const LOCAL_PART_END = Uint8Array.from({ length: 128 }, (_, code) =>
  " \t<>\"'(),;:[]".includes(String.fromCharCode(code)) ? 1 : 0,
);

/** A heading over a list of suggested addresses ("Did you mean:", "Suggestions:"). */
const SUGGESTION_HEADING =
  /^\s*(?:did you mean\b|suggest(?:ed|ions?)\b|similar (?:names|addresses)\b|possible (?:matches|alternatives)\b)[^@]*$/i;

/** Whether `line` names its (first) address as a sender, a contact or a suggestion. */
export function namesOtherRole(line: string): boolean {
  if (SENDER_LABELS.test(line) || MESSAGE_ID_LABELS.test(line)) return true;
  const at = line.indexOf("@");
  if (at < 0) return false;
  // the words before the first address, without its local part ("helpdesk@..." is no label);
  // a role word sits at most 60 characters before it
  let end = at;
  while (end > 0 && LOCAL_PART_END[line.charCodeAt(end - 1)] !== 1) end--;
  const start = Math.max(0, at - LOOK_BACK);
  // most recipient lines have no word there ("<addr>: ...", "   addr"): no copy made for them
  if (!hasWord(line, start, end)) return false;
  return OTHER_ROLE_BEFORE.test(line.slice(start, end));
}

/** Whether line[start, end) holds three ASCII letters in a row. */
function hasWord(line: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i) | 0x20;
    run = c >= 0x61 && c <= 0x7a ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

/** Whether a char code is a letter the headings open with (d, s, p, either case). */
function isHeadingInitial(code: number): boolean {
  const lower = code | 0x20;
  return lower === 0x64 || lower === 0x73 || lower === 0x70;
}

/**
 * Whether `line` opens a list of suggested addresses, which runs to the next blank line. Most
 * lines are ruled out by their first char after spaces and tabs. `trimmed`, the line trimmed,
 * when the caller has it: a heading's letter there is also the trimmed line's first char, so
 * one test rules out most lines (a second call per report line cost 0.7% more instructions).
 */
export function opensSuggestions(line: string, trimmed?: string): boolean {
  if (trimmed !== undefined && !isHeadingInitial(trimmed.charCodeAt(0))) return false;
  let i = 0;
  while (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09) i++;
  return isHeadingInitial(line.charCodeAt(i)) && SUGGESTION_HEADING.test(line);
}

/**
 * Whether `line` quotes the returned original's To or Cc: those name whom the message was for
 * (a list, several people), not the one the report says failed.
 */
export function quotesAddressees(line: string): boolean {
  return ADDRESSEE_LABELS.test(line);
}

/** The characters of an address's ends: one next to a match means a longer address. */
const ADDRESS_CHAR = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~@-]/;

/**
 * The message's senders as a test of an address: the bounce's To and From, the original's From,
 * Sender, Reply-To and Return-Path. Their values are searched, not split into addresses: most
 * bounces ask about one or two addresses, and splitting every sender field cost more.
 */
export function senderTest(src: BounceSource): (address: string) => boolean {
  const values: string[] = [];
  const own = src.headers;
  // index loops: for-of costs an iterator step per field in baseline code
  for (let i = 0; i < own.length; i++) {
    const h = own[i] as HeaderField;
    if (h.name === "to" || h.name === "from") values.push(h.value);
  }
  // one switch over the returned original's fields: it has dozens (Received, DKIM, ...)
  const original = src.originalHeaders ?? [];
  for (let i = 0; i < original.length; i++) {
    const h = original[i] as HeaderField;
    switch (h.name) {
      case "from":
      case "sender":
      case "reply-to":
      case "return-path":
        values.push(h.value);
    }
  }
  const text = values.join("\n").toLowerCase();
  return (address) => {
    const needle = address.toLowerCase();
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + needle.length);
      if (!ADDRESS_CHAR.test(before) && !ADDRESS_CHAR.test(after)) return true;
    }
    return false;
  };
}
