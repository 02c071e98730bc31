// The twelfth round of the words (December 2026): a third random sample of real refusals, permanent
// ones, taken in order from the result lists of generic searches (help pages, vendors' bounce
// guides, issue threads of mail software), none a case or an earlier set's reply; the set, its
// sources and queries, and the scoring scripts are in /work/wt/h-words12-set, outside the
// repository. The round's misses were classes: a block-list refusal whose reply names no list, a
// spam verdict worded "suspected spam", Postfix's "not logged in" sender refusal read as a refused
// address, a relay refusal worded "relay rejected", an over-long line read as a full mailbox, and a
// sending service's unverified From address. The replies it read right are kept here too.
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  // https://docs.gandi.net/en/gandimail/faq/error_types/554_5_7_1_service_unavailable.html
  {
    name: "r12-01: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked you may ",
    reply: "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked you may be infected",
    status: "5.7.1",
    remote: "mail.gandi.net",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: ["block list"],
      wordsJa: ["ブロック リスト"],
    },
  },
  // https://verifyrhq.com/blog/debugging-554-571-content-rejected-suspected-spam-for-verification
  {
    name: "r12-02: 554 5.7.1 Content rejected - suspected spam",
    reply: "554 5.7.1 Content rejected - suspected spam",
    status: "5.7.1",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  // https://github.com/hardware/mailserver/issues/329
  {
    name: "r12-03: 553 5.7.1 <ken@contoso.com>: Sender address rejected: not logged in",
    reply: "553 5.7.1 <ken@contoso.com>: Sender address rejected: not logged in",
    status: "5.7.1",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["サインイン"],
    },
  },
  // https://www.antionline.com/showthread.php?mode=threaded&p=692064
  {
    name: "r12-04: 554 <kim@fabrikam.co.jp>: Recipient address rejected: Relay access denie",
    reply: "554 <kim@fabrikam.co.jp>: Recipient address rejected: Relay access denied",
    status: "5.7.1",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relay"],
      wordsJa: ["中継"],
    },
  },
  // https://github.com/mailcow/mailcow-dockerized/issues/2237
  {
    name: "r12-05: 550 no mailbox by that name is currently available",
    reply: "550 no mailbox by that name is currently available",
    status: "5.0.0",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: ["does not exist"],
      wordsJa: ["存在しません"],
    },
  },
  // https://github.com/swiftmailer/swiftmailer/issues/989
  {
    name: "r12-06: 552 message line is too long",
    reply: "552 message line is too long",
    status: "5.0.0",
    expected: {
      id: "line-too-long",
      owner: "your-admin",
      temporary: false,
      words: ["1,000", "base64"],
      wordsJa: ["1,000", "base64"],
    },
  },
  // https://blog.mystrika.com/email-error-550-spam/
  {
    name: "r12-07: 550 High Probability of Spam",
    reply: "550 High Probability of Spam",
    status: "5.0.0",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  // https://github.com/crobinson42/therms-public/issues/66
  {
    name: "r12-08: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using {b",
    reply: "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using {base64}",
    status: "5.7.1",
    expected: {
      id: "dnsbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["192.0.2.10"],
      wordsJa: ["192.0.2.10"],
    },
  },
  // https://github.com/sendgrid/docs/issues/6473
  {
    name: "r12-10: 550 Unauthenticated senders not allowed",
    reply: "550 Unauthenticated senders not allowed",
    status: "5.0.0",
    remote: "smtp.sendgrid.net",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["サインイン"],
    },
  },
  // https://errors.top/oshibka-servera-554-relay-rejected-for-policy-reasons
  {
    name: "r12-11: 554 relay rejected for policy reasons",
    reply: "554 relay rejected for policy reasons",
    status: "5.0.0",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relay"],
      wordsJa: ["中継"],
    },
  },
  // https://github.com/EBWiki/EBWiki/issues/3861
  {
    name: "r12-13: 550 The from address does not match a verified Sender Identity. Mail can",
    reply:
      "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements",
    status: "5.0.0",
    remote: "smtp.sendgrid.net",
    expected: {
      id: "sender-identity-unverified",
      owner: "your-admin",
      temporary: false,
      words: ["verified"],
      wordsJa: ["確認"],
    },
  },
];
