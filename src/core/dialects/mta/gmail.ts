// Gmail's "Delivery Status Notification (Failure)" without a status part: the address, then "Technical details".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { fromHas, lacksDsn, textHas } from "../common/signals";
import { textLines } from "../common/text-lines";
import { STATUS_REASONS } from "../../reason/status-reasons";
import type { Reason } from "../../types";
import type { BounceSource, DecodedRecipient, Dialect } from "../types";
import { Marks } from "../common/marks";
import { phraseLookup } from "../common/marks";

/** Gmail's own summaries, where the remote server's words are not quoted. */
const GMAIL_REASONS: readonly (readonly [string, Reason])[] = [
  ["the email account that you tried to reach does not exist", "userunknown"],
  ["the email account that you tried to reach is disabled", "suspend"],
  ["the email account that you tried to reach is over quota", "mailboxfull"],
  ["the recipient server did not accept our requests to connect", "expired"],
  ["dns error: domain name not found", "hostunknown"],
  ["dns error: dns server returned answer with no data", "hostunknown"],
];

/**
 * Gmail's "(state N)" suffix says where the remote session stopped. Past RCPT it was a
 * filter's doing; state 14 (RCPT) leaves the reason to the server's words.
 */
const GMAIL_STATES: Readonly<Record<string, { command: string; reason?: Reason }>> = {
  "6": { command: "MAIL", reason: "systemerror" },
  "8": { command: "AUTH", reason: "systemerror" },
  "9": { command: "AUTH", reason: "failedstarttls" },
  "12": { command: "AUTH", reason: "norelaying" },
  "13": { command: "EHLO", reason: "blocked" },
  "14": { command: "RCPT" },
  "15": { command: "DATA", reason: "filtered" },
  "17": { command: "DATA", reason: "filtered" },
  "18": { command: "DATA", reason: "filtered" },
};

const gmailOwnReason = phraseLookup(GMAIL_REASONS);

function gmailReason(diagnostic: string): Reason | undefined {
  const own = gmailOwnReason(diagnostic);
  if (own) return own;
  // "Delivery ... has been delayed" with no server words left: it is still being retried.
  return diagnostic.includes("technical details of temporary failure") ? "expired" : undefined;
}

/**
 * Applies the "(state N)" the diagnostic ends with; a precise status code the remote server
 * gave (not x.0.x) names the reason instead of the state.
 */
function withState(r: DecodedRecipient): DecodedRecipient {
  const state = /\(state (\d{1,2})\)/.exec(r.diagnostic ?? "")?.[1];
  const found = state === undefined ? undefined : GMAIL_STATES[state];
  if (!found) return r;
  const precise = r.status && !r.status.includes(".0") ? STATUS_REASONS[r.status] : undefined;
  const known = precise ? { ...found, reason: precise } : found;
  const evidence = {
    fact: "command",
    source: "body" as const,
    field: "Gmail state",
    text: `state ${state ?? ""}`,
  };
  return {
    ...r,
    command: known.command,
    ...(known.reason ? { reason: known.reason } : {}),
    evidence: [...r.evidence, evidence],
  };
}

/** Where Gmail's notice starts. */
const START = "delivery to the following recipient";
const SIGNATURES = new Marks([START, "technical details of"]);
/**
 * Gmail's notice pasted without its headers (no From at all): only Gmail heads its details so;
 * "Delivery to the following recipients" alone is Exchange 2003's too.
 */
const PASTED_SIGNATURES = new Marks([
  "technical details of permanent failure",
  "technical details of temporary failure",
]);
const LAYOUT: TextLayout = {
  start: [START],
  end: ["----- original message -----"],
};

/** A server's reply ("550 5.1.1 ...", "said: 550-...") on the lines before Gmail's notice. */
const REPLY_BEFORE = /(?:^|[\s:'"`(<])[245]\d\d[ -]/;

/**
 * Whether Gmail's notice is the paste's only notice: none of another server's replies comes
 * before it (a thread may paste a Postfix notice, then Gmail's: the text reader finds both).
 */
function gmailAlone(src: BounceSource): boolean {
  const head = textLines(src).head();
  const start = head.indexOf(START);
  return start >= 0 && !REPLY_BEFORE.test(head.slice(0, start));
}

export const gmail: Dialect = {
  id: "gmail",
  detect: (src) =>
    lacksDsn(src) &&
    (fromHas(src, ["googlemail.com", "google.com", "gmail.com"])
      ? textHas(src, SIGNATURES)
      : src.from === "" && textHas(src, PASTED_SIGNATURES) && gmailAlone(src)),
  decode: (src) => {
    const decoded = decodeTextBounce(src, LAYOUT, "Gmail report", gmailReason);
    return decoded && { ...decoded, recipients: decoded.recipients.map(withState) };
  },
};
