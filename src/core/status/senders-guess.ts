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
// Only the guesses that claim more than the reply code count as guesses: 551's 5.1.6 and the 50x
// replies' 5.5.x are the codes the RFCs pair with those replies (551 is listed, marked so, for
// Sendmail writes it over a reply's own status too), and a class
// (x.0.0: Postfix, Exim, OpenSMTPD and Courier write 5.0.0 for any bare 5xx; Sendmail's 554) or a
// subject's other status (5.1.0) already counts as saying no more than the class. Sendmail's 4.3.0
// for a bare 451 does not: it reads as the receiver's mail system at fault (its admin's),
// over a reply whose words say "spam" or "try again later". Nor do 552's 5.2.2 (a full mailbox,
// where a 552 at DATA is as often a size limit: "552 exceeded mailsize limit") and 553's 5.1.3 (a
// mistyped address, over "553 host denies the sender." or "553 ... Local user only"): the fourth
// replies lab set (test/corpus/lab-replies4) read those as the recipient's mailbox full and a
// misspelt address.
import type { Evidence } from "../types";
import { findReplyCode, findStatusCode } from "./codes";

/** A status the sending server pairs with a reply code, writing it in the reply's place. */
interface Pairing {
  readonly reply: string;
  readonly status: string;
  /** The command it answered, where the server pairs this status with a reply to that one only. */
  readonly command?: "RCPT" | "DATA";
  /** Written over the reply's own enhanced status too, not only over a bare reply. */
  readonly overReply?: true;
  /**
   * The status the RFCs pair with the reply code (551's 5.1.6): over a bare reply it
   * says no more than the code, so that reply is read with it, as written.
   */
  readonly rfcPairing?: true;
}

/** Per dialect: the statuses the sending server writes for a reply code. */
const PAIRINGS: Readonly<Record<string, readonly Pairing[]>> = {
  sendmail: [
    // "User unknown", written only for a reply to RCPT (Sendmail's transcript puts a pipelined
    // RCPT's reply after ">>> DATA"), and over the reply's own status (usersmtp.c: "550 5.7.230
    // ..." is reported as 5.1.1); "other mailbox status" for the reply at the end of DATA
    { reply: "550", status: "5.1.1", command: "RCPT", overReply: true },
    { reply: "550", status: "5.2.0", command: "DATA" },
    // "other mailbox status": RFC 5321's 450 is any mailbox unavailable, policy blocks included
    { reply: "450", status: "4.2.0" },
    // "other mail system status": a 451 is any passing refusal, a spam filter's included
    { reply: "451", status: "4.3.0" },
    // a refused RCPT's, over the reply's own status: "551 5.0.0 Rejected, look at
    // http://www.openspf.org/..." is reported as Status 5.1.6 (the third replies lab set,
    // test/corpus/lab-replies3)
    { reply: "551", status: "5.1.6", overReply: true, rfcPairing: true },
    // "mailbox full", for a bare 552 after RCPT or DATA
    { reply: "552", status: "5.2.2" },
    { reply: "553", status: "5.1.3", overReply: true },
  ],
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
  const pairings = dialect === undefined ? undefined : PAIRINGS[dialect];
  if (pairings === undefined || status === undefined || diagnostic === undefined) return undefined;
  const reply = findReplyCode(diagnostic);
  if (reply === undefined || findStatusCode(diagnostic) !== undefined) return undefined;
  const guess = pairings.find(
    (p) => p.reply === reply && p.status === status && p.rfcPairing === undefined,
  );
  if (guess === undefined) return undefined;
  const alone = { status: `${reply[0]}.0.0` };
  return guess.command === undefined ? alone : { ...alone, command: guess.command };
}

/** A reason a provider's rule gave (reason/providers): read from its own notices, status as written. */
export function isProviderRule(evidence: Evidence): boolean {
  return evidence.field?.startsWith("provider:") === true;
}

/** Whether `status` is the sending server's pairing for the reply code, written over the reply's
 * own enhanced status (`textStatus`, read from the diagnostic): then the reply's own stands. */
export function overReplyStatus(
  dialect: string | undefined,
  status: string | undefined,
  diagnostic: string | undefined,
  textStatus: string | undefined,
): boolean {
  const pairings = dialect === undefined ? undefined : PAIRINGS[dialect];
  if (pairings === undefined || diagnostic === undefined || textStatus === undefined) return false;
  const reply = findReplyCode(diagnostic);
  return (
    textStatus !== status &&
    pairings.some((p) => p.overReply === true && p.reply === reply && p.status === status)
  );
}
