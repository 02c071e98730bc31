// The fifteenth round of the words (December 2026): a random sample of real replies pasted in the
// issue threads of mail-sending applications and libraries (Postal, Forward Email, yagmail,
// MailDev, DokuWiki's SMTP plugin, HaskellNet, Nodemailer, docker-mailserver, mailcow, ...), taken
// in order from the result lists of eighteen fixed searches, none a case or a catalog text before;
// the set, its queries and the scoring scripts are in /work/wt/h-words15-set, outside the
// repository. The round's misses were classes: a 535 sign-in refusal under 5.7.0 read as an
// undefined security status, RFC 5321's 503 (commands out of sequence) read as a syntax error, an
// outgoing server refusing a sender address the account does not own read as nothing said, and a
// receiver "too busy" read as nothing said. The replies it read right are kept here too, with
// plain variants of each class (marked "variant", our own examples).
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  // https://github.com/forwardemail/forwardemail.net/issues/547
  {
    name: "r15-02: 421 Promise timed out after 15000 milliseconds",
    reply: "421 Promise timed out after 15000 milliseconds",
    status: "4.0.0",
    remote: "mx1.forwardemail.net",
    expected: {
      id: "iana-4.3.2",
      owner: "nobody",
      temporary: true,
      words: ["not taking mail"],
      wordsJa: ["受け付けていません"],
    },
  },
  // https://github.com/postalserver/postal/issues/576
  {
    name: "r15-03: 451 4.7.1 Try again later",
    reply: "451 4.7.1 Try again later",
    status: "4.7.1",
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["try again later"],
      wordsJa: ["後で再試行"],
    },
  },
  // https://github.com/kootenpv/yagmail/issues/118 (we had written your admin; the words do not
  // say whose connections, and the sending server's retry waits the cap out: nobody's)
  {
    name: "r15-04: 421 Too many connections",
    reply: "421 Too many connections",
    status: "4.0.0",
    expected: {
      id: "iana-4.4.5",
      owner: "nobody",
      temporary: true,
      words: ["connections"],
      wordsJa: ["接続数"],
    },
  },
  // https://github.com/maildev/maildev/issues/96
  {
    name: "r15-05: 451 ESMTP MailEnable Service temporarily refused connection ... too busy",
    reply:
      "451 ESMTP MailEnable Service temporarily refused connection at 11/27/15 11:25:27 from IP (2.13.169.206) because the server is too busy.",
    status: "4.0.0",
    expected: {
      id: "iana-4.4.5",
      owner: "nobody",
      temporary: true,
      words: ["overloaded"],
      wordsJa: ["過負荷"],
    },
  },
  // variant: the same congestion in plain words, under a bare deferral
  {
    name: "r15-05 variant: 451 Server is too busy, try again later",
    reply: "451 Server is too busy, try again later",
    status: "4.0.0",
    expected: {
      id: "iana-4.4.5",
      owner: "nobody",
      temporary: true,
      words: ["overloaded"],
      wordsJa: ["過負荷"],
    },
  },
  // https://github.com/lossme/ComicBook/issues/3
  {
    name: "r15-06: 535 Error: authentication failed",
    reply: "535 Error: authentication failed",
    status: "5.0.0",
    remote: "smtp.qq.com",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["サインイン"],
    },
  },
  // https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/65
  {
    name: "r15-07: 535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
    reply: "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
    status: "5.7.8",
    remote: "smtp.protonmail.ch",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["サインイン"],
    },
  },
  // https://github.com/marcpope/borgbackupserver/issues/16 (Brevo's relay)
  {
    name: "r15-08: 535 5.7.0 Invalid login or password",
    reply: "535 5.7.0 Invalid login or password",
    status: "5.7.0",
    remote: "smtp-relay.brevo.com",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["サインイン"],
    },
  },
  // variant: x.7.0 names only the subject RFC 4954's 535 5.7.8 has
  {
    name: "r15-08 variant: 535 5.7.0 Authentication failed",
    reply: "535 5.7.0 Authentication failed",
    status: "5.7.0",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in"],
      wordsJa: ["サインイン"],
    },
  },
  // https://github.com/dpwright/HaskellNet-SSL/issues/20 (the University of Cambridge's Hermes)
  {
    name: "r15-09: 503 STARTTLS command used when not advertised",
    reply: "503 STARTTLS command used when not advertised",
    status: "5.0.0",
    remote: "smtp.hermes.cam.ac.uk",
    expected: {
      id: "reply-503-bad-sequence",
      owner: "your-admin",
      temporary: false,
      words: ["wrong point", "503"],
      wordsJa: ["順序", "503"],
    },
  },
  // https://github.com/nodemailer/nodemailer/issues/26 (1&1's smtp.perfora.net)
  {
    name: "r15-10: 503 Command sequence error",
    reply: "503 Command sequence error",
    status: "5.0.0",
    remote: "smtp.perfora.net",
    expected: {
      id: "reply-503-bad-sequence",
      owner: "your-admin",
      temporary: false,
      words: ["wrong point", "503"],
      wordsJa: ["順序", "503"],
    },
  },
  // variant: Postfix's own 503, with the enhanced code it pairs with it
  {
    name: "r15-10 variant: 503 5.5.1 Error: need RCPT command",
    reply: "503 5.5.1 Error: need RCPT command",
    status: "5.5.1",
    expected: {
      id: "reply-503-bad-sequence",
      owner: "your-admin",
      temporary: false,
      words: ["wrong point"],
      wordsJa: ["順序"],
    },
  },
  // https://github.com/codeforamerica/clean/issues/331 (as SendGrid reported it)
  {
    name: "r15-11: 552 #5.3.4 message size exceeds limit",
    reply: "552 #5.3.4 message size exceeds limit",
    status: "5.3.4",
    expected: {
      id: "iana-5.3.4",
      owner: "you",
      temporary: false,
      words: ["larger"],
      wordsJa: ["大きさ"],
    },
  },
  // https://github.com/docker-mailserver/docker-mailserver/issues/2257
  {
    name: "r15-12: 550-Verification failed ... does not recognize ... as a valid sender",
    reply:
      "550-Verification failed for <ken@contoso.com> 550-The mail server does not recognize ken@contoso.com as a valid sender. 550 Sender verify failed",
    status: "5.0.0",
    remote: "mail.fabrikam.example",
    expected: {
      id: "exim-sender-verify",
      owner: "your-admin",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // https://github.com/mailcow/mailcow-dockerized/issues/2544
  {
    name: "r15-13: 550-Verification failed ... 550-No Such User Here 550 Sender verify failed",
    reply:
      "550-Verification failed for <ken@contoso.com> 550-No Such User Here 550 Sender verify failed",
    status: "5.0.0",
    remote: "mail.fabrikam.example",
    expected: {
      id: "exim-sender-verify",
      owner: "your-admin",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // https://github.com/nitinsh06/Django-Verify-Email/issues/35
  {
    name: "r15-14: 550 not local sender over smtp",
    reply: "550 not local sender over smtp",
    status: "5.0.0",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["sender address", "signed in"],
      wordsJa: ["送信者アドレス", "サインイン"],
    },
  },
  // https://github.com/toeverything/AFFiNE/issues/13820 (outside the sample: the same query's
  // twelfth result)
  {
    name: "r15-14 variant: 553 Envolope sender mismatch with login user",
    reply: "553 Envolope sender mismatch with login user",
    status: "5.0.0",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // variant: Postfix's reject_sender_login_mismatch
  {
    name: "r15-14 variant: 553 5.7.1 Sender address rejected: not owned by user",
    reply:
      "553 5.7.1 <ken@contoso.com>: Sender address rejected: not owned by user kim@contoso.com",
    status: "5.7.1",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // variant: a 421 whose status names only the subject of 421's own 4.3.2 (Gmail's words)
  {
    name: "r15 variant: 421 4.3.0 Temporary System Problem. Try again later",
    reply: "421 4.3.0 Temporary System Problem. Try again later",
    status: "4.3.0",
    expected: {
      id: "iana-4.3.2",
      owner: "nobody",
      temporary: true,
      words: ["not taking mail"],
      wordsJa: ["受け付けていません"],
    },
  },
  // A second sample after those fixes (eight replies from ten more fixed searches): two more
  // outgoing servers' words for a sender the account does not own and Haraka's relay refusal
  // missed, and are fixed by class; the others it read right or are left (test/catalog/ROUNDS.md).
  // https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38 (Yandex's outgoing server)
  {
    name: "r15-s2-07: 553 5.7.1 Sender address rejected: not owned by auth user.",
    reply: "553 5.7.1 Sender address rejected: not owned by auth user.",
    status: "5.7.1",
    remote: "smtp.yandex.ru",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // https://github.com/TryGhost/Ghost/issues/24100 (iCloud's outgoing server, as other users of it
  // quote the same words)
  {
    name: "r15-s2-08: 550 5.7.0 From address is not one of your addresses.",
    reply: "550 5.7.0 From address is not one of your addresses.",
    status: "5.7.0",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // https://github.com/keycloak/keycloak/issues/27456 (Haraka: no plugin allowed the relaying)
  {
    name: "r15-s2-04: 550 I cannot deliver mail for <kim@fabrikam.example>",
    reply: "550 I cannot deliver mail for <kim@fabrikam.example>",
    status: "5.0.0",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relay"],
      wordsJa: ["中継"],
    },
  },
];
