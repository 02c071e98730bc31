// What an explanation says of the sending server's retries. Whether it retries depends on the
// notice, not on the meaning: a delay warning's server keeps the message and tries again, a final
// notice's server has given up. So the catalog's summaries say neither, and the notice's sentence
// is added here, the only place that says it.
import type { CatalogEntry } from "../catalog/types";
import { IN_ITS_QUEUE, IN_YOUR_QUEUE } from "../catalog/waiting";
import type { Localized } from "../types";

/** Who keeps the message: your mail server, or the sending server after a meaning that names yours. */
const YOUR_SERVER: Localized = { en: "Your mail server", ja: "送信側のメール サーバー" };
const THE_SENDING_SERVER: Localized = { en: "The sending server", ja: "送信側のサーバー" };

/** The notice's sentence: `keeper` keeps the message and retries (in vain while the cause stays). */
function keepsTrying(keeper: Localized, inVain: boolean): Localized {
  const keeps = {
    en: " keeps the message and tries again by itself[[ until {until}]]",
    ja: "がメッセージを保持し、[[{until} まで]]自動で再試行を続けます",
  };
  const vain = inVain
    ? {
        en: ", but its retries will not get through until the cause is fixed",
        ja: "が、原因が解消されるまで再試行は成功しません",
      }
    : { en: "", ja: "" };
  return { en: `${keeper.en}${keeps.en}${vain.en}.`, ja: `${keeper.ja}${keeps.ja}${vain.ja}。` };
}

/**
 * Put after the meaning on a delay warning; `{until}` is the notice's Will-Retry-Until. It tells
 * what happened; that the message need not be sent again is the first step's to say
 * (catalog/while-retrying.ts), so a card says it once.
 */
export const STILL_TRYING: Localized = keepsTrying(YOUR_SERVER, false);

/**
 * Put after a permanent meaning on a delay warning: the receiver answered 4xx, but what it names
 * (Yahoo's "permanently deferred", a block list's listing, a full mailbox) does not pass by
 * itself, so waiting is not the advice.
 */
export const TRYING_IN_VAIN: Localized = keepsTrying(YOUR_SERVER, true);

/**
 * Put after TRYING_IN_VAIN, unless a step already says not to send the message again (a virus
 * scanner's "do not send the file again as it is", a held post's "do not send it again").
 */
export const RESENDING_IN_VAIN: Localized = {
  en: "Sending the message again would not help either.",
  ja: "送り直しても同じです。",
};

/** A step that says not to send the message again, as the steps word it. */
const SAYS_NO_RESEND = /\bdo not (?:re-?send\b|send\b[^.;:]{0,30}\bagain\b)/i;

/**
 * STILL_TRYING and TRYING_IN_VAIN after a meaning that names your mail server itself ("Your mail
 * server could not open a connection", "because your mail server sent nothing more"): the same
 * sentence, without naming it a second time in a row.
 */
export const SENDING_STILL_TRYING: Localized = keepsTrying(THE_SENDING_SERVER, false);
export const SENDING_TRYING_IN_VAIN: Localized = keepsTrying(THE_SENDING_SERVER, true);
const NAMES_YOUR_SERVER = /\byour mail server\b/i;

/** The sentence a delay warning puts after `meaning`: STILL_TRYING or TRYING_IN_VAIN, or its twin. */
export function noticeSentence(
  meaning: Localized,
  state: "still-trying" | "trying-in-vain",
): Localized {
  const named = NAMES_YOUR_SERVER.test(meaning.en);
  if (state === "still-trying") return named ? SENDING_STILL_TRYING : STILL_TRYING;
  return named ? SENDING_TRYING_IN_VAIN : TRYING_IN_VAIN;
}

/** A give-up's first sentence, then what the meaning after it is: the last answer, or error. */
function gaveUp(last: Localized): Localized {
  return {
    en: `Your mail server kept retrying and has now given up, so the message was not delivered. ${last.en}`,
    ja: `送信側のメール サーバーは再試行を続けましたが、最終的にあきらめたため、メッセージは配信されていません。${last.ja}`,
  };
}

/** Put before a temporary refusal's meaning on a notice that reports the message as failed. */
export const GAVE_UP: Localized = gaveUp({
  en: "The last answer it got:",
  ja: "最後に受け取った応答:",
});

/**
 * GAVE_UP before the sending server's own error (a refused or timed-out connection, a failed DNS
 * look-up, its own retry schedule): no receiving server answered, so "the last answer it got"
 * would name a reply there was none of (h-ja14).
 */
export const GAVE_UP_OWN_ERROR: Localized = gaveUp({
  en: "The last error it met (not an answer from the receiving server):",
  ja: "最後に発生したエラー (受信側のサーバーからの応答ではありません):",
});

/**
 * A meaning that tells what the sending side itself could not do ("The sending server could not
 * look up ..."), not a receiver's verdict on it ("The sending server is not allowed by ... SPF").
 */
const SENDING_SIDE = /^(?:Your (?:mail |Exchange )?server|The sending server) (?:could|did) not\b/;

/** The last attempt as the notice gives it: the reply code quoted, its status and the meaning's code. */
export interface LastAttempt {
  readonly replyCode?: string | undefined;
  readonly codes?: readonly (string | undefined)[];
}

/**
 * Whether the error given up on is the sending server's own: its meaning says so, or no reply
 * was quoted and the status is a network or routing one (x.4.x: connect, DNS, a dropped line).
 */
export function isOwnError(meaning: Localized, last: LastAttempt): boolean {
  if (SENDING_SIDE.test(meaning.en)) return true;
  const network = (last.codes ?? []).some((code) => /^[45]\.4\./.test(code ?? ""));
  return last.replyCode === undefined && network;
}

/**
 * Where a notice leaves the sending server's retries: still trying (in vain while the meaning's
 * cause stays), or given up on a temporary refusal.
 */
export type RetryState = "still-trying" | "trying-in-vain" | "gave-up";

/**
 * The meaning as this notice tells it: followed by STILL_TRYING or TRYING_IN_VAIN (and, unless one
 * of the card's `steps` says it, RESENDING_IN_VAIN), or led by GAVE_UP (GAVE_UP_OWN_ERROR before
 * the sending server's own error in the `last` attempt).
 */
export function toldByNotice(
  meaning: Localized,
  state: RetryState | undefined,
  steps: readonly Localized[],
  last: LastAttempt = {},
): Localized {
  if (state === "still-trying" || state === "trying-in-vain") {
    const after = [noticeSentence(meaning, state)];
    if (state === "trying-in-vain" && !steps.some((step) => SAYS_NO_RESEND.test(step.en)))
      after.push(RESENDING_IN_VAIN);
    return {
      en: [meaning.en, ...after.map((s) => s.en)].join(" "),
      ja: [meaning.ja, ...after.map((s) => s.ja)].join(""),
    };
  }
  if (state === "gave-up") {
    const lead = isOwnError(meaning, last) ? GAVE_UP_OWN_ERROR : GAVE_UP;
    return { en: `${lead.en} ${meaning.en}`, ja: `${lead.ja} ${meaning.ja}` };
  }
  return meaning;
}

/** The queue sentences: STILL_TRYING and TRYING_IN_VAIN say it too ("keeps the message"). */
const SAID_BY_NOTICE: ReadonlySet<Localized> = new Set([IN_YOUR_QUEUE, IN_ITS_QUEUE]);

/**
 * The entry's summary or cause as this notice tells it: with its part that holds only while the
 * sending server retries (`whileRetrying`), unless the notice is final, where nothing waits or
 * retries any more and the steps say what to do now, or unless the notice's sentence that follows
 * (`state`, as toldByNotice() adds it) already says the server keeps the message.
 */
export function whileItRetries(
  entry: CatalogEntry,
  part: "summary" | "cause",
  final: boolean,
  state?: RetryState,
): Localized {
  const text = entry[part];
  const retrying = entry.whileRetrying?.[part];
  if (final || retrying === undefined) return text;
  const keeps = state === "still-trying" || state === "trying-in-vain";
  if (keeps && SAID_BY_NOTICE.has(retrying)) return text;
  return { en: `${text.en} ${retrying.en}`, ja: `${text.ja}${retrying.ja}` };
}
