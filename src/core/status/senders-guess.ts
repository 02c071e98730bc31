// The sending server's own status for a reply that gave none. A receiver's bare "550 Blocked by
// policy" has no enhanced code, yet the DSN must carry one: the sending server writes a status of
// its own, guessed from the reply code alone. Where that guess names a cause the reply code does not
// (Sendmail's "5.1.1 User unknown" for any 550 at RCPT), the reply is read as it reads alone: by
// its words, or, where they name no cause ("550 Permission denied"), by its class.
//
// Source: Sendmail 8.17's usersmtp.c (smtprcptstat(): a 550 to RCPT without an enhanced code is
// "5.1.1", with its own "User unknown" line in the transcript; a 551 is 5.1.6, a 553 5.1.3) and
// savemail.c (smtptodsn(): any other reply, and the reply at the end of DATA: 450 -> 4.2.0, 451 ->
// 4.3.0, 452 -> 4.3.1, 550 -> 5.2.0, 552 -> 5.2.2, 553 -> 5.1.0, 554 -> 5.0.0, others the class).
// Only the guesses that claim more than the reply code are listed: 551's 5.1.6, 552's 5.2.2, 553's
// 5.1.3 and the 50x replies' 5.5.x are the codes the RFCs pair with those replies, and a class
// (x.0.0: Postfix, Exim, OpenSMTPD and Courier write 5.0.0 for any bare 5xx; Sendmail's 554) or a
// subject's other status (5.1.0) already counts as saying no more than the class. Sendmail's 4.3.0
// for a bare 451 does not: it reads as the receiver's mail system at fault (its admin's),
// over a reply whose words say "spam" or "try again later".
import type { Evidence } from "../types";
import { findReplyCode, findStatusCode } from "./codes";

/** A guess the sending server writes, and the command it answered when it writes this one. */
interface Guess {
  readonly status: string;
  readonly command?: "RCPT" | "DATA";
}

/** Per dialect: the reply codes whose bare replies get a status naming a cause of its own. */
const GUESSES: Readonly<Record<string, Readonly<Record<string, readonly Guess[]>>>> = {
  sendmail: {
    // "User unknown", written only for a reply to RCPT (Sendmail's transcript puts a pipelined
    // RCPT's reply after ">>> DATA"); "other mailbox status" for the reply at the end of DATA
    "550": [
      { status: "5.1.1", command: "RCPT" },
      { status: "5.2.0", command: "DATA" },
    ],
    // "other mailbox status": RFC 5321's 450 is any mailbox unavailable, policy blocks included
    "450": [{ status: "4.2.0" }],
    // "other mail system status": a 451 is any passing refusal, a spam filter's included
    "451": [{ status: "4.3.0" }],
  },
};

/** How the reply reads without the guess: its class as status, and the command the guess implies. */
export interface ReplyAlone {
  readonly status: string;
  readonly command?: string;
}

/**
 * The reply as it reads without the sending server's guess, when `status` is that guess from the
 * bare reply code the diagnostic opens with: the reply's class ("5.0.0"), as a DSN writer that
 * does not guess gives it and as the reply given alone is read. Undefined when the status is the
 * receiver's own (the reply carries an enhanced code) or no guess of the server's that says more.
 */
export function replyWithoutGuess(
  dialect: string | undefined,
  status: string | undefined,
  diagnostic: string | undefined,
): ReplyAlone | undefined {
  const table = dialect === undefined ? undefined : GUESSES[dialect];
  if (table === undefined || status === undefined || diagnostic === undefined) return undefined;
  const reply = findReplyCode(diagnostic);
  if (reply === undefined || findStatusCode(diagnostic) !== undefined) return undefined;
  const guess = table[reply]?.find((g) => g.status === status);
  if (guess === undefined) return undefined;
  const alone = { status: `${reply[0]}.0.0` };
  return guess.command === undefined ? alone : { ...alone, command: guess.command };
}

/** A reason a provider's rule gave (reason/providers): read from its own notices, status as written. */
export function isProviderRule(evidence: Evidence): boolean {
  return evidence.field?.startsWith("provider:") === true;
}

/**
 * Sendmail's status for a refused RCPT by reply code, written even over the reply's own enhanced
 * status (usersmtp.c): "551 5.0.0 Rejected, look at http://www.openspf.org/..." is reported as
 * Status 5.1.6, "550 5.7.230 ..." as 5.1.1. The third replies lab set (test/corpus/lab-replies3).
 */
const OVER_REPLY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sendmail: { "550": "5.1.1", "551": "5.1.6", "553": "5.1.3" },
};

/** Whether `status` is the sending server's pairing for the reply code, written over the reply's
 * own enhanced status (`textStatus`, read from the diagnostic): then the reply's own stands. */
export function overReplyStatus(
  dialect: string | undefined,
  status: string | undefined,
  diagnostic: string | undefined,
  textStatus: string | undefined,
): boolean {
  const table = dialect === undefined ? undefined : OVER_REPLY[dialect];
  if (table === undefined || diagnostic === undefined || textStatus === undefined) return false;
  const reply = findReplyCode(diagnostic);
  return reply !== undefined && table[reply] === status && textStatus !== status;
}
