// A final notice after deferrals: the sending server retried a temporary refusal (greylisting, a
// rate limit, a receiver that is down) until it gave up. The refusal's own meaning explains why,
// told as what stopped the message (retries.ts) rather than as something still being retried.
import { findDiagnosticStatus, isGenericStatus } from "../status/codes";

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
 * The deferral an Exchange queue expiry quotes (Exchange Online's `[Message=...]`, or the earlier
 * attempt Exchange lists): the message was not delivered because of that reply, which says more
 * than "expired". None when the reply is about reaching the destination at all (x.4.x: a
 * timeout, a refused connection, DNS): "the destination could not be reached" is then the cause.
 */
function queueDeferral(diagnostic: string): QuotedDeferral | undefined {
  const text = (MESSAGE.exec(diagnostic) ?? EARLIER.exec(diagnostic))?.[1]?.trim();
  const status = text === undefined ? undefined : findDiagnosticStatus(text);
  if (text === undefined || status?.[0] !== "4" || status.startsWith(".4.", 1)) return undefined;
  const remote = LAST_ATTEMPTED.exec(diagnostic)?.[1];
  return remote === undefined ? { text, status } : { text, status, remote };
}

/** A final notice's own status that names no cause: the class only, or "expired". */
const GIVE_UP_STATUS = /^[45]\.(?:0\.0|4\.7)$/;

/**
 * The temporary reply a final notice quotes, when the notice's own status gives only the class
 * (Courier's and Exim's 5.0.0), says only that it expired (5.4.7), or is none: "421-4.7.28 ..."
 * -> 4.7.28, or Exchange's queue expiry's deferral. The status stays as the notice gives it; the
 * reply's code and server choose the meaning.
 */
export function quotedDeferral(
  status: string | undefined,
  diagnostic: string,
): QuotedDeferral | undefined {
  if (QUEUE_EXPIRED.test(diagnostic)) return queueDeferral(diagnostic);
  if (diagnostic === "" || (status !== undefined && !GIVE_UP_STATUS.test(status))) return undefined;
  const own = findDiagnosticStatus(diagnostic);
  return own?.[0] === "4" && !isGenericStatus(own) && !GIVE_UP_STATUS.test(own)
    ? { text: diagnostic, status: own }
    : undefined;
}
