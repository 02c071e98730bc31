// Actions and steps as a delay warning and a final notice tell them: while the sending server still
// retries, sending again only makes a second copy, so the actions that send again are not offered
// (a step's own kind says how each notice tells it: step-kinds.ts).
import { SENDER } from "./steps";
import { asksNow } from "./step-kinds";
import type { LastingDeferral } from "./types";
import type { ActionId, Localized, Owner } from "../types";

/** The actions that send the message again, which a delay warning does not offer. */
export const SEND_AGAIN_ACTIONS: ReadonlySet<ActionId> = new Set([
  "retry-later",
  "split-recipients",
]);

/** The two first steps of a delay: nothing to do yet, or no resend but steps to do meanwhile. */
export const RETRY_OPENERS: readonly Localized[] = [
  SENDER.waitForRetry,
  SENDER.waitForRetryMeanwhile,
];

/**
 * A delay's steps: the first says the server keeps trying; it says "nothing to do yet" only when
 * no step after it asks something now (the h-review sample's 4.7.1 and 4.2.1 delays said it above
 * "send this report to your help desk" and "tell the recipient").
 */
export function retryingSteps(acting: readonly Localized[]): Localized[] {
  const now = acting.some(asksNow);
  return [now ? SENDER.waitForRetryMeanwhile : SENDER.waitForRetry, ...acting];
}

/**
 * A give-up of a meaning whose lasting deferral waiting does not clear (the sixth help-desk
 * review's greylisting, Postfix's unverified address and 4.5.3 given up on): the steps it leads
 * with, in place of the hour's wait, the action that does them and who acts (the sending side's
 * setup is its admin's: retries that never counted, a resolver that kept failing).
 */
export const LASTING_DEFERRAL: Readonly<
  Record<
    LastingDeferral,
    { readonly steps: readonly Localized[]; readonly action: ActionId; readonly owner: Owner }
  >
> = {
  "sending-side": {
    steps: [SENDER.askYourAdmin, SENDER.resendAfterFix],
    action: "contact-your-admin",
    owner: "your-admin",
  },
  // a fault of the receiver's own (its address look-up) that outlasted the retries: their admin's
  "receiving-side": {
    steps: [SENDER.askRecipientAdminAnotherWay, SENDER.resendAfterFix],
    action: "contact-recipient-admin",
    owner: "recipient-admin",
  },
  address: { steps: [SENDER.checkAddress], action: "resend-corrected-address", owner: "you" },
  "recipient-count": { steps: [SENDER.split], action: "split-recipients", owner: "you" },
};
