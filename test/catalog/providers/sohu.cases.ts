// Sohu Mail refusals as its published table of causes and remedies gives them (reposted at
// 365seal.com). Sample values.
import type { ProviderCase } from "./types";

const MX = "mx.sohu.com";
const IP = "203.0.113.65";

export const CASES: readonly ProviderCase[] = [
  {
    name: "IP REJECT: the sending IP on Sohu's block list",
    reply: `553 5.7.0 IP REJECT: ${IP}:1733400000:http://mail.sohu.com`,
    status: "5.7.0",
    remote: MX,
    recipient: "li@sohu.com",
    expected: {
      id: "sohu-ip-reject",
      owner: "your-admin",
      temporary: false,
      words: ["Sohu", IP],
      wordsJa: ["Sohu", IP],
    },
  },
  {
    name: "IP REJECT for a sohu.com recipient, the host unnamed",
    reply: `553 5.7.0 IP REJECT: ${IP}:1733400000`,
    status: "5.7.0",
    recipient: "li@sohu.com",
    expected: {
      id: "sohu-ip-reject",
      owner: "your-admin",
      temporary: false,
      words: ["forged"],
      wordsJa: ["偽装"],
    },
  },
  {
    name: "Sender address rejected: Access denied (a Sohu domain from elsewhere)",
    reply: "554 5.7.1 <wang@sohu.com>: Sender address rejected: Access denied",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sohu-sender-domain",
      owner: "your-admin",
      temporary: false,
      words: ["Sohu"],
      wordsJa: ["Sohu"],
    },
  },
  {
    name: "Relay access denied: the recipient is no Sohu user",
    reply: "554 5.7.1 <li@example.cn>: Relay access denied",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sohu-not-sohu-recipient",
      owner: "you",
      temporary: false,
      words: ["Sohu"],
      wordsJa: ["Sohu"],
    },
  },
  {
    name: "User unknown: missing or suspended after long disuse",
    reply:
      "550 5.1.1 <li@sohu.com>: Recipient address rejected: User unknown in local recipient table",
    status: "5.1.1",
    remote: MX,
    recipient: "li@sohu.com",
    expected: {
      id: "sohu-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Sohu"],
      wordsJa: ["Sohu"],
    },
  },
  {
    name: "User unknown for a vip.sohu.com recipient",
    reply:
      "550 5.1.1 <li@vip.sohu.com>: Recipient address rejected: User unknown in local recipient table",
    status: "5.1.1",
    remote: "mx.sohu.net",
    recipient: "li@vip.sohu.com",
    expected: {
      id: "sohu-user-unknown",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["ログイン"],
    },
  },
  {
    name: "negative: a sender domain not found keeps Postfix's meaning",
    reply: "450 4.1.8 <wang@example.net>: Sender address rejected: Domain not found",
    status: "4.1.8",
    remote: MX,
    expected: {
      id: "postfix-sender-domain-unknown",
      owner: "your-admin",
      temporary: true,
      words: [],
    },
  },
  {
    name: "negative: a message too big keeps Postfix's size meaning",
    reply: "552 5.3.4 Message size exceeds fixed limit",
    status: "5.3.4",
    remote: MX,
    expected: {
      id: "postfix-size-limit",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
];
