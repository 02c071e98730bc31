// The eleventh round of the words (December 2026): a second random sample of real refusals, this
// time of deferrals and temporary refusals first, taken in order from the result lists of generic
// searches (help pages, issue threads of mail software), none a case or an earlier set's reply;
// the set, its sources and queries, and the scoring scripts are in /work/wt/h-words11-set, outside
// the repository. The round's misses were classes: a bare throttle ("Rate limited, try again
// later") and the one-word "Ratelimit ... exceeded" read as 4.7.1's policy refusal, and a domain
// list naming the sending server's greeting (HELO) name read as a domain in the message only. The
// replies it read right are kept here too, so that they stay right.
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  // https://mailflowauthority.com/troubleshooting/421-try-again-later
  {
    name: "r11-01: 421 Rate limited, try again later",
    reply: "421 Rate limited, try again later",
    status: "4.0.0",
    expected: {
      id: "iana-4.7.28",
      owner: "your-admin",
      temporary: true,
      words: ["flood"],
      wordsJa: ["異常な量"],
    },
  },
  // https://www.cloudmailin.com/smtp-troubleshooter/421-error
  {
    name: "r11-02: 421 mx.fabrikam.com: Too much load; please try again later.",
    reply: "421 mx.fabrikam.com: Too much load; please try again later.",
    status: "4.0.0",
    expected: {
      id: "iana-4.3.2",
      owner: "nobody",
      temporary: true,
      words: ["not taking mail"],
      wordsJa: ["受け付けていません"],
    },
  },
  // https://ac.roguewd.com/index.php?rp=/knowledgebase/126/451-Greylisted-please-try-again-in-900-seconds.html
  {
    name: "r11-03: 451 Greylisted, please try again in 900 seconds",
    reply: "451 Greylisted, please try again in 900 seconds",
    status: "4.0.0",
    expected: {
      id: "greylisting",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレーリスティング"],
    },
  },
  // http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html
  {
    name: "r11-04: 552 <kim@fabrikam.com>... Mail quota exceeded",
    reply: "552 <kim@fabrikam.com>... Mail quota exceeded",
    status: "5.0.0",
    remote: "c.mx.juno.com",
    expected: {
      id: "iana-5.2.2",
      owner: "recipient",
      temporary: false,
      words: ["storage quota"],
      wordsJa: ["容量の上限"],
    },
  },
  // https://github.com/forwardemail/forwardemail.net/issues/547
  {
    name: "r11-06: 421 Message delivered to kim@fabrikam.com; Message delivery was tempor",
    reply:
      "421 Message delivered to kim@fabrikam.com; Message delivery was temporarily interrupted, please try again later.",
    status: "4.0.0",
    expected: {
      id: "iana-4.3.2",
      owner: "nobody",
      temporary: true,
      words: ["not taking mail"],
      wordsJa: ["受け付けていません"],
    },
  },
  // https://github.com/Zimbra/zm-mailbox/pull/1434
  {
    name: "r11-07: 552 5.2.2 Over quota",
    reply: "552 5.2.2 Over quota",
    status: "5.2.2",
    expected: {
      id: "iana-5.2.2",
      owner: "recipient",
      temporary: false,
      words: ["storage quota"],
      wordsJa: ["容量の上限"],
    },
  },
  // https://github.com/anonaddy/anonaddy/issues/749
  {
    name: "r11-08: 552 5.2.2 <kim@fabrikam.com>: Recipient address rejected: User over qu",
    reply: "552 5.2.2 <kim@fabrikam.com>: Recipient address rejected: User over quota",
    status: "5.2.2",
    expected: {
      id: "iana-5.2.2",
      owner: "recipient",
      temporary: false,
      words: ["storage quota"],
      wordsJa: ["容量の上限"],
    },
  },
  // https://github.com/mailcow/mailcow-dockerized/issues/2517
  {
    name: "r11-09: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [19",
    reply: "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]",
    status: "4.7.1",
    expected: {
      id: "postfix-client-hostname",
      owner: "your-admin",
      temporary: true,
      words: ["reverse DNS"],
      wordsJa: ["逆引き DNS"],
    },
  },
  // https://github.com/mailcow/mailcow-dockerized/issues/1497
  {
    name: 'r11-10: 451 4.7.1 Ratelimit "user" exceeded',
    reply: '451 4.7.1 Ratelimit "user" exceeded',
    status: "4.7.1",
    expected: {
      id: "own-sending-limit-deferred",
      owner: "you",
      temporary: true,
      words: ["your account"],
      wordsJa: ["あなたのアカウント"],
    },
  },
  // https://github.com/sendgrid/docs/issues/2682
  {
    name: "r11-11: 554 5.7.1 Service unavailable; Helo command [sendgrid.net] blocked usi",
    reply:
      "554 5.7.1 Service unavailable; Helo command [sendgrid.net] blocked using multi.uribl.com; Listed on grey",
    status: "5.7.1",
    expected: {
      id: "uribl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["greets with"],
      wordsJa: ["名乗った名前"],
    },
  },
];
