// Steps written for a final notice: they ask to send the message again, or end with it, where a
// delay warning's server still holds the message and retries it (a second copy would follow).
// The entry's data marks such a step where it is written; a delay warning leaves it out, or tells
// its while-retrying wording (diagnosis/diagnose.ts, through WHILE_RETRYING's lookup).
import type { Localized } from "../types";

const MARKED = new Map<Localized, Localized | undefined>();

/**
 * Marks `step` as told on a final notice only; `whileRetrying`, when given, is told in its place
 * on a delay warning (the same action without the resend: the server's next retry goes through).
 */
export function finalOnly(step: Localized, whileRetrying?: Localized): Localized {
  MARKED.set(step, whileRetrying);
  return step;
}

/** The marked steps and what a delay warning tells instead (undefined: nothing). */
export const FINAL_ONLY_STEPS: ReadonlyMap<Localized, Localized | undefined> = MARKED;
