// The scenarios of the filtering receiver (LAB_RECEIVER=filters; scripts/lab/mx/filters.sh): a
// real Postfix on 127.0.0.11 for hosted.lab.test with the filters of a self-hosted domain in front
// of Dovecot LMTP. Nothing here is played: each refusal is written by that software, and the
// truth below is what the lab set it up to do (which recipient, sender or body trips which filter),
// with the enhanced status the software's documented reply carries.
import type { Reason } from "../../src/core/types";

/** The domain the filtering receiver hosts, and one whose MX it is without relaying for it. */
export const HOSTED = "hosted.lab.test";
export const UNRELAYED = "relay.lab.test";

/** What a filter does to a recipient: the lab's truth for it. */
export interface FilterTruth {
  /** The software and set-up that refuses, as the README names it. */
  readonly cause: string;
  readonly temporary: boolean;
  /** The enhanced status the software's reply carries; null where its notice has none. */
  readonly status: string | null;
  /** Sisimai's reason; on a temporary refusal "expired", the cause in alsoCause. */
  readonly reason: Reason;
  readonly alsoCause?: Reason;
}

/** By recipient address. Mailboxes that exist (virtual_mailbox_maps) are those listed in
 * MAILBOXES; every other local part at hosted.lab.test is unknown. */
export const FILTERED: Readonly<Record<string, FilterTruth>> = {
  [`nobody@${HOSTED}`]: {
    cause: "Postfix virtual_mailbox_maps: unknown user",
    temporary: false,
    status: "5.1.1",
    reason: "userunknown",
  },
  [`user@${UNRELAYED}`]: {
    cause: "Postfix reject_unauth_destination: relay access denied",
    temporary: false,
    status: "5.7.1",
    reason: "norelaying",
  },
  [`rbl@${HOSTED}`]: {
    cause: "Postfix reject_rbl_client bl.lab.test (the client IP listed)",
    temporary: false,
    status: "5.7.1",
    reason: "blocked",
  },
  [`ptr@${HOSTED}`]: {
    cause: "Postfix reject_unknown_reverse_client_hostname (no PTR)",
    temporary: true,
    status: "4.7.1",
    reason: "expired",
    alsoCause: "requireptr",
  },
  [`grey@${HOSTED}`]: {
    cause: "postgrey (delay longer than the queue lifetime)",
    temporary: true,
    status: "4.2.0",
    reason: "expired",
  },
  [`spf@${HOSTED}`]: {
    cause: "policyd-spf: SPF fail (sender domain -all)",
    temporary: false,
    status: "5.7.23",
    reason: "authfailure",
  },
  [`dmarc@${HOSTED}`]: {
    cause: "OpenDMARC milter: p=reject, no SPF or DKIM",
    temporary: false,
    status: "5.7.1",
    reason: "authfailure",
  },
  [`spam@${HOSTED}`]: {
    cause: "rspamd milter: GTUBE",
    temporary: false,
    status: "5.7.1",
    reason: "spamdetected",
  },
  [`tiny@${HOSTED}`]: {
    cause: "Dovecot quota-status policy: mailbox over quota",
    temporary: false,
    status: "5.2.2",
    reason: "mailboxfull",
  },
  [`over@${HOSTED}`]: {
    cause:
      "Dovecot LMTP: over quota at delivery (no quota-status policy for it); the receiving Postfix's bounce",
    temporary: false,
    status: "5.2.2",
    reason: "mailboxfull",
  },
  [`sieve@${HOSTED}`]: {
    cause:
      "Dovecot Sieve reject: the recipient's own filter; Pigeonhole's rejection notice (an MDN)",
    temporary: false,
    status: null,
    reason: "filtered",
  },
  [`big@${HOSTED}`]: {
    cause: "Postfix message_size_limit",
    temporary: false,
    status: "5.3.4",
    reason: "mesgtoobig",
  },
};

/** The mailboxes Dovecot holds (every filtered local part but nobody's, and ok's that accepts);
 * over quota, and refusing by a Sieve script. */
export const MAILBOXES = [
  "ok",
  "rbl",
  "ptr",
  "grey",
  "spf",
  "dmarc",
  "spam",
  "tiny",
  "over",
  "sieve",
  "big",
];
export const FULL_MAILBOXES = ["tiny", "over"];
export const SIEVE_MAILBOXES = ["sieve"];

/** The message size limit of the receiver, and the size of the body that goes beyond it. */
export const SIZE_LIMIT = 40000;

/** The sending domains of the authentication scenarios (their records in dnsmasq.conf). */
export const SPF_FAIL_SENDER = "sender@spf.lab.test";
export const DMARC_REJECT_SENDER = "sender@dmarc.lab.test";
