// The sixtieth round of the words (December 2026): a random held-out sample of the documentation
// and code corpora, 20 generic queries fixed in advance, each query's first reply per corpus that
// passed the skip rule (no case, no catalog text, in no earlier round's set, no bounce parser's
// material, no test author's invention, no AI-written page); the set, its sources and the scoring
// script are in /work/wt/h-words60-set, outside the repository. One class was fixed: Exchange
// Server's SendAsDenied words under 5.7.1 (singular or plural "permission"), a sender address the
// signed-in account may not use. The replies the round read right are kept as guards, with plain
// variants of the fixed class (marked "variant", our own examples).
import type { ProviderCase } from "./types";

const SEND_AS = {
  id: "sender-not-signed-in-account",
  owner: "you",
  temporary: false,
  words: ["sender address", "signed in"],
  wordsJa: ["送信者アドレス", "サインイン"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // Exchange Server 2007's SmtpResponse.SendAsDenied field (Microsoft Learn, aa494038)
  {
    name: "r60-01: Exchange's 550 5.7.1 Client does not have permission to send as this sender",
    reply: "550 5.7.1 Client does not have permission to send as this sender",
    status: "5.7.1",
    expected: SEND_AS,
  },
  // the plural, as SQL Server Reporting Services' docs quote a subscription's log ("Monitor
  // Reporting Services Subscriptions"), and users of on-premises Exchange quote it
  {
    name: "r60-01 variant: the plural, in .NET's SmtpException words",
    reply:
      "Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender",
    status: "5.7.1",
    expected: SEND_AS,
  },
  {
    name: "r60-01 variant: the plural under 5.7.1 alone",
    reply: "550 5.7.1 Client does not have permissions to send as this sender",
    status: "5.7.1",
    expected: SEND_AS,
  },
  {
    name: "r60-01 variant: under 554, in JavaMail's exception",
    reply:
      "com.sun.mail.smtp.SMTPSendFailedException: 554 5.7.1 Client does not have permissions to send as this sender",
    status: "5.7.1",
    expected: SEND_AS,
  },
  {
    name: "r60-01 variant: with the Exchange server's name after it",
    reply:
      "550 5.7.1 Client does not have permissions to send as this sender [EX01.corp.example.com]",
    status: "5.7.1",
    expected: SEND_AS,
  },
  // under Exchange Online's own code, Microsoft's row (the admin grants Send As) still applies
  {
    name: "r60-01 guard: under 5.7.60, Microsoft's row",
    reply: "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
    status: "5.7.60",
    expected: {
      id: "exo-5.7.60-send-as-denied",
      owner: "your-admin",
      temporary: false,
      words: ["send as"],
      wordsJa: ["送信者として送信"],
    },
  },
  // guards: the replies the round read right
  {
    name: "r60-02 guard: a cPanel host's Dovecot quota reply",
    reply: "552 5.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded",
    status: "5.2.2",
    expected: {
      id: "iana-5.2.2",
      owner: "recipient",
      temporary: false,
      words: ["quota"],
      wordsJa: ["容量"],
    },
  },
  {
    name: "r60-07 guard: MDaemon's greylisting in progress",
    reply: "451 4.3.0 Greylisting in progress",
    status: "4.3.0",
    expected: {
      id: "greylisting",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレーリスティング"],
    },
  },
  {
    name: "r60-08 guard: Symantec MessageLabs' invalid recipient",
    reply: "550-Invalid recipient <someone@bbc.co.uk> 550 (#5.1.1)",
    status: "5.1.1",
    remote: "cluster1.eu.messagelabs.com",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: ["does not exist"],
      wordsJa: ["存在しません"],
    },
  },
];
