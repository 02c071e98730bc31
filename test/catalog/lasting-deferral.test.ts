// A give-up of a deferral that waiting does not clear leads with the fix its meaning names, not
// "wait an hour or so, this often clears by itself" (the sixth help-desk review, rows 9, 14, 25,
// 27: greylisting, Postfix's unverified address and the registry's 4.5.3 given up on). The
// sending server retried for the whole retry period (hours or days) before it gave up.
import { SENDER } from "../../src/core/catalog/steps";
import {
  LASTING_DEFERRAL,
  OUTLIVED_WAITS,
  RETRY_OPENERS,
} from "../../src/core/catalog/while-retrying";
import type { CatalogEntry } from "../../src/core/catalog/types";
import { TEMPORARY, explainedFile, toldAs } from "./told-as";

/**
 * A meaning's own words that a deferral lasting the retry period is no longer the wait's to clear
 * (a busy receiver's or a rate limit's "if it lasts" is not: a later send may pass).
 */
const LASTING =
  /never clears|lasts for days|If the deferral lasts|gives up on them|never get the message/;

function saysLasting(entry: CatalogEntry): boolean {
  return [entry.cause, ...entry.adminFix].some((text) => LASTING.test(text.en));
}

const marked = TEMPORARY.filter((entry) => entry.lastingDeferral !== undefined);

/**
 * A meaning's own words for who acts if the deferral lasts ("If it lasts for hours, lower the
 * number of parallel connections", "If it keeps happening, the receiving server's admin should
 * check", "if the error lasts"): after the whole retry period, it has lasted.
 */
const IF_IT_LASTS =
  /\b(if|when|where|once)\b[^.;]{0,40}\b(lasts?|persists?|keeps?|continues?|repeats?|recurs?)\b|happens again|for days|never clears/i;

const namesWhoActsIfItLasts = (entry: CatalogEntry): boolean =>
  [entry.cause, ...entry.fix, ...entry.adminFix].some((text) => IF_IT_LASTS.test(text.en));

describe("a deferral whose words say who acts if it lasts, given up on", () => {
  // Before: 35 of them led with "wait an hour or so, this often clears by itself" or a short
  // limit's reset, or offered "retry later" (h-lasting: busy receivers, rate limits, the registry's
  // 4.3.x and 4.4.5, session timeouts, DNS and DMARC look-ups).
  it.each(TEMPORARY.filter(namesWhoActsIfItLasts).map((entry) => [entry.id, entry] as const))(
    "%s: leads with no outlived wait and offers no hour's wait",
    (_id, entry) => {
      const { fix, actions } = toldAs(entry, "failed");
      expect(fix[0] === undefined || !OUTLIVED_WAITS.has(fix[0])).toBe(true);
      expect(fix).not.toContain(SENDER.retryLater);
      expect(actions).not.toContain("retry-later");
    },
  );
});

/**
 * A give-up that still leads with a wait the retries outlived ("wait an hour or so", "once the
 * limit has reset") or offers "retry later".
 */
function leadsWithAWait(entry: CatalogEntry): boolean {
  const { fix, actions } = toldAs(entry, "failed");
  return (
    (fix[0] !== undefined && OUTLIVED_WAITS.has(fix[0])) ||
    fix.includes(SENDER.retryLater) ||
    actions.includes("retry-later")
  );
}

// h-giveup3: 85 temporary meanings whose words name no lasting case still led their give-up with
// the hour's wait or a limit's reset (Proofpoint's and Outlook.com's "busy", GMX, rate limits, the
// registry's 4.1.x, 4.6.x and 4.7.x rows). Each was judged: after the whole retry period (hours
// or days) none is a plain send later; each is marked with the fix its cause calls for.
describe("every temporary meaning, given up on", () => {
  it("leads with no wait the retries outlived, and offers no hour's wait", () => {
    expect(TEMPORARY.filter(leadsWithAWait).map((entry) => entry.id)).toEqual([]);
  });

  it.each([
    ["proofpoint-busy", "receiving-side"],
    ["outlook-com-4.7.500-server-busy", "sending-side"],
    ["gmx-local-error", "receiving-side"],
    ["comcast-too-many-sessions", "sending-side"],
    ["iana-4.1.1", "address"],
    ["iana-4.6.0", "sender"],
    ["iana-4.7.8", "sender"],
    ["own-sending-limit-deferred", "own-account"],
    ["mimecast-too-many-recipients", "recipient-count"],
    ["class-4.6", "sender"],
  ])("%s is marked %s", (id, mark) => {
    expect(TEMPORARY.find((entry) => entry.id === id)?.lastingDeferral).toBe(mark);
  });
});

describe("a deferral waiting does not clear, given up on", () => {
  // Before: no meaning was marked; 9 temporary meanings said so in their own words.
  it("is marked wherever the meaning's words say a lasting deferral needs someone", () => {
    expect(TEMPORARY.filter(saysLasting).map((entry) => entry.id)).toEqual(
      TEMPORARY.filter(saysLasting)
        .filter((entry) => entry.lastingDeferral !== undefined)
        .map((entry) => entry.id),
    );
    expect(marked.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(["greylisting", "postfix-address-unverified", "iana-4.5.3"]),
    );
  });

  it.each(marked.map((entry) => [entry.id, entry] as const))(
    "%s: leads with its fix, names who acts and offers no hour's wait",
    (_id, entry) => {
      const mark = entry.lastingDeferral;
      if (mark === undefined) throw new Error("unmarked");
      const { fix, actions, owner } = toldAs(entry, "failed");
      expect(owner).toBe(LASTING_DEFERRAL[mark].owner);
      const { steps, then, action } = LASTING_DEFERRAL[mark];
      expect(fix.slice(0, steps.length)).toEqual(steps);
      // none of its own: the entry's own step leads, never a wait it outlived
      expect(fix[0] === undefined || !OUTLIVED_WAITS.has(fix[0])).toBe(true);
      // the send-again comes once, after the fix
      if (then !== undefined) expect(fix.indexOf(then)).toBe(fix.length - 1);
      expect(fix).not.toContain(SENDER.retryLater);
      expect(actions).not.toContain("retry-later");
      if (action !== undefined) expect(actions[0]).toBe(action);
    },
  );

  it.each(marked.map((entry) => [entry.id, entry] as const))(
    "%s: a delay warning still says the server keeps trying",
    (_id, entry) => {
      const { fix, actions } = toldAs(entry, "delayed");
      expect(RETRY_OPENERS).toContain(fix[0]);
      expect(actions).toContain("wait-for-retry");
    },
  );
});

// The review's rows: real servers' give-ups in the lab.
describe.each([
  [
    "lab-replies/maildir/sendmail/r26-expiry.eml",
    "postfix-address-unverified",
    SENDER.checkAddress,
  ],
  ["lab-replies/maildir/sendmail/r39-expiry.eml", "greylisting", SENDER.askYourAdmin],
  // to a typed Bcc: its own correction (send it to that address alone), not a second one before it
  ["lab-replies3/maildir/postfix/p01-expiry.eml", "postfix-address-unverified", SENDER.typedBcc],
  ["lab-replies3/maildir/postfix/p03-expiry.eml", "iana-4.5.3", SENDER.split],
  // h-lasting: the give-ups whose meaning names who acts if it lasts
  ["lab-replies2/maildir/postfix/q01-expiry.eml", "session-timeout", SENDER.askYourAdmin],
  ["lab-replies2/maildir/exim/q04-expiry.eml", "iana-4.3.0", SENDER.askRecipientAdminAnotherWay],
  [
    "lab-replies2/maildir/sendmail/q05-expiry.eml",
    "iana-4.3.1",
    SENDER.askRecipientAdminAnotherWay,
  ],
  ["lab-replies2/maildir/courier/q09-expiry.eml", "class-4.3", SENDER.askRecipientAdminAnotherWay],
  ["lab-replies3/maildir/postfix/p02-expiry.eml", "session-timeout", SENDER.askYourAdmin],
  ["lab-replies3/maildir/exim/p06-expiry.eml", "iana-4.4.5", SENDER.askYourAdmin],
  // h-giveup3: the give-ups whose words name no lasting case (Outlook.com's "busy", a 4.0.0 that
  // names no cause, a receiver's own queue or directory fault)
  [
    "lab-replies/maildir/courier/r08-expiry.eml",
    "outlook-com-4.7.500-server-busy",
    SENDER.askYourAdmin,
  ],
  ["lab-replies2/maildir/courier/q02-expiry.eml", "iana-4.0.0", SENDER.askYourAdmin],
  [
    "sisimai/maildir/bsd/lhost-postfix-75.eml",
    "receiver-local-fault-deferred",
    SENDER.askRecipientAdminAnotherWay,
  ],
])("%s", (file, id, first) => {
  it(`${id} leads with its fix, no retry-later`, () => {
    const e = explainedFile(file);
    expect(e.id).toBe(id);
    expect(e.fix[0]).toEqual(first);
    expect(e.actions).not.toContain("retry-later");
  });
});
