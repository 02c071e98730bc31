// Message-level signs that Exchange, Exchange Online or Outlook.com wrote a bounce.
import type { BounceKind } from "../../types";
import type { BounceSource } from "../types";
import { SUBJECT_PREFIXES } from "./labels";
import { fold, hasHeader, header } from "./lines";
import { escapeRegex } from "../common/marks";
import { lastAnswer } from "../../last-answer";

/** A text's start is one of `prefixes`: one regular expression, not a startsWith call each. */
function startsWithOne(prefixes: readonly string[]): RegExp {
  return new RegExp(`^(?:${prefixes.map(escapeRegex).join("|")})`);
}

const DELAYED_SUBJECT = startsWithOne(SUBJECT_PREFIXES.delayed);
const FAILED_SUBJECT = startsWithOne(SUBJECT_PREFIXES.failed);

/** What a mail client puts before a Subject it forwards or answers, and a gateway's "[tag]". */
const CLIENT_PREFIXES =
  /^(?:(?:re|fw|fwd|wg|aw|tr|rv|sv|vs|antw|転送|返信)\s?:\s*|\[[^\]\n]{1,40}\]\s*)+/;

/**
 * The Subject's start, folded, once a client's "Fwd:"/"WG:"/"RE:" and a gateway's tag are set
 * aside: where a report's title stands. A title later in the Subject belongs to the original
 * message ("Unzustellbar: WG: Zustellung verzögert: ..." is a non-delivery report).
 */
export function subjectStart(subject: string): string {
  return fold(subject).replace(CLIENT_PREFIXES, "");
}

/** "failed" or "delayed" when the Subject starts with one of Exchange's report prefixes. */
export function subjectKind(subject: string): BounceKind | undefined {
  const start = subjectStart(subject);
  if (DELAYED_SUBJECT.test(start)) return "delayed";
  if (FAILED_SUBJECT.test(start)) return "failed";
  return undefined;
}

const MICROSOFT_SENDER =
  /postmaster@(?:[\w-]+\.)*(?:outlook\.com|hotmail\.com|onmicrosoft\.com|live\.com|msn\.com)|microsoftexchange[0-9a-f]{0,40}@/i;

/** Exchange's transport tokens, the strongest sign of all (codes before wording). */
export const EXCHANGE_TOKEN = /\b(?:RESOLVER|QUEUE|SMTPSEND|STOREDRV|ROUTING|CAT)\.[A-Za-z]{2,40}/;

/** What the Microsoft detectors each ask of a bounce, found once per bounce. */
interface Signs {
  fromMicrosoft?: boolean;
  token?: boolean;
}

const signs = lastAnswer((_src: BounceSource): Signs => ({}));

/** True when headers say a Microsoft server wrote this report. */
export function fromMicrosoft(src: BounceSource): boolean {
  return (signs(src).fromMicrosoft ??=
    hasHeader(src, "x-ms-exchange-message-is-ndr") ||
    hasHeader(src, "x-ms-embedded-report") ||
    MICROSOFT_SENDER.test(src.from) ||
    /^internet mail service|microsoft exchange/i.test(header(src, "x-mailer")) ||
    /produced by microsoft exchange/i.test(header(src, "x-mimeole")));
}

/** True when the bounce's text holds one of Exchange's transport tokens. */
export function hasExchangeToken(src: BounceSource): boolean {
  return (signs(src).token ??= EXCHANGE_TOKEN.test(src.text));
}
