// Comcast / Xfinity refusals as its MX servers write them: the server, the sending IP, the code
// from its published tables (postmaster.comcast.net mail-error-codes, xfinity.com email-errors)
// and the link to its explanation; the 421 replies from its postmaster page. Sample values.
import type { ProviderCase } from "./types";

const MX = "mx1.comcast.net";
const IMTA = "resimta-po-20v.sys.comcast.net";
const IP = "203.0.113.25";
const see = (code: string): string =>
  `Please see http://postmaster.comcast.net/smtp-error-codes.php#${code}`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "BL000000: Comcast's own block list, not a generic 5.7.1",
    reply: `554 5.7.1 ${IMTA} ${IMTA} comcast ${IP} Comcast block for spam. ${see("BL000000")}`,
    status: "5.7.1",
    remote: MX,
    recipient: "pat@comcast.net",
    expected: {
      id: "comcast-spam-patterns",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Comcast", "own block list"],
      wordsJa: [IP, "Comcast", "自社のブロック リスト"],
    },
  },
  {
    name: "BL000000 named by its code alone (no host, no Comcast address)",
    reply: `554 ${IMTA} comcast ${IP} found on one or more RBLs (BL000000). ${see("BL000000")}`,
    status: "5.0.0",
    expected: {
      id: "comcast-spam-patterns",
      owner: "your-admin",
      temporary: false,
      words: ["Comcast", "spam"],
      wordsJa: ["Comcast", "迷惑メール"],
    },
  },
  {
    name: "BL000001: Spamhaus ZEN, in the older help.comcast.net form",
    reply: `554 imta07.westchester.pa.mail.comcast.net comcast ${IP} found on one or more DNSBLs, see http://help.comcast.net/content/faq/BL000001`,
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "comcast-spamhaus",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus ZEN", "check.spamhaus.org"],
      wordsJa: ["Spamhaus ZEN", "check.spamhaus.org"],
    },
  },
  {
    name: "BL000010: Cloudmark CSI",
    reply: `554 ${IMTA} comcast ${IP} found on one or more DNSBLs, see http://help.comcast.net/content/faq/bl000010`,
    status: "5.0.0",
    recipient: "pat@comcast.net",
    expected: {
      id: "comcast-cloudmark",
      owner: "your-admin",
      temporary: false,
      words: ["Cloudmark", "csi.cloudmark.com"],
    },
  },
  {
    name: "BL000100: Sender Score",
    reply: `554 ${IMTA} comcast ${IP} found on one or more RBLs (BL000100). ${see("BL000100")}`,
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "comcast-senderscore",
      owner: "your-admin",
      temporary: false,
      words: ["Sender Score", "senderscore.org"],
    },
  },
  {
    name: "BL000111: all three lists",
    reply: `554 ${IMTA} comcast ${IP} found on one or more RBLs (BL000111). ${see("BL000111")}`,
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "comcast-several-lists",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus", "Cloudmark", "Sender Score"],
    },
  },
  {
    name: "ES000010: dynamic-looking IP, fix the reverse DNS",
    reply: `554 ${IMTA} comcast ${IP} found on one or more DNSBLs, see http://help.comcast.net/content/faq/ES000010`,
    status: "5.0.0",
    remote: MX,
    recipient: "pat@comcast.net",
    expected: {
      id: "comcast-dynamic-ip",
      owner: "your-admin",
      temporary: false,
      words: ["dynamic", "reverse DNS"],
      wordsJa: ["動的", "逆引き DNS"],
    },
  },
  {
    name: "ES000001: straight from a Comcast home connection",
    reply: `554 ${IMTA} comcast ${IP} found on one or more DNSBLs, see http://help.comcast.net/content/faq/ES000001`,
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "comcast-residential-comcast",
      owner: "your-admin",
      temporary: false,
      words: ["home internet connection", "smtp.comcast.net"],
      wordsJa: ["家庭向け", "smtp.comcast.net"],
    },
  },
  {
    name: "RL000001: rate limited, retried",
    reply: `421 4.1.0 ${IP} Throttled - try again later. ${see("RL000001")}`,
    status: "4.1.0",
    remote: MX,
    expected: {
      id: "comcast-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: [IP, "short time"],
      wordsJa: [IP, "短時間"],
    },
  },
  {
    name: "421 Too many sessions opened (not the registry's 4.x.x)",
    reply: `421 ${IMTA} Too many sessions opened`,
    status: "4.4.2",
    remote: MX,
    recipient: "pat@comcast.net",
    expected: {
      id: "comcast-too-many-sessions",
      owner: "your-admin",
      temporary: true,
      words: ["connections", "25"],
      wordsJa: ["接続", "25"],
    },
  },
  {
    name: "421 Reverse DNS failure : Try again later",
    reply: `421 ${IMTA} Reverse DNS failure : Try again later`,
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "comcast-reverse-dns-failure",
      owner: "your-admin",
      temporary: true,
      words: ["reverse DNS", "dig -x"],
      wordsJa: ["逆引き DNS", "dig -x"],
    },
  },
  {
    name: "554 PTR requirement (as quoted on avolio.com, 2008): no reverse DNS for the sending IP",
    reply: `554 ${IMTA} comcast ${IP} Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18784`,
    status: "5.0.0",
    remote: MX,
    recipient: "pat@comcast.net",
    expected: {
      id: "comcast-no-ptr",
      owner: "your-admin",
      temporary: false,
      words: [IP, "reverse DNS", "PTR"],
      wordsJa: [IP, "逆引き DNS", "PTR"],
    },
  },
  {
    name: "550 5.1.1 Not our Customer: an unknown address",
    reply: "550 5.1.1 <pat@comcast.net> Not our Customer",
    status: "5.1.1",
    remote: MX,
    recipient: "pat@comcast.net",
    expected: {
      id: "comcast-not-our-customer",
      owner: "you",
      temporary: false,
      words: ["Comcast", "unsubscribe"],
      wordsJa: ["Comcast", "配信停止"],
    },
  },
  {
    name: "Comcast block for spam, with no code and no link",
    reply: `554 ${IMTA} comcast ${IP} Comcast block for spam.`,
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "comcast-spam-patterns",
      owner: "your-admin",
      temporary: false,
      words: [IP, "own block list"],
      wordsJa: [IP, "自社のブロック リスト"],
    },
  },
];
