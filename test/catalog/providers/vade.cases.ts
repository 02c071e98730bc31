// Vade's refusals in front of Open-Xchange's hosted mailboxes, in the layout its postmaster pages
// give (postmaster-oxsus.vadesecure.com and its "Inbound SMTP error codes" page;
// postmaster-oxseu.vadesecure.com for the EU platform): the plain "Connection refused" /
// "Connection deferred" with the reference code, sample values.
// "(quoted)": the three-zero form as a deliverability article quotes it (suped.com).
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  {
    name: "_101: the sending IP on Vade's Threat Network list",
    reply: "550 5.7.1 Connection refused - OXSUS0001_101",
    status: "5.7.1",
    expected: {
      id: "vade-threat-network",
      owner: "your-admin",
      temporary: false,
      words: ["Vade", "spam"],
      wordsJa: ["Vade", "迷惑メール"],
    },
  },
  {
    name: "_101 on the EU platform",
    reply: "550 5.7.1 Connection refused OXSEU0001_101",
    status: "5.7.1",
    expected: {
      id: "vade-threat-network",
      owner: "your-admin",
      temporary: false,
      words: ["Vade", "postmaster"],
      wordsJa: ["Vade", "postmaster"],
    },
  },
  {
    name: "_102: Vade's queue to the mailboxes is full",
    reply: "421 4.2.1 Connection deferred - OXSUS0001_102",
    status: "4.2.1",
    expected: {
      id: "vade-backend-busy",
      owner: "nobody",
      temporary: true,
      words: ["queue", "Nothing is wrong"],
      wordsJa: ["キュー", "問題はありません"],
    },
  },
  {
    name: "_105: no reverse DNS",
    reply: "550 5.7.1 Connection refused - OXSUS0001_105",
    status: "5.7.1",
    expected: {
      id: "vade-no-reverse-dns",
      owner: "your-admin",
      temporary: false,
      words: ["reverse DNS", "PTR"],
      wordsJa: ["逆引き", "PTR"],
    },
  },
  {
    name: "_110: too many connections from one IP",
    reply: "421 4.2.1 Connection refused - OXSUS0001_110",
    status: "4.2.1",
    expected: {
      id: "vade-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["connections", "sending rate"],
      wordsJa: ["接続", "送信ペース"],
    },
  },
  {
    name: "_140: too many messages from one IP",
    reply: "421 4.2.1 Connection refused - OXSUS0001_140",
    status: "4.2.1",
    expected: {
      id: "vade-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["messages", "retries"],
      wordsJa: ["メッセージ", "再試行"],
    },
  },
  {
    name: "_403: the recipient does not exist",
    reply: "550 5.7.1 Connection refused - OXSUS0001_403",
    status: "5.7.1",
    expected: {
      id: "vade-recipient-unknown",
      owner: "you",
      temporary: false,
      words: ["does not exist", "typos"],
      wordsJa: ["存在しない", "入力ミス"],
    },
  },
  {
    name: "_403 with three zeros (quoted)",
    reply: "550 5.7.1 Connection refused - OXSUS001_403",
    status: "5.7.1",
    expected: {
      id: "vade-recipient-unknown",
      owner: "you",
      temporary: false,
      words: ["malformed", "closed"],
      wordsJa: ["正しくない", "閉鎖"],
    },
  },
  {
    name: "_102 on the newer page: Validity's block list, not a busy queue",
    reply:
      "550 5.7.1 Connection refused - 203.0.113.7 blocked by Validity - https://senderscore.org/blocklist-lookup/ OXSUS0001_102",
    status: "5.7.1",
    expected: {
      id: "vade-validity-list",
      owner: "your-admin",
      temporary: false,
      words: ["Validity", "senderscore.org"],
      wordsJa: ["Validity", "senderscore.org"],
    },
  },
  {
    name: "_111: a Spamhaus listing",
    reply:
      "550 5.7.1 Connection refused - 203.0.113.7 - https://check.spamhaus.org/results?query=203.0.113.7 OXSEU0001_111",
    status: "5.7.1",
    expected: {
      id: "vade-spamhaus-listed",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus", "check.spamhaus.org"],
      wordsJa: ["Spamhaus", "check.spamhaus.org"],
    },
  },
  {
    name: "_108: forward-confirmed reverse DNS fails",
    reply: "550 5.7.1 Connection refused - OXSUS0001_108",
    status: "5.7.1",
    expected: {
      id: "vade-no-reverse-dns",
      owner: "your-admin",
      temporary: false,
      words: ["forward-confirmed", "PTR"],
      wordsJa: ["正引き", "PTR"],
    },
  },
  {
    name: "_130: rate-limited after unwanted mail",
    reply: "421 4.2.1 Connection deferred - OXSUS0001_130",
    status: "4.2.1",
    expected: {
      id: "vade-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["unwanted", "sending rate"],
      wordsJa: ["望まれない", "送信ペース"],
    },
  },
];
