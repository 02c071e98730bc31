// Signs that a message is a bounce: a report type, a mailer-daemon sender, a bounce subject.
import type { HeaderField } from "../dialects/types";
import { headerValue } from "../mime/headers";

export const DAEMON_FROM =
  /mailer-daemon|postmaster|mail delivery|microsoftexchange|mail administrator/i;

export const BOUNCE_SUBJECT =
  /undeliver|deliver(y|ed) (status|failure|notification|report)|returned mail|failure notice|mail failure|could not be delivered|non remis|unzustellbar|no entregado|non recapitato|niet bezorgd|未送達|配信|退信/i;

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
