// Exchange 5.5-2003: "Your message did not reach some or all of the intended recipients." /
// "did not reach the following recipient(s):", then per recipient "addr on DATE" followed by
// indented explanation lines, an "MSEXCH:IMS:... (000C05A6) Unknown Recipient" line or a
// "<server.example.com #5.0.0 smtp;550 5.1.1 User unknown>" line.
import type { Evidence, Reason } from "../../types";
import type { BounceSource, DecodedBounce, DecodedRecipient, Dialect } from "../types";
import { hasHeader, header, reportLines, smtpCodes, squeeze } from "./lines";
import { normaliseAddress } from "../common/text-addresses";
import { soleAddress } from "../common/address-lines";
import { Marks } from "../common/marks";
import { textLines } from "../common/text-lines";
import { EXCHANGE2003_PHRASES, MSEXCH_CODES, reasonOfToken } from "./tokens";

/** The report's opening sentence (lower-case marks: the text is searched lower-cased once). */
const INTRO = new Marks([
  "did not reach the following recipient",
  "did not reach some or all of the intended recipients",
  "the following recipient(s) cannot be reached",
  "the following recipient(s) could not be reached",
]);
/** "  addr on 4/29/2010 9:19 AM" or "  'SMTP:addr' on ..." */
const RECIPIENT = /^\s*(.{3,320}?)\s+on\s+\S/;
/** "<host #5.0.0 smtp;550 5.1.1 User unknown>" */
const SERVER_ANSWER =
  /<([A-Za-z0-9.-]{1,253}) #([245]\.\d{1,3}\.\d{1,3})(?: ?(?:smtp|x-[a-z-]{1,20});? ?([^>]{0,1000}))?>/i;
const MSEXCH = /MSEXCH:.{0,200}?\(([0-9A-F]{8})\)\s*(.*)$/;
/** Report lines are short; longer ones are quoted content, skipped. */
const MAX_LINE = 1000;
/** Explanation lines kept per recipient. */
const MAX_NOTES = 20;

function detect(src: BounceSource): boolean {
  return (
    textLines(src).has(INTRO) ||
    hasHeader(src, "x-ms-embedded-report") ||
    /^internet mail service|exchange server internet mail connector/i.test(header(src, "x-mailer"))
  );
}

interface Draft {
  address: string;
  line: string;
  notes: string[];
}

function collect(lines: readonly string[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const raw of lines) {
    if (raw.length > MAX_LINE) continue;
    const recipient = RECIPIENT.exec(raw);
    const who = recipient?.[1]?.replace(/^'?(?:smtp[:=])?|'$/gi, "") ?? "";
    // "addr", "'addr'", "SMTP:addr", or "Display Name (SMTP=addr)"
    const tagged = /smtp[=:]([^\s()<>']{1,320}@[^\s()<>']{1,255})/i.exec(who)?.[1];
    const sole = soleAddress(tagged ?? who);
    const address = sole && normaliseAddress(sole);
    if (address) {
      current = { address, line: raw.trim(), notes: [] };
      drafts.push(current);
    } else if (current && raw.trim() !== "" && current.notes.length < MAX_NOTES) {
      current.notes.push(raw.trim());
    } else if (current && current.notes.length > 0) {
      current = undefined;
    }
  }
  return drafts;
}

function toRecipient(draft: Draft): DecodedRecipient {
  const text = squeeze(draft.notes.join(" "));
  const evidence: Evidence[] = [{ fact: "address", source: "body", text: draft.line }];
  const answer = SERVER_ANSWER.exec(text);
  const msexch = MSEXCH.exec(text);
  let reason: Reason | undefined;
  const code = msexch?.[1];
  if (code && MSEXCH_CODES[code]) {
    reason = MSEXCH_CODES[code];
    evidence.push({ fact: "reason", source: "body", field: "MSEXCH", text: squeeze(msexch[0]) });
  } else {
    const phrase = reasonOfToken(text, EXCHANGE2003_PHRASES);
    if (phrase) {
      reason = phrase.reason;
      evidence.push({
        fact: "reason",
        source: "body",
        field: "exchange 2003 text",
        text: phrase.token,
      });
    }
  }
  const inner = answer?.[3] ? smtpCodes(answer[3]) : {};
  const status = inner.status ?? answer?.[2];
  if (answer) evidence.push({ fact: "diagnostic", source: "body", text: answer[0] });
  const diagnostic = answer?.[3]?.trim() || squeeze(msexch?.[2] ?? "") || text;
  return {
    address: draft.address,
    action: "failed",
    evidence,
    ...(diagnostic ? { diagnostic } : {}),
    ...(status ? { status } : {}),
    ...(inner.replyCode ? { replyCode: inner.replyCode } : {}),
    ...(answer?.[1] ? { remoteServer: answer[1] } : {}),
    ...(reason ? { reason } : {}),
  };
}

function decode(src: BounceSource): DecodedBounce | undefined {
  const lines = reportLines(src);
  const intro = lines.findIndex((l) => INTRO.in(l.toLowerCase()));
  const drafts = collect(intro >= 0 ? lines.slice(intro + 1) : lines);
  if (drafts.length === 0) return undefined;
  return {
    kind: "failed",
    recipients: drafts.map(toRecipient),
    evidence: [{ fact: "dialect", source: "body", text: lines[intro] ?? "" }],
  };
}

export const exchange2003: Dialect = { id: "exchange2003", detect, decode };
