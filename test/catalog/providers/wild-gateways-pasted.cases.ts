// The forty-eighth round of the words (December 2026): spam filters' and security gateways'
// refusals as users and admins paste them into threads and help pages (the rule, set and scoring
// script are in /work/wt/h-words48-set, outside the repository). Its classes fixed: Symantec
// Email Security.cloud's IP reputation denial ("554 Denied [IPR] (Mode: normal)"), read as the
// registry's bare 5.0.0 (the recipient's admin's), is an entry of its table, named by its words
// alone; a refused attachment's file extension in rspamd's reject messages as sites set them
// joins the attachment wording (you send the file another way). The last four are replies of
// the round the catalog already read right: guards.
import type { ProviderCase } from "./types";

const IPR = {
  id: "symantec-cloud-ip-reputation",
  owner: "your-admin",
  temporary: false,
  words: ["Symantec", "reputation", "30 minutes"],
  wordsJa: ["Symantec", "評価", "30 分"],
} as const;

const ATTACHMENT = {
  id: "attachment-type-refused",
  owner: "you",
  temporary: false,
  words: ["attachment", "link"],
  wordsJa: ["添付ファイル", "リンク"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // cms.orlinpilot.com/index.php?/Knowledgebase/Article/View/18/2/error-554-denied-ipr-mode-normal
  // (a reseller's copy of the service's own explanation: poor IP reputation, per server cluster)
  {
    name: "r48-04: 554 Denied [IPR] (Mode: normal), from a messagelabs.com gateway",
    reply: "554 Denied [IPR] (Mode: normal)",
    status: "5.0.0",
    remote: "cluster1.eu.messagelabs.com",
    expected: IPR,
  },
  {
    name: "r48-04 variant: the same reply with no host named",
    reply: "554 Denied [IPR] (Mode: normal)",
    status: "5.0.0",
    expected: IPR,
  },
  {
    name: "r48-04 variant: under 5.7.1, as a relaying server's DSN may give it",
    reply: "554 Denied [IPR] (Mode: normal) (in reply to RCPT TO command)",
    status: "5.7.1",
    expected: IPR,
  },
  // github.com/poolpOrg/filter-rspamd/pull/5 (rspamd's reply relayed by OpenSMTPD, 2019-09-20)
  {
    name: "r48-05: 550 Rejected due to bad file extension in attachment (rspamd)",
    reply: "550 Rejected due to bad file extension in attachment",
    status: "5.0.0",
    expected: ATTACHMENT,
  },
  {
    name: "r48-05 variant: under 5.7.1",
    reply: "550 5.7.1 Rejected due to bad file extension in attachment",
    status: "5.7.1",
    expected: ATTACHMENT,
  },
  // github.com/NethServer/dev/issues/5811 (rspamd's multimap message NethServer set for it)
  {
    name: "rspamd's multimap, as NethServer words it: Forbidden attachment name extension",
    reply: "554 5.7.1 Forbidden attachment name extension",
    status: "5.7.1",
    expected: ATTACHMENT,
  },
  // guards: replies of the round read right before it
  // (an Ubuntu Forums thread of 2009-04-25: Proofpoint's block at the greeting)
  {
    name: "r48-02 guard: 554 <host> ESMTP Blocked - see Proofpoint's lookup",
    reply:
      "554 mx.kent.edu.pph5a.pphosted.com ESMTP Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.142",
    status: "5.0.0",
    remote: "mx2.kent.edu.gslb.pphosted.com",
    expected: {
      id: "proofpoint-pdr-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Proofpoint"],
    },
  },
  // wordtothewise.com/2018/07/who-are-mimecast
  {
    name: "r48-03 guard: Mimecast's 'Remote server returned ... -> Administrative prohibition'",
    reply:
      "Remote server returned message denied by administrative policy -> Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550",
    status: "5.0.0",
    expected: {
      id: "mimecast-admin-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Mimecast"],
    },
  },
  // plesk.com/kb/support/an-ip-address-of-a-plesk-mail-server-got-blacklisted-how-to-troubleshoot/
  {
    name: "r48-06 guard: blocked using prs.proofpoint.com",
    reply:
      "5.7.1 Service unavailable; client [203.0.113.2] blocked using prs.proofpoint.com (in reply to RCPT TO command)",
    status: "5.7.1",
    expected: {
      id: "dnsbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["block list"],
      wordsJa: ["ブロック リスト"],
    },
  },
  {
    name: "r48-07 guard: Cisco's poor reputation of a domain used in message transfer",
    reply:
      "554 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer",
    status: "5.0.0",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: ["reputation"],
      wordsJa: ["評価"],
    },
  },
];
