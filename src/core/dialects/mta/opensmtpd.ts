// OpenSMTPD's MAILER-DAEMON notice: "addr: 550 5.1.1 ..." lines under "the following list of recipients".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { DecodedRecipient, Dialect } from "../types";
import { Marks } from "../common/marks";
import { phraseLookup } from "../common/marks";

/** OpenSMTPD's own messages (smtpd's mta and lka) and what each means. */
const OPENSMTPD_REASONS: readonly (readonly [string, Reason])[] = [
  ["envelope expired", "expired"],
  ["invalid domain name", "hostunknown"],
  ["domain does not exist", "hostunknown"],
  ["destination seem to reject all mails", "notaccept"],
  ["address family mismatch on destination mxs", "networkerror"],
  ["all routes to destination blocked", "networkerror"],
  ["bad dns lookup error code", "networkerror"],
  ["could not retrieve source address", "networkerror"],
  ["loop detected", "networkerror"],
  ["network error on destination mxs", "networkerror"],
  ["no mx found for domain", "networkerror"],
  ["no mx found for destination", "networkerror"],
  ["no valid route to remote mx", "networkerror"],
  ["no valid route to destination", "networkerror"],
  ["temporary failure in mx lookup", "networkerror"],
  ["could not retrieve credentials", "securityerror"],
];

const opensmtpdReason = phraseLookup(OPENSMTPD_REASONS);

/** OpenSMTPD's delay warning ("Delivery status notification: warning"): the message is still queued. */
const DELAYED = "a message is delayed for more than";
const DELAY_WORDS = new Marks([DELAYED, "this is only a temporary failure report"]);

const SIGNATURES = new Marks([
  "this is the mailer-daemon, please do not reply to this email",
  "this is the mailer-daemon, please do not reply to this e-mail",
  "an error has occurred while attempting to deliver a message for",
  DELAYED,
]);

const LAYOUT: TextLayout = {
  start: ["the following list of recipients", "list of recipients:"],
  end: ["below is a copy of the original message"],
  noise: [
    "this is only a temporary failure report",
    "the message is kept in the queue",
    "do not need to re-send the message",
  ],
};

/** A multi-line reply's first line, its enhanced status kept: "421-4.7.28 ...". */
const FIRST_OF_MANY = /^([245]\d\d)-([245]\.\d{1,3}\.\d{1,3}) /;

/**
 * OpenSMTPD writes a multi-line reply's lines one after the other with no space between them and
 * without the next line's code ("... containing one of4.7.28 your URL domains ..."): each later
 * line is set apart with its code again, as Postfix joins a reply's lines ("one of 421-4.7.28
 * your URL domains"), so the words on either side read apart.
 */
function withLinesApart(r: DecodedRecipient): DecodedRecipient {
  const first = r.diagnostic === undefined ? undefined : FIRST_OF_MANY.exec(r.diagnostic);
  const code = first?.[1];
  const status = first?.[2];
  if (r.diagnostic === undefined || !first || code === undefined || status === undefined) return r;
  const glued = new RegExp(`(?<=\\S)(?=${status.replace(/\./g, "\\.")} )`, "g");
  const rest = r.diagnostic.slice(first[0].length).replace(glued, ` ${code}-`);
  return { ...r, diagnostic: first[0] + rest };
}

export const opensmtpd: Dialect = {
  id: "opensmtpd",
  // Also with a delivery-status part, whose blocks often lack the server's words.
  detect: (src) => textHas(src, SIGNATURES),
  decode: (src) => {
    const read = decodeTextBounce(src, LAYOUT, "OpenSMTPD report", opensmtpdReason);
    const decoded = read && { ...read, recipients: read.recipients.map(withLinesApart) };
    if (!decoded || !textHas(src, DELAY_WORDS)) return decoded;
    return {
      ...decoded,
      kind: "delayed",
      recipients: decoded.recipients.map((r) => ({ ...r, action: "delayed" })),
    };
  },
};
