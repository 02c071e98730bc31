// The nineteenth round of the words (December 2026): a random sample of real replies quoted in
// question-and-answer threads (forums and mailing-list archives: postfix-users, debian-user,
// emacs-devel, ietf-smtp, a list's own help thread), taken in order from the result lists of
// fixed generic searches of stored web pages, none a case or a catalog text before; the queries,
// the set and the scoring scripts are in /work/wt/h-words19-set, outside the repository. The
// round's misses that were classes: a block list's deferral ("Client host [ip] deferred using
// zone") read as 4.7.1's policy, the recipient's admin's; DMARC's "domain owner policy" read as
// 5.7.0's undefined security status; a deferral whose whole text is "defer" read as 4.0.0's nothing
// said, the recipient's admin's. Plain variants of each class are marked "variant" (our own
// examples).
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  // http://lists.antique-tractor.com/pipermail/at-antique-tractor.com/2006-February/030489.html
  // (the list's owner: Trend Micro's hosted filter defers while the sending IP is on its dynamic
  // Quick IP List)
  {
    name: "r19-03: 450 Client host [ip] deferred using qil.kelkea.com",
    reply:
      "450 Service temporarily unavailable; Client host [206.46.252.46] deferred using qil.kelkea.com",
    status: "4.7.1",
    expected: {
      id: "dnsbl-listed",
      owner: "your-admin",
      temporary: true,
      words: ["206.46.252.46", "qil.kelkea.com", "block list"],
      wordsJa: ["206.46.252.46", "qil.kelkea.com", "ブロック リスト"],
    },
  },
  {
    name: "r19 variant: 450 4.7.1 Client host [ip] deferred using <zone>",
    reply: "450 4.7.1 Client host [198.51.100.7] deferred using dynamic.rbl.example.net",
    status: "4.7.1",
    expected: {
      id: "dnsbl-listed",
      owner: "your-admin",
      temporary: true,
      words: ["198.51.100.7", "dynamic.rbl.example.net"],
    },
  },
  // https://mid.mail-archive.com/debian-user@lists.debian.org/msg683187.html (Outlook.com refusing
  // a list's copy of a yahoo.com author's message)
  {
    name: "r19-04: 5.7.0 ... could not be delivered due to domain owner policy restrictions",
    reply:
      "5.7.0 (COL004-MC1F52) Unfortunately, messages from (82.195.75.100) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions.",
    status: "5.7.0",
    remote: "mx1.hotmail.com",
    expected: {
      id: "iana-5.7.26",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC"],
      wordsJa: ["DMARC"],
    },
  },
  {
    name: "r19 variant: 550 5.7.1 refused per the domain owner's policy",
    reply: "550 5.7.1 Message from example.org refused per the domain owner's policy",
    status: "5.7.1",
    expected: { id: "iana-5.7.26", owner: "your-admin", temporary: false, words: ["DMARC"] },
  },
  // https://www.mhonarc.org/archive/html/ietf-smtp/2011-09/msg00067.html (at RCPT)
  {
    name: "r19-05: 400 defer",
    reply: "400 defer",
    status: "4.0.0",
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["try again later"],
      wordsJa: ["後で再試行"],
    },
  },
  {
    name: "r19 variant: 451 Deferred",
    reply: "451 Deferred",
    status: "4.0.0",
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["later"],
      wordsJa: ["後で再試行"],
    },
  },
  {
    name: "r19 variant: 450 Message temporarily deferred",
    reply: "450 Message temporarily deferred",
    status: "4.0.0",
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["later"],
      wordsJa: ["後で再試行"],
    },
  },
  {
    name: "r19 variant: 421 4.7.0 Temporarily deferred",
    reply: "421 4.7.0 Temporarily deferred",
    status: "4.7.0",
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["later"],
      wordsJa: ["後で再試行"],
    },
  },
  // the second sample, drawn after the fixes and read right untuned:
  // http://www.drupal.org.uk/forum/bounced-email-sender-policy-framework
  {
    name: "r19-b1: 550 5.7.1 Recipient not authorized, your IP has been found on a block list",
    reply: "550 5.7.1 Recipient not authorized, your IP has been found on a block list",
    status: "5.7.1",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: ["block list"],
      wordsJa: ["ブロック リスト"],
    },
  },
];
