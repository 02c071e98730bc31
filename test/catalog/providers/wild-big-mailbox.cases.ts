// The twenty-fifth round of the words (December 2026): the big mailbox providers' refusals
// (Gmail, Yahoo / AOL, Outlook.com, iCloud, Comcast, GMX, Mail.ru, Yandex, Orange, Free, Zoho,
// Proton, Fastmail, QQ, NetEase, Naver, T-Online, Libero, Seznam), taken in order from the result
// lists of searches fixed before any was run, one or two a provider, none a case or an earlier
// set's reply; the set, its sources and queries, and the scoring scripts are in
// /work/wt/h-words25-set, outside the repository. Its misses that were classes: AOL's own block
// codes (read as the registry's meaning of the code they came with), Yandex's refusal of a mail
// program without SSL/TLS (read as 5.7.7's "integrity"), an outgoing server locking sign-in after
// too many failed ones (the registry's 4.0.0, or a plain failed sign-in), and Libero's "Relay
// Disabled" (the registry's 5.0.0). Plain variants of each class follow the real replies.
import type { ProviderCase } from "./types";

const AOL_BLOCK = {
  id: "yahoo-aol-ip-block",
  owner: "your-admin",
  temporary: false,
  words: ["AOL", "reverse DNS", "complaints"],
  wordsJa: ["AOL", "逆引き DNS", "苦情"],
} as const;
const YANDEX_TLS = {
  id: "yandex-encryption-required",
  owner: "you",
  temporary: false,
  words: ["Yandex", "SSL/TLS", "465"],
  wordsJa: ["Yandex", "SSL/TLS", "465"],
} as const;
const SIGN_IN_LOCKED = {
  id: "sign-in-locked",
  owner: "you",
  temporary: false,
  words: ["too many failed sign-ins", "password"],
  wordsJa: ["サインイン", "パスワード"],
} as const;
const RELAY = {
  id: "relay-refused",
  owner: "your-admin",
  temporary: false,
  words: ["relaying denied"],
  wordsJa: ["中継"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // http://www.inmotionhosting.com/support/email/bounceback-errors/email-error-421
  {
    name: "r25-02: 421 4.2.1 : (DYN:T1) postmaster.info.aol.com/errors/421dynt1.html",
    reply: "421 4.2.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html",
    status: "4.2.1",
    remote: "mx.aol.com",
    expected: { ...AOL_BLOCK, temporary: true },
  },
  // AOL Postmaster, "Error Messages" (postmaster.info.aol.com/errors/554rlyb1.html)
  {
    name: "AOL: 554 RLY:B1 (complaints over AOL's threshold)",
    reply: "554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html",
    status: "5.0.0",
    expected: AOL_BLOCK,
  },
  // https://wordtothewise.com/2012/10/mail-problems-at-aol/
  {
    name: "AOL: 521 5.2.1 :(CON:B1)",
    reply: "521 5.2.1 :(CON:B1)",
    status: "5.2.1",
    remote: "mailin-02.mx.aol.com",
    expected: AOL_BLOCK,
  },
  {
    name: "AOL: 554 RTR:DU (dynamic or residential address)",
    reply: "554 RTR:DU http://postmaster.info.aol.com/errors/554rtrdu.html",
    status: "5.7.1",
    remote: "mailin-01.mx.aol.com",
    expected: AOL_BLOCK,
  },
  // https://github.com/PHPMailer/PHPMailer/issues/283
  {
    name: "r25-10: 530 5.7.7 Email sending without SSL/TLS encryption is not allowed (Yandex)",
    reply:
      "530 5.7.7 Email sending without SSL/TLS encryption is not allowed. Please see: http://help.yandex.ru/mail/mail-clients/ssl.xml",
    status: "5.7.7",
    remote: "smtp.yandex.ru",
    expected: YANDEX_TLS,
  },
  {
    name: "Yandex: the same refusal, no host named",
    reply: "530 5.7.7 Email sending without SSL/TLS encryption is not allowed.",
    status: "5.7.7",
    expected: YANDEX_TLS,
  },
  // https://biecuoliao.com/pa/MBRrwEM.html (NetEase's replies)
  {
    name: "r25-18: 451 Requested mail action not taken: too much fail authentication (NetEase)",
    reply: "451 Requested mail action not taken: too much fail authentication",
    status: "4.0.0",
    remote: "smtp.163.com",
    expected: { ...SIGN_IN_LOCKED, id: "sign-in-locked-deferred", temporary: true },
  },
  // https://github.com/PHPMailer/PHPMailer/issues/2034
  {
    name: "Yahoo: 535 5.7.0 (#AUTH005) Too many bad auth attempts.",
    reply: "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
    status: "5.7.0",
    remote: "smtp.mail.yahoo.com",
    expected: SIGN_IN_LOCKED,
  },
  // https://github.com/nodemailer/nodemailer/issues/1350
  {
    name: "535 auth failed (this user authenticate too many times)",
    reply: "535 auth failed (this user authenticate too many times)",
    status: "5.0.0",
    expected: SIGN_IN_LOCKED,
  },
  {
    name: "454 4.7.0 too many failed authentication attempts",
    reply: "454 4.7.0 Too many failed authentication attempts, try again later",
    status: "4.7.0",
    expected: { ...SIGN_IN_LOCKED, id: "sign-in-locked-deferred", temporary: true },
  },
  // https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email
  {
    name: "r25-20: 550 Relay Disabled (Libero)",
    reply: "550 Relay Disabled",
    status: "5.0.0",
    remote: "smtp.libero.it",
    expected: RELAY,
  },
  {
    name: "554 5.7.1 <address>: Relay disabled",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay disabled",
    status: "5.7.1",
    expected: RELAY,
  },
];
