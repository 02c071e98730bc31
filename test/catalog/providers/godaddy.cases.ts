// GoDaddy refusals as its receiving servers (*.secureserver.net) write them, with the phrasings and
// IB reference codes of GoDaddy's help article "Fix rejected email with a bounce error". GoDaddy
// publishes the basic reply codes only: the enhanced codes are sample values. Its block-list
// refusals are explained by the list's own table, also when a GoDaddy server names the list.
import type { ProviderCase } from "./types";

const MX = "p3plibsmtp01-06.prod.phx3.secureserver.net";
const IP = "203.0.113.47";

export const CASES: readonly ProviderCase[] = [
  {
    name: "IB212: content judged to be spam, not the registry's 5.2.0 mailbox meaning",
    reply:
      "552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212",
    status: "5.2.0",
    remote: MX,
    expected: {
      id: "godaddy-ib212",
      owner: "you",
      temporary: false,
      words: ["GoDaddy", "spam", "links"],
      wordsJa: ["GoDaddy", "迷惑メール", "リンク"],
    },
  },
  {
    name: "IB212 named by its reference code alone",
    reply:
      "552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212",
    status: "5.2.0",
    expected: {
      id: "godaddy-ib212",
      owner: "you",
      temporary: false,
      words: ["GoDaddy", "spam"],
      wordsJa: ["GoDaddy", "迷惑メール"],
    },
  },
  {
    name: "IB705: a virus-infected message",
    reply: "552 5.7.0 Virus infected message rejected. IB705",
    status: "5.7.0",
    remote: MX,
    expected: {
      id: "godaddy-ib705",
      owner: "you",
      temporary: false,
      words: ["virus", "macros"],
      wordsJa: ["ウイルス", "マクロ"],
    },
  },
  {
    name: "IB101: GoDaddy busy, nothing to do",
    reply: "421 4.3.2 Server temporarily unavailable. Try again later. IB101",
    status: "4.3.2",
    remote: MX,
    expected: {
      id: "godaddy-ib101",
      owner: "nobody",
      temporary: true,
      words: ["busy", "tries again"],
      wordsJa: ["混み合って", "再試行"],
    },
  },
  {
    name: "IB108: no reverse DNS for the sending IP",
    reply: `421 4.7.1 ${MX} Temporarily rejected. Reverse DNS for this IP failed. IB108`,
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "godaddy-ib108",
      owner: "your-admin",
      temporary: true,
      words: ["reverse DNS", "PTR"],
      wordsJa: ["逆引き DNS", "PTR"],
    },
  },
  {
    name: "IB508: the sender domain's SPF record does not list the server",
    reply:
      "550 5.7.1 sam@contoso.com Invalid SPF record. Inspect your SPF settings, and try again. IB508",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "godaddy-ib508",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "contoso.com"],
      wordsJa: ["SPF", "contoso.com"],
    },
  },
  {
    name: "IB506: the From domain does not resolve",
    reply: "550 5.1.8 contoso.com From: Domain is invalid. Provide a valid From: IB506",
    status: "5.1.8",
    remote: MX,
    expected: {
      id: "godaddy-ib506",
      owner: "your-admin",
      temporary: false,
      words: ["DNS", "MX"],
      wordsJa: ["DNS", "MX"],
    },
  },
  {
    name: "IB501: a blank From address",
    reply:
      "550 5.1.7 sam@contoso.com Blank From: addresses are not allowed. Provide a valid From. IB501",
    status: "5.1.7",
    remote: MX,
    expected: {
      id: "godaddy-invalid-from",
      owner: "your-admin",
      temporary: false,
      words: ["From", "RFC 5322"],
      wordsJa: ["差出人 (From)", "RFC 5322"],
    },
  },
  {
    name: "IB111: the IP blocked for the day for spam",
    reply:
      "554 5.7.1 This IP has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the Internet community. IB111",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "godaddy-ib111",
      owner: "your-admin",
      temporary: false,
      words: ["the rest of the day", "compromised account"],
      wordsJa: ["その日の終わりまで", "乗っ取られた"],
    },
  },
  {
    name: "IB112: the IP blocked for an hour for invalid recipients",
    reply:
      "554 5.7.1 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "godaddy-ib112",
      owner: "your-admin",
      temporary: false,
      words: ["for an hour", "do not exist"],
      wordsJa: ["1 時間", "存在しない"],
    },
  },
  {
    name: "IB607: too many recipients this hour",
    reply: "550 5.7.1 This IP has sent too many to too many recipients this hour. IB607",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "godaddy-hourly-limit",
      owner: "your-admin",
      temporary: false,
      words: ["hour", "limit"],
      wordsJa: ["1 時間", "上限"],
    },
  },
  {
    name: "IB605: too many recipients in one message",
    reply:
      "452 4.5.3 This message contains too many recipients. Reduce the number of recipients and retry. IB605",
    status: "4.5.3",
    remote: MX,
    expected: {
      id: "godaddy-ib605",
      owner: "you",
      temporary: true,
      words: ["too many people", "smaller groups"],
      wordsJa: ["宛先が多すぎた", "グループ"],
    },
  },
  {
    name: "IB401: a mail app signing in to the incoming server",
    reply: "535 5.7.3 Authentication not allowed on IBSMTP Servers. IB401",
    status: "5.7.3",
    remote: MX,
    expected: {
      id: "godaddy-ib401",
      owner: "you",
      temporary: false,
      words: ["smtpout.secureserver.net"],
    },
  },
  {
    name: "Recipient not found: no such mailbox",
    reply: "550 5.1.1 <kim@fabrikam.example> Recipient not found. <http://x.co/irbounce>",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "godaddy-no-such-account",
      owner: "you",
      temporary: false,
      words: ["GoDaddy", "mistyped"],
      wordsJa: ["GoDaddy", "入力ミス"],
    },
  },
  {
    name: "IB105: the Exploits Block List, explained by Spamhaus's table",
    reply: `554 5.7.1 ${MX} Connection refused. ${IP} is listed on the Exploits Block List (XBL) IB105`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-xbl",
      owner: "your-admin",
      temporary: false,
      words: [IP, "XBL", "malware"],
      wordsJa: [IP, "XBL", "マルウェア"],
    },
  },
  {
    name: "IB106: the Policy Block List, explained by Spamhaus's table",
    reply: `554 5.7.1 ${MX} Connection refused. ${IP} is listed on the Policy Block List (PBL) IB106`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-pbl",
      owner: "your-admin",
      temporary: false,
      words: [IP, "PBL"],
    },
  },
  {
    name: "IB104: the Spamhaus Block List",
    reply: `554 5.7.1 ${MX} Connection refused. ${IP} is listed on the Spamhaus Block List (SBL) IB104`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-sbl",
      owner: "your-admin",
      temporary: false,
      words: [IP, "SBL"],
    },
  },
  {
    name: "RBL Reject: GoDaddy's own block list",
    reply: `554 5.7.1 ${IP} RBL Reject. Please use the link in this message to request removal`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "godaddy-rbl-reject",
      owner: "your-admin",
      temporary: false,
      words: [IP, "removal"],
      wordsJa: [IP, "削除"],
    },
  },
];
