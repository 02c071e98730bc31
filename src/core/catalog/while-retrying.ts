// Steps and actions that ask the sender to send the message again, and what each step becomes
// while the sending server still retries (a delay warning): sending again then only makes a second
// copy, so such a step is dropped, or kept only for a corrected address.
import { YOU } from "./providers/steps";
import { RESEND_FROM_POOL } from "./shared-ip-advice";
import { SENDER } from "./steps";
import type { LastingDeferral } from "./types";
import type { ActionId, Localized, Owner } from "../types";

export const WHILE_RETRYING: ReadonlyMap<Localized, Localized | undefined> = new Map([
  [SENDER.checkAddress, SENDER.checkAddressWhileRetrying],
  [YOU.checkAddress, SENDER.checkAddressWhileRetrying],
  // a typed Bcc's "correct it and send it to that address alone" becomes "if it is wrong"
  [SENDER.typedBcc, SENDER.typedBccWhileRetrying],
  [SENDER.retryLater, undefined],
  [SENDER.resendAfterFix, undefined],
  [YOU.retryAfterBlock, undefined],
  [YOU.retryAfterLimit, undefined],
  [YOU.retryAfterDailyLimit, undefined],
  [YOU.retryAfterSendingLimit, undefined],
  [YOU.resendAfterQuota, undefined],
  [SENDER.resendAfterRoom, undefined],
  [SENDER.resendWhenMailboxWorks, undefined],
  [SENDER.expiredTellRecipient, undefined],
  [RESEND_FROM_POOL, undefined],
  // the sending server delivers to the recipients it was refused in later rounds itself
  [SENDER.split, undefined],
]);

/**
 * The steps that already say when to send again (a block's, a limit's, a full mailbox's): a final
 * notice adds no general "wait and send again" beside them. Splitting the recipients is no wait.
 */
export const SENDS_AGAIN_LATER: ReadonlySet<Localized> = new Set(
  [...WHILE_RETRYING]
    .filter(([step, kept]) => kept === undefined && step !== SENDER.split)
    .map(([step]) => step),
);

/**
 * The steps whose wait is the one the "retry-later" action tells (the pane's "wait an hour or so,
 * then send it again"): a passing fault, a short limit, a send from another pool address. Beside
 * any other step of SENDS_AGAIN_LATER (a block, a day's limit, a quota the admin resets, room in
 * the mailbox, an expiry) that action would contradict the step, so it is not offered.
 */
export const WAITS_AN_HOUR: ReadonlySet<Localized> = new Set([
  SENDER.retryLater,
  YOU.retryAfterLimit,
  RESEND_FROM_POOL,
]);

/** The actions that send the message again, which a delay warning does not offer. */
export const SEND_AGAIN_ACTIONS: ReadonlySet<ActionId> = new Set([
  "retry-later",
  "split-recipients",
]);

/** The steps that ask nothing while the server retries, only what to do if it finally gives up. */
const IF_IT_FAILS: ReadonlySet<Localized> = new Set([YOU.forwardIfItFails]);

/**
 * The same steps on a final notice: the message has come back, so "if it comes back in the end,
 * forward this report" is a step to do now (h-review6: a give-up after session timeouts).
 */
export const ONCE_IT_FAILED: ReadonlyMap<Localized, Localized> = new Map([
  [YOU.forwardIfItFails, SENDER.askYourAdmin],
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
  const now = acting.some((step) => !IF_IT_FAILS.has(step));
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
 * entry's steps its lead says again in full, the action that does it and who acts.
 */
export interface LastingFix {
  readonly steps: readonly Localized[];
  readonly then?: Localized;
  readonly replaces?: readonly Localized[];
  readonly action: ActionId;
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
};
