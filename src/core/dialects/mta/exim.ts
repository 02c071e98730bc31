// Exim's "Mail delivery failed": "  addr" then indented "SMTP error from remote mail server after ..." lines.
import { decodeTextBounce } from "../common/text-bounce";
import { subjectHas, textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";

/** Exim's own words (messages of its source) and what each means; "expired" yields to the remote server's words. */
const EXIM_REASONS: readonly (readonly [string, Reason])[] = [
  ["mailbox is full", "mailboxfull"],
  ["error: quota exceed", "mailboxfull"],
  // Exim's words for "still not delivered, and giving up" (retry.c, deliver.c).
  ["retry timeout exceeded", "expired"],
  ["no action is required on your part", "expired"],
  ["retry time not reached for any host after a long failure period", "expired"],
  ["all hosts have been failing for a long time", "expired"],
  ["delay reason: ", "expired"],
  ["has been frozen", "expired"],
  ["was frozen on arrival by ", "expired"],
  ["all host address lookups failed permanently", "hostunknown"],
  ["all relevant mx records point to non-existent hosts", "hostunknown"],
  ["unrouteable address", "hostunknown"],
  ["unrouteable mail domain", "hostunknown"],
  ["an mx or srv record indicated no smtp service", "notaccept"],
  ["no host found for existing smtp connection", "notaccept"],
  ["angle-brackets nested too deep", "syntaxerror"],
  ['expected word or "<"', "syntaxerror"],
  ["domain missing in source-routed address", "syntaxerror"],
  ["malformed address:", "syntaxerror"],
  ["delivery to file forbidden", "systemerror"],
  ["delivery to pipe forbidden", "systemerror"],
  ["local delivery failed", "systemerror"],
  ["lmtp error after ", "systemerror"],
  ['too many "received" headers', "contenterror"],
];

export function eximReason(diagnostic: string): Reason | undefined {
  return EXIM_REASONS.find(([words]) => diagnostic.includes(words))?.[1];
}

export const exim: Dialect = {
  id: "exim",
  // Also with a delivery-status part: the text adds the SMTP command and Exim's own words.
  detect: (src) =>
    textHas(src, [
      "this message was created automatically by mail delivery software",
      "the following address(es) failed",
      "this message was created automatically by the mail",
    ]) || subjectHas(src, ["mail delivery failed", "warning: message"]),
  decode: (src) =>
    decodeTextBounce(
      src,
      {
        start: [
          "the following address(es) failed",
          "could not be delivered to one or more of its",
          "не может быть доставлено",
          "delivery to the following address(es) has been delayed",
          "has not yet been delivered to all of its recipients",
        ],
        end: ["------ this is a copy of the message", "------ the body of the message is"],
        noise: ["this is a permanent error", "the following address(es) failed"],
      },
      "Exim report",
      eximReason,
    ),
};
