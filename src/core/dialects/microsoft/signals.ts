// Message-level signs that Exchange, Exchange Online or Outlook.com wrote a bounce.
import type { BounceKind } from "../../types";
import type { BounceSource } from "../types";
import { SUBJECT_PREFIXES } from "./labels";
import { fold, hasHeader, header } from "./lines";

/** "failed" or "delayed" when the Subject starts with one of Exchange's report prefixes. */
export function subjectKind(subject: string): BounceKind | undefined {
  const folded = fold(subject);
  const starts = (prefixes: readonly string[]) => prefixes.some((p) => folded.startsWith(p));
  if (starts(SUBJECT_PREFIXES.delayed)) return "delayed";
  if (starts(SUBJECT_PREFIXES.failed)) return "failed";
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

const signsOf = new WeakMap<BounceSource, Signs>();

function signs(src: BounceSource): Signs {
  let found = signsOf.get(src);
  if (found === undefined) {
    found = {};
    signsOf.set(src, found);
  }
  return found;
}

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
