// The sixty-third round of the words (December 2026): a domain that accepts no mail (RFC 7505's
// null MX) and other "no mail here" DNS answers, as servers word them. The held-out set, its
// sources and the scoring scripts are in /work/wt/h-nullmx-set, outside the repository. Postfix's
// "(nullMX)" refusal read as the registry's 5.1.10 (right, with a directory step), Gmail's
// "returned Null MX" under its DSN's 4.0.0 as a deferral the server gave up on (with "wait an
// hour"), Haraka's "No valid MX for your FROM address" as the registry's 4.0.0. Plain variants are
// marked "variant" (our own examples).
import type { ProviderCase } from "./types";

const RECIPIENT_NULL_MX = {
  id: "recipient-null-mx",
  owner: "you",
  temporary: false,
  words: ["null MX", "typo", "final"],
  wordsJa: ["null MX", "入力ミス", "最終的"],
} as const;

const SENDER_NULL_MX = {
  id: "sender-null-mx",
  owner: "your-admin",
  temporary: false,
  words: ["null MX", "Return-Path"],
} as const;

const SENDER_NO_MX = {
  id: "sender-domain-unknown",
  owner: "your-admin",
  temporary: false,
  words: ["sender address", "MX or A record"],
  wordsJa: ["送信者アドレス", "MX または A レコード"],
} as const;

const SENDER_NO_MX_DEFERRED = {
  ...SENDER_NO_MX,
  id: "sender-domain-unknown-deferred",
  temporary: true,
} as const;

export const CASES: readonly ProviderCase[] = [
  // PHPMailer pull request 1668 (2019): Postfix's smtpd on RCPT for a mistyped yahooo.com
  {
    name: "r63-01: Postfix's 556 5.1.10 Recipient address rejected ... (nullMX)",
    reply:
      "556 5.1.10 <zz@yahooo.com>: Recipient address rejected: Domain yahooo.com does not accept mail (nullMX)",
    status: "5.1.10",
    recipient: "zz@yahooo.com",
    expected: RECIPIENT_NULL_MX,
  },
  // a Laravel app's log in the code corpus (Symfony Mailer's exception for a placeholder address)
  {
    name: "r63-02: the same refusal for example.com, from another Postfix",
    reply:
      "556 5.1.10 <your@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)",
    status: "5.1.10",
    remote: "mail.askproai.example",
    recipient: "your@example.com",
    expected: RECIPIENT_NULL_MX,
  },
  {
    name: "r63-01 variant: Postfix's client bounce for the same domain (dsn 5.1.0)",
    reply: "Domain fabrikam.example does not accept mail (nullMX)",
    status: "5.1.0",
    expected: RECIPIENT_NULL_MX,
  },
  // Gmail's words as an app's notes (code corpus) and an app's saved notice (Jan 2026) quote them;
  // Gmail's own DSN carries 4.0.0 (null-mx.test.ts checks that layout)
  {
    name: "r63-03: Gmail's DNS Error ... returned Null MX, under a 5.x status",
    reply:
      "DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned Null MX. For more information, go to https://www.rfc-editor.org/info/rfc7505",
    status: "5.1.10",
    remote: "mx.google.com",
    recipient: "test@example.com",
    expected: RECIPIENT_NULL_MX,
  },
  {
    name: "r63 variant: Exim's words for a null MX",
    reply: "an MX or SRV record indicated no SMTP service",
    status: "5.0.0",
    expected: RECIPIENT_NULL_MX,
  },
  // Postfix's smtpd_check.c (550 5.7.27 for a sender's null MX) and Titan's table
  {
    name: "r63 variant: Postfix refuses a sender whose domain has a null MX",
    reply:
      "550 5.7.27 <noreply@contoso.example>: Sender address rejected: Domain contoso.example does not accept mail (nullMX)",
    status: "5.7.27",
    remote: "mx.fabrikam.example",
    expected: SENDER_NULL_MX,
  },
  // mox issue 408 (2026): a DMARC report receiver running Haraka's mail_from.is_resolvable
  {
    name: "r63-07: Haraka's 450 No valid MX for your FROM address",
    reply: "450 No valid MX for your FROM address",
    status: "4.0.0",
    remote: "dmarc.everest.email",
    expected: SENDER_NO_MX_DEFERRED,
  },
  {
    // the plugin's code: DENY with reject_no_mx, DENYSOFT otherwise
    name: "r63-07 variant: Haraka's No MX for your FROM address, refused",
    reply: "550 No MX for your FROM address",
    status: "5.0.0",
    remote: "mx.fabrikam.example",
    expected: SENDER_NO_MX,
  },
];
