// Addresses a report names that are never a failed recipient: whom to contact, what the directory
// suggests instead, who sent the message. Told apart by the words just before the address.

/** Sender-side header-like labels opening a line ("From: addr", "Return-Path: <addr>"). */
const SENDER_LABELS =
  /^\s*(?:from|sender|reply-to|return-path|envelope-from|mail from|smtp\.mailfrom)\s*:/i;

/**
 * Words that, shortly before an address, name it as someone to reach or a sender: "System
 * Contact:", "Help desk:", "please send mail to", "reply to", "did you mean", "Original sender:",
 * "your message from", "sent by"; and the list or alias a failed address came from ("Original
 * address:", "expanded from", "generated from").
 */
const OTHER_ROLE_BEFORE =
  /(?:\bcontact(?:ing)?\b|\bhelp ?desk\b|\bsupport(?: team| desk)?\s*:|\bpostmaster\b|\badministrator\b|\bsend (?:an? )?(?:e-?)?mail to\b|\bwrite to\b|\breply to\b|\bdid you mean\b|\bsender\b|\boriginator\b|\bmessage from\b|\bsent by\b|\boriginal address\b|\b(?:expanded|generated) from\b)[^@]{0,60}$/i;

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
  // the words before the first address, without its local part ("helpdesk@..." is no label)
  const before = line.slice(Math.max(0, at - 160), at).replace(LOCAL_PART_TAIL, "");
  return OTHER_ROLE_BEFORE.test(before);
}

/** Whether `line` opens a list of suggested addresses, which runs to the next blank line. */
export function opensSuggestions(line: string): boolean {
  return SUGGESTION_HEADING.test(line);
}
