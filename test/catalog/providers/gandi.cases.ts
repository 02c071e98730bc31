// Gandi Mail refusals as its servers (*.gandi.net) write them, with the phrasings of Gandi's
// troubleshooting page (postmaster.gandi.net), which its replies link to. Sample values.
import type { ProviderCase } from "./types";

const MX = "spool.mail.gandi.net";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "RULE3_2: a high spam score, not the registry's 5.7.1",
    reply: "550 5.7.1 Reject for policy reason RULE3_2. See http://postmaster.gandi.net",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "gandi-rule3-2",
      owner: "you",
      temporary: false,
      words: ["Gandi", "RULE3_2", "spam score"],
      wordsJa: ["Gandi", "RULE3_2", "迷惑メール スコア"],
    },
  },
  {
    name: "RULE3_2 named by its postmaster link alone",
    reply: "550 5.7.1 Reject for policy reason RULE3_2. See http://postmaster.gandi.net",
    status: "5.7.1",
    expected: {
      id: "gandi-rule3-2",
      owner: "you",
      temporary: false,
      words: ["Gandi", "SPF"],
      wordsJa: ["Gandi", "SPF"],
    },
  },
  {
    name: "RULE1_1: a possible virus or malware",
    reply: "550 5.7.1 Reject for policy reason. RULE1_1 See http://postmaster.gandi.net",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "gandi-rule1-1",
      owner: "you",
      temporary: false,
      words: ["malware", "macros"],
      wordsJa: ["マルウェア", "マクロ"],
    },
  },
  {
    name: "RULE2_1: taken for phishing",
    reply: "550 5.7.1 Reject for policy reason RULE2_1. See http://postmaster.gandi.net",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "gandi-rule2-1",
      owner: "you",
      temporary: false,
      words: ["phishing", "links"],
      wordsJa: ["フィッシング", "リンク"],
    },
  },
  {
    name: "RULE2_2: taken for a scam, under a bare 5.0.0",
    reply: "550 Reject for policy reason RULE2_2. See http://postmaster.gandi.net",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "gandi-rule2-2",
      owner: "you",
      temporary: false,
      words: ["scam"],
      wordsJa: ["詐欺"],
    },
  },
  {
    name: "RULE3_1: suspicious commercial mail",
    reply: "550 5.7.1 Reject for policy reason RULE3_1. See http://postmaster.gandi.net",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "gandi-rule3-1",
      owner: "you",
      temporary: false,
      words: ["commercial", "unsubscribe"],
      wordsJa: ["商用メール", "配信停止"],
    },
  },
  {
    name: "Greylisted for 300 seconds: retried by itself",
    reply: "450 4.2.0 Greylisted for 300 seconds. See http://postmaster.gandi.net",
    status: "4.2.0",
    remote: MX,
    expected: {
      id: "gandi-greylisted",
      owner: "nobody",
      temporary: true,
      words: ["greylisting", "retries"],
      wordsJa: ["グレーリスティング", "再試行"],
    },
  },
  {
    name: "blocked you maybe infected: the sending computer may carry malware",
    reply: `554 5.7.1 Service unavailable; Client host [${IP}] blocked you maybe infected. See http://postmaster.gandi.net`,
    status: "5.7.1",
    remote: "mail.gandi.net",
    expected: {
      id: "gandi-maybe-infected",
      owner: "your-admin",
      temporary: false,
      words: [IP, "trojan", "port 25"],
      wordsJa: [IP, "トロイの木馬", "ポート 25"],
    },
  },
];
