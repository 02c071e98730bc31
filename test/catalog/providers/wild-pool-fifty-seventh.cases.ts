// The fifty-seventh round of the words (December 2026): no new sample, but the 589 held-out replies
// of rounds 14 to 54 pooled (h-owner5's pool.json), run again on the code of the day, and those
// whose answer was the registry's generic meaning (or a class fallback) although their words name
// a cause. The set, its groups and the scoring script are in /work/wt/h-pool-set, outside the
// repository. The classes fixed: a rate per sender address on the sender's own outgoing server; a
// receiving server closing a session the sending side left idle; MXroute's refusal of
// unauthenticated mail from a suspicious network range (a table of its own). Variants (marked so)
// are our own examples in the servers' formats.
import type { ProviderCase } from "./types";

const OWN_RATE = {
  id: "own-sending-limit-deferred",
  owner: "you",
  temporary: true,
  words: ["your account", "password"],
  wordsJa: ["アカウント", "パスワード"],
} as const;

const OWN_RATE_REFUSED = { ...OWN_RATE, id: "own-sending-limit", temporary: false } as const;

const RANGE_REFUSED = {
  id: "mxroute-range-refused",
  owner: "your-admin",
  temporary: false,
  words: ["MXroute", "whitelistrequest.mxrouting.net"],
  wordsJa: ["MXroute", "whitelistrequest.mxrouting.net"],
} as const;

// round 62: the receiver's idle-session words have their own entry (who stopped waiting for whom)
const IDLE_SESSION = {
  id: "session-timeout",
  owner: "nobody",
  temporary: true,
  words: ["sent nothing more within its time limit"],
  wordsJa: ["制限時間内に続きが届かなかった"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://caorda.com/?p=16601 (round 29: a web host's outgoing server)
  {
    name: "r29-15: the own outgoing server's rate per sender address",
    reply: "450 too many emails from this sender, please try again later",
    status: "4.0.0",
    expected: OWN_RATE,
  },
  // https://automationadmin.com/2016/05/barracuda-rate-controlled-message/ (an office's own
  // Barracuda rate-controls a user whose account was sending spam)
  {
    name: "r29-15 second source: an office's own Barracuda rate control",
    reply: "450 too many emails from this sender (rate controlled)",
    status: "4.0.0",
    expected: OWN_RATE,
  },
  {
    name: "r29-15 variant: the same rate refused outright",
    reply: "550 5.7.1 too many emails from this sender",
    status: "5.7.1",
    expected: OWN_RATE_REFUSED,
  },
  // https://github.com/mjl-/mox/issues/352 (round 30; MXroute's Expert Spam Filtering,
  // docs.mxroute.com/docs/expert-spam-filtering.html)
  {
    name: "r30-6: MXroute refuses unauthenticated mail from a suspicious range",
    reply: "550 Unauthenticated mail not allowed from this range",
    status: "5.0.0",
    expected: RANGE_REFUSED,
  },
  {
    name: "r30-6 variant: the same refusal from an MXroute server",
    reply: "550 Unauthenticated mail not allowed from this range",
    status: "5.0.0",
    remote: "taylor.mxrouting.net",
    expected: RANGE_REFUSED,
  },
  {
    name: "r30-6 variant: the same refusal under an enhanced code",
    reply: "550 5.7.1 Unauthenticated mail not allowed from this range",
    status: "5.7.1",
    remote: "heracles.mxrouting.net",
    expected: RANGE_REFUSED,
  },
  // https://github.com/OpenACalendar/OpenACalendar-Web-Core/issues/767 (round 45)
  {
    name: "r45-1: the receiving server closed a session left idle",
    reply: "421 Timeout waiting for data from client.",
    status: "4.0.0",
    expected: IDLE_SESSION,
  },
  {
    name: "r45-1 variant: Amazon SES's words under a code saying nothing",
    reply: "451 Timeout waiting for data from client",
    status: "4.0.0",
    remote: "email-smtp.us-east-1.amazonaws.com",
    expected: IDLE_SESSION,
  },
];
