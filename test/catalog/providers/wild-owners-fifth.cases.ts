// Owners, fifth pass (December 2026): one owner per kind of refusal across the catalog. Three
// kinds had entries that disagreed: a receiving system short of storage or memory (the registry's
// 4.3.1 and FTGate's #1.03 the recipient's admin's, Exchange's back pressure your admin's, qmail's
// "qq out of memory" and Proofpoint's "Insufficient system resources" nobody's), a deferral for the
// sending IP's reputation or activity (Microsoft 365's 4.7.500-699 and 4.7.850-899 Microsoft's,
// Outlook.com's 4.7.650 your admin's) and a cap of recipients per transaction (Exchange Online's
// 4.5.3 your admin's, the registry's nobody's). The real replies come from earlier rounds' held-out
// sets (rounds 40, 41 and 49: /work/wt/h-owner5-set, outside the repository), each source named;
// plain variants of each kind follow.
import type { ProviderCase } from "./types";

const SHORT_OF_STORAGE = {
  id: "iana-4.3.1",
  owner: "nobody",
  temporary: true,
  words: ["storage"],
  wordsJa: ["保存領域"],
} as const;
const SUSPICIOUS_IP = {
  id: "exo-4.7.500-699-try-again-later",
  owner: "your-admin",
  temporary: true,
  words: ["suspicious activity"],
  wordsJa: ["不審な動き"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // inmotionhosting.com's page on error 421 (round 49)
  {
    name: "o5-01: 421 4.3.1 Out of disk space for temp file",
    reply: "421 4.3.1 Out of disk space for temp file",
    status: "4.3.1",
    expected: SHORT_OF_STORAGE,
  },
  // Microsoft KB 329167's title, as round 49 found it
  {
    name: "o5-02: 452 4.3.1 Out of Memory",
    reply: "452 4.3.1 Out of Memory",
    status: "4.3.1",
    expected: SHORT_OF_STORAGE,
  },
  // RFC 5321's standard text of 452 under the same status
  {
    name: "o5-03: 452 4.3.1 Insufficient system storage",
    reply: "452 4.3.1 Requested action not taken: insufficient system storage",
    status: "4.3.1",
    expected: SHORT_OF_STORAGE,
  },
  // FTGate's service error messages (docs.ftgate.com): the server's disk, #1.03
  {
    name: "o5-04: FTGate #1.03, out of disk space",
    reply: "452 Out of disk space (#1.03)",
    status: "4.3.1",
    expected: {
      id: "ftgate-disk-full",
      owner: "nobody",
      temporary: true,
      words: ["FTGate", "disk space"],
      wordsJa: ["FTGate", "ディスク容量"],
    },
  },
  // knowledge.broadcom.com article 438593: a gateway's queue held by Microsoft's 4.7.650 (round 49)
  {
    name: "o5-05: 451 4.7.650 rate limited due to IP reputation",
    reply: "451 4.7.650 the mail server [203.0.113.5] has been rate limited due to IP reputation",
    status: "4.7.650",
    expected: SUSPICIOUS_IP,
  },
  // MicrosoftDocs/OfficeDocs-Exchange#2499 (round 41)
  {
    name: "o5-06: 451 4.7.500 Server busy (S77719) from Microsoft 365",
    reply: "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77719)",
    status: "4.7.500",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: SUSPICIOUS_IP,
  },
  // Microsoft's table's own words, in the other range
  {
    name: "o5-07: 451 4.7.850 Access denied, please try again later",
    reply: "451 4.7.850 Access denied, please try again later",
    status: "4.7.850",
    remote: "fabrikam-com.mail.protection.outlook.com",
    expected: {
      id: "exo-4.7.850-899-try-again-later",
      owner: "your-admin",
      temporary: true,
      words: ["suspicious activity", "IP address"],
      wordsJa: ["不審な動き", "IP アドレス"],
    },
  },
  // pastebin.com/ERJ1H1G0, a bounce quoting Exchange Online Protection (round 40)
  {
    name: "o5-08: 452 4.5.3 Too many recipients (AS780090)",
    reply:
      "452 4.5.3 Too many recipients (AS780090) [HK2APC01FT034.eop-APC01.prod.protection.outlook.com]",
    status: "4.5.3",
    remote: "HK2APC01FT034.eop-APC01.prod.protection.outlook.com",
    expected: {
      id: "exo-4.5.3-too-many-recipients",
      owner: "nobody",
      temporary: true,
      words: ["200"],
      wordsJa: ["200"],
    },
  },
];
