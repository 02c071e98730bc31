// Signs that a message is a bounce: a report type, a mailer-daemon sender, a bounce subject.
import type { BounceSource, HeaderField } from "../dialects/types";
import { headerValue } from "../mime/headers";

const DAEMON_FROM = /mailer-daemon|postmaster|mail delivery|microsoftexchange|mail administrator/i;

const BOUNCE_SUBJECT =
  /undeliver|deliver(y|ed) (status|failure|notification|report)|returned mail|failure notice|mail failure|could not be delivered|non remis|unzustellbar|no entregado|non recapitato|niet bezorgd|未送達|配信|退信/i;

/**
 * Subjects of a filter's or gateway's notice that a message was stopped: flagged as automatic
 * (Auto-Submitted) like an auto-reply, but about the recipient the message did not reach.
 */
export const STOPPED_SUBJECT =
  /block|reject|quarantin|filter|virus|malware|spam|denied|not delivered|undeliver|delivery fail|policy/i;

/**
 * The sentences notices open with, which a person pastes without the notice's subject or sender
 * (the pane's paste box, a .txt file): the text is all there is to tell a bounce by. Each says
 * that a message was not delivered or is delayed, in the words of the notices of the test sets
 * (test/fixtures/pasted) and of Exchange's pasted parts: Gmail's and Exchange's, in the languages
 * they are sent in; Exchange 2003's; Pigeonhole's "was automatically rejected"; ZMailer's
 * collection of reports; localized Exim and Sendmail templates. Words alone ("delayed", "blocked") say nothing: a person writes
 * them too.
 */
const NOTICE_OPENINGS: readonly RegExp[] = [
  // English
  /your message (?:wasn't|was not) delivered|(?:couldn't|could not|cannot) be delivered/i,
  /there was a (?:temporary )?problem delivering your message|we were unable to deliver your message/i,
  /delivery (?:is|has been) delayed|has been delayed for the following|message delay notification/i,
  /did not reach some or all of the intended recipients|recipient\(s\) could not be reached/i,
  /delivery has failed to these recipients/i,
  /was not able to be\s+delivered|delivery incomplete|was automatically rejected/i,
  /your message to \S+ has been blocked|reports about email delivery/i,
  // German, French, Spanish, Italian, Dutch, Portuguese
  /konnte[^.]{0,80}zugestellt\s+werden|zustellung an folgende empfänger|zustellung unvollständig/i,
  /n'a pas (?:pu )?(?:être|été) (?:remis|distribué)|échec de la remise|la remise est (?:retardée|différée)/i,
  /error en la entrega|no se ha (?:podido )?entregado|la entrega se ha retrasado/i,
  /non (?:è stato|può essere) (?:recapitato|consegnato)|è stato bloccato/i,
  /kon niet worden (?:bezorgd|afgeleverd)|não (?:pôde ser|foi) entregue/i,
  // Japanese, Korean
  /配送(?:できません|が完了していません|に失敗)|送信できませんでした|배달할 수 없습니다/,
];

/**
 * The lines a mail server writes under a failed recipient, which a person pastes without the
 * notice around them (the address, then the server's answer): Exim's "SMTP error from remote
 * mail server after RCPT TO:<addr>:", qmail-remote's "1.2.3.4 does not like recipient." over
 * "Remote host said: ...". Machine words a person does not write about a mail of theirs.
 */
const MTA_RECIPIENT_LINES: readonly RegExp[] = [
  /\bSMTP error from remote mail server after (?:RCPT TO|MAIL FROM|end of data|pipelined|initial connection)\b/i,
  /\bdoes not like recipient\.?\s{1,20}Remote host said\b/i,
];

/** A person forwarding a bounce: "Fwd: Undeliverable: ..." is a forward, not a bounce. */
const FORWARD_SUBJECT = /^\s*(fwd?|fw|tr|wg|rv|i|転送)\s*[:：]/i;

/** Whether a header block is a person's forward ("FW: ...", "Fwd: ..."). */
export function isForward(headers: readonly HeaderField[]): boolean {
  return FORWARD_SUBJECT.test(headerValue(headers, "subject") ?? "");
}

/** Whether a header block is a bounce's (report type, daemon sender, or bounce subject). */
export function looksLikeBounce(headers: readonly HeaderField[]): boolean {
  const type = headerValue(headers, "content-type") ?? "";
  const subject = headerValue(headers, "subject") ?? "";
  return (
    /multipart\/report/i.test(type) ||
    DAEMON_FROM.test(headerValue(headers, "from") ?? "") ||
    (BOUNCE_SUBJECT.test(subject) && !FORWARD_SUBJECT.test(subject))
  );
}

/** How much of the text a bounce's opening words are looked for in. */
const OPENING_CHARS = 4000;

/**
 * Whether a message no reader knows is a bounce at all: bounce headers (or, for what Office.js
 * hands over, the item's subject and sender), a failed-recipients header, a filter's automatic
 * notice that it stopped a message, or bounce words at the top of its text (a pasted report has no headers). Without one,
 * addresses near error words are no failed recipients: random bytes hold both.
 */
export function hasBounceSigns(src: BounceSource): boolean {
  const opening = src.text.slice(0, OPENING_CHARS);
  return (
    looksLikeBounce(src.headers) ||
    DAEMON_FROM.test(src.from) ||
    (BOUNCE_SUBJECT.test(src.subject) && !FORWARD_SUBJECT.test(src.subject)) ||
    headerValue(src.headers, "x-failed-recipients") !== undefined ||
    (/^auto-/i.test(headerValue(src.headers, "auto-submitted") ?? "") &&
      STOPPED_SUBJECT.test(src.subject)) ||
    BOUNCE_SUBJECT.test(opening) ||
    NOTICE_OPENINGS.some((words) => words.test(opening)) ||
    MTA_RECIPIENT_LINES.some((words) => words.test(opening))
  );
}
