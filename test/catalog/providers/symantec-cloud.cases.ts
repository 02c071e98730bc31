// Symantec Email Security.cloud (MessageLabs) refusals as its gateways (*.messagelabs.com) write
// them, with the phrasings of Broadcom's knowledge base articles and the link its replies carry.
// Sample values.
import type { ProviderCase } from "./types";

const GATEWAY = "cluster1.eu.messagelabs.com";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "553-Message filtered: Symantec's spam verdict, not the registry's 5.7.1",
    reply:
      "553-Message filtered. Refer to the Troubleshooting page at 553-http://www.symanteccloud.com/troubleshooting for more 553 information. (#5.7.1)",
    status: "5.7.1",
    remote: GATEWAY,
    expected: {
      id: "symantec-cloud-message-filtered",
      owner: "you",
      temporary: false,
      words: ["Symantec", "spam", "false positive"],
      wordsJa: ["Symantec", "迷惑メール", "誤検知"],
    },
  },
  {
    name: "Message filtered, named by the symanteccloud.com link alone",
    reply:
      "553-Message filtered. Refer to the Troubleshooting page at 553-http://www.symanteccloud.com/troubleshooting for more 553 information. (#5.7.1)",
    status: "5.7.1",
    expected: {
      id: "symantec-cloud-message-filtered",
      owner: "you",
      temporary: false,
      words: ["Symantec", "Approved Senders"],
      wordsJa: ["Symantec", "Approved Senders"],
    },
  },
  {
    name: "553 Message filtered under a bare 5.0.0",
    reply: "553 Message filtered",
    status: "5.0.0",
    remote: "cluster8.us.messagelabs.com",
    expected: {
      id: "symantec-cloud-message-filtered",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  {
    name: "Sender domain in blacklist: the recipient's Blocked Senders list",
    reply: "553 Sender domain in blacklist (#5.7.1)",
    status: "5.7.1",
    remote: GATEWAY,
    expected: {
      id: "symantec-cloud-sender-blocked",
      owner: "recipient-admin",
      temporary: false,
      words: ["Blocked Senders", "recipient's own setting"],
      wordsJa: ["Blocked Senders", "受信側自身の設定"],
    },
  },
  {
    name: "Sender domain in blacklist under a bare 5.0.0",
    reply: "553 Sender domain in blacklist",
    status: "5.0.0",
    remote: "cluster9.us.messagelabs.com",
    expected: {
      id: "symantec-cloud-sender-blocked",
      owner: "recipient-admin",
      temporary: false,
      words: ["Blocked Senders"],
      wordsJa: ["Blocked Senders"],
    },
  },
  {
    name: "421 Service Temporarily Unavailable from a backup cluster: deferred",
    reply: "421 Service Temporarily Unavailable",
    status: "4.0.0",
    remote: "cluster5a.us.messagelabs.com",
    expected: {
      id: "symantec-cloud-service-unavailable",
      owner: "your-admin",
      temporary: true,
      words: ["backup MX", "DNS cache"],
      wordsJa: ["バックアップ MX", "DNS キャッシュ"],
    },
  },
  {
    name: "421 Service Temporarily Unavailable: traffic shaping of the sending IP",
    reply: `421 Service Temporarily Unavailable [${IP}]`,
    status: "4.7.0",
    remote: GATEWAY,
    expected: {
      id: "symantec-cloud-service-unavailable",
      owner: "your-admin",
      temporary: true,
      words: [IP, "traffic shaping"],
      wordsJa: [IP, "トラフィック シェーピング"],
    },
  },
  {
    name: "421 4.4.2 Service Temporarily Unavailable, not the registry's 4.4.2",
    reply: "421 4.4.2 Service Temporarily Unavailable",
    status: "4.4.2",
    remote: "cluster2.eu.messagelabs.com",
    expected: {
      id: "symantec-cloud-service-unavailable",
      owner: "your-admin",
      temporary: true,
      words: ["Symantec", "reputation"],
      wordsJa: ["Symantec", "評価"],
    },
  },
  {
    name: "553 your envelope sender is in my badmailfrom list: the recipient's blocked senders",
    reply:
      "553 sorry, your envelope sender is in my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)",
    status: "5.7.1",
    expected: {
      id: "symantec-cloud-sender-blocked",
      owner: "recipient-admin",
      temporary: false,
      words: ["Blocked Senders", "Symantec"],
      wordsJa: ["Blocked Senders", "Symantec"],
    },
  },
];
