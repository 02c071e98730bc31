// Andrews & Arnold's outgoing server refusing its own customer, in the layout of the reply its
// "Sending Email Errors" page quotes for CA2 (the other codes in the same layout). Sample values.
import type { ProviderCase } from "./types";

const SMTP = "smtp.aa.net.uk";
const PAGE = "http://wiki.aa.org.uk/Sending_Email_Errors";
const CA2 = `550 Error CA2 see: ${PAGE} 203.0.113.5 is blocked from sending. Probably due to sending spam messages.`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "CA2: the customer's IP blocked, as its page quotes it",
    reply: CA2,
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "aaisp-ca2-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Andrews & Arnold", "203.0.113.5"],
      wordsJa: ["Andrews & Arnold", "203.0.113.5"],
    },
  },
  {
    name: "CA2, named by its page's link alone",
    reply: CA2,
    status: "5.0.0",
    expected: {
      id: "aaisp-ca2-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Andrews & Arnold", "infected"],
      wordsJa: ["Andrews & Arnold", "感染"],
    },
  },
  {
    name: "CA2 given as 5.7.1",
    reply: CA2.replace("550 ", "550 5.7.1 "),
    status: "5.7.1",
    remote: SMTP,
    expected: {
      id: "aaisp-ca2-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["unblock"],
      wordsJa: ["ブロック解除"],
    },
  },
  {
    name: "CA1: the account blocked for mail to invalid addresses",
    reply: `550 Error CA1 see: ${PAGE} Account blocked from sending.`,
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "aaisp-ca1-account-invalid-recipients",
      owner: "you",
      temporary: false,
      words: ["password", "invalid addresses"],
      wordsJa: ["パスワード", "無効なアドレス"],
    },
  },
  {
    name: "CA1, named by its page's link alone",
    reply: `550 Error CA1 see: ${PAGE} Account blocked from sending.`,
    status: "5.7.1",
    expected: {
      id: "aaisp-ca1-account-invalid-recipients",
      owner: "you",
      temporary: false,
      words: ["Andrews & Arnold"],
      wordsJa: ["Andrews & Arnold"],
    },
  },
  {
    name: "CA3: the mailbox blocked for spam over several hours",
    reply: `550 Error CA3 see: ${PAGE} Mailbox blocked from sending.`,
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "aaisp-ca3-mailbox-blocked",
      owner: "you",
      temporary: false,
      words: ["6 hours", "password"],
      wordsJa: ["6 時間", "パスワード"],
    },
  },
  {
    name: "BO1: a bounce from the customer's own server not relayed",
    reply: `550 Error BO1 see: ${PAGE} Bounce message not relayed.`,
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "aaisp-bo1-bounce-not-relayed",
      owner: "your-admin",
      temporary: false,
      words: ["backscatter", "SMTP conversation"],
      wordsJa: ["バックスキャッター", "SMTP"],
    },
  },
  {
    name: "CA2 from another of its servers, given as 5.7.0",
    reply: CA2,
    status: "5.7.0",
    remote: "b.smtp.aa.net.uk",
    expected: {
      id: "aaisp-ca2-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Andrews & Arnold"],
      wordsJa: ["Andrews & Arnold"],
    },
  },
];
