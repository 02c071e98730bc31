// Gmail's "Delivery Status Notification (Failure)" without a status part: the address, then "Technical details".
import { decodeTextBounce } from "../common/text-bounce";
import { fromHas, lacksDsn, textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";

/** Gmail's own summaries, where the remote server's words are not quoted. */
const GMAIL_REASONS: readonly (readonly [string, Reason])[] = [
  ["the email account that you tried to reach does not exist", "userunknown"],
  ["the email account that you tried to reach is disabled", "suspend"],
  ["the email account that you tried to reach is over quota", "mailboxfull"],
  ["the recipient server did not accept our requests to connect", "expired"],
  ["dns error: domain name not found", "hostunknown"],
  ["dns error: dns server returned answer with no data", "hostunknown"],
  ["remote server does not support tls", "systemerror"],
  ["the recipient domain does not exist", "hostunknown"],
  ["message rejected", "filtered"],
  ["header error", "filtered"],
];

export function gmailReason(diagnostic: string): Reason | undefined {
  const own = GMAIL_REASONS.find(([words]) => diagnostic.includes(words))?.[1];
  if (own) return own;
  // "Delivery ... has been delayed" with no server words left: it is still being retried.
  return diagnostic.includes("technical details of temporary failure") ? "expired" : undefined;
}

export const gmail: Dialect = {
  id: "gmail",
  detect: (src) =>
    lacksDsn(src) &&
    fromHas(src, ["googlemail.com", "google.com", "gmail.com"]) &&
    textHas(src, ["delivery to the following recipient", "technical details of"]),
  decode: (src) =>
    decodeTextBounce(
      src,
      { start: ["delivery to the following recipient"], end: ["----- original message -----"] },
      "Gmail report",
      gmailReason,
    ),
};
