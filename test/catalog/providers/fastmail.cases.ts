// Fastmail refusals as its MX servers (*.messagingengine.com) write them, with the phrasings of
// Fastmail's help pages, its blog's over-quota deferral and the reply for a locked account.
// Sample values.
import type { ProviderCase } from "./types";

const MX = "in1-smtp.messagingengine.com";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "User unknown in local recipient table: no such Fastmail mailbox",
    reply:
      "550 5.1.1 <kim@fastmail.com>: Recipient address rejected: User unknown in local recipient table",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@fastmail.com",
    expected: {
      id: "fastmail-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Fastmail", "mistyped"],
      wordsJa: ["Fastmail", "入力ミス"],
    },
  },
  {
    name: "User unknown at a domain hosted on Fastmail (named by its MX)",
    reply:
      "550 5.1.1 <olga@fabrikam.example>: Recipient address rejected: User unknown in local recipient table",
    status: "5.1.1",
    remote: "in2-smtp.messagingengine.com",
    recipient: "olga@fabrikam.example",
    expected: {
      id: "fastmail-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Fastmail", "alias"],
      wordsJa: ["Fastmail", "エイリアス"],
    },
  },
  {
    name: "451 User is over quota, try again later: a full mailbox, deferred",
    reply: "451 User is over quota, try again later",
    status: "4.0.0",
    remote: MX,
    recipient: "kim@fastmail.com",
    expected: {
      id: "fastmail-over-quota",
      owner: "recipient",
      temporary: true,
      words: ["full", "tries again"],
      wordsJa: ["いっぱい", "再試行"],
    },
  },
  {
    name: "User is over quota, named by the recipient's domain alone",
    reply: "451 User is over quota, try again later",
    status: "4.2.2",
    recipient: "kim@fastmail.fm",
    expected: {
      id: "fastmail-over-quota",
      owner: "recipient",
      temporary: true,
      words: ["Fastmail", "full"],
      wordsJa: ["Fastmail", "いっぱい"],
    },
  },
  {
    name: "Content rejected: a probable virus or reported spam, not the registry's 5.7.1",
    reply: "554 5.7.1 Content rejected",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@fastmail.com",
    expected: {
      id: "fastmail-content-rejected",
      owner: "you",
      temporary: false,
      words: ["virus", "zip"],
      wordsJa: ["ウイルス", "zip"],
    },
  },
  {
    name: "Content rejected, named by the recipient's domain",
    reply: "550 5.7.1 Content rejected",
    status: "5.7.1",
    recipient: "kim@fastmail.com",
    expected: {
      id: "fastmail-content-rejected",
      owner: "you",
      temporary: false,
      words: ["Fastmail", "spam"],
      wordsJa: ["Fastmail", "迷惑メール"],
    },
  },
  {
    name: "Access denied: the sender is blocked by Fastmail's abuse systems",
    reply: `554 5.7.1 <mail.contoso.com[${IP}]>: Client host rejected: Access denied`,
    status: "5.7.1",
    remote: MX,
    recipient: "kim@fastmail.com",
    expected: {
      id: "fastmail-access-denied",
      owner: "your-admin",
      temporary: false,
      words: ["Fastmail", "abuse", "spammer"],
      wordsJa: ["Fastmail", "不正利用", "迷惑メールの送信者"],
    },
  },
  {
    name: "Address locked or deactivated: the recipient's account is locked",
    reply: `554 5.7.1 <mail.contoso.com[${IP}]>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html`,
    status: "5.7.1",
    remote: MX,
    recipient: "kim@fastmail.com",
    expected: {
      id: "fastmail-account-locked",
      owner: "recipient",
      temporary: false,
      words: ["locked", "Fastmail"],
      wordsJa: ["ロック", "Fastmail"],
    },
  },
  {
    name: "Address locked, named by Fastmail's link alone (a domain hosted on Fastmail)",
    reply:
      "554 5.7.1 Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html",
    status: "5.7.1",
    recipient: "olga@fabrikam.example",
    expected: {
      id: "fastmail-account-locked",
      owner: "recipient",
      temporary: false,
      words: ["locked"],
      wordsJa: ["ロック"],
    },
  },
];
