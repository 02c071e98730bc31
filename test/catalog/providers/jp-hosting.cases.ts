// Refusals of the mail server software Japanese ISPs and hosting services run (qmail, sendmail with
// POP before SMTP, Postfix's rate limit), in the wordings their help pages publish for users (named
// in each table's header), with sample values. None names a host of a known provider: the tables
// are found by their words. Negatives: the same servers' words that keep other meanings.
import type { ProviderCase } from "./types";

const OWN = "smtp.contoso.example";
const MX = "mx.fabrikam.example";

export const CASES: readonly ProviderCase[] = [
  {
    name: "qmail: own server, relay to another domain without logging in",
    reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    status: "5.7.1",
    remote: OWN,
    expected: {
      id: "qmail-rcpthosts",
      owner: "you",
      temporary: false,
      words: ["authentication", "587", "POP before SMTP"],
      wordsJa: ["SMTP 認証", "587", "POP before SMTP"],
    },
  },
  {
    name: "qmail rcpthosts, status without detail",
    reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    status: "5.0.0",
    expected: {
      id: "qmail-rcpthosts",
      owner: "you",
      temporary: false,
      words: ["log in", "rcpthosts"],
      wordsJa: ["サインイン", "rcpthosts"],
    },
  },
  {
    name: "qmail rcpthosts written by the recipient's MX",
    reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "qmail-rcpthosts",
      owner: "you",
      temporary: false,
      words: ["MX", "recipient's server"],
      wordsJa: ["MX", "受信側のサーバー"],
    },
  },
  {
    name: "vpopmail: full mailbox, deferred",
    reply: "452 sorry, mailbox is full (#4.5.2)",
    status: "4.5.2",
    remote: MX,
    expected: {
      id: "qmail-mailbox-full",
      owner: "recipient",
      temporary: true,
      words: ["full", "quota"],
      wordsJa: ["いっぱい", "容量"],
    },
  },
  {
    name: "vpopmail full mailbox, class-only status",
    reply: "452 sorry, mailbox is full (#4.5.2)",
    status: "4.0.0",
    expected: {
      id: "qmail-mailbox-full",
      owner: "recipient",
      temporary: true,
      words: ["quota"],
      wordsJa: ["容量"],
    },
  },
  {
    name: "sendmail POP before SMTP: receive first",
    reply: "553 5.3.0 <kim@fabrikam.example>... Please receive your mail before sending",
    status: "5.3.0",
    remote: OWN,
    expected: {
      id: "pop-before-smtp-required",
      owner: "you",
      temporary: false,
      words: ["POP before SMTP", "new mail"],
      wordsJa: ["POP before SMTP", "受信"],
    },
  },
  {
    name: "POP before SMTP: relay operation rejected",
    reply: "550 5.7.1 <kim@fabrikam.example>... Relay operation rejected",
    status: "5.7.1",
    remote: OWN,
    expected: {
      id: "pop-before-smtp-required",
      owner: "you",
      temporary: false,
      words: ["587", "did not leave your server"],
      wordsJa: ["587", "自分のサーバーから出ていません"],
    },
  },
  {
    name: "POP before SMTP, no host named",
    reply: "550 Relay operation rejected",
    status: "5.0.0",
    expected: {
      id: "pop-before-smtp-required",
      owner: "you",
      temporary: false,
      words: ["POP before SMTP"],
    },
  },
  {
    name: "@nifty: send before checking mail (POP before SMTP)",
    reply: "553 sorry, you must get POP/APOP authorization.",
    status: "5.7.1",
    remote: OWN,
    expected: {
      id: "pop-before-smtp-required",
      owner: "you",
      temporary: false,
      words: ["POP before SMTP", "587"],
    },
  },
  {
    name: "qmail rcpthosts: the recipient's domain may be mistyped",
    reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    status: "5.7.1",
    remote: OWN,
    expected: {
      id: "qmail-rcpthosts",
      owner: "you",
      temporary: false,
      words: ["typos"],
      wordsJa: ["入力ミス"],
    },
  },
  {
    name: "sendmail: mailbox over its disk quota",
    reply: "554 5.3.0 <kim@fabrikam.example>... Can't create output",
    status: "5.3.0",
    remote: MX,
    expected: {
      id: "sendmail-cant-create-output",
      owner: "recipient",
      temporary: false,
      words: ["disk space", "made room"],
      wordsJa: ["ディスク容量", "空きを作って"],
    },
  },
  {
    name: "sendmail can't create output, class-only status",
    reply: "554 <kim@fabrikam.example>... Can't create output",
    status: "5.0.0",
    expected: {
      id: "sendmail-cant-create-output",
      owner: "recipient",
      temporary: false,
      words: ["mailbox"],
      wordsJa: ["メールボックス"],
    },
  },
  {
    name: "Postfix message rate limit (hosting server)",
    reply: "450 4.7.1 Error: too much mail from 203.0.113.5",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "postfix-message-rate",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.5", "smtpd_client_message_rate_limit", "tries again"],
      wordsJa: ["203.0.113.5", "smtpd_client_message_rate_limit", "再試行"],
    },
  },
  {
    name: "Postfix message rate limit, no host named",
    reply: "450 4.7.1 Error: too much mail from 198.51.100.20",
    status: "4.7.1",
    expected: {
      id: "postfix-message-rate",
      owner: "your-admin",
      temporary: true,
      words: ["198.51.100.20"],
    },
  },
  {
    name: "negative: qmail's size refusal keeps the registry's meaning",
    reply: "552 sorry, that message size exceeds my databytes limit (#5.3.4)",
    status: "5.3.4",
    remote: MX,
    expected: {
      id: "iana-5.3.4",
      owner: "you",
      temporary: false,
      words: ["larger"],
      wordsJa: ["大きさ"],
    },
  },
  {
    // from the recipient's own MX: its domain not set up there (relay-recipient-server.test.ts)
    name: "negative: sendmail's Relaying denied keeps the engine's meaning",
    reply: "550 5.7.1 <kim@fabrikam.example>... Relaying denied",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "relay-refused-recipient-server",
      owner: "recipient-admin",
      temporary: false,
      words: ["relay"],
      wordsJa: ["中継"],
    },
  },
];
