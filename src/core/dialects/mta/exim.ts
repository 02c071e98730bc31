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

/** "  kijitora": a recipient named by its local part only (a local alias or a routed user). */
const BARE_LOCAL_PART = /^\s{1,8}([^\s@<>()"',;:]{1,64})\s*$/;
/** "... after RCPT TO:<kijitora@example.jp>:": the address the next lines are about. */
const RCPT_TO_ADDRESS = /\bRCPT TO:\s{0,2}<([^\s<>@]{1,64}@[^\s<>@]{1,253})>/i;

/**
 * Exim names a recipient by its local part alone when that is what was addressed; the SMTP
 * error under it gives the full address ("after RCPT TO:<addr>"). Put that address on the
 * recipient's own line, so that each block is read on its own.
 */
function withFullAddresses(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    const bare = BARE_LOCAL_PART.exec(lines[i] ?? "")?.[1];
    const full = bare === undefined ? undefined : RCPT_TO_ADDRESS.exec(lines[i + 1] ?? "")?.[1];
    if (full !== undefined) lines[i] = `  ${full}`;
  }
  return lines.join("\n");
}

/**
 * Exim's notice for a header address it could not parse ("Mail failure - malformed recipient
 * address"): "  addr <other>: malformed address: ..." under "incorrectly constructed:".
 */
const MALFORMED_LINE =
  /^\s{0,12}([^\s<>()@"',;:]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]{0,250}[A-Za-z0-9])[^:]{0,300}:\s{1,4}(malformed address:.{0,1000})$/;

export const exim: Dialect = {
  id: "exim",
  // Also with a delivery-status part: the text adds the SMTP command and Exim's own words.
  detect: (src) =>
    textHas(src, [
      "this message was created automatically by mail delivery software",
      "the following address(es) failed",
      "this message was created automatically by the mail",
      "recipient addresses that were incorrectly constructed",
    ]) ||
    subjectHas(src, ["mail delivery failed", "warning: message", "malformed recipient address"]),
  decode: (src) =>
    decodeTextBounce(
      { ...src, text: withFullAddresses(src.text) },
      {
        start: [
          "the following address(es) failed",
          "could not be delivered to one or more of its",
          "не может быть доставлено",
          "delivery to the following address(es) has been delayed",
          "has not yet been delivered to all of its recipients",
          "incorrectly constructed:",
        ],
        recipientLines: [MALFORMED_LINE],
        end: [
          "------ this is a copy of the message",
          "------ this is a copy of your message",
          "------ the body of the message is",
          "this address has been ignored.",
        ],
        noise: ["this is a permanent error", "the following address(es) failed"],
      },
      "Exim report",
      eximReason,
    ),
};
