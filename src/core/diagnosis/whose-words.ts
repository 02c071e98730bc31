// Whose words a notice's diagnostic holds: a receiving server's reply, or the sending server's
// own. Both may open with a reply code: Sendmail writes its own failures as replies ("421
// mx.example.org (smtp)... Deferred: Connection timed out during user open", "451 4.4.1 reply:
// read error from mx.example.org", "451 mx.example.org: Name server timeout"), while its deferral
// of a receiver's answer quotes that answer after "Deferred:" ("bob@example.org... Deferred: 451
// 4.3.0 Temporary lookup failure"). Exim puts its own verdict after the receiver's last reply on
// a give-up ("451 ...: retry timeout exceeded").
import { findReplyCode } from "../status/codes";

/**
 * Sendmail's own words: a deferral with no reply after it, a reply it could not read, its name
 * server's failure ("451 dnsfail.example.org: Name server timeout").
 */
const SENDMAIL_OWN =
  /\.\.\. Deferred: (?![245]\d\d[ -])|\breply: read error from |: Name server (?:timeout|: )/i;

/** Are these words a sending server's own (Sendmail's, by its forms), not a receiver's reply? */
export function sendersOwnWords(text: string): boolean {
  return SENDMAIL_OWN.test(text);
}

/** The reply code a receiving server's reply carries; none when the words are the sender's own. */
export function receiversReplyCode(text: string): string | undefined {
  return sendersOwnWords(text) ? undefined : findReplyCode(text);
}

/** Exim's give-up verdict after the receiver's last reply. */
const EXIM_VERDICT = /:\s*retry timeout exceeded\s*$/i;

/** The receiver's reply a give-up quotes, without the sending server's verdict after it. */
export function receiversReply(text: string): string {
  return text.replace(EXIM_VERDICT, "");
}
