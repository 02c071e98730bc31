// Whether a notice says the message is still queued (a delay warning) or that the server gave up.
// A warning is "delayed" whatever the server's words it quotes: a 5.x.x reply to one attempt
// does not end the retries, and reading it as a failure tells the user to send a duplicate.
// Sources: the MTAs' own templates (Postfix bounce_template.c, Exim deliver.c's warning message,
// Sendmail savemail.c, OpenSMTPD bounce.c, Exchange's and Gmail's delay notices).
import { Marks } from "../dialects/common/marks";
import { textLines } from "../dialects/common/text-lines";
import { subjectKind, subjectStart } from "../dialects/microsoft/signals";
import type { BounceSource } from "../dialects/types";

/** Sentences of a notice whose sender keeps trying (lower-case, each on one line). */
const STILL_TRYING = new Marks([
  // Postfix, Sendmail, Exchange 2003
  "this is a warning only",
  "this is a warning message only",
  "you do not need to resend your message",
  "you do not need to re-send",
  "you do not need to resend",
  // Exim
  "no action is required on your part",
  "delivery attempts will continue",
  "has not yet been delivered",
  "have not yet been delivered",
  // Postfix, Sendmail
  "it will be retried until it is",
  "will keep trying until message is",
  "warning: message still undelivered after",
  // OpenSMTPD
  "this is only a temporary failure report",
  "a message is delayed for more than",
  // Exchange, Gmail, others
  "delivery will continue to be attempted",
  "this message hasn't been delivered yet",
  "delivery is delayed to these recipients",
  "delivery to the following recipients has been delayed",
  "delivery to the following recipient has been delayed",
  "will retry for",
  "will continue to try to deliver",
  "delivery has been postponed",
  "delivery postponed",
  "still being retried",
  "delivery incomplete",
  // the same sentences in other words and word orders (MailEnable's, GroupWise's, a provider's
  // "Message not delivered yet", Exchange's "The message hasn't been delivered yet")
  "delivery has been delayed",
  "recipient(s) has been delayed",
  "has been delayed for the following",
  "not been delivered yet",
  "not delivered yet",
  "be delivered yet",
  "will be retried",
  "will continue to attempt",
  "will try again later",
  "will attempt to send the message again",
  // as pasted, without the Subject that said "delayed": Exim's deferral heading (cPanel's
  // hourly cap), a host's daily notice
  "the following address(es) deferred",
  "will continue to retry",
  // Courier's warning (its template courier/module.dsn/dsndelayed.txt, courier-mta.org's
  // courierdsn.html): what a pasted copy keeps once its Subject "WARNING: delayed mail." is gone
  "delays in delivering your message",
  "this is an advisory notice only",
  "additional attempts to deliver your message will be made",
  // Kerio Connect's per-recipient result line ("Result: delayed, Status: 4.4.1 Cannot connect to
  // host", support.kerioconnect.gfi.com's outbound delivery troubleshooting article)
  "result: delayed",
  // The same sentences as admins translate their servers' templates (Postfix
  // bounce_template_file, Exim warn_message_file): the notice's own words are then the only
  // ones, and a localized warning read as a failure tells the user to send a duplicate.
  // Japanese
  "再送の必要はありません",
  "再送する必要はありません",
  "再送していただく必要はありません",
  "再送信の必要はありません",
  "再送信する必要はありません",
  "引き続き配信を試み",
  "引き続き配送を試み",
  "再配信を試みます",
  "配信を再試行します",
  "まだ配信されていません",
  "まだ配信できていません",
  "まだ配送されていません",
  "まだ配信が完了していません",
  "まだ配送が完了していません",
  "未だに送信できていません",
  "引き続き再送信",
  "引き続き試行",
  "再配送処理を行います",
  "再配送を行います",
  "再試行します",
  // German
  "nicht erneut senden",
  "nicht erneut zu senden",
  "versucht weiterhin",
  "versuchen weiterhin",
  "bisher nicht zugestellt",
  "wird weiterhin versucht",
  "noch nicht zugestellt",
  "zustellung wird erneut versucht",
  "versucht es noch",
  // French
  "pas besoin de renvoyer",
  "inutile de renvoyer",
  "continue d'essayer",
  "continue d’essayer",
  "pas encore pu être remis",
  "pas encore été remis",
  "pas encore été distribué",
  // Spanish
  "no necesita volver a enviar",
  "no es necesario volver a enviar",
  "aún no se ha entregado",
  "todavía no se ha entregado",
  "se seguirá intentando",
]);

/** Sentences of a report whose sender has given up: a final report, whatever else it says. */
const GAVE_UP = new Marks([
  "not going to try again",
  "i've given up",
  "i have given up",
  "giving up on",
  "will not be retried",
  "no further attempts",
  "message will be deleted from queue",
  "retry timeout exceeded",
  "has been in the queue too long",
  // Exchange's final reports after its retries (2007 and later; 2003)
  "has stopped trying",
  "in the time limit specified",
  // German: the delivery "finally" or "for good" abandoned
  "final abgebrochen",
  "endgültig abgebrochen",
  // OpenSMTPD 6.8 returns an expired message in its delay template ("Action: delayed"), with
  // this line per recipient; the message has left its queue
  ": envelope expired",
  // nullmailer 2.x: nullmailer-send writes a notice only as it moves a message out of its queue
  // (a permanent refusal, or a temporary one past queuelifetime); for the latter nullmailer-dsn's
  // template says "delayed" and promises a final notice that never comes
  "this is the nullmailer delivery system",
]);

/** Both lists, the gave-up sentences first: one scan of the text answers most notices. */
const NOTICE_WORDS = new Marks([...GAVE_UP.list, ...STILL_TRYING.list]);
const GAVE_UP_WORDS: ReadonlySet<string> = new Set(GAVE_UP.list);

/** How delay warnings' Subjects start (the MTAs' and providers' own titles; Exchange's are in
 * subjectKind). Matched where subjectKind matches, at the start: a title further on is the
 * original message's subject, quoted by some other report. */
const DELAY_SUBJECT =
  /^(?:delayed mail|(?:mail |message )?delivery (?:delay|has been delayed)|delivery status notification(?: \((?:delay|mail delivery delayed)\)|: warning)|warning\W{1,3}(?:message .{0,40} delayed|could not send (?:message|mail) for past|delayed mail)|配送遅延)/;

const delaySubject = (subject: string): boolean =>
  subjectKind(subject) === "delayed" || DELAY_SUBJECT.test(subjectStart(subject));

/** The line a mail client opens a forwarded message with (Gmail's, Outlook's, Thunderbird's,
 * Apple Mail's), in English and the sets' other languages. */
const FORWARD_OPENING =
  /^(?:-{2,}[ \t]?(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale)[ \t]?-{2,}|begin forwarded message:)[ \t\r]*$/gm;

/** The Subject line of the header block a client writes under that opening. */
const FORWARDED_SUBJECT = /^(?:subject|betreff|objet|asunto|oggetto|件名) ?: ?(.*)$/m;

/** How final reports' Subjects start, beside Exchange's (subjectKind): the MTAs' and Gmail's. */
const FAILURE_SUBJECT =
  /^(?:delivery status notification \(failure\)|mail delivery failed|undelivered mail returned to sender|returned mail|failure notice|(?:mail )?delivery failure|undeliverable)/;

/**
 * True when a forwarded message in the text is a final report, by the Subject in its forward
 * header. A user who forwards a thread of notices forwards the failure with the delay warnings
 * before it, in either order: the failure is where delivery stands.
 */
function forwardsFailure(head: string): boolean {
  FORWARD_OPENING.lastIndex = 0;
  for (let m = FORWARD_OPENING.exec(head); m !== null; m = FORWARD_OPENING.exec(head)) {
    // the client's header block: From, Date, Subject, To, within a few lines of the opening
    const block = head
      .slice(m.index + m[0].length)
      .split("\n", 8)
      .join("\n");
    const subject = FORWARDED_SUBJECT.exec(block)?.[1];
    if (subject === undefined) continue;
    const start = subjectStart(subject);
    if (subjectKind(start) === "failed" || FAILURE_SUBJECT.test(start)) return true;
  }
  return false;
}

/**
 * "delayed" for a warning that delivery is still being tried, "final" for a report that says
 * the server gave up, undefined when the text says neither.
 */
export function noticeStage(src: BounceSource): "delayed" | "final" | undefined {
  const head = textLines(src).head();
  const first = NOTICE_WORDS.first(head);
  if (first === undefined) return delaySubject(src.subject) ? "delayed" : undefined;
  if (GAVE_UP_WORDS.has(first.mark)) return "final";
  // A still-trying sentence came first: a gave-up one can only start after it (at its start,
  // the gave-up marks, listed first, would have matched).
  if (GAVE_UP.firstIn(head, first.index + 1) >= 0) return "final";
  return forwardsFailure(head) ? "final" : "delayed";
}
