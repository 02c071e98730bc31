// The twenty-eighth round of the words (December 2026): Microsoft 365's and Outlook.com's own
// refusals as users paste them, taken in order from the result lists of searches fixed by code
// family before any was run (issue threads of software that sends through Microsoft 365, Q&A and
// help pages), none a case, a catalog text or an earlier set's reply; the rule, the set, its
// sources and the scoring script are in /work/wt/h-words28-set, outside the repository. Its misses
// were two classes: Microsoft's cross-region deferral (4.5.3 "Recipients belong to multiple
// regions", read as the table's 200-recipient row, your admin's) and Exchange's "Unrecognized
// command" said to a program, read as two of the organization's own servers failing to talk.
// Plain variants of each class follow the real replies; the rest of the set, read right before,
// guards what it holds.
import type { ProviderCase } from "./types";

const REGIONS = {
  id: "exo-4.5.3-multiple-regions",
  owner: "nobody",
  temporary: true,
  words: ["region", "separate delivery"],
  wordsJa: ["リージョン"],
} as const;
const UNRECOGNIZED = {
  id: "exs-5.3.3-unrecognized-command",
  owner: "your-admin",
  temporary: false,
  words: ["program", "command"],
  wordsJa: ["プログラム", "コマンド"],
} as const;
const SEND_AS = {
  id: "exo-5.7.60-send-as-denied",
  owner: "your-admin",
  temporary: false,
  words: ["From", "Send As"],
  wordsJa: ["From"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://github.com/reacherhq/check-if-email-exists/issues/756
  {
    name: "w28-05: 4.5.3 Recipients belong to multiple regions ATTR38",
    reply:
      "4.5.3 Recipients belong to multiple regions ATTR38 [AM7EUR06FT068.eop-eur06.prod.protection.outlook.com]",
    status: "4.5.3",
    remote: "hotmail-com.olc.protection.outlook.com",
    expected: REGIONS,
  },
  {
    name: "regions: 452 from a tenant's Exchange Online MX",
    reply:
      "452 4.5.3 Recipients belong to multiple regions ATTR38 [BN8NAM12FT044.eop-nam12.prod.protection.outlook.com]",
    status: "4.5.3",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: REGIONS,
  },
  {
    name: "regions: the words alone",
    reply: "452 4.5.3 Recipients belong to multiple regions",
    status: "4.5.3",
    expected: REGIONS,
  },
  {
    name: "guard: the table's 4.5.3 row keeps its meaning",
    reply: "452 4.5.3 Too many recipients",
    status: "4.5.3",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: {
      id: "exo-4.5.3-too-many-recipients",
      owner: "nobody",
      temporary: true,
      words: ["200"],
    },
  },
  // https://github.com/simonrob/email-oauth2-proxy/issues/234
  {
    name: "w28-01: 500 5.3.3 Unrecognized command 'unknown' from Microsoft 365",
    reply:
      "500 5.3.3 Unrecognized command 'unknown' [xx.xx.PROD.OUTLOOK.COM 2024-03-03T19:15:06.603Z xx]",
    status: "5.3.3",
    remote: "outlook.office365.com",
    expected: UNRECOGNIZED,
  },
  {
    name: "unrecognized: another command to Microsoft 365's submission host",
    reply: "500 5.3.3 Unrecognized command 'XCLIENT' [AM6PR04CA0012.eurprd04.prod.outlook.com]",
    status: "5.3.3",
    remote: "smtp.office365.com",
    expected: UNRECOGNIZED,
  },
  {
    name: "unrecognized: Microsoft's bare text keeps the connector advice",
    reply: "500 5.3.3 Unrecognized command",
    status: "5.3.3",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: { ...UNRECOGNIZED, words: ["Exchange Server authentication", "receive connector"] },
  },
  // https://tux.re/forum/viewtopic.php?t=48
  {
    name: "w28-02: 554 5.2.122 The recipient has exceeded their limit ... per hour",
    reply:
      "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. [MWH0EPF000A6735.namprd04.prod.outlook.com 2026-04-15T07:56:32.710Z 08DE978C908158E9]",
    status: "5.2.122",
    remote: "hotmail-com.olc.protection.outlook.com",
    expected: {
      id: "exo-5.2.122-hourly-receive-limit",
      owner: "you",
      temporary: false,
      words: ["this hour"],
      wordsJa: ["1 時間"],
    },
  },
  // https://github.com/TYPO3-directmail/direct_mail/issues/267
  {
    name: "w28-03: 554 5.2.252 STOREDRV.Submission.Exception:SendAsDeniedException",
    reply:
      "554 5.2.252 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
    status: "5.2.252",
    remote: "smtp.office365.com",
    expected: SEND_AS,
  },
  // https://github.com/nodemailer/nodemailer/issues/748 (a send-as refusal under 5.3.4, not a size limit)
  {
    name: "w28-04: 550 5.3.4 554 5.2.0 SendAsDeniedException from Outlook.com",
    reply:
      "550 5.3.4 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. 16.55847:69000000, 17.43559:0000000048010000000",
    status: "5.3.4",
    remote: "smtp-mail.outlook.com",
    expected: SEND_AS,
  },
];
