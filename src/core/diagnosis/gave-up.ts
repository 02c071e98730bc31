// A final notice after deferrals: the sending server retried a temporary refusal (greylisting, a
// rate limit, a receiver that is down) until it gave up. The refusal's own meaning explains why,
// told as what stopped the message (retries.ts) rather than as something still being retried.
import { findDiagnosticStatus, isGenericStatus } from "../status/codes";
import { receiversReply, receiversReplyCode } from "./whose-words";

/** What a give-up quotes of the temporary reply that made the sending server stop trying. */
export interface QuotedDeferral {
  /** The reply's words, without the give-up's own. */
  readonly text: string;
  /** Its status ("4.7.650"): a reply relayed in Exchange's words ("responded with: ...") gives its own. */
  readonly status: string;
  /** The server that gave it, when the give-up names one apart from the reply. */
  readonly remote?: string;
}

/** Exchange's queue verdict ("550 4.4.7 QUEUE.Expired; message expired"): its own, not a reply. */
const QUEUE_EXPIRED = /queue\.expired/i;
/** Exchange Online's "[Message=451 4.7.650 ... [192.0.2.1] ...]": one level of brackets inside. */
const MESSAGE = /\[Message=((?:[^[\]]|\[[^[\]]*\])*)\]/i;
const LAST_ATTEMPTED = /\[LastAttemptedServerName=([A-Za-z0-9.-]{1,253})\]/i;
/** Exchange's earlier attempt, joined after its queue verdict by the decoder ("... / 451 ..."). */
const EARLIER = / \/ (.+)$/s;

/**
 * The status of a temporary reply a notice quotes: its own code ("421-4.7.28" -> 4.7.28), else
 * 4.0.0 when only a receiving server's 4xx reply code says it was temporary ("451 Unable to
 * complete command, DNS not available"), as a notice that keeps the reply's class (Postfix's)
 * gives it. A code of the sending server's own making (Sendmail's "421 host (smtp)... Deferred:
 * Connection timed out") is no receiver's reply: its give-up keeps its own meaning.
 */
function deferralStatus(text: string): string | undefined {
  const own = findDiagnosticStatus(text);
  if (own !== undefined && !isGenericStatus(own)) return own;
  return receiversReplyCode(text)?.startsWith("4") === true ? "4.0.0" : undefined;
}

/**
 * The deferral an Exchange queue expiry quotes (Exchange Online's `[Message=...]`, or the earlier
 * attempt Exchange lists): the message was not delivered because of that reply, which says more
 * than "expired". None when the reply is about reaching the destination at all (x.4.x: a
 * timeout, a refused connection, DNS): "the destination could not be reached" is then the cause.
 */
function queueDeferral(diagnostic: string): QuotedDeferral | undefined {
  const text = (MESSAGE.exec(diagnostic) ?? EARLIER.exec(diagnostic))?.[1]?.trim();
  const status = text === undefined ? undefined : deferralStatus(text);
  if (text === undefined || status?.[0] !== "4" || status.startsWith(".4.", 1)) return undefined;
  const remote = LAST_ATTEMPTED.exec(diagnostic)?.[1];
  return remote === undefined ? { text, status } : { text, status, remote };
}

/** A final notice's own status that names no cause: the class only, or "expired". */
const GIVE_UP_STATUS = /^[45]\.(?:0\.0|4\.7)$/;
/** "Expired": the notice's own verdict, not a reply's. */
const EXPIRED = "4.4.7";

/**
 * The temporary reply a final notice quotes, when the notice's own status gives only the class
 * (Courier's and Exim's 5.0.0), says only that it expired (5.4.7), or is none: "421-4.7.28 ..."
 * -> 4.7.28, a receiver's bare "451 ..." -> 4.0.0, or Exchange's queue expiry's deferral. The
 * status stays as the notice gives it; the reply's code and server choose the meaning.
 */
export function quotedDeferral(
  status: string | undefined,
  diagnostic: string,
): QuotedDeferral | undefined {
  if (QUEUE_EXPIRED.test(diagnostic)) return queueDeferral(diagnostic);
  if (diagnostic === "" || (status !== undefined && !GIVE_UP_STATUS.test(status))) return undefined;
  const reply = receiversReply(diagnostic);
  const quoted = deferralStatus(reply);
  return quoted?.[0] === "4" && quoted !== EXPIRED ? { text: reply, status: quoted } : undefined;
}
