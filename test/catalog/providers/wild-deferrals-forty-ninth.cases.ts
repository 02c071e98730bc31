// The forty-ninth round of the words (December 2026): a third sample of deferrals as the delay
// warnings users get, with 30 new queries in the issue threads, stored pages and public code, by
// the first-passing-reply rule (no case, no catalog text, in no earlier round's set, no AI-written
// page's, no bounce parser's material, no test author's invention); the set, its sources and the
// scoring script are in /work/wt/h-words49-set, outside the repository. One class was fixed: the
// receiving server that offered STARTTLS but could not start TLS (RFC 3207's 454), read by the code
// alone as nothing said or the registry's "security". The replies the round read right are kept
// as guards, with plain variants of the fixed class (marked "variant", our own examples).
import type { ProviderCase } from "./types";

const TLS_UNAVAILABLE = {
  id: "receiver-tls-unavailable-deferred",
  owner: "recipient-admin",
  temporary: true,
  words: ["STARTTLS", "certificate"],
  wordsJa: ["STARTTLS", "証明書"],
} as const;

const GREYLISTING = {
  id: "greylisting",
  owner: "nobody",
  temporary: true,
  words: ["greylisting"],
  wordsJa: ["グレーリスティング"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // rsmtpd, rsmtpd/response/smtp_454.py (the server's own SmtpResponse454)
  {
    name: "r49-02: 454 TLS failed",
    reply: "454 TLS failed",
    status: "4.0.0",
    expected: TLS_UNAVAILABLE,
  },
  // Postfix smtpd's reply when its certificate or key cannot be used (hardware/mailserver#236)
  {
    name: "r49-02 class: Postfix's 454 4.7.0 TLS not available due to local problem",
    reply: "454 4.7.0 TLS not available due to local problem",
    status: "4.7.0",
    expected: TLS_UNAVAILABLE,
  },
  // swiftmailer/swiftmailer#574
  {
    name: "r49-02 class: a bare 454 TLS not available",
    reply: "454 TLS not available",
    status: "4.0.0",
    expected: TLS_UNAVAILABLE,
  },
  {
    name: "r49-02 variant: RFC 3207's own words for the reply",
    reply: "454 TLS not available due to temporary reason",
    status: "4.0.0",
    expected: TLS_UNAVAILABLE,
  },
  {
    name: "r49-02 variant: TLS failed with an enhanced code",
    reply: "454 4.7.0 TLS failed",
    status: "4.7.0",
    expected: TLS_UNAVAILABLE,
  },
  {
    name: "r49-02 variant: the same words in a refusal",
    reply: "554 5.7.0 TLS not available",
    status: "5.7.0",
    expected: { ...TLS_UNAVAILABLE, id: "receiver-tls-unavailable", temporary: false },
  },
  // http://www.symantec.com/connect/forums/error-452-too-many-recipients-received-hour-will-these-messages-be-sent-again-brightmail
  {
    name: "r49-03: 452 4.1.1 Greylisting in action, please try again later",
    reply: "452 4.1.1 Greylisting in action, please try again later",
    status: "4.1.1",
    expected: GREYLISTING,
  },
  // http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-451/
  {
    name: "r49-06: 451 4.7.1 Greylisting in action, please come back in 00:02:00",
    reply: "451 4.7.1 Greylisting in action, please come back in 00:02:00",
    status: "4.7.1",
    expected: GREYLISTING,
  },
  // https://github.com/modoboa/modoboa-installer/issues/352
  {
    name: "r49-04: 451 4.3.5 Recipient address rejected: Server configuration problem",
    reply:
      "451 4.3.5 <kim@fabrikam.example>: Recipient address rejected: Server configuration problem",
    status: "4.3.5",
    expected: {
      id: "iana-4.3.5",
      owner: "recipient-admin",
      temporary: true,
      words: ["misconfigured"],
      wordsJa: ["設定に誤り"],
    },
  },
  // http://developer.contactlab.com/documentation/contactsend/smartrelay/ (SmartRelay's replies)
  {
    name: "r49-09: 421 Reconfiguration in progress",
    reply: "421 Reconfiguration in progress",
    status: "4.3.2",
    expected: {
      id: "iana-4.3.2",
      owner: "nobody",
      temporary: true,
      words: ["not taking mail"],
      wordsJa: ["受け付けていません"],
    },
  },
];
