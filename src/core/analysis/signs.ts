// Signs that a message is a bounce: a report type, a mailer-daemon sender, a bounce subject.
import type { BounceSource, HeaderField } from "../dialects/types";
import { headerValue } from "../mime/headers";

export const DAEMON_FROM =
  /mailer-daemon|postmaster|mail delivery|microsoftexchange|mail administrator/i;

export const BOUNCE_SUBJECT =
  /undeliver|deliver(y|ed) (status|failure|notification|report)|returned mail|failure notice|mail failure|could not be delivered|non remis|unzustellbar|no entregado|non recapitato|niet bezorgd|未送達|配信|退信/i;

/** A person forwarding a bounce: "Fwd: Undeliverable: ..." is a forward, not a bounce. */
const FORWARD_SUBJECT = /^\s*(fwd?|fw|tr|wg|rv|i|転送)\s*[:：]/i;

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
 * Whether a message no reader knows is a bounce at all: bounce headers, a failed-recipients
 * header, or bounce words at the top of its text (a pasted report has no headers). Without one,
 * addresses near error words are no failed recipients: random bytes hold both.
 */
export function hasBounceSigns(src: BounceSource): boolean {
  return (
    looksLikeBounce(src.headers) ||
    headerValue(src.headers, "x-failed-recipients") !== undefined ||
    BOUNCE_SUBJECT.test(src.text.slice(0, OPENING_CHARS))
  );
}
