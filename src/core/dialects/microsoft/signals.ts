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

/** True when headers say a Microsoft server wrote this report. */
export function fromMicrosoft(src: BounceSource): boolean {
  return (
    hasHeader(src, "x-ms-exchange-message-is-ndr") ||
    hasHeader(src, "x-ms-embedded-report") ||
    MICROSOFT_SENDER.test(src.from) ||
    /^internet mail service|microsoft exchange/i.test(header(src, "x-mailer")) ||
    /produced by microsoft exchange/i.test(header(src, "x-mimeole"))
  );
}

/** Exchange's transport tokens, the strongest sign of all (codes before wording). */
export const EXCHANGE_TOKEN = /\b(?:RESOLVER|QUEUE|SMTPSEND|STOREDRV|ROUTING|CAT)\.[A-Za-z]{2,40}/;
