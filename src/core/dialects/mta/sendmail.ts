// Sendmail (and V5 sendmail) text bounces: "----- Transcript of session follows -----", "<addr>... reason".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { BounceSource, DecodedBounce, DecodedRecipient, Dialect } from "../types";
import { Marks } from "../common/marks";
import { rewriteLinePairs } from "../common/text-lines";
import { findReplyCode } from "../../status/codes";
import { defined } from "../../defined";
import { squeeze } from "../microsoft/lines";
import { sessionReplies, type SessionReply } from "./sendmail-session";

/** A delivery to a program or file ('"|/usr/bin/procmail ..."', "/var/mail/x"): not an address. */
const LOCAL_TARGET = /^\s{0,8}"?[|/]/;
/** "    (expanded from: <user@example.org>)": the address that was routed there. */
const EXPANDED_FROM =
  /^\s{0,12}\(expanded from:\s{0,4}<?([^\s<>@]{1,64}@[^\s<>@]{1,253}?)>?\)\s*$/i;

/**
 * Puts the address a program or file delivery was expanded from on its recipient line; the
 * source itself when there is none.
 */
function withExpandedAddresses(src: BounceSource): BounceSource {
  return rewriteLinePairs(src, (line, next) => {
    const from = LOCAL_TARGET.test(line) ? EXPANDED_FROM.exec(next)?.[1] : undefined;
    return from === undefined ? undefined : [`<${from}>`, `    ${line.trim()}`];
  });
}

const SIGNATURES = new Marks([
  "----- transcript of session follows -----",
  "----- the following addresses had permanent fatal errors -----",
]);

const LAYOUT: TextLayout = {
  start: ["----- the following addresses had", "----- transcript of session follows -----"],
  recipientLines: [/^(?<text>>>> RCPT To:\s{0,4}<(?<address>[^\s<>]{1,254}@[^\s<>]{1,254})>)/i],
  end: [
    "----- unsent message follows -----",
    "----- original message follows -----",
    "----- message header follows -----",
    // A delivery-status part sent inline, as text, after the transcript.
    "reporting-mta:",
  ],
  noise: ["----- transcript of session follows -----"],
};

/**
 * The DSN's Diagnostic-Code for `address`, white space squeezed (the DSN parser has taken the
 * "rfc822;" and "smtp;" types off already).
 */
function dsnDiagnostic(src: BounceSource, address: string): string | undefined {
  const block = src.deliveryStatus?.recipients.find(
    (d) => d.finalRecipient?.toLowerCase() === address,
  );
  const code = block?.diagnosticCode;
  return code === undefined ? undefined : squeeze(code).trim();
}

/**
 * Whether the recipient's DSN block gives a Diagnostic-Code that is no refusal or deferral: empty
 * ("SMTP; ", Sendmail's after a reply that closed the session, at MAIL FROM or DATA) or a success
 * left from an earlier delivery on the same connection ("250 OK: message queued").
 */
function dsnGivesNoReply(src: BounceSource, address: string): boolean {
  const block = src.deliveryStatus?.recipients.find(
    (d) => d.finalRecipient?.toLowerCase() === address,
  );
  if (block?.diagnosticCode === undefined) return false;
  return !/^[45]\d\d\b/.test(squeeze(block.diagnosticCode).trim());
}

/**
 * The receiver's reply a recipient failed on: the one Sendmail's own line names it after, the one
 * whose first line its DSN gives as the Diagnostic-Code, or one its text block quotes that names
 * no other recipient.
 */
function replyOf(
  r: DecodedRecipient,
  replies: readonly SessionReply[],
  dsn: string | undefined,
): SessionReply | undefined {
  const address = r.address.toLowerCase();
  const words = squeeze(r.diagnostic ?? "");
  return (
    replies.find((x) => x.recipient === address) ??
    (dsn === undefined ? undefined : replies.find((x) => x.first === dsn)) ??
    replies.find((x) => x.recipient === undefined && words.includes(x.first))
  );
}

/** A multi-line reply the recipient's diagnostic holds only part of: Sendmail's Diagnostic-Code
 * and "(reason: ...)" line give a multi-line reply's first line ("550-Postmaster verification
 * failed while checking <addr>"), the transcript every line. */
function cut(r: DecodedRecipient, reply: SessionReply): boolean {
  return reply.whole !== reply.first && !squeeze(r.diagnostic ?? "").includes(reply.whole);
}

/**
 * Each recipient's reply code and command from the receiver's reply in the transcript, not from
 * Sendmail's own lines ("554 5.0.0 Service unavailable") nor another recipient's reply; where no
 * reply is the recipient's (Sendmail's own refusal: "550 Host unknown"), the DSN's code, and no
 * command when the transcript's replies are others'.
 */
function withSessionFacts(src: BounceSource, decoded: DecodedBounce): DecodedBounce {
  const replies = sessionReplies(src.text.split("\n"));
  const recipients = decoded.recipients.map((r) => {
    const dsn = dsnDiagnostic(src, r.address.toLowerCase());
    const reply = replyOf(r, replies, dsn);
    // where the DSN's Diagnostic-Code gives no reply, or a multi-line reply's first line only, the
    // transcript's reply is the diagnostic, every line of it (Sendmail's own "addr... Deferred:
    // 421-..." line keeps only the first)
    // The host is the reply's session's (the DSN names no Remote-MTA for a reply at MAIL FROM).
    const facts = {
      replyCode: reply?.code,
      command: reply?.command,
      remoteServer: r.remoteServer ?? reply?.host,
    };
    if (reply !== undefined && (dsnGivesNoReply(src, r.address.toLowerCase()) || cut(r, reply)))
      return defined({ ...r, ...facts, diagnostic: reply.whole, preciseDiagnostic: true });
    if (reply !== undefined) return defined({ ...r, ...facts });
    if (dsn === undefined && replies.length === 0) return r;
    // a command the text names is another recipient's when the session's replies are not its own
    return defined({
      ...r,
      replyCode: (dsn === undefined ? undefined : findReplyCode(dsn)) ?? r.replyCode,
      command: replies.length > 0 ? undefined : r.command,
    });
  });
  return { ...decoded, recipients };
}

export const sendmail: Dialect = {
  id: "sendmail",
  // Also with a delivery-status part: the text adds the SMTP command and the server's words.
  detect: (src) => textHas(src, SIGNATURES),
  decode: (src) => {
    const decoded = decodeTextBounce(withExpandedAddresses(src), LAYOUT, "Sendmail transcript");
    return decoded && withSessionFacts(src, decoded);
  },
};
