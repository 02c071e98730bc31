// Mail.ru refusals as its servers write them (mxs.mail.ru for its mailboxes, smtp.mail.ru for its
// users' sending), in the wording its replies carry as quoted in public logs and pages (see the
// header of src/core/catalog/providers/mailru.ts). Sample values.
import type { ProviderCase } from "./types";

const MX = "mxs.mail.ru";
const SMTP = "smtp.mail.ru";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  // round 51: a C++ SMTP client's notes quoting Mail.ru's reply and help page 261 (SMTP sign-in);
  // an Exim user's smarthost log for smtp.inbox.ru (forum post, 2008-11-18)
  {
    name: "503 Administrative prohibition -- authorization required: sent from a Mail.ru address without signing in",
    reply:
      "503 Administrative prohibition -- authorization required.  Users in your domain are not allowed to send email without authorization.  See http://www.mail.ru/pages/help/261.html for details.",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "mailru-auth-required",
      owner: "you",
      temporary: false,
      words: ["signing in", "authentication"],
      wordsJa: ["サインイン", "認証"],
    },
  },
  {
    name: "the same refusal from inbox.ru's server after pipelined DATA, without the link",
    reply:
      "503 Administrative prohibition -- authorization required.  Users in your domain are not allowed to send email without authorization.",
    status: "5.0.0",
    remote: "smtp.inbox.ru",
    expected: { id: "mailru-auth-required", owner: "you", temporary: false, words: ["Mail.ru"] },
  },
  {
    name: "the refusal quoted without a host, known by its words",
    reply:
      "503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization",
    status: "5.7.1",
    expected: {
      id: "mailru-auth-required",
      owner: "you",
      temporary: false,
      words: ["sign-in"],
      wordsJa: ["SMTP 認証"],
    },
  },
  {
    name: "550 Message was not accepted -- invalid mailbox (user not found): an unknown address",
    reply:
      "550 Message was not accepted -- invalid mailbox.  Local mailbox ivan.petrov@mail.ru is unavailable: user not found",
    status: "5.0.0",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Mail.ru", "mistyped"],
      wordsJa: ["Mail.ru", "入力ミス"],
    },
  },
  {
    name: "user not found at bk.ru, named by the recipient's domain alone",
    reply:
      "550 Message was not accepted -- invalid mailbox.  Local mailbox olga@bk.ru is unavailable: user not found",
    status: "5.1.1",
    recipient: "olga@bk.ru",
    expected: {
      id: "mailru-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Mail.ru"],
    },
  },
  {
    name: "account is disabled: the recipient's mailbox is switched off",
    reply:
      "550 Message was not accepted -- invalid mailbox.  Local mailbox anna@inbox.ru is unavailable: account is disabled",
    status: "5.0.0",
    remote: MX,
    recipient: "anna@inbox.ru",
    expected: {
      id: "mailru-account-disabled",
      owner: "recipient",
      temporary: false,
      words: ["switched off", "owner"],
      wordsJa: ["停止", "持ち主"],
    },
  },
  {
    name: "user is terminated: the account is closed",
    reply:
      "550 Message was not accepted -- invalid mailbox.  Local mailbox polina@list.ru is unavailable: user is terminated",
    status: "5.0.0",
    remote: MX,
    recipient: "polina@list.ru",
    expected: {
      id: "mailru-user-terminated",
      owner: "you",
      temporary: false,
      words: ["closed", "another address"],
      wordsJa: ["閉鎖", "別のアドレス"],
    },
  },
  {
    name: "message sending for this account is disabled: the sender's own Mail.ru account",
    reply:
      "550 Message was not accepted -- invalid mailbox. Local mailbox sam.contoso@mail.ru is unavailable: message sending for this account is disabled: http://help.mail.ru/mail-help/postmaster/error",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "mailru-sending-disabled",
      owner: "you",
      temporary: false,
      words: ["your Mail.ru account", "password"],
      wordsJa: ["あなたの Mail.ru アカウント", "パスワード"],
    },
  },
  {
    name: "550 spam message rejected with its notspam-support link",
    reply:
      "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=37o1uvXUfWYxWJiJJ-wYxPhLrs9SgNsqDKLqJ1_v5c0HAAAAG8gAAGfRbRs~ or  report details to abuse@corp.mail.ru. Error code: BA35BADF667DD4F589985831C418EC27CFAE4BF82ADB805227EAA20CCDE5EF5F. ID: 000000070000C81B1B6DD167.",
    status: "5.0.0",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-spam-rejected",
      owner: "you",
      temporary: false,
      words: ["Mail.ru", "spam", "notspam-support"],
      wordsJa: ["Mail.ru", "迷惑メール", "notspam-support"],
    },
  },
  {
    name: "spam message rejected, named by its link alone (a domain hosted on Mail.ru)",
    reply:
      "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=fhtDsnELae77cN6t9-j6dIPfAZm8McBD or  report details to abuse@corp.mail.ru. Error code: B2431B7EEE690B71ADDE70FB74FAE8F7. ID: 0000000B0001C50E1E1D33EB.",
    status: "5.7.1",
    expected: {
      id: "mailru-spam-rejected",
      owner: "you",
      temporary: false,
      words: ["Mail.ru", "spam"],
      wordsJa: ["Mail.ru", "迷惑メール"],
    },
  },
  {
    name: "550 spam message discarded (the older wording)",
    reply:
      "550 spam message discarded. If you think that the system is mistaken, please report details to abuse@corp.mail.ru",
    status: "5.0.0",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-spam-rejected",
      owner: "you",
      temporary: false,
      words: ["spam filter"],
      wordsJa: ["迷惑メール フィルター"],
    },
  },
  {
    name: "550 5.7.1 not accepted due to domain (mail.ru) owner DMARC policy",
    reply:
      "550 5.7.1 This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
    status: "5.7.1",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-dmarc",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "p=reject", "smtp.mail.ru"],
    },
  },
  {
    name: "451 Ratelimit exceeded for mailbox: the sender's Mail.ru mailbox sends too fast",
    reply: "451 Ratelimit exceeded for mailbox sam.contoso@mail.ru. Try again later.",
    status: "4.0.0",
    remote: SMTP,
    expected: {
      id: "mailru-mailbox-ratelimit",
      owner: "you",
      temporary: true,
      words: ["Your Mail.ru mailbox", "bulk mail service"],
      wordsJa: ["あなたの Mail.ru のメールボックス", "メール配信サービス"],
    },
  },
  {
    name: "421 Ratelimit exceeded for the sending IP",
    reply: `421 Ratelimit exceeded for ${IP}. Try again later.`,
    status: "4.0.0",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-ip-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: [IP, "slowing down"],
      wordsJa: [IP, "遅らせて"],
    },
  },
  {
    name: "421 Temporarily rejected for the sending IP: its reputation",
    reply: `421 Temporarily rejected for ${IP}. Try again later.`,
    status: "4.0.0",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-temporarily-rejected",
      owner: "your-admin",
      temporary: true,
      words: [IP, "postmaster.mail.ru"],
    },
  },
  {
    name: "Mailbox full at a mail.ru address",
    reply: "550 Mailbox full: ivan.petrov@mail.ru",
    status: "5.2.2",
    remote: MX,
    recipient: "ivan.petrov@mail.ru",
    expected: {
      id: "mailru-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["Mail.ru", "full"],
      wordsJa: ["Mail.ru", "いっぱい"],
    },
  },
];
