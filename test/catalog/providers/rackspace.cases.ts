// Rackspace Email refusals as its MX servers (*.emailsrvr.com) write them, with the postmaster
// site's bracketed codes. Sample values.
import type { ProviderCase } from "./types";

const MX = "mx1.emailsrvr.com";
const IP = "203.0.113.41";

export const CASES: readonly ProviderCase[] = [
  {
    name: "throttled for too much spam, deferred",
    reply: `451 4.3.0 <mail.example.net[${IP}]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.`,
    status: "4.3.0",
    remote: MX,
    expected: {
      id: "rackspace-throttled-spam",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Rackspace", "spam"],
      wordsJa: [IP, "Rackspace", "迷惑メール"],
    },
  },
  {
    name: "(G1F) no PTR record, not the registry's 4.7.1",
    reply: `450 4.7.1 Client host ${IP} has no PTR record (G1F)`,
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "rackspace-no-ptr",
      owner: "your-admin",
      temporary: true,
      words: [IP, "PTR"],
      wordsJa: [IP, "PTR"],
    },
  },
  {
    name: "(G28) new or untrusted IP",
    reply: "451 4.7.1 Received too many messages from a new or untrusted IP (G28)",
    status: "4.7.1",
    remote: "mx2.emailsrvr.com",
    expected: {
      id: "rackspace-untrusted-ip",
      owner: "your-admin",
      temporary: true,
      words: ["Rackspace", "new sending IP"],
      wordsJa: ["Rackspace", "新しい送信 IP"],
    },
  },
  {
    name: "(G30) one mailbox receiving too fast: nobody's to fix",
    reply:
      "450 4.2.1 <kim@fabrikam.example>: Mailbox received too much email in a short period of time (G30)",
    status: "4.2.1",
    remote: MX,
    expected: {
      id: "rackspace-mailbox-rate",
      owner: "nobody",
      temporary: true,
      words: ["Rackspace", "mailbox"],
      wordsJa: ["Rackspace", "メールボックス"],
    },
  },
  {
    name: "(G2) too many connections, a bare 421",
    reply: "421 Too many concurrent connections from this client (G2)",
    status: "4.0.0",
    remote: MX,
    expected: {
      id: "rackspace-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["Rackspace", "parallel connections"],
      wordsJa: ["Rackspace", "同時接続数"],
    },
  },
  {
    name: "ACL dns_rbl: block list, not a sign-in failure",
    reply: "554 5.7.1 ACL dns_rbl",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "rackspace-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["block list", "Senderscore"],
      wordsJa: ["ブロック リスト", "Senderscore"],
    },
  },
  {
    name: "throttled, named by Rackspace's host in the reply's postmaster address",
    reply: `451 4.3.0 <mail.example.net[${IP}]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later. Contact postmaster@emailsrvr.com`,
    status: "4.3.0",
    expected: {
      id: "rackspace-throttled-spam",
      owner: "your-admin",
      temporary: true,
      words: [IP, "spam"],
      wordsJa: [IP, "迷惑メール"],
    },
  },
  {
    name: "negative: an unknown sender domain gets Postfix's meaning of its words, not a Rackspace entry",
    reply: "450 4.1.8 <anna@example.org>: Sender address rejected: Domain not found",
    status: "4.1.8",
    remote: MX,
    expected: {
      id: "postfix-sender-domain-unknown",
      owner: "your-admin",
      temporary: true,
      words: ["sender"],
      wordsJa: [],
    },
  },
  {
    name: "negative: another receiver's PTR refusal gets the registry's reverse-DNS meaning, not Rackspace's",
    reply: `450 4.7.1 Client host ${IP} has no PTR record (G1F)`,
    status: "4.7.1",
    remote: "mx.example.net",
    expected: {
      id: "iana-4.7.25",
      owner: "your-admin",
      temporary: true,
      words: [],
      wordsJa: [],
    },
  },
];
