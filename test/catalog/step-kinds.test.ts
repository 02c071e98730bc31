// A step's kind is data on the step (catalog/step-kinds.ts): a step written for a final notice
// carries what a delay warning tells in its place and the wait it names before sending again; a
// step written for a delay, what a final notice tells instead. The kinds were maps and sets of
// shared steps and a registry the data modules filled as they loaded (h-onemap); these are what
// those held, now read from the steps themselves.
import {
  KIND,
  asksNow,
  onDelayWarning,
  onFinalNotice,
  resendWait,
} from "../../src/core/catalog/step-kinds";
import { YOU } from "../../src/core/catalog/providers/steps";
import { RESEND_FROM_POOL } from "../../src/core/catalog/shared-ip-advice";
import { SENDER } from "../../src/core/catalog/steps";
import type { Localized } from "../../src/core/types";
import { TEMPORARY } from "./told-as";

/** [name, step, told on a delay warning (undefined: left out), the wait it names]. */
const SHARED: readonly (readonly [
  string,
  Localized,
  Localized | undefined,
  "in-an-hour" | "later" | undefined,
])[] = [
  ["SENDER.checkAddress", SENDER.checkAddress, SENDER.checkAddressWhileRetrying, undefined],
  ["YOU.checkAddress", YOU.checkAddress, SENDER.checkAddressWhileRetrying, undefined],
  ["SENDER.typedBcc", SENDER.typedBcc, SENDER.typedBccWhileRetrying, undefined],
  ["SENDER.retryLater", SENDER.retryLater, undefined, "in-an-hour"],
  ["YOU.retryAfterLimit", YOU.retryAfterLimit, undefined, "in-an-hour"],
  ["RESEND_FROM_POOL", RESEND_FROM_POOL, undefined, "in-an-hour"],
  ["SENDER.resendAfterFix", SENDER.resendAfterFix, undefined, "later"],
  ["YOU.retryAfterBlock", YOU.retryAfterBlock, undefined, "later"],
  ["YOU.retryAfterDailyLimit", YOU.retryAfterDailyLimit, undefined, "later"],
  ["YOU.retryAfterSendingLimit", YOU.retryAfterSendingLimit, undefined, "later"],
  ["YOU.resendAfterQuota", YOU.resendAfterQuota, undefined, "later"],
  ["SENDER.resendAfterRoom", SENDER.resendAfterRoom, undefined, "later"],
  ["SENDER.resendWhenMailboxWorks", SENDER.resendWhenMailboxWorks, undefined, "later"],
  ["SENDER.expiredTellRecipient", SENDER.expiredTellRecipient, undefined, "later"],
  // the sending server delivers to the recipients refused in later rounds itself: no wait named
  ["SENDER.split", SENDER.split, undefined, undefined],
];

describe("the shared steps' kinds", () => {
  it.each(SHARED)("%s is final-only", (_name, step, onDelay, wait) => {
    expect(onDelayWarning(step)).toBe(onDelay);
    expect(resendWait(step)).toBe(wait);
    expect(onFinalNotice(step)).toBe(step);
    expect(asksNow(step)).toBe(true);
  });

  it("YOU.forwardIfItFails asks nothing now, and is a step to do now once the message failed", () => {
    expect(asksNow(YOU.forwardIfItFails)).toBe(false);
    expect(onDelayWarning(YOU.forwardIfItFails)).toBe(YOU.forwardIfItFails);
    expect(onFinalNotice(YOU.forwardIfItFails)).toBe(SENDER.askYourAdmin);
    expect(resendWait(YOU.forwardIfItFails)).toBeUndefined();
  });

  it("a step of no kind is told as it is on every notice", () => {
    const step = SENDER.askYourAdmin;
    expect(KIND in step).toBe(false);
    expect([onDelayWarning(step), onFinalNotice(step)]).toEqual([step, step]);
    expect([resendWait(step), asksNow(step)]).toEqual([undefined, true]);
  });

  it("the kind is no part of the text an explanation writes out (--json)", () => {
    const { en, ja } = SENDER.retryLater;
    expect(JSON.stringify(SENDER.retryLater)).toBe(JSON.stringify({ en, ja }));
  });
});

/** Words that ask to send the message again (not "need not", "do not", nor to a corrected address). */
const RESEND = {
  en: /(?<!need (?:not|to) |Do not |can )\bsend (?:it |the message |the refused messages |them )?again\b|\bresend\b/i,
  ja: /送り直して(?!も)|再送して|再送信して|送信し直して/,
};

const asksResend = (step: Localized): boolean => RESEND.en.test(step.en) || RESEND.ja.test(step.ja);

/** Every step of the catalog's temporary meanings, the sender's and the admin's, each once. */
const STEPS: readonly Localized[] = [
  ...new Set(TEMPORARY.flatMap((entry) => [...entry.fix, ...entry.adminFix])),
];

describe("the temporary meanings' steps", () => {
  it("are many", () => {
    expect(STEPS.length).toBeGreaterThan(200);
  });

  // Such a step is told on a delay warning, whose server still holds the message, only as marked.
  it("each that asks to send the message again is final-only in the data", () => {
    const unmarked = STEPS.filter((step) => asksResend(step) && onDelayWarning(step) === step);
    expect(unmarked.map((step) => step.en)).toEqual([]);
  });

  it("no while-retrying wording asks to send again, nor has a kind itself", () => {
    const wordings = STEPS.map(onDelayWarning).filter(
      (told, at) => told !== undefined && told !== STEPS[at],
    );
    expect(wordings.length).toBeGreaterThan(5);
    expect(wordings.filter((told) => told !== undefined && asksResend(told))).toEqual([]);
    expect(wordings.filter((told) => told !== undefined && KIND in told)).toEqual([]);
  });
});
