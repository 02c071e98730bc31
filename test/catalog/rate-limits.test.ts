// A rate limit a receiver puts on mail it gets (RFC 3463's x.7.28, "mail flood detected", and words
// that say "rate limited") measures the sending server or domain, as Gmail's 4.7.28 names it (its
// IP, SPF or DKIM domain, support.google.com/mail/?p=UnsolicitedRateLimitError): your admin's to
// look into, temporary when deferred, as Gmail's own table has it. A limit on the sender's own
// account by its own server (Rspamd's "user" bucket, rspamd.com/doc/modules/ratelimit.html, as
// mailcow applies it) is yours. Each case in the four wrappings.
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const RATE = {
  id: "iana-4.7.28",
  owner: "your-admin",
  temporary: true,
  words: ["flood"],
  wordsJa: ["異常な量"],
} as const;

const OWN_ACCOUNT = {
  id: "own-sending-limit-deferred",
  owner: "you",
  temporary: true,
  words: ["your account"],
  wordsJa: ["あなたのアカウント"],
} as const;

const CASES: readonly ProviderCase[] = [
  // metacpan.org, Mail-Milter-Authentication's blocker handler test configuration
  {
    name: "451 4.7.28 flood policy violation",
    reply: "451 4.7.28 flood policy violation (HOTtest)",
    status: "4.7.28",
    expected: RATE,
  },
  {
    name: "421 4.7.28 too many messages, rate limited (our variant)",
    reply: "421 4.7.28 Too many messages from your server, rate limited",
    status: "4.7.28",
    remote: "mx.fabrikam.example",
    expected: RATE,
  },
  {
    name: "a refused 5.7.28 (our variant)",
    reply: "550 5.7.28 Mail flood detected",
    status: "5.7.28",
    expected: { ...RATE, id: "iana-5.7.28", temporary: false },
  },
  // Gmail's own (talk.plesk.com thread 361840): its table, the same owner (a guard)
  {
    name: "Gmail's 421-4.7.28 unusual rate from your IP",
    reply:
      "421-4.7.28 [192.0.2.10] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-4.7.28 users from spam, mail sent from your IP address has been temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email Senders Guidelines. - gsmtp",
    status: "4.7.28",
    remote: "gmail-smtp-in.l.google.com",
    expected: {
      id: "gmail-5.7.28-unusual-rate-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["unusual"],
      wordsJa: ["異常"],
    },
  },
  // Rspamd's "user" bucket as mailcow users quote it (mailcow-dockerized issues #176 and #539)
  {
    name: 'Rspamd\'s Ratelimit "user" exceeded, with backslashes',
    reply: '451 4.7.1 Ratelimit \\"user\\" exceeded',
    status: "4.7.1",
    expected: OWN_ACCOUNT,
  },
  {
    name: 'Rspamd\'s Ratelimit "user" exceeded, refused (our variant)',
    reply: '550 5.7.1 Ratelimit "user" exceeded',
    status: "5.7.1",
    expected: { ...OWN_ACCOUNT, id: "own-sending-limit", temporary: false },
  },
  // a negative: Rspamd's bucket for mail to one recipient from one IP is the receiver's limit
  {
    name: 'Rspamd\'s Ratelimit "to_ip_from" exceeded: not your account',
    reply: '451 4.7.1 Ratelimit "to_ip_from" exceeded',
    status: "4.7.1",
    expected: RATE,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });
});
