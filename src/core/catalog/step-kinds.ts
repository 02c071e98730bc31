// A step's kind, where a notice changes how the step is told: data on the step itself, set where
// the step is written and read here only (diagnosis/diagnose.ts, catalog/while-retrying.ts).
// A step written for a final notice asks to send the message again, or ends with it, where a delay
// warning's server still holds the message and retries it (a second copy would follow); a step
// written for a delay tells what to do if the server finally gives up.
import type { Localized } from "../types";

/**
 * The kind's key. A symbol, so the kind stays the engine's: an explanation's steps are texts, and
 * JSON.stringify (the command's --json) writes none of a symbol's properties.
 */
export const KIND: unique symbol = Symbol("kind");

/** The wait a step tells before sending again. */
export type Resend = "in-an-hour" | "later";

export type StepKind =
  /**
   * Told on a final notice only: a delay warning leaves it out, or tells `whileRetrying` in its
   * place (the same action without the resend: the server's next retry goes through).
   */
  | { readonly kind: "final-only"; readonly whileRetrying?: Localized }
  /**
   * Final-only, and says when to send again (after a block, a limit, room in the mailbox, an
   * admin's fix): a final notice adds no general "wait and send again" beside it. "in-an-hour" is
   * the wait the "retry-later" action tells (the pane's "wait an hour or so, then send it again");
   * beside a "later" wait or a condition that action would contradict the step, so it is not
   * offered.
   */
  | { readonly kind: "resend"; readonly wait: Resend }
  /**
   * Asks nothing while the server retries, only what to do if it gives up: a final notice, whose
   * message has come back, tells `onceItFailed` in its place (h-review6: a give-up after session
   * timeouts).
   */
  | { readonly kind: "if-it-fails"; readonly onceItFailed: Localized };

/** A step: its text, and its kind where a notice changes how it is told. */
export interface Step extends Localized {
  readonly [KIND]?: StepKind;
}

/** `step`, told on a final notice only; on a delay warning `whileRetrying`, or nothing. */
export function finalOnly(step: Localized, whileRetrying?: Localized): Step {
  const kind: StepKind =
    whileRetrying === undefined ? { kind: "final-only" } : { kind: "final-only", whileRetrying };
  return { ...step, [KIND]: kind };
}

/** `step`, final-only, which says to send again after `wait`. */
export function resendStep(step: Localized, wait: Resend): Step {
  return { ...step, [KIND]: { kind: "resend", wait } };
}

/** `step`, told while the server retries; `onceItFailed` in its place on a final notice. */
export function ifItFails(step: Localized, onceItFailed: Localized): Step {
  return { ...step, [KIND]: { kind: "if-it-fails", onceItFailed } };
}

/** The step as a delay warning tells it: unchanged, its while-retrying wording, or nothing. */
export function onDelayWarning(step: Step): Localized | undefined {
  const kind = step[KIND];
  if (kind?.kind === "final-only") return kind.whileRetrying;
  return kind?.kind === "resend" ? undefined : step;
}

/** The step as a final notice tells it. */
export function onFinalNotice(step: Step): Localized {
  const kind = step[KIND];
  return kind?.kind === "if-it-fails" ? kind.onceItFailed : step;
}

/** When the step says to send again, or undefined where it says nothing of it. */
export function resendWait(step: Step): Resend | undefined {
  const kind = step[KIND];
  return kind?.kind === "resend" ? kind.wait : undefined;
}

/** Whether the step asks something now, while the server retries (not only if it gives up). */
export function asksNow(step: Step): boolean {
  return step[KIND]?.kind !== "if-it-fails";
}
