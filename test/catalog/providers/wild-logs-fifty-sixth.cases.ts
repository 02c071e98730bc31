// The fifty-sixth round of the words (December 2026): replies in mail logs and in the exceptions
// of mail-sending code, found by 30 exact strings fixed in advance (Python's SMTPDataError and
// SMTPSenderRefused, Exchange's LED=, qmail's "Remote host said:", Symfony's and JavaMail's
// exceptions, Postfix's "said:" lines, Sendmail's dsn=). The set, its sources and the scoring
// script are in /work/wt/h-words56-set, outside the repository. The classes fixed: Exim's
// line-length refusal, a sending service's per-second limit, its unconfigured sending domain and
// its demo domain, Exchange Online's throttling and blocking of out-of-date on-premises Exchange
// servers (x.7.230), its failed check of the destination's certificate name, and the mailbox
// store's size refusal (MapiExceptionMaxSubmissionExceeded). Two replies read right are kept as
// guards; variants (marked so) are our own examples in the servers' formats.
import type { ProviderCase } from "./types";

const LINE_TOO_LONG = {
  id: "line-too-long",
  owner: "your-admin",
  temporary: false,
  words: ["1,000 characters", "998"],
  wordsJa: ["1,000 文字", "998"],
} as const;

const SENDER_IDENTITY = {
  id: "sender-identity-unverified",
  owner: "your-admin",
  temporary: false,
  words: ["sending service", "verified"],
  wordsJa: ["送信サービス", "確認"],
} as const;

const STORE_SIZE = {
  id: "token-MapiExceptionMaxSubmissionExceeded",
  owner: "you",
  temporary: false,
  words: ["maximum receive size", "smaller"],
  wordsJa: ["最大受信サイズ", "小さく"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://lists.samba.org/archive/samba-technical/2020-November/ (autobuild's smtplib traceback)
  {
    name: "r56-02: Exim's data ACL refuses a line over 998 octets",
    reply: "550 maximum allowed line length is 998 octets, got 1756",
    status: "5.0.0",
    expected: LINE_TOO_LONG,
  },
  {
    name: "r56-02 variant: the same ACL's words under an enhanced code, from an Exim host",
    reply: "550 5.7.0 maximum allowed line length is 998 octets, got 4210",
    status: "5.7.0",
    remote: "mx1.mail.example.org",
    expected: LINE_TOO_LONG,
  },
  // an application's log of SMTP failures, September 2025 (Mailtrap's sandbox host); the same reply
  // in a Laravel application's failed-jobs dump of 2026
  {
    name: "r56-03: Mailtrap's per-second limit of the plan",
    reply:
      "550 5.7.0 Too many emails per second. Please upgrade your plan https://mailtrap.io/billing/plans/testing",
    status: "5.7.0",
    remote: "sandbox.smtp.mailtrap.io",
    expected: {
      id: "sending-service-quota",
      owner: "your-admin",
      temporary: false,
      words: ["sending service", "per second"],
      wordsJa: ["送信サービス", "1 秒"],
    },
  },
  // https://learn.microsoft.com/en-us/answers/questions/2110876/ (an Exchange 2016 pickup folder)
  {
    name: "r56-04: Exchange Online blocks an out-of-date on-premises Exchange server",
    reply:
      "550 5.7.230 Connecting Exchange server version is out-of-date; connection to Exchange Online blocked for 60 mins/hr.",
    status: "5.7.230",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: {
      id: "exo-5.7.230-out-of-date-server-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["out of date", "Cumulative Update", "90 days"],
      wordsJa: ["更新されていない", "累積更新プログラム", "90 日"],
    },
  },
  // https://techcommunity.microsoft.com/t5/exchange-team-blog/how-to-pause-throttling-and-blocking-of-out-of-date-on-premises/ba-p/4007169
  {
    name: "r56-04 variant: the throttling stage, as the Exchange Team blog gives it",
    reply:
      "450 4.7.230 Connecting Exchange server version is out-of-date; connection to Exchange Online throttled for 15 mins/hr.",
    status: "4.7.230",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: {
      id: "exo-4.7.230-out-of-date-server-throttled",
      owner: "your-admin",
      temporary: true,
      words: ["out of date", "Cumulative Update"],
      wordsJa: ["更新されていない", "累積更新プログラム"],
    },
  },
  // a forum post's Exchange message tracking result, October 2023
  {
    name: "r56-06: the mailbox store refuses a message over the recipient's receive size",
    reply:
      "554 5.2.0 STOREDRV.Deliver.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent exception with message Cannot save changes made to an item to store.",
    status: "5.2.0",
    expected: STORE_SIZE,
  },
  // an application's SMTP mailer, a comment quoting Microsoft 365's answer to its submission
  {
    name: "r56-10: the same store refusal at submission, code 5.2.270",
    reply:
      "554 5.2.270 MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit.",
    status: "5.2.270",
    remote: "smtp.office365.com",
    expected: STORE_SIZE,
  },
  // Microsoft Japan's Exchange blog: certificate renewal in a hybrid deployment (Exchange Online to on-premises)
  {
    name: "r56-07: Exchange Online finds the wrong name on the destination's certificate",
    reply:
      "450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=ExchangeServer01. Thumbprint: D0AC2FC63B9C5798828B45D849BE8D33.] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=72.x.x.x.:25]",
    status: "4.4.317",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: {
      id: "exo-4.4.317-subject-mismatch",
      owner: "recipient-admin",
      temporary: true,
      words: ["certificate", "TlsCertificateName"],
      wordsJa: ["証明書", "TlsCertificateName"],
    },
  },
  // https://learn.microsoft.com/en-us/archive/blogs/exchangechallengeaccepted/ (April 2017, the same hybrid case)
  {
    name: "r56-07's class under 4.7.320, Microsoft's archived Exchange blog",
    reply:
      "450 4.7.320 Certificate validation failed [Message=SubjectMismatch] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=172.16.254.1:25]",
    status: "4.7.320",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: {
      id: "exo-4.7.320-certificate-validation-failed",
      owner: "recipient-admin",
      temporary: true,
      words: ["certificate", "SubjectMismatch"],
      wordsJa: ["証明書", "SubjectMismatch"],
    },
  },
  // a Spring application's MailSendException, pasted into a chat (Mailtrap's demo domain)
  {
    name: "r56-11: Mailtrap's demo domain sends only to the account's owner",
    reply:
      "554 5.7.1 Demo domains can only be used to send emails to account owners. You can only send testing emails to your own email address.",
    status: "5.7.1",
    expected: SENDER_IDENTITY,
  },
  // a 2016 blog post on relaying Postfix through SparkPost
  {
    name: "r56-16: SparkPost refuses a From domain not configured in the account",
    reply: "550 5.7.1 Unconfigured Sending Domain <app.example.com>",
    status: "5.7.1",
    remote: "smtp.sparkpostmail.com",
    expected: SENDER_IDENTITY,
  },
  // https://github.com/transitland/transitland-datastore/issues/1231 (Net::SMTPFatalError)
  {
    name: "r56-16's class in a Rails application's exception (no host)",
    reply: "550 5.7.1 Unconfigured Sending Domain <mapzen.com>",
    status: "5.7.1",
    expected: SENDER_IDENTITY,
  },
  // guards, read right before the round: SourceForge's callout to the sender domain's postmaster
  // (a 2006 blog post) and AOL's session timeout (a forum thread's Postfix log)
  {
    name: "r56-08: SourceForge's postmaster verification (read right before)",
    reply:
      "550-Postmaster verification failed while checking <george@reilly.org> 550-Called: 205.158.62.206 550-Sent: RCPT TO:<postmaster@reilly.org> 550-Response: 550 <postmaster@reilly.org>: User unknown 550-Several RFCs state that you are required to have a postmaster 550-mailbox for each mail domain. This host does not accept mail 550-from domains whose servers reject the postmaster address. 550 Sender verify failed",
    status: "5.0.0",
    remote: "lists.sourceforge.net",
    expected: {
      id: "exim-sender-verify",
      owner: "your-admin",
      temporary: false,
      words: ["sender"],
      wordsJa: ["送信"],
    },
  },
  {
    // round 62: Postfix's idle-session words say more than the registry's "bad connection"
    name: "r56-13: AOL's session timeout (read right before)",
    reply: "421 4.4.2 mtain-dl02.r1000.mx.aol.com Error: timeout exceeded",
    status: "4.4.2",
    remote: "mailin-03.mx.aol.com",
    expected: {
      id: "session-timeout",
      owner: "nobody",
      temporary: true,
      words: ["time limit"],
      wordsJa: ["制限時間"],
    },
  },
];
