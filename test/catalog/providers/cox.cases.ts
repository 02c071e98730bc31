// Cox refusals in the layout its servers write ("<code> cmsmtp <IP> blocked. Refer to Error Codes
// section at <page> for more information. AUP#<code>", as quoted on forums.cox.com), with the
// codes and texts of Cox's published error-code table (cox.com email-error-codes,
// postmaster.cox.net Error Codes). Sample values.
import type { ProviderCase } from "./types";

const MX = "mx.east.cox.net";
const IP = "203.0.113.25";
const PAGE = "https://www.cox.com/residential/support/email-error-codes.html";
const refer = (code: string): string =>
  `Refer to Error Codes section at ${PAGE} for more information. AUP#${code}`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "AUP#CXBL: Cox's own block of the sending IP, not a generic 5.7.1",
    reply: `554 cmsmtp ${IP} blocked. ${refer("CXBL")}`,
    status: "5.7.1",
    remote: MX,
    recipient: "pat@cox.net",
    expected: {
      id: "cox-cxbl",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Cox", "spam"],
      wordsJa: [IP, "Cox", "迷惑メール"],
    },
  },
  {
    name: "AUP#CXCNCT deferred: more than 10 concurrent connections",
    reply: `421 cmsmtp ${IP} blocked. ${refer("CXCNCT")}`,
    status: "4.7.0",
    remote: MX,
    expected: {
      id: "cox-cxcnct",
      owner: "your-admin",
      temporary: true,
      words: [IP, "connections", "10"],
      wordsJa: [IP, "同時接続数", "10"],
    },
  },
  {
    name: "AUP#CXCNCT: retry timeout exceeded, a final notice under 5.0.0 (forums.cox.com)",
    reply: `421 cmsmtp ${IP} blocked. ${refer("CXCNCT")}: retry timeout exceeded`,
    status: "5.0.0",
    recipient: "pat@cox.net",
    expected: {
      id: "cox-cxcnct",
      owner: "your-admin",
      temporary: false,
      words: ["connections", "shared host"],
      wordsJa: ["同時接続数", "共有ホスティング"],
    },
  },
  {
    name: "AUP#CXSNDR: the sender domain failed Cox's checks",
    reply: `550 <sam@contoso.com> sender rejected. ${refer("CXSNDR")}`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "cox-cxsndr",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SPF", "MX or A record"],
      wordsJa: ["contoso.com", "SPF", "MX または A レコード"],
    },
  },
  {
    name: "AUP#CXDNS: the reverse DNS lookup of the sending IP fails",
    reply: `554 cmsmtp ${IP} rejected. ${refer("CXDNS")}`,
    status: "5.7.1",
    remote: MX,
    recipient: "pat@cox.net",
    expected: {
      id: "cox-cxdns",
      owner: "your-admin",
      temporary: false,
      words: [IP, "reverse DNS", "24 hours"],
      wordsJa: [IP, "逆引き DNS", "24 時間"],
    },
  },
  {
    name: "AUP#CXMXRT named by its code alone: too many recipients, wait",
    reply: `421 cmsmtp ${IP} blocked. ${refer("CXMXRT")}`,
    status: "4.7.0",
    expected: {
      id: "cox-cxmxrt",
      owner: "your-admin",
      temporary: true,
      words: [IP, "rate limits"],
      wordsJa: [IP, "送信量の上限"],
    },
  },
  {
    name: "452 Message threshold exceeded (postmaster.cox.net): a rate limit, not the registry's 4.5.3",
    reply: `452 ${IP} Message threshold exceeded`,
    status: "4.5.3",
    remote: MX,
    expected: {
      id: "cox-cxmxrt",
      owner: "your-admin",
      temporary: true,
      words: [IP, "rate limits"],
      wordsJa: [IP, "送信量の上限"],
    },
  },
  {
    name: "CDRBL in the older layout: a block of at most 24 hours",
    reply:
      "421 fed1rmimpi05.cox.net cox blocked - Error Code: CDRBL - Refer to Error Codes section at http://postmaster.cox.net for more information.",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "cox-cdrbl",
      owner: "your-admin",
      temporary: true,
      words: ["24 hours"],
      wordsJa: ["24 時間"],
    },
  },
  {
    name: "AUP#IPBL0001: Spamhaus ZEN, whose own lookup page is named",
    reply: `554 cmsmtp ${IP} blocked. ${refer("IPBL0001")}`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "cox-ip-lists",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Spamhaus ZEN", "check.spamhaus.org"],
      wordsJa: [IP, "Spamhaus ZEN", "check.spamhaus.org"],
    },
  },
  {
    name: "AUP#URLBL011: a link in the message is on SURBL and Spamhaus DBL",
    reply: `554 <sam@contoso.com> message rejected. ${refer("URLBL011")}`,
    status: "5.7.1",
    recipient: "pat@cox.net",
    expected: {
      id: "cox-urlbl",
      owner: "you",
      temporary: false,
      words: ["link", "SURBL"],
      wordsJa: ["リンク", "SURBL"],
    },
  },
  {
    name: "AUP#CXMJ: sending from a Cox account blocked for suspicious activity",
    reply:
      "550 5.7.1 Email sending blocked due to suspicious account activity on primary Cox account. To secure your account, please reset all Cox account passwords and contact Cox to remove block and reference error code AUP#CXMJ.",
    status: "5.7.1",
    remote: "smtp.cox.net",
    expected: {
      id: "cox-account-blocked",
      owner: "you",
      temporary: false,
      words: ["Cox email account", "passwords", "CXMJ"],
      wordsJa: ["Cox のメール アカウント", "パスワード", "CXMJ"],
    },
  },
  {
    name: "550 recipient rejected: not a Cox Email account",
    reply: "550 <pat@cox.net> recipient rejected",
    status: "5.1.1",
    remote: MX,
    recipient: "pat@cox.net",
    expected: {
      id: "cox-recipient-rejected",
      owner: "you",
      temporary: false,
      words: ["Cox", "mistyped"],
      wordsJa: ["Cox", "入力ミス"],
    },
  },
  {
    name: "452 too many invalid recipients: the sending IP blocked for a while",
    reply: `452 ${IP} source IP rejected. Too many invalid recipients`,
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "cox-invalid-recipients",
      owner: "your-admin",
      temporary: true,
      words: [IP, "do not exist"],
      wordsJa: [IP, "存在しない"],
    },
  },
  {
    name: "attachment extension is forbidden: a file type Cox refuses",
    reply: "554 5.7.1 Message rejected: attachment extension is forbidden",
    status: "5.7.1",
    remote: MX,
    recipient: "pat@cox.net",
    expected: {
      id: "cox-attachment-forbidden",
      owner: "you",
      temporary: false,
      words: [".exe", "attachment"],
      wordsJa: [".exe", "添付ファイル"],
    },
  },
];
