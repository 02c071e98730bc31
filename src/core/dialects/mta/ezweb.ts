// au by KDDI (ezweb.ne.jp) "Mail System Error - Returned Mail": Japanese and English lines, then the address.
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { fromHas, subjectHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";
import { phraseLookup } from "../common/marks";

/** EZweb's fixed sentences and the reason each stands for. */
const EZWEB_REASONS: readonly (readonly [string, Reason])[] = [
  ["the user(s) account is disabled", "suspend"],
  ["the user(s) account is temporarily limited", "suspend"],
  ["the user(s) account is temporarily over quota", "mailboxfull"],
  ["your message was not delivered within", "expired"],
  ["each of the following recipients was rejected by a remote mail server", "filtered"],
  ["the following recipients did not receive this message", "expired"],
  ["could not be delivered within", "expired"],
  ["the recipient(s) is not found", "userunknown"],
  ["recipient unknown", "userunknown"],
];

const ezwebReason = phraseLookup(EZWEB_REASONS);

const LAYOUT: TextLayout = { end: ["received: from"] };

export const ezweb: Dialect = {
  id: "ezweb",
  // Also with a delivery-status part: its blocks carry no words, the text says why.
  detect: (src) =>
    fromHas(src, ["ezweb.ne.jp", "au.com"]) &&
    subjectHas(src, ["mail system error", "returned mail"]),
  decode: (src) => {
    const decoded = decodeTextBounce(src, LAYOUT, "EZweb report");
    if (!decoded) return undefined;
    // The sentence that says why sits above the address, so read it from the whole report.
    const reason = ezwebReason(src.text.toLowerCase());
    return reason
      ? { ...decoded, recipients: decoded.recipients.map((r) => (r.reason ? r : { ...r, reason })) }
      : decoded;
  },
};
