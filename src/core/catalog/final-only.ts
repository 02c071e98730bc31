// Steps written for a final notice: they ask to send the message again, or end with it, where a
// delay warning's server still holds the message and retries it (a second copy would follow).
// The mark is data on the step itself, set where the step is written, and read here only: a delay
// warning leaves such a step out, or tells its while-retrying wording (diagnosis/diagnose.ts).
import type { Localized } from "../types";

/**
 * The mark's key. A symbol, so the mark stays the engine's: an explanation's steps are texts, and
 * JSON.stringify (the command's --json) writes none of a symbol's properties.
 */
export const FINAL_ONLY: unique symbol = Symbol("finalOnly");

/** What a final-only step says of sending again, and what a delay warning tells instead. */
export interface FinalOnly {
  /** Told in the step's place on a delay warning (the same action without the resend); none: left out. */
  readonly whileRetrying?: Localized;
  /**
   * The step says when to send again (after a block, a limit, room in the mailbox, an admin's
   * fix): a final notice adds no general "wait and send again" beside it. "in-an-hour" is the
   * wait the "retry-later" action tells (the pane's "wait an hour or so, then send it again"); a
   * step that tells a "later" wait or a condition contradicts that action, so it is not offered.
   */
  readonly resend?: Resend;
}

/** The wait a step tells before sending again (FinalOnly.resend). */
export type Resend = "in-an-hour" | "later";

/** A step: its text, and the mark where it is written for a final notice only. */
export interface Step extends Localized {
  readonly [FINAL_ONLY]?: FinalOnly;
}

/**
 * `step` marked as told on a final notice only; `whileRetrying`, when given, is told in its place on
 * a delay warning (the same action without the resend: the server's next retry goes through).
 */
export function finalOnly(step: Localized, whileRetrying?: Localized): Step {
  return { ...step, [FINAL_ONLY]: whileRetrying === undefined ? {} : { whileRetrying } };
}

/** `step`, which says when to send again, marked final-only with that wait. */
export function resendStep(step: Localized, wait: Resend): Step {
  return { ...step, [FINAL_ONLY]: { resend: wait } };
}

/** The step as a delay warning tells it: unchanged, its while-retrying wording, or nothing. */
export function onDelayWarning(step: Step): Localized | undefined {
  const mark = step[FINAL_ONLY];
  return mark === undefined ? step : mark.whileRetrying;
}

/** When the step says to send again, or undefined where it says nothing of it. */
export function resendWait(step: Step): Resend | undefined {
  return step[FINAL_ONLY]?.resend;
}
