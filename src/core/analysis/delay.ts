// Whether a notice says the message is still queued (a delay warning) or that the server gave up.
// A warning is "delayed" whatever the server's words it quotes: a 5.x.x reply to one attempt
// does not end the retries, and reading it as a failure tells the user to send a duplicate.
// Sources: the MTAs' own templates (Postfix bounce_template.c, Exim deliver.c's warning message,
// Sendmail savemail.c, OpenSMTPD bounce.c, Exchange's and Gmail's delay notices).
import { Marks } from "../dialects/common/marks";
import { textLines } from "../dialects/common/text-lines";
import { SUBJECT_PREFIXES } from "../dialects/microsoft/labels";
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
  // German
  "nicht erneut senden",
  "nicht erneut zu senden",
  "versucht weiterhin",
  "wird weiterhin versucht",
  "noch nicht zugestellt",
  "zustellung wird erneut versucht",
  // French
  "pas besoin de renvoyer",
  "inutile de renvoyer",
  "continue d'essayer",
  "continue d’essayer",
  "pas encore pu être remis",
  "pas encore été remis",
  "pas encore été distribué",
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

/** Subjects of delay warnings (lower-case starts or parts). */
const DELAY_SUBJECT =
  /delayed mail|delivery delayed|\(delay\)|warning: message .{0,40} delayed|warning: could not send message for past|notification: warning|warning: delayed mail|still being retried|delivery delay/i;
/** Localized subjects of delay notices ("配信遅延", "Zustellung verzögert", "Remise différée"),
 * the list Exchange's localized reports start with, which admins' own templates use too. */
const LOCALIZED_DELAY_SUBJECT = new Marks([...SUBJECT_PREFIXES.delayed]);

const delaySubject = (subject: string): boolean =>
  DELAY_SUBJECT.test(subject) || LOCALIZED_DELAY_SUBJECT.in(subject.toLowerCase());

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
  return GAVE_UP.firstIn(head, first.index + 1) >= 0 ? "final" : "delayed";
}
