// Signs that a message is a bounce: a report type, a mailer-daemon sender, a bounce subject.
import type { BounceSource, HeaderField } from "../dialects/types";
import { headerValue } from "../mime/headers";

export const DAEMON_FROM =
  /mailer-daemon|postmaster|mail delivery|microsoftexchange|mail administrator/i;

export const BOUNCE_SUBJECT =
  /undeliver|deliver(y|ed) (status|failure|notification|report)|returned mail|failure notice|mail failure|could not be delivered|non remis|unzustellbar|no entregado|non recapitato|niet bezorgd|未送達|配信|退信/i;

/**
 * Subjects of a filter's or gateway's notice that a message was stopped: flagged as automatic
 * (Auto-Submitted) like an auto-reply, but about the recipient the message did not reach.
 */
export const STOPPED_SUBJECT =
  /block|reject|quarantin|filter|virus|malware|spam|denied|not delivered|undeliver|delivery fail|policy/i;

/**
 * Providers' own opening sentences, which a person pastes without the notice's subject or sender:
 * Gmail's failure and delay ("Your message wasn't delivered to", "There was a temporary problem
 * delivering your message"), Exchange's delay and failures ("Your message to x couldn't be
 * delivered", "Your message wasn't delivered because ...", "Delivery has failed to these
 * recipients"), Yahoo's and AOL's failure.
 */
const NOTICE_OPENING =
  /your message wasn't delivered (?:to|because)|there was a (?:temporary )?problem delivering your message|delivery is delayed to these recipients|delivery has failed to these recipients|your message (?:to \S{1,320} )?couldn't be delivered|we were unable to deliver your message/i;

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
    NOTICE_OPENING.test(opening)
  );
}
