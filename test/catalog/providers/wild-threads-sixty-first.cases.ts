// The sixty-first round of the words (December 2026): a fifth random held-out sample of issue
// threads and web pages, 30 help-seeking queries fixed in advance (Gmail, Yahoo/AOL, Outlook.com,
// iCloud, spam filters, block lists), each query's first reply per corpus that passed the skip rule
// (no case, no catalog text, in no earlier round's set, no bounce parser's material, no test
// author's invention, no AI-written page); the set, its sources and the scoring script are in
// /work/wt/h-words61-set, outside the repository. Two classes were fixed: Yahoo's older code for a
// refused connection (VS99-IP), and Amazon SES's "Unable to lookup DNS for <domain>", a recipient
// domain with no DNS answer. Two replies the round read right are kept as guards; plain variants
// are marked "variant" (our own examples).
import type { ProviderCase } from "./types";

const IP = "203.0.113.25";

const YAHOO_REFUSED = {
  id: "yahoo-permanently-deferred",
  owner: "your-admin",
  temporary: false,
  words: ["Yahoo", "retrying will not help"],
  wordsJa: ["Yahoo", "再試行しても届かない"],
} as const;

// SES's notice carries the retried reply's class (Status 4.4.7): the meaning stays temporary while
// the notice says the server gave up (given-up-notice.test.ts)
const DOMAIN_NOT_FOUND = {
  id: "iana-4.1.2",
  owner: "you",
  temporary: true,
  words: ["domain does not exist"],
  wordsJa: ["ドメイン"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // Yahoo's help page "My email is being blocked by Yahoo! Mail. What can I do?"
  // (help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html, 2008), and the same list on
  // help.yahoo.com/kb/mail-for-desktop/SLN3444.html: "This error means your SMTP connection was
  // rejected". No host: the code alone names Yahoo.
  {
    name: "r61-01: Yahoo's 553 VS99-IP1 deferred, no host",
    reply: "553 VS99-IP1 deferred",
    status: "5.0.0",
    expected: YAHOO_REFUSED,
  },
  {
    name: "r61-01 variant: as the help page lists it, with Yahoo's host",
    reply: "553 VS99-IP1 deferred - see related help topic",
    status: "5.0.0",
    remote: "mta5.am0.yahoodns.net",
    recipient: "pat@yahoo.com",
    expected: YAHOO_REFUSED,
  },
  {
    name: "r61-01 variant: with an enhanced code and the sending IP",
    reply: `553 5.7.1 VS99-IP1 deferred ${IP}`,
    status: "5.7.1",
    expected: YAHOO_REFUSED,
  },
  // Amazon SES's give-up after 14 hours of "421 4.4.0 Unable to lookup DNS for <domain>"
  // (mozilla/fxa-auth-server#2304: "obviosly.typoed.domain"; the same words for a mistyped
  // mailinatorc.com in an SES notification kept in a Laravel app's webhook controller)
  {
    name: "r61-06: SES's Message expired after Unable to lookup DNS for a mistyped domain",
    reply:
      "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for obviosly.typoed.domain>",
    status: "4.4.7",
    expected: DOMAIN_NOT_FOUND,
  },
  {
    name: "r61-06 variant: under 550, as SES also writes the give-up",
    reply:
      "550 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for contoso.example>",
    status: "4.4.7",
    expected: DOMAIN_NOT_FOUND,
  },
  {
    name: "r61-06 variant: the deferral SES retries",
    reply: "421 4.4.0 Unable to lookup DNS for fabrikam.example",
    status: "4.4.0",
    expected: DOMAIN_NOT_FOUND,
  },
  // guards: replies the round read right before its fixes
  // kb.superb.net, "Why do I get a 553 http://www.spamhaus.org/query/bl?ip=ipaddr error"
  {
    name: "r61-02 guard: a host's 553 that is only Spamhaus's lookup address",
    reply: "553 http://www.spamhaus.org/query/bl?ip=203.0.113.25",
    status: "5.0.0",
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus"],
    },
  },
  // registrywinner.com, "Why is Windows Live Hotmail rejecting email I send my friend?"
  {
    name: "r61-03 guard: Hotmail's 550 SC-004 block after complaints",
    reply:
      "550 SC-004 Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.",
    status: "5.0.0",
    expected: {
      id: "outlook-com-policy-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["Outlook.com"],
    },
  },
];
