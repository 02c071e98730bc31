// The twenty-seventh round of the words (December 2026): generic replies from small and
// self-hosted servers (a bare 550 / 553 / 554 / 421, 5.0.0 or 5.7.1), where the words alone decide
// who must act. The replies were taken in order from the result lists of twelve searches fixed
// before any was run (issue threads, hosts' help pages, vendors' manuals), none a case (one, a
// Postfix reply worded as a Zoho case, was dropped when found; two had been in earlier rounds'
// blind sets: VPOP3's "Recipient Prohibited" and "554 Denied (Mode: normal)"); the set, its
// sources and queries, and the scoring script are in
// /work/wt/h-owner3-set, outside the repository. Its misses were classes: a rule the receiving
// server's admin wrote, in the words the software gives a rule without a text of its own
// (Postfix's "Access denied", Exim's "Administrative prohibition", VPOP3's "Recipient
// Prohibited"), read as an unknown address or a refused sender, yours; Exchange's receive
// connector rate limit under 4.4.2, read as a broken connection, nobody's; hMailServer's own
// words for data without line ends; relay refusals and reverse DNS refusals in other words. Plain
// variants of each class follow the real replies.
import type { ProviderCase } from "./types";

const RULE = {
  id: "receiver-rule-refused",
  owner: "recipient-admin",
  temporary: false,
  words: ["rule", "Access denied", "Administrative prohibition", "Recipient Prohibited"],
  wordsJa: ["ルール"],
} as const;
const RULE_DEFERRED = { ...RULE, id: "receiver-rule-refused-deferred", temporary: true } as const;
const EXCHANGE_RATE = {
  id: "exs-4.4.2-message-rate-limit",
  owner: "your-admin",
  temporary: true,
  words: ["per minute", "MessageRateLimit"],
  wordsJa: ["MessageRateLimit"],
} as const;
const HMAIL_NO_LINE_END = {
  id: "hmailserver-data-without-line-end",
  owner: "your-admin",
  temporary: true,
  words: ["hMailServer", "CRLF"],
  wordsJa: ["hMailServer", "CRLF"],
} as const;
const RELAY = {
  id: "relay-refused",
  owner: "your-admin",
  temporary: false,
  words: ["relay"],
  wordsJa: ["中継"],
} as const;
const REVERSE_DNS = {
  id: "iana-5.7.25",
  owner: "your-admin",
  temporary: false,
  words: ["reverse DNS"],
  wordsJa: ["逆引き"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://github.com/postalserver/postal/issues/571 (an Exim receiver refusing a Postal server)
  {
    name: "r27-16: 550 Administrative prohibition",
    reply: "550 Administrative prohibition",
    status: "5.0.0",
    expected: RULE,
  },
  // https://wiki.pscs.co.uk/how_to:550_5.7.1_recipient_prohibited_x (VPOP3's SMTP rules)
  {
    name: "r27-06: 550 5.7.1 Recipient Prohibited (3)",
    reply: "550 5.7.1 Recipient Prohibited (3)",
    status: "5.7.1",
    expected: RULE,
  },
  // https://portal.imprezahost.com/knowledgebase/194/SMTP-and-ESMTP-error-code-list.html
  {
    name: "450 4.7.1 Recipient address rejected: Access denied. (a host's error list)",
    reply: "450 4.7.1 <kim@fabrikam.example>: Recipient address rejected: Access denied.",
    status: "4.7.1",
    expected: RULE_DEFERRED,
  },
  {
    name: "Postfix's access table REJECT without a text, under 5.7.1",
    reply: "554 5.7.1 <kim@fabrikam.example>: Recipient address rejected: Access denied",
    status: "5.7.1",
    expected: RULE,
  },
  {
    name: "Exim's ACL deny without a message, at RCPT under 5.0.0",
    reply: "550 5.0.0 Administrative prohibition",
    status: "5.0.0",
    expected: RULE,
  },
  // https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks
  {
    name: "r27-08: 421 4.4.2 Message submission rate for this client has exceeded the configured limit",
    reply: "421 4.4.2 Message submission rate for this client has exceeded the configured limit",
    status: "4.4.2",
    expected: EXCHANGE_RATE,
  },
  // https://serverfault.com/questions/833887 (an application relaying through Exchange 2010)
  {
    name: "4.4.2 Message submission rate ... from a named Exchange host",
    reply: "4.4.2 Message submission rate for this client has exceeded the configured limit",
    status: "4.4.2",
    remote: "mail.fabrikam.example",
    expected: EXCHANGE_RATE,
  },
  // http://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp
  {
    name: "r27-15: 421 Excessive amounts of data sent to server.",
    reply: "421 Excessive amounts of data sent to server.",
    status: "4.0.0",
    expected: HMAIL_NO_LINE_END,
  },
  // http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en
  {
    name: "r27-19: 553 <a@b>... unauthorized relay traffic prohibited",
    reply: "553 <kim@fabrikam.example>... unauthorized relay traffic prohibited",
    status: "5.0.0",
    expected: RELAY,
  },
  {
    name: "550 5.7.1 Unauthorized relay attempt",
    reply: "550 5.7.1 Unauthorized relay attempt",
    status: "5.7.1",
    expected: RELAY,
  },
  // http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification
  {
    name: "r27-12: 553 bad reverse dns",
    reply: "553 bad reverse dns",
    status: "5.0.0",
    expected: REVERSE_DNS,
  },
  {
    name: "550 Bad rDNS for <ip>",
    reply: "550 Bad rDNS for 203.0.113.7",
    status: "5.0.0",
    expected: REVERSE_DNS,
  },
];
