// Actions and steps as a delay warning and a final notice tell them: while the sending server still
// retries, sending again only makes a second copy, so the actions that send again are not offered
// (a step's own kind says how each notice tells it: step-kinds.ts).
import { YOU } from "./providers/steps";
import { SENDER } from "./steps";
import { asksNow } from "./step-kinds";
import { t, type LastingDeferral } from "./types";
import type { ActionId, Localized, Owner } from "../types";

/** The actions that send the message again, which a delay warning does not offer. */
export const SEND_AGAIN_ACTIONS: ReadonlySet<ActionId> = new Set([
  "retry-later",
  "split-recipients",
]);

/**
 * The first steps of a delay: nothing to do yet, or no resend but steps to do meanwhile; and,
 * for retries in vain, nothing to do until the server gives up.
 */
export const RETRY_OPENERS: readonly Localized[] = [
  SENDER.waitForRetry,
  SENDER.waitForRetryMeanwhile,
  SENDER.waitForGiveUp,
];

/**
 * A delay's steps: the first says there is no need to send it again; it says "nothing to do yet"
 * only when no step after it asks something now (the h-review sample's 4.7.1 and 4.2.1 delays said
 * it above "send this report to your help desk" and "tell the recipient"). Retries in vain lead
 * with what fixes the cause, and their summary says a resend would not help, so no step says it.
 */
export function retryingSteps(acting: readonly Localized[], inVain: boolean): Localized[] {
  if (inVain) return acting.length > 0 ? [...acting] : [SENDER.waitForGiveUp];
  const now = acting.some(asksNow);
  return [now ? SENDER.waitForRetryMeanwhile : SENDER.waitForRetry, ...acting];
}

/**
 * The waits a deferral given up on has outlived: the hour's and a short limit's reset (the
 * retries went on for hours or days). A send from another pool address may still pass.
 */
export const OUTLIVED_WAITS: ReadonlySet<Localized> = new Set([
  SENDER.retryLater,
  YOU.retryAfterLimit,
]);

/**
 * What a give-up of a meaning whose lasting deferral waiting does not clear tells: the steps it
 * leads with in place of the hour's wait, the send-again that comes last (after the fix), the
 * entry's steps its lead says again in full, the action that does it (none: the entry's own) and
 * who acts.
 */
export interface LastingFix {
  readonly steps: readonly Localized[];
  readonly then?: Localized;
  readonly replaces?: readonly Localized[];
  readonly action?: ActionId;
  readonly owner: Owner;
}

/**
 * The give-ups of the sixth help-desk review's greylisting, Postfix's unverified address and
 * 4.5.3, and of the meanings whose words name who acts if the deferral lasts (a busy receiver, a
 * rate limit): the sending side's setup is its admin's (retries that never counted, a resolver
 * that kept failing, a pace or reputation the receiver kept deferring).
 */
export const LASTING_DEFERRAL: Readonly<Record<LastingDeferral, LastingFix>> = {
  "sending-side": {
    steps: [SENDER.askYourAdmin],
    then: SENDER.resendAfterFix,
    // a provider's "forward this report to your admin" says the lead again
    replaces: [YOU.forwardToAdmin],
    action: "contact-your-admin",
    owner: "your-admin",
  },
  // a fault of the receiver's own (its look-up, its load, its service) that outlasted the retries
  "receiving-side": {
    steps: [SENDER.askRecipientAdminAnotherWay],
    then: SENDER.resendAfterFix,
    replaces: [SENDER.askRecipientAdmin, SENDER.askRecipientAdminIfTheirs],
    action: "contact-recipient-admin",
    owner: "recipient-admin",
  },
  // the recipient's own setup (where their mail is forwarded): the entry's step to tell them leads
  recipient: {
    steps: [],
    then: SENDER.resendAfterFix,
    action: "contact-recipient",
    owner: "recipient",
  },
  address: { steps: [SENDER.checkAddress], action: "resend-corrected-address", owner: "you" },
  "recipient-count": { steps: [SENDER.split], action: "split-recipients", owner: "you" },
  // the sender's own fix, each step a send-again of its own (a smaller or simpler message, fewer
  // recipients, a plain address, the password): the entry's own steps lead
  sender: { steps: [], owner: "you" },
  // the sender's own account held back for days (its sending limit, a stolen password): the
  // entry's own steps lead, then the send-again
  "own-account": { steps: [], then: SENDER.resendAfterFix, owner: "you" },
};

/**
 * The openers of a step that says what to do if a deferral lasts (for hours, or keeps coming
 * back within the message's retries), as the steps word them in both languages. A give-up's
 * retries lasted the whole period, so the condition is met and the step is told without it
 * (h-review8: "If the deferral lasts for hours, tell the recipient's mail admin" on a notice that
 * said the server had given up). Conditions a give-up does not meet stay: "after the cause is
 * fixed", "if deferrals like this keep coming back" (other messages), "with one destination".
 */
const LASTING_OPENERS: readonly Localized[] = [
  t("If it lasts for hours, ", "何時間も続く場合は、"),
  t("If it lasts for hours: ", "何時間も続く場合は、"),
  t("If it lasts: ", "続く場合は、"),
  t("If it lasts, ", "続く場合は、"),
  t("If it lasts, ", "長引く場合は、"),
  t("If the deferral lasts for hours, ", "保留が何時間も続く場合は、"),
  t("If the deferral lasts for days, ", "保留が何日も続く場合は、"),
  t("If the deferral never clears, ", "保留が解消しない場合は、"),
  t("If it keeps happening, ", "繰り返し起きる場合は、"),
  t("If it keeps happening, ", "繰り返し発生する場合は、"),
  t("If it repeats, ", "繰り返す場合は、"),
  // greylisting's "if it never gets through" (MailChannels, Gandi) and a block's "if it lasts"
  // (FTGate): a give-up's retries never got through, under the block the whole period (h-ja14)
  t("If it never gets through, ", "いつまでも届かない場合は、"),
  t("Only if it never gets through: ", "いつまでも届かない場合に限り、"),
  t("If the block lasts, ", "ブロックが続く場合は、"),
];

/** A step as a give-up tells it: without an opener whose condition its retries met. */
export function onGiveUp(step: Localized): Localized {
  const opener = LASTING_OPENERS.find((o) => step.en.startsWith(o.en) && step.ja.startsWith(o.ja));
  if (opener === undefined) return step;
  const en = step.en.slice(opener.en.length);
  return t(en.charAt(0).toUpperCase() + en.slice(1), step.ja.slice(opener.ja.length));
}
