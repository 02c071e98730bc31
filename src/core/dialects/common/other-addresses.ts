// Addresses a report names that are never a failed recipient: whom to contact, what the directory
// suggests instead, who sent the message. Told apart by the words just before the address, or
// by the headers that name the sender.
import { addressesIn } from "../microsoft/lines";
import type { BounceSource, HeaderField } from "../types";

/** Sender-side header-like labels opening a line ("From: addr", "Return-Path: <addr>"). */
const SENDER_LABELS =
  /^\s*(?:from|sender|reply-to|return-path|envelope-from|mail from|smtp\.mailfrom)\s*:/i;

/** The returned original's addressees quoted in a report ("To: list@", "Cc: ..."). */
const ADDRESSEE_LABELS = /^\s*(?:to|cc|bcc)\s*:/i;

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
/** Three letters in a row: the look-back holds a word at all (most recipient lines have none). */
const LETTERS = /[A-Za-z]{3}/;

/** Characters an address's local part may end a look-back on. */
const LOCAL_PART_TAIL = /[^\s<>"'(),;:[\]]*$/;

/** A heading over a list of suggested addresses ("Did you mean:", "Suggestions:"). */
const SUGGESTION_HEADING =
  /^\s*(?:did you mean\b|suggest(?:ed|ions?)\b|similar (?:names|addresses)\b|possible (?:matches|alternatives)\b)[^@]*$/i;

/** Whether `line` names its (first) address as a sender, a contact or a suggestion. */
export function namesOtherRole(line: string): boolean {
  if (SENDER_LABELS.test(line)) return true;
  const at = line.indexOf("@");
  if (at < 0) return false;
  // the words before the first address, without its local part ("helpdesk@..." is no label);
  // a role word sits at most 60 characters before it
  const before = line.slice(Math.max(0, at - LOOK_BACK), at).replace(LOCAL_PART_TAIL, "");
  return LETTERS.test(before) && OTHER_ROLE_BEFORE.test(before);
}

/** The first letters the headings open with (d, s, p): most lines are ruled out by one char. */
const HEADING_INITIALS = new Set([0x44, 0x64, 0x53, 0x73, 0x50, 0x70]);

/** Whether `line` opens a list of suggested addresses, which runs to the next blank line. */
export function opensSuggestions(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09) i++;
  return HEADING_INITIALS.has(line.charCodeAt(i)) && SUGGESTION_HEADING.test(line);
}

/**
 * Whether `line` quotes the returned original's To or Cc: those name whom the message was for
 * (a list, several people), not the one the report says failed.
 */
export function quotesAddressees(line: string): boolean {
  return ADDRESSEE_LABELS.test(line);
}

/** Lower-case addresses of the message's senders: the bounce's To and From, the original's From side. */
export function senderAddresses(src: BounceSource): Set<string> {
  const out = new Set<string>();
  const add = (headers: readonly HeaderField[], names: readonly string[]): void => {
    for (const h of headers)
      if (names.includes(h.name)) for (const a of addressesIn(h.value)) out.add(a.toLowerCase());
  };
  add(src.headers, ["to", "from"]);
  add(src.originalHeaders ?? [], ["from", "sender", "reply-to", "return-path"]);
  return out;
}
