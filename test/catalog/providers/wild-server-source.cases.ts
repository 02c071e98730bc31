// The forty-seventh round of the words (December 2026): refusals as mail server software writes
// them in its own source and documentation (iRedAPD, policyd-weight, maddy, mox, qpsmtpd, Cyrus,
// Dovecot, Apache James, Stalwart), up to three per software in file order, none a case before; the
// set, its sources, the verdicts written before the first run and the scoring script are in
// /work/wt/h-words47-set, outside the repository. Fixed here: iRedAPD's and policyd-weight's own
// texts (their tables), a HELO refusal worded with EHLO (mox, maddy), a sending server that spoke
// before the greeting (qpsmtpd, Exim), and Stalwart's relay refusal under 5.1.2. Each real reply
// names its source; "variant" cases are plain variants of the same class.
import type { ProviderCase } from "./types";

const FORGED_SENDER = {
  id: "iredapd-forged-sender",
  owner: "your-admin",
  temporary: false,
  words: ["iRedMail", "ALLOWED_FORGED_SENDERS"],
  wordsJa: ["iRedMail", "ALLOWED_FORGED_SENDERS"],
} as const;

const HELO = {
  id: "helo-name-refused",
  owner: "your-admin",
  temporary: false,
  words: ["HELO"],
  wordsJa: ["HELO"],
} as const;

const EARLY_TALKER = {
  id: "spoke-before-greeting",
  owner: "your-admin",
  temporary: false,
  words: ["220 greeting"],
  wordsJa: ["220 の挨拶"],
} as const;

const RELAY = {
  id: "relay-refused",
  owner: "your-admin",
  temporary: false,
  words: ["relay"],
  wordsJa: ["中継"],
} as const;

const SPAM_OR_FORGED = {
  id: "policyd-weight-spam-or-forged",
  owner: "your-admin",
  temporary: false,
  words: ["policyd-weight", "HELO", "192.0.2.10"],
  wordsJa: ["policyd-weight", "HELO", "192.0.2.10"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // iRedAPD's SMTP_ACTIONS (iredmail/iRedAPD, libs/__init__.py), after Postfix's recipient prefix
  {
    name: "r47: iRedAPD, SMTP AUTH is required for users under this sender domain",
    reply:
      "554 5.7.1 <user@example.org>: Recipient address rejected: SMTP AUTH is required for users under this sender domain",
    status: "5.7.1",
    expected: FORGED_SENDER,
  },
  {
    name: "r47 variant: iRedAPD's newer words for it (iRedMail's page on allowing a forged sender)",
    reply: "554 5.7.1 <user@example.org>: Sender address rejected: Policy rejection not logged in",
    status: "5.7.1",
    expected: FORGED_SENDER,
  },
  {
    name: "r47: iRedAPD, Policy rejection due to null sender",
    reply:
      "554 5.7.1 <user@example.org>: Recipient address rejected: Policy rejection due to null sender",
    status: "5.7.1",
    expected: {
      id: "iredapd-null-sender",
      owner: "your-admin",
      temporary: false,
      words: ["iRedMail", "MAIL FROM:<>"],
      wordsJa: ["iRedMail", "MAIL FROM:<>"],
    },
  },
  {
    name: "r47: iRedAPD, Sender is not same as SMTP authenticate username (the general wording)",
    reply:
      "554 5.7.1 <user@example.org>: Recipient address rejected: Sender is not same as SMTP authenticate username",
    status: "5.7.1",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["sign"],
      wordsJa: ["サインイン"],
    },
  },
  // policyd-weight's default $REJECTMSG with its failed checks, as a Postfix log quotes it
  {
    name: "r47: policyd-weight, Mail appeared to be SPAM or forged (helo/hostname mismatch)",
    reply:
      "550 5.7.1 <user@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: [192.0.2.10], MTA hostname: unknown[192.0.2.10] (helo/hostname mismatch)",
    status: "5.7.1",
    expected: SPAM_OR_FORGED,
  },
  {
    name: "r47 variant: the same words deferred (450 4.7.1, as collectd's Postfix rules match them)",
    reply:
      "450 4.7.1 <unknown[192.0.2.10]>: Client host rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs",
    status: "4.7.1",
    expected: { ...SPAM_OR_FORGED, id: "policyd-weight-spam-or-forged-deferred", temporary: true },
  },
  {
    name: "r47: policyd-weight, No DNS entries for your MTA, HELO and Domain",
    reply:
      "450 4.7.1 <unknown[192.0.2.10]>: Client host rejected: No DNS entries for your MTA, HELO and Domain",
    status: "4.7.1",
    expected: {
      id: "policyd-weight-no-dns-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["policyd-weight", "reverse DNS"],
      wordsJa: ["policyd-weight", "逆引き DNS"],
    },
  },
  {
    name: "r47: policyd-weight, temporarily blocked because of previous errors - retrying too fast",
    reply:
      "450 4.7.1 <unknown[192.0.2.10]>: Client host rejected: temporarily blocked because of previous errors - retrying too fast.",
    status: "4.7.1",
    expected: {
      id: "policyd-weight-retrying-too-fast-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["policyd-weight", "penalty time"],
      wordsJa: ["policyd-weight", "ペナルティ時間"],
    },
  },
  // mox (mjl-/mox, smtpserver/server.go) and maddy (foxcpp/maddy, require_matching_ehlo)
  {
    name: "r47: mox, your ehlo domain does not resolve to an IP address",
    reply: "550 5.5.0 your ehlo domain does not resolve to an IP address",
    status: "5.5.0",
    expected: HELO,
  },
  {
    name: "r47: maddy, Malformed IP in EHLO",
    reply: "550 5.7.0 Malformed IP in EHLO",
    status: "5.7.0",
    expected: HELO,
  },
  {
    name: "r47 variant: an invalid EHLO name under 5.7.1",
    reply: "550 5.7.1 Invalid EHLO name: localhost",
    status: "5.7.1",
    expected: HELO,
  },
  // qpsmtpd's check_earlytalker, as other daemons copy it; Exim's reply to an early talker
  {
    name: "r47: qpsmtpd, Connecting host started transmitting before SMTP greeting",
    reply: "550 Connecting host started transmitting before SMTP greeting",
    status: "5.0.0",
    expected: EARLY_TALKER,
  },
  {
    name: "r47 variant: Exim's 554 SMTP synchronization error",
    reply: "554 SMTP synchronization error",
    status: "5.0.0",
    expected: EARLY_TALKER,
  },
  // Stalwart (stalwartlabs/mail-server, crates/smtp/src/inbound/rcpt.rs)
  {
    name: "r47: Stalwart, 550 5.1.2 Relay not allowed.",
    reply: "550 5.1.2 Relay not allowed.",
    status: "5.1.2",
    expected: RELAY,
  },
  {
    name: "r47 variant: the same words under a bare 550",
    reply: "550 Relay not allowed",
    status: "5.0.0",
    expected: RELAY,
  },
  {
    name: "r47 variant: Postfix's relay refusal under 5.1.2",
    reply: "554 5.1.2 <kim@fabrikam.example>: Relay access denied",
    status: "5.1.2",
    expected: RELAY,
  },
];
