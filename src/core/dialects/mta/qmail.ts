// qmail-send's "failure notice": "<addr>:" then the remote host's words, "--- Below this line is a copy".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { lacksDsn, textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";
import { phraseLookup } from "../common/marks";

/** qmail's own messages (qmail-remote, qmail-local) and what they mean. */
const QMAIL_REASONS: readonly (readonly [string, Reason])[] = [
  ["sorry, no mailbox here by that name", "userunknown"],
  ["mailaddress is administratively disabled", "suspend"],
  ["mailaddress is administrativley disabled", "suspend"],
  ["the message exeeded the maximum size the user accepts", "exceedlimit"],
  ["message size exceeds fixed maximum message size:", "mesgtoobig"],
  ["requested action not taken: mailbox unavailable (not enough free space)", "systemfull"],
  ["disk quota exceeded", "mailboxfull"],
  ["sorry, i couldn't find any host", "hostunknown"],
  ["sorry, i couldn't find a mail exchanger or ip address", "notaccept"],
  ["sorry, i wasn't able to establish an smtp connection", "networkerror"],
  ["sorry. although i'm listed as a best-preference mx or a for that host", "networkerror"],
  ["unable to contact ldap server", "systemerror"],
  ["bad interpreter: no such file or directory", "systemerror"],
  ["sorry, that domain isn't in my list of allowed rcpthosts", "norelaying"],
];

const qmailReason = phraseLookup(QMAIL_REASONS);

const SIGNATURES = new Marks([
  "this is the qmail-send program",
  "i'm afraid i wasn't able to deliver your message",
]);

const LAYOUT: TextLayout = {
  start: ["i wasn't able to deliver your message", "wasn't able to deliver your message"],
  noise: ["(other mxes tried:", "giving up on"],
};

export const qmail: Dialect = {
  id: "qmail",
  detect: (src) => lacksDsn(src) && textHas(src, SIGNATURES),
  decode: (src) => decodeTextBounce(src, LAYOUT, "qmail report", qmailReason),
};
