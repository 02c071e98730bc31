// The twenty-fourth round of the words (December 2026): the user's own mailbox provider or
// outgoing server refusing to send (send-as refusals, hourly and daily caps, unverified senders
// at sending services, suspended accounts and domains), taken in order from the result lists of
// twelve searches fixed before any was run (issue threads, help pages, hosts' notes), none a case
// or an earlier set's reply; the set, its sources and queries, and the scoring scripts are in
// /work/wt/h-words24-set, outside the repository. Its misses were classes: Exchange Online's
// SendAsDenied under 5.2.252 or 5.2.0, caps in other words than "sending limit", Amazon SES's and
// Mailgun's refusals of an unverified sender, a sandbox or an account not activated, and a suspended account or domain read
// as the recipient's disabled mailbox. Plain variants of each class follow the real replies.
import type { ProviderCase } from "./types";

const SEND_AS = {
  id: "exo-5.7.60-send-as-denied",
  owner: "your-admin",
  temporary: false,
  words: ["From", "Send As"],
  wordsJa: ["From"],
} as const;
const OWN_LIMIT = {
  id: "own-sending-limit",
  owner: "you",
  temporary: false,
  words: ["per hour or per day", "password"],
  wordsJa: ["上限", "パスワード"],
} as const;
const UNVERIFIED = {
  id: "sender-identity-unverified",
  owner: "your-admin",
  temporary: false,
  words: ["sending service", "verified", "sandbox"],
  wordsJa: ["送信サービス", "サンドボックス"],
} as const;
const MAILGUN_SANDBOX = {
  id: "mailgun-free-test-only",
  owner: "your-admin",
  temporary: true,
  words: ["Mailgun", "sandbox", "authorized recipients"],
  wordsJa: ["Mailgun", "サンドボックス"],
} as const;
const ACCOUNT_SUSPENDED = {
  id: "own-account-suspended",
  owner: "you",
  temporary: false,
  words: ["suspended", "password"],
  wordsJa: ["停止", "パスワード"],
} as const;
const DOMAIN_SUSPENDED = {
  id: "own-domain-sending-suspended",
  owner: "your-admin",
  temporary: false,
  words: ["hosting provider", "domain"],
  wordsJa: ["ホスティング事業者", "ドメイン"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://github.com/gophish/gophish/issues/2900
  {
    name: "r24-01: 554 5.2.252 SendAsDenied; <login> not allowed to send as <address>",
    reply:
      "554 5.2.252 SendAsDenied; delightgx46@outlook.com not allowed to send as security@sfb.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.",
    status: "5.2.252",
    expected: SEND_AS,
  },
  // https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1187
  {
    name: "r24-02: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException",
    reply:
      "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
    status: "5.2.0",
    expected: SEND_AS,
  },
  // https://help.zoho.com/portal/ar/community/topic/error-unable-to-send-message-reason-550-5-4-6-mail-rate-exceeded-limit-10-3-2025
  {
    name: "r24-04: 550 5.4.6 mail rate exceeded limit",
    reply: "550 5.4.6 mail rate exceeded limit",
    status: "5.4.6",
    remote: "smtp.zoho.com",
    expected: OWN_LIMIT,
  },
  // http://support.apple.com/kb/HT4863
  {
    name: "r24-06: 550 5.7.1 <member>: You have exceeded your daily sending limit",
    reply:
      "550 5.7.1 membername@icloud.com: You have exceeded your daily sending limit. Please try again later.",
    status: "5.7.1",
    remote: "smtp.mail.me.com",
    expected: OWN_LIMIT,
  },
  // https://github.com/gophish/gophish/issues/3231
  {
    name: "r24-07: 550 send spam mail rejected: exceeded hour limit",
    reply: "550 send spam mail rejected: exceeded hour limit",
    status: "5.0.0",
    expected: OWN_LIMIT,
  },
  // https://github.com/sul-dlss/dlme/issues/813
  {
    name: "r24-08: 554 Message rejected: Email address is not verified (Amazon SES)",
    reply:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region US-WEST-2: email",
    status: "5.0.0",
    remote: "email-smtp.us-west-2.amazonaws.com",
    expected: UNVERIFIED,
  },
  // https://github.com/swapmyvote/swapmyvote/issues/891
  {
    name: "r24-09: 421 Domain <x>.mailgun.org is not allowed to send: Sandbox subdomains",
    reply:
      "421 Domain app7957d1f9157248c0963145da35aa903b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
    status: "4.0.0",
    remote: "smtp.mailgun.org",
    expected: MAILGUN_SANDBOX,
  },
  // https://github.com/Monstarrrr/rebutify/issues/162
  {
    name: "r24-10: 421 Domain sandbox<x>.mailgun.org is not allowed to send: activate account",
    reply:
      "421 Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
    status: "4.0.0",
    remote: "smtp.mailgun.org",
    expected: {
      id: "mailgun-account-not-activated",
      owner: "your-admin",
      temporary: true,
      words: ["Mailgun", "activated"],
      wordsJa: ["Mailgun", "有効化"],
    },
  },
  // https://github.com/roundcube/roundcubemail/issues/8737
  {
    name: 'r24-11: 550 Outgoing mail from "<domain>" has been suspended.',
    reply: '550 Outgoing mail from "ilaahi.com" has been suspended.',
    status: "5.0.0",
    expected: DOMAIN_SUSPENDED,
  },
  // https://github.com/gophish/gophish/issues/720
  {
    name: "r24-12: 552 Your account has been suspended. Please contact us to reactivate",
    reply: "552 Your account has been suspended. Please contact us to reactivate",
    status: "5.0.0",
    remote: "mail.smtp2go.com",
    expected: ACCOUNT_SUSPENDED,
  },
  // plain variants of each class
  {
    name: "r24-v1: 554 5.2.252 SendAsDenied (another login and address)",
    reply:
      "554 5.2.252 SendAsDenied; kim@contoso.example not allowed to send as info@contoso.example; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
    status: "5.2.252",
    expected: SEND_AS,
  },
  {
    name: "r24-v2: 451 4.7.1 Hourly limit exceeded (deferred)",
    reply: "451 4.7.1 Hourly limit exceeded for this account",
    status: "4.7.1",
    expected: { ...OWN_LIMIT, id: "own-sending-limit-deferred", temporary: true },
  },
  {
    name: "r24-v3: 550 User <x> has exceeded its 24-hour sending limit",
    reply: "550 User kim@contoso.example has exceeded its 24-hour sending limit",
    status: "5.0.0",
    expected: OWN_LIMIT,
  },
  {
    name: "r24-v4: 554 Message rejected: Email address is not verified (another region)",
    reply:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: noreply@contoso.example",
    status: "5.0.0",
    expected: UNVERIFIED,
  },
  {
    name: "r24-v5: 550 Domain sandbox<x>.mailgun.org is not allowed to send: Sandbox subdomains",
    reply:
      "550 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only.",
    status: "5.0.0",
    expected: { ...MAILGUN_SANDBOX, temporary: false },
  },
  {
    name: "r24-v6: 550 5.7.1 Your account is suspended",
    reply: "550 5.7.1 Your account is suspended for sending spam",
    status: "5.7.1",
    expected: ACCOUNT_SUSPENDED,
  },
  {
    name: "r24-v7: 550 Outgoing mail from <domain> has been suspended (no quotes)",
    reply: "550 Outgoing mail from contoso.example has been suspended.",
    status: "5.0.0",
    expected: DOMAIN_SUSPENDED,
  },
];
