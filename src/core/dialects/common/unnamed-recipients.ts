// Who failed, when a text report has no block of an address and its error lines: the addresses
// its lines name in no other role, the X-Failed-Recipients header, or the returned original's To.
import type { BounceSource } from "../types";
import type { TextBlock } from "./text-bounce";
import { addressesIn } from "./text-addresses";
import { namesOtherRole, opensSuggestions, quotesAddressees, senderTest } from "./other-addresses";
import { FAILURE_CODE } from "./address-lines";

/** The failed addresses a bounce's headers name (X-Failed-Recipients, Exim and others). */
export function failedRecipientsHeader(src: BounceSource): string[] {
  return src.headers
    .filter((h) => h.name === "x-failed-recipients")
    .flatMap((h) => addressesIn(h.value));
}

/** The To addresses of the returned original, the last resort for who failed. */
function originalRecipients(src: BounceSource): string[] {
  return (src.originalHeaders ?? [])
    .filter((h) => h.name === "to")
    .flatMap((h) => addressesIn(h.value));
}

const DAEMON_LOCAL_PART = /^(?:mailer-daemon|mail-daemon|postmaster|mdaemon|noreply|no-reply)@/i;

/** Header fields of the returned message whose values hold message ids or hosts, not people. */
const ID_FIELD =
  /^\s*(?:message-id|in-reply-to|references|content-id|resent-message-id|received|dkim-signature|list-[a-z-]{1,20}|x-[a-z0-9-]{1,60})\s*:/i;

/** How many lines under a line naming an address are read as its error, up to a blank line. */
const LINES_UNDER = 6;

/**
 * The addresses a report's lines name in no other role (a sender, a contact, a suggestion), each
 * with its evidence: the lines naming it, then the report's failure-code lines or, when it has
 * none, the lines under the naming line ("Failed to deliver to 'x'" then the module's words).
 */
export function namedInReport(src: BounceSource, lines: readonly string[]): TextBlock[] {
  const named = namedOnLines(src, lines, false);
  // the original's To or Cc quoted in the report only when no other line names anyone
  return named.length > 0 ? named : namedOnLines(src, lines, true);
}

/** `namedInReport` over lines quoting the original's To/Cc (`quoted`), or over the others. */
function namedOnLines(src: BounceSource, lines: readonly string[], quoted: boolean): TextBlock[] {
  const isSender = senderTest(src);
  const named = new Map<string, { address: string; lines: string[] }>();
  const failures = lines.filter((l) => FAILURE_CODE.test(l)).map((l) => l.trim());
  let suggesting = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") suggesting = false;
    else if (opensSuggestions(line)) suggesting = true;
    if (!line.includes("@") || suggesting || namesOtherRole(line) || ID_FIELD.test(line)) continue;
    if (quotesAddressees(line) !== quoted) continue;
    for (const address of addressesIn(line)) {
      const key = address.toLowerCase();
      if (isSender(address) || DAEMON_LOCAL_PART.test(address)) continue;
      const block = named.get(key) ?? { address, lines: [] };
      named.set(key, block);
      block.lines.push(line.trim());
      if (failures.length > 0) continue;
      for (let j = i + 1; j < lines.length && j <= i + LINES_UNDER; j++) {
        const under = (lines[j] as string).trim();
        if (under === "" || under.includes("@")) break;
        block.lines.push(under);
      }
    }
  }
  // a failure line that names an address is that address's only
  const own = (line: string, address: string): boolean =>
    !line.includes("@") || line.toLowerCase().includes(address.toLowerCase());
  return [...named.values()].map((b) => ({
    address: b.address,
    lines: [...b.lines, ...failures.filter((l) => !b.lines.includes(l) && own(l, b.address))].slice(
      0,
      12,
    ),
  }));
}

/**
 * The returned original's recipients (To, then Cc) whose local part the report names as a word
 * ("kbrown (user not found)"); failing that, the first of its To.
 */
export function originalNamedIn(src: BounceSource, report: readonly string[]): string[] {
  const words = new Set(
    report
      .join(" ")
      .toLowerCase()
      .split(/[^a-z0-9._+-]+/),
  );
  const all = (src.originalHeaders ?? [])
    .filter((h) => h.name === "to" || h.name === "cc")
    .flatMap((h) => addressesIn(h.value));
  const named = all.filter((a) => words.has(a.slice(0, a.lastIndexOf("@")).toLowerCase()));
  return named.length > 0 ? named : originalRecipients(src).slice(0, 1);
}
