// Ipswitch IMail Server: "<reason>: addr" lines, then "Original message follows."
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { lacksDsn, textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";

/** IMail's fixed reason lines. */
const IMAIL_REASONS: readonly (readonly [string, Reason])[] = [
  ["unknown user", "userunknown"],
  ["invalid final delivery userid", "userunknown"],
  ["user mailbox exceeds allowed size", "mailboxfull"],
  ["not authorized to relay", "norelaying"],
  ["unknown host", "hostunknown"],
  ["requested action not taken: virus detected", "virusdetected"],
  ["blacklisted url in message", "spamdetected"],
  ["delivery failed", "expired"],
];

const ORIGINAL_FOLLOWS = new Marks(["original message follows."]);

const LAYOUT: TextLayout = { end: ["original message follows."] };

export const imailServer: Dialect = {
  id: "imailserver",
  detect: (src) =>
    lacksDsn(src) &&
    textHas(src, ORIGINAL_FOLLOWS) &&
    /^(?:unknown user|unknown host|invalid final delivery userid|user mailbox exceeds allowed size|delivery failed \d{1,4} attempts|requested action not taken|blacklisted url in message)[^\n]{0,200}@/im.test(
      src.text.slice(0, 2000),
    ),
  decode: (src) =>
    decodeTextBounce(
      src,
      LAYOUT,
      "IMail report",
      (d) => IMAIL_REASONS.find(([words]) => d.startsWith(words))?.[1],
    ),
};
