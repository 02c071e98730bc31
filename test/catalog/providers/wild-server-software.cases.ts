// The thirty-first round of the words (December 2026): refusals as receiving mail software writes
// them in its source, sampled from public repositories with twenty-five queries fixed before any
// search (software name plus "reject", "550", "451", ...), the first complete reply per query,
// at most two per project; the set, its sources and the scoring script are in
// /work/wt/h-words31-set, outside the repository. Two classes missed: Exim's SPF refusals (the
// SPF project's open-spf.org link and Exim's "is not allowed to send mail from", read as a block
// list; its "Permanent DNS error while checking SPF record", read as 5.7.0's nothing said) and a
// required header missing in Haraka's and Momentum's words (read as 5.0.0 and 5.6.0). The replies
// the round read right are kept here too, with plain variants of the fixed classes ("variant").
import type { ProviderCase } from "./types";

const SPF_FAIL = {
  id: "spf-refused",
  owner: "your-admin",
  temporary: false,
  words: ["SPF"],
  wordsJa: ["SPF"],
} as const;

const SPF_PERMERROR = {
  id: "spf-permerror",
  owner: "your-admin",
  temporary: false,
  words: ["SPF", "broken"],
  wordsJa: ["SPF", "誤り"],
} as const;

const HEADER_FAULT = {
  id: "rfc5322-noncompliant",
  owner: "your-admin",
  temporary: false,
  words: ["RFC 5322"],
  wordsJa: ["RFC 5322"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // An Exim ACL calling spfbl.pl (code search; the same ACL as r31-15)
  {
    name: "r31-03: 550 5.7.1 [SPF] <ip> is not allowed to send mail from <domain>",
    reply:
      "550 5.7.1 [SPF] 192.0.2.10 is not allowed to send mail from example.com. Please see http://www.open-spf.org/Why?s=mfrom;id=alice@example.com;ip=192.0.2.10",
    status: "5.7.1",
    expected: { ...SPF_FAIL, words: ["SPF", "192.0.2.10"] },
  },
  {
    name: "r31-03 variant: Exim's specification's words, no link, under 5.0.0",
    reply: "550 203.0.113.7 is not allowed to send mail from contoso.example",
    status: "5.0.0",
    expected: SPF_FAIL,
  },
  {
    name: "r31-03 variant: a sender refusal linking open-spf.org",
    reply:
      "550 5.7.1 <sam@contoso.example>: Sender address rejected: Please see http://www.open-spf.org/Why?s=mfrom;id=sam@contoso.example;ip=203.0.113.7",
    status: "5.7.1",
    expected: { ...SPF_FAIL, words: ["SPF", "203.0.113.7"] },
  },
  // The same Exim ACL
  {
    name: "r31-15: 550 5.7.0 Permanent DNS error while checking SPF record.",
    reply: "550 5.7.0 Permanent DNS error while checking SPF record.",
    status: "5.7.0",
    expected: SPF_PERMERROR,
  },
  {
    name: "r31-15 variant: the same words under 5.0.0",
    reply: "550 Permanent DNS error while checking SPF record",
    status: "5.0.0",
    expected: SPF_PERMERROR,
  },
  // haraka/Haraka plugins/deprecated/data.nomsgid.js
  {
    name: "r31-01: 550 Mails here must have a Message-Id header",
    reply: "550 Mails here must have a Message-Id header",
    status: "5.0.0",
    expected: HEADER_FAULT,
  },
  // SparkPost/developers.sparkpost.com web-ref/responses-by-message.md (Momentum's replies)
  {
    name: "r31 Momentum: 550 5.6.0 Missing required RFC2822 Date field",
    reply: "550 5.6.0 Missing required RFC2822 Date field (see RFC2822 section 3.6)",
    status: "5.6.0",
    expected: HEADER_FAULT,
  },
  {
    name: "r31 Momentum: 550 5.6.0 Required headers not found",
    reply: "550 5.6.0 Required headers not found (see RFC2822 section 3.6)",
    status: "5.6.0",
    expected: HEADER_FAULT,
  },
  {
    name: "r31 Momentum: 550 5.6.0 Header not terminated by CR LF",
    reply: "550 5.6.0 Header not terminated by CR LF (see RFC2822 section 2.2)",
    status: "5.6.0",
    expected: HEADER_FAULT,
  },
  // The same table; read right before the round's fixes
  {
    name: "r31-02: 550 5.6.0 Body line too long (see RFC2822 section 3.5)",
    reply: "550 5.6.0 Body line too long (see RFC2822 section 3.5)",
    status: "5.6.0",
    expected: {
      id: "line-too-long",
      owner: "your-admin",
      temporary: false,
      words: ["1,000"],
      wordsJa: ["1,000"],
    },
  },
  // stalwartlabs/mail-server resources/config/spamfilter/scripts/greylist.sieve
  {
    name: "r31-04: 422 4.2.2 Greylisted, please try again in a few moments.",
    reply: "422 4.2.2 Greylisted, please try again in a few moments.",
    status: "4.2.2",
    expected: {
      id: "greylisting",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレーリスティング"],
    },
  },
  // BernardQuatermass/exim-wiki Verification.md
  {
    name: "r31-05: 550 REJECTED - Sender Verify Failed",
    reply:
      '550 REJECTED - Sender Verify Failed - error code "recipient" The return address you are using for this email message <alice@example.com> does not seem to be a working account.',
    status: "5.0.0",
    expected: {
      id: "exim-sender-verify",
      owner: "your-admin",
      temporary: false,
      words: ["sender address"],
      wordsJa: ["送信者アドレス"],
    },
  },
  // freebsd/freebsd-ports mail/qmail/files/extra-patch-spamcontrol-qmail-smtpd.c
  {
    name: "r31-08: 553 sorry, your IP is listed on a RBL list <zone> (#5.7.1)",
    reply: "553 sorry, your IP is listed on a RBL list zen.spamhaus.org (#5.7.1)",
    status: "5.7.1",
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus"],
      wordsJa: ["Spamhaus"],
    },
  },
  // A clamdscan filter script (code search)
  {
    name: "r31-13: 550 Message contains a virus",
    reply: "550 Message contains a virus",
    status: "5.0.0",
    expected: {
      id: "refused-as-malware",
      owner: "you",
      temporary: false,
      words: ["virus"],
      wordsJa: ["ウイルス"],
    },
  },
];
