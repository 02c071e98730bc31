// The last resort for bounces no dialect knows: the X-Failed-Recipients header, then addresses
// on lines that sit next to an error.
import type { BounceSource, DecodedRecipient } from "../dialects/types";
import { headerValue } from "../mime/headers";
import { addressesIn } from "../dialects/common/text-addresses";
import { namesOtherRole, senderTest } from "../dialects/common/other-addresses";
import { textLines } from "../dialects/common/text-lines";
import { announces, continuesError } from "../dialects/common/text-bounce";
import { isLabel, labelledAddress, soleAddress } from "../dialects/common/address-lines";

const ERROR_HINT =
  /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|not exist|no such|rejected|refused|denied|failed|invalid|unavailable|full|quota|disabled|not found|blocked|timed? ?out|expired|unreachable|unrouteable|inexistant|inconnu|unbekannt|desconocid|sconosciut|failure|fatal|error|did not reach|not delivered|undeliverable|(?:couldn't|could not) be delivered|wasn't delivered|problem delivering|has been delayed|存在しません|問題が発生|見つかりません|できません|エラー/i;

/** Where the returned original starts: a marker line, or the first line of its headers. */
const ORIGINAL_START =
  /^[-=_* ]{0,40}(original message|copy of (the|your) message|message headers? follow|undelivered message|returned message|headers of the original|unsent message|this is a copy|original-message|元のメール|元のメッセージ)|^(received|return-path|dkim-signature|message-id):/i;

const DAEMON = /^(mailer-daemon|postmaster|mail-daemon|noreply|no-reply)@/i;

/** A help link on its own line, after a word or two: Gmail's "LEARN MORE https://..." (in
 * Japanese "詳細 https://..."), between its sentence and "The response was:". */
const HELP_LINK = /^[^\s:]{1,20}(?: [^\s:]{1,20})?\s{1,4}https?:\/\/\S{1,300}$/;

/** The heading over the remote server's own words: Gmail's "The response from the remote server
 * was:" (older "The response was:"). */
const ANSWER_HEADING = /^(?:the )?(?:response|reply)(?: from the remote server)? was:$/i;

/**
 * The lines of the server's words under such a heading, up to the next blank line: addresses in
 * them are the server's ("Your email address, a@b, is not subscribed"), not failed recipients.
 */
function answerBlocks(lines: readonly string[]): Map<number, string> {
  const blocks = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    if (!ANSWER_HEADING.test((lines[i] as string).trim())) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j] as string).trim() === "") j++;
    const words: string[] = [];
    for (let k = j; k < lines.length && (lines[k] as string).trim() !== ""; k++) {
      words.push((lines[k] as string).trim());
    }
    if (words.length > 0) blocks.set(j, words.join(" "));
    i = j + words.length - 1;
  }
  return blocks;
}

/** Each server answer's line numbers, and its words by its first line. */
function answerLines(blocks: ReadonlyMap<number, string>, lines: readonly string[]): Set<number> {
  const answer = new Set<number>();
  for (const start of blocks.keys()) {
    for (let k = start; k < lines.length && (lines[k] as string).trim() !== ""; k++) answer.add(k);
  }
  return answer;
}

/** Addresses next to errors in the text before the returned original, with the error lines. */
function fromText(src: BounceSource): DecodedRecipient[] {
  const lines = textLines(src).lines;
  const blocks = answerBlocks(lines);
  const answer = answerLines(blocks, lines);
  // the line each recipient was read from, to hand it the server's answer below it
  const readAt = new Map<string, number>();
  // the sender's and the reporting system's addresses are never the failed recipient
  const isSender = senderTest(src);
  const found = new Map<string, DecodedRecipient>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (ORIGINAL_START.test(line.trim())) break;
    if (namesOtherRole(line) || answer.has(i)) continue;
    // as written: the address is cut from the line's words below, and finish lower-cases the
    // domain of the one reported
    const addresses = addressesIn(line, { asWritten: true }).filter(
      (a) => !isSender(a) && !DAEMON.test(a),
    );
    if (addresses.length === 0) continue;
    // The error may sit on the lines after the address, or in a heading just before it. Under an
    // address alone on its line (Exim's block, whatever language its text is in), a line that
    // names it again is still its error ("SMTP error ... after RCPT TO:<a>:"); any other
    // address, or any address after a sentence, starts another block.
    const alone = addresses.length === 1 && soleAddress(line) === addresses[0];
    // Addresses listed one a line with no words of their own (slimta's "Delivery failed for:
    // - addr" list): the error under the list is all of theirs, read from the list's end.
    let last = i;
    // a line naming this line's addresses again is still their block (ZMailer's "Control data:
    // smtp host addr", then the reply quoting the address)
    const own = new Set<string>(addresses.map((a) => a.toLowerCase()));
    for (let k = i; alone && k < lines.length; k++) {
      const listed = soleAddress(lines[k] as string);
      if (listed === undefined) break;
      own.add(listed.toLowerCase());
      last = k;
    }
    // The address line's words, unless they only label it ("Recipient: addr", "あて先: addr").
    const label = addresses.length === 1 && labelledAddress(line) === addresses[0];
    const after: string[] = label ? [] : [line.trim()];
    let gap = false;
    for (let j = last + 1; j < lines.length && j <= last + 6; j++) {
      const next = (lines[j] as string).trim();
      const named = answer.has(j) ? [] : addressesIn(next).map((a) => a.toLowerCase());
      if (ORIGINAL_START.test(next) || named.some((a) => !own.has(a))) break;
      // the error's paragraph ends at a blank line, unless more of it follows (textBlocks' rule);
      // a help link between the sentence and the server's answer ends nothing
      if (next === "") gap = after.length > 0;
      else if (HELP_LINK.test(next)) continue;
      else if (gap && !announces(after) && !continuesError(lines[j] as string, lines, j)) break;
      else {
        after.push(next);
        gap = false;
      }
    }
    const before = lines.slice(Math.max(0, i - 3), i).join(" ");
    if (!ERROR_HINT.test(after.join(" ") + " " + before)) continue;
    // the error's words: a line that only labels what follows ("Diagnostic texts:") has none
    const joined = after
      .filter((l) => !(l.endsWith(":") && isLabel(l.slice(0, -1))))
      .slice(0, 4)
      .join(" ");
    for (const address of addresses) {
      const key = address.toLowerCase();
      if (found.has(key)) continue;
      const diagnostic = joined
        .split(address)
        .join(" ")
        .replace(/[<>]\s*[<>]?/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      readAt.set(key, i);
      found.set(key, {
        address,
        ...(diagnostic.replace(/[^A-Za-z0-9\u3000-\u9fff]/g, "") !== "" ? { diagnostic } : {}),
        evidence: [{ fact: "address", source: "body", text: line.trim().slice(0, 300) }],
      });
    }
  }
  // The server's answer is the error of the recipient named last above it (Gmail's sentence
  // "wasn't delivered to a@b" and a help link stand between).
  for (const [start, words] of blocks) {
    let owner: string | undefined;
    for (const [key, at] of readAt)
      if (at < start && (owner === undefined || at > (readAt.get(owner) ?? -1))) owner = key;
    const r = owner === undefined ? undefined : found.get(owner);
    if (r && owner !== undefined && !(r.diagnostic ?? "").includes(words))
      found.set(owner, { ...r, diagnostic: words });
  }
  return [...found.values()];
}

export function genericRecipients(src: BounceSource): DecodedRecipient[] {
  const failed = headerValue(src.headers, "x-failed-recipients");
  if (failed) {
    const fromLines = fromText(src);
    return addressesIn(failed).map((address) => {
      const line = fromLines.find((r) => r.address.toLowerCase() === address.toLowerCase());
      return {
        address,
        ...(line?.diagnostic ? { diagnostic: line.diagnostic } : {}),
        evidence: [
          { fact: "address", source: "header", field: "X-Failed-Recipients", text: failed },
          ...(line?.evidence ?? []),
        ],
      };
    });
  }
  return fromText(src);
}
