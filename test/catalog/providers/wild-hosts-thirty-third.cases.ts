// The thirty-third round of the words (December 2026): hosting providers' and small mailbox
// providers' published error pages. One query per host with no table ("<host> smtp error 550",
// "<host> email bounce error codes"), taking from the first page per query that quotes complete
// replies at most two, in the page's order, that were no case and no catalog text; the set, its
// sources and the scoring script are in /work/wt/h-words33-set, outside the repository. The class
// fixed: "relaying prohibited", the wording of Runbox's outgoing server and of Exchange 5.5's
// Internet Mail Service for a relay it refuses, read as a bare failure. The replies the round read
// right are kept here too, with plain variants of the fixed class (marked "variant", our own).
import type { ProviderCase } from "./types";

const RELAY_REFUSED = {
  id: "relay-refused",
  owner: "your-admin",
  temporary: false,
  words: ["relaying denied"],
  wordsJa: ["中継"],
} as const;

const SIGN_IN = {
  id: "sign-in-required",
  owner: "you",
  temporary: false,
  words: ["sign in"],
  wordsJa: ["サインイン"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://help.runbox.com/common-errors-when-sending-mail-through-an-email-client/
  {
    name: "r33-runbox: 550 relaying prohibited",
    reply: "550 relaying prohibited",
    status: "5.0.0",
    expected: RELAY_REFUSED,
  },
  // Microsoft KB Q193922 (Exchange 5.5 Internet Mail Service relay restrictions)
  {
    name: "r33-runbox variant: Exchange 5.5's 550 relaying prohibited. with a full stop",
    reply: "550 relaying prohibited.",
    status: "5.7.1",
    expected: RELAY_REFUSED,
  },
  {
    name: "r33-runbox variant: 550 5.7.1 Relaying prohibited by administrator",
    reply: "550 5.7.1 <kim@fabrikam.example>... Relaying prohibited by administrator",
    status: "5.7.1",
    expected: RELAY_REFUSED,
  },
  // https://ionos.ca/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email
  {
    name: "r33-ionos: 535 Authentication Failure: SMTP AUTH Failed with the Remote Server",
    reply: "535 Authentication Failure: SMTP AUTH Failed with the Remote Server",
    status: "5.7.8",
    expected: SIGN_IN,
  },
  // http://support.rackteam.com/kb/a155/i-have-received-550-error-from-an-email-server_-what.aspx
  {
    name: "r33-rackteam: 550: Authentication is required",
    reply: "550: Authentication is required",
    status: "5.0.0",
    expected: SIGN_IN,
  },
  // http://www.inmotionhosting.com/support/edu/everything-email/spam-prevention-techniques/550-spam-message
  {
    name: "r33-inmotion: 550 This message was classified as SPAM and may not be delivered",
    reply: "550 This message was classified as SPAM and may not be delivered",
    status: "5.0.0",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  // https://www.bytecamp.net/de/faq/email/zustellen.html
  {
    name: "r33-bytecamp: 422 4.2.2 Quota limit exceeded",
    reply: "422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)",
    status: "4.2.2",
    expected: {
      id: "iana-4.2.2",
      owner: "recipient",
      temporary: true,
      words: ["quota"],
      wordsJa: ["容量"],
    },
  },
  // http://support.rackteam.com/kb/a155/i-have-received-550-error-from-an-email-server_-what.aspx
  {
    name: "r33-rackteam: 550: User does not exist",
    reply: "550: User does not exist",
    status: "5.0.0",
    expected: { id: "iana-5.1.1", owner: "you", temporary: false, words: ["@"] },
  },
  // https://www.bytecamp.net/de/faq/email/zustellen.html
  {
    name: "r33-bytecamp: 571 5.7.1 message classified as spam",
    reply: "571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)",
    status: "5.7.1",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
];
