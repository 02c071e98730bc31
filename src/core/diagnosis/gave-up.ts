// A final notice after deferrals: the sending server retried a temporary refusal (greylisting, a
// rate limit, a receiver that is down) until it gave up. The refusal's own meaning explains why,
// told as what stopped the message rather than as something still being retried.
import type { Localized } from "../types";
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

/** Put before a temporary refusal's meaning on a notice that reports the message as failed. */
export const GAVE_UP: Localized = {
  en: "Your mail server kept retrying and has now given up, so the message was not delivered. The last answer it got:",
  ja: "送信側のメール サーバーは再試行を続けましたが、最終的にあきらめたため、メッセージは配信されていません。最後に受け取った応答:",
};

/**
 * The closing words of temporary meanings that promise the sending server's next attempt ("; your
 * server retries."), each language apart: untrue once it has given up, so they are dropped there.
 * `test/catalog/gave-up-after-deferral.test.ts` checks every temporary meaning against them.
 */
const RETRY_PROMISES: Readonly<Record<keyof Localized, readonly string[]>> = {
  en: [
    "; Exchange keeps trying for a while before giving up.",
    "; Exchange keeps trying.",
    "; the message will usually go through on the next attempt.",
    "; your server will try again.",
    "; your server retries it.",
    "; your server retries the message.",
    "; your server retries.",
    "; the mail is retried.",
    "; the rest is retried.",
    "; the message is retried.",
    "; it keeps the message and retries.",
    "; your server keeps the message and retries.",
    "; your server keeps it and retries.",
    "; it does so by itself.",
    "; the sending server keeps retrying.",
    " The server does this by itself; the message usually arrives within minutes, at most a few hours.",
    "; your mail server will try again and it is normally accepted then.",
    "; your mail server will try again.",
    " and will take the message when your server tries again.",
  ],
  ja: [
    "Exchange はしばらく再試行を続け、それでも届かなければあきらめます。",
    "Exchange は再試行を続けます。",
    "通常は次の再試行で配信されます。",
    "送信側のサーバーが再試行します。",
    "メールは再試行されます。",
    "残りは再試行されます。",
    "メッセージは再試行されます。",
    "送信サーバーはメッセージを保持したまま再試行を続けます。",
    "送信サーバーはメッセージを保持したまま再試行します。",
    "送信サーバーが自動で再試行します。",
    "送信サーバーは再試行します。",
    "送信サーバーは再試行を続けます。",
    "再試行はサーバーが自動で行い、通常は数分、長くても数時間で届きます。",
    "メール サーバーが再試行し、通常はそのときに受け付けられます。",
    "メール サーバーが再試行します。",
    "サーバーが再試行したときに受け付けられます。",
    "サーバーがメッセージの送信を再試行します。",
  ],
};

/** `text` without a closing retry promise, ended as a sentence. */
function withoutPromise(text: string, promises: readonly string[]): string {
  const promise = promises.find((p) => text.endsWith(p));
  if (promise === undefined) return text;
  const kept = text.slice(0, text.length - promise.length);
  return /[.。]$/.test(kept) ? kept : `${kept}.`;
}

/** A temporary meaning's summary on a notice whose server gave up: led by GAVE_UP, no promise. */
export function givenUp(summary: Localized): Localized {
  return {
    en: `${GAVE_UP.en} ${withoutPromise(summary.en, RETRY_PROMISES.en)}`,
    ja: `${GAVE_UP.ja} ${withoutPromise(summary.ja, RETRY_PROMISES.ja)}`,
  };
}
