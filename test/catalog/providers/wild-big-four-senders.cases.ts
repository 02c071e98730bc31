// The fifty-third round of the words (December 2026): the big providers' newer refusals, the
// 2024-2026 sender rules (authentication, DMARC, PTR, rate limits, basic authentication). The set,
// its queries, sources and verdicts are in /work/wt/h-words53-set, outside the repository. The
// classes fixed: Microsoft 365's "5.7.30 Basic authentication is not supported for Client
// Submission" (the registry's 5.7.30 is REQUIRETLS); Gmail's 4.7.28 scope of a linked URL domain;
// RFC 7489's "DMARC failure" in a refusal's words; a provider's code-only meaning of a broad code
// (x.7.1) that the words contradict. Replies read right are kept too; "variant" marks plain
// variants of a fixed class (our own).
import type { ProviderCase } from "./types";

const GOOGLE_MX = "gmail-smtp-in.l.google.com";
const OUTLOOK_MX = "hotmail-com.olc.protection.outlook.com";
const OFFICE365_SMTP = "smtp.office365.com";

const AUTHENTICATION = {
  id: "iana-5.7.26",
  owner: "your-admin",
  temporary: false,
  words: ["DMARC"],
} as const;

const BASIC_AUTH = {
  id: "exo-5.7.139-basic-auth-disabled",
  owner: "your-admin",
  temporary: false,
  words: ["basic authentication", "OAuth"],
  wordsJa: ["基本認証", "OAuth"],
} as const;

const URL_DOMAIN = {
  id: "gmail-5.7.28-url-domain-deferred",
  owner: "your-admin",
  temporary: true,
  words: ["links to a domain", "link domain of your own"],
  wordsJa: ["リンク先"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // XS4ALL's refusal of Yahoo-From mail, 2014 (wordtothewise.com/2014/04/example-bounces-due-yahoo-preject)
  {
    name: "r53-S03: 550 5.7.1 DMARC failure for domain yahoo.com, policy reject",
    reply: "550 5.7.1 DMARC failure for domain yahoo.com, policy reject",
    status: "5.7.1",
    expected: AUTHENTICATION,
  },
  {
    name: "r53 variant: DMARC failure from Outlook.com's host (no block list)",
    reply: "550 5.7.1 DMARC failure for domain example.org, policy reject",
    status: "5.7.1",
    remote: OUTLOOK_MX,
    expected: AUTHENTICATION,
  },
  // Hotmail's DMARC refusal as SendGrid's "Microsoft DMARC Changes" quotes it (2016)
  {
    name: "r53-S12: 550 5.7.1 The messages violates the DMARC policy of (Outlook.com's host)",
    reply:
      "550 5.7.1 The messages violates the DMARC policy of domain.tld (1b6c35a4-2c11-11e6-ab23-549f350a57e2)",
    status: "5.7.1",
    remote: OUTLOOK_MX,
    expected: AUTHENTICATION,
  },
  {
    name: "r53 variant: SPF check failed under 5.7.1 from Outlook.com's host",
    reply: "550 5.7.1 Message rejected: SPF check failed for example.org",
    status: "5.7.1",
    remote: OUTLOOK_MX,
    expected: { ...AUTHENTICATION, words: ["SPF"] },
  },
  {
    name: "r53 variant: an unknown user under 5.7.1 from Outlook.com's host",
    reply: "550 5.7.1 <kim@outlook.com>: Recipient address rejected: User unknown",
    status: "5.7.1",
    remote: OUTLOOK_MX,
    recipient: "kim@outlook.com",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: ["address"],
      wordsJa: ["アドレス"],
    },
  },
  // Microsoft 365's SMTP AUTH endpoint since March 2026, as a project's SMTP hints quote it
  {
    name: "r53-S08: 550-5.7.30 Basic authentication is not supported (smtp.office365.com)",
    reply: "550-5.7.30 Basic authentication is not supported",
    status: "5.7.30",
    remote: OFFICE365_SMTP,
    expected: BASIC_AUTH,
  },
  // the full reply, as the projects moving off basic authentication quote it
  {
    name: "r53: 550 5.7.30 Basic authentication is not supported for Client Submission",
    reply: "550 5.7.30 Basic authentication is not supported for Client Submission.",
    status: "5.7.30",
    expected: BASIC_AUTH,
  },
  {
    name: "r53: 535 5.7.30 Basic authentication is not supported for Client Submission",
    reply: "535 5.7.30 Basic authentication is not supported for Client Submission.",
    status: "5.7.30",
    remote: OFFICE365_SMTP,
    expected: BASIC_AUTH,
  },
  // Google's SMTP error table, 4.7.28's URL-domain scope (as managedserver.eu quotes it, 2024)
  {
    name: "r53-P01: 421 4.7.28 ... unsolicited mail containing one of your URL domains",
    reply:
      "421 4.7.28 Gmail has detected an unusual rate of unsolicited mail containing one of your URL domains. To protect our users from spam, mail with the URL has been temporarily limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp",
    status: "4.7.28",
    remote: GOOGLE_MX,
    expected: URL_DOMAIN,
  },
  {
    name: "r53: 421-4.7.28 ... unsolicited email containing one of your URL domains (no host)",
    reply:
      "421-4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. - gsmtp",
    status: "4.7.28",
    expected: URL_DOMAIN,
  },
  {
    name: "r53 variant: 550 5.7.28 ... containing one of your URL domains, blocked",
    reply:
      "550-5.7.28 Gmail has detected an unusual rate of unsolicited mail containing one of your URL domains. To protect our users from spam, mail with the URL has been blocked. - gsmtp",
    status: "5.7.28",
    remote: GOOGLE_MX,
    expected: { ...URL_DOMAIN, id: "gmail-5.7.28-url-domain", temporary: false },
  },
  // read right before the round, kept
  {
    name: "r53-S04: 550-5.7.25 ... forward DNS entry does not match the sending IP",
    reply:
      "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not match the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to https://support.google.com/a?p=sender-guidelines-ip To learn more about Gmail requirements for bulk senders, visit https://support.google.com/a?p=sender-guidelines",
    status: "5.7.25",
    remote: GOOGLE_MX,
    expected: { id: "gmail-5.7.25-ptr", owner: "your-admin", temporary: false, words: ["PTR"] },
  },
  {
    name: "r53-S09: 421-4.7.27 Your email has been rate limited because SPF authentication didn't pass",
    reply: "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass",
    status: "4.7.27",
    remote: GOOGLE_MX,
    expected: {
      id: "gmail-5.7.27-spf-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["SPF"],
    },
  },
  {
    name: "r53-S10: 554 5.7.1 [HM08] ... Txn ID (iCloud)",
    reply:
      "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 4fbc0af0-417e-4180-91d8-66754d53a162",
    status: "5.7.1",
    remote: "mx01.mail.icloud.com",
    expected: {
      id: "icloud-local-policy",
      owner: "your-admin",
      temporary: false,
      words: ["Apple"],
    },
  },
  {
    name: "r53-S15: 550-5.7.1 ... likely suspicious due to the very low reputation of the sending domain",
    reply:
      "550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain",
    status: "5.7.1",
    remote: GOOGLE_MX,
    expected: {
      id: "gmail-5.7.1-low-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["reputation"],
      wordsJa: ["評価"],
    },
  },
];
