// The sixty-fifth round of the words (December 2026): providers' and hosts' own published refusal
// lists no table held, 29 replies held out (/work/wt/h-words65-set, outside the repository). The
// Coremail rows are in coremail.cases.ts; here the two other classes it fixed: a sender's own
// outgoing server that wants the mail app to sign in, in the hosts' words, and a host's words for
// the account's sending rate. Plain variants are marked "variant" (our own examples).
import type { ProviderCase } from "./types";

const SIGN_IN = {
  id: "sign-in-required",
  owner: "you",
  temporary: false,
  words: ["sign in", "SMTP authentication"],
  wordsJa: ["サインイン", "SMTP 認証"],
} as const;

const OWN_RATE = {
  owner: "you",
  words: ["your account", "per hour or per day"],
  wordsJa: ["アカウント", "上限"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // IONOS's help, "Error Messages Caused by Undeliverable Email" (www.ionos.com/help/email/
  // troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/)
  {
    name: "r65-10: IONOS's 550 must be authenticated",
    reply: "550 must be authenticated",
    status: "5.0.0",
    remote: "smtp.ionos.com",
    expected: SIGN_IN,
  },
  // support.hoasted.com/article/282-e-mail-fouten-debuggen (a Dutch host's help)
  {
    name: "r65-25: relay through this server without authentication",
    reply: "550-550 relay through this server without authentication.",
    status: "5.0.0",
    expected: SIGN_IN,
  },
  {
    name: "variant: must be authenticated, with an enhanced code",
    reply: "550 5.7.0 Sender must be authenticated",
    status: "5.7.0",
    expected: SIGN_IN,
  },
  {
    name: "variant: relay without authentication, under 554",
    reply:
      "554 5.7.1 <kim@fabrikam.example>: relay through this server without authentication is not allowed",
    status: "5.7.1",
    expected: SIGN_IN,
  },
  {
    name: "variant: must be authenticated first, at MAIL FROM",
    reply: "553 5.7.1 <kim@contoso.example>: Sender must be authenticated first",
    status: "5.7.1",
    expected: SIGN_IN,
  },
  // hostingsupport.co.za/kb-article/most-common-mail-error-codes-explained-2/
  {
    name: "r65-20: this mail account has sent too many messages (deferred)",
    reply:
      "451 Requested action aborted: This mail account has sent too many messages in a short amount of time. Please try again later.",
    status: "4.0.0",
    expected: { ...OWN_RATE, id: "own-sending-limit-deferred", temporary: true },
  },
  {
    name: "variant: the same words refused outright",
    reply: "550 5.7.1 This mail account has sent too many messages in a short amount of time.",
    status: "5.7.1",
    expected: { ...OWN_RATE, id: "own-sending-limit", temporary: false },
  },
  {
    name: "variant: the account's rate, deferred with an enhanced code",
    reply: "450 4.7.1 This mail account has sent too many messages, please try again later",
    status: "4.7.1",
    expected: { ...OWN_RATE, id: "own-sending-limit-deferred", temporary: true },
  },
];
