// A give-up of a deferral that waiting does not clear leads with the fix its meaning names, not
// "wait an hour or so, this often clears by itself" (the sixth help-desk review, rows 9, 14, 25,
// 27: greylisting, Postfix's unverified address and the registry's 4.5.3 given up on). The
// sending server retried for the whole retry period (hours or days) before it gave up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { SENDER } from "../../src/core/catalog/steps";
import { LASTING_DEFERRAL } from "../../src/core/catalog/while-retrying";
import type { CatalogEntry } from "../../src/core/catalog/types";
import type { Explanation } from "../../src/core/types";
import { TEMPORARY, toldAs } from "./told-as";

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
      expect(fix.slice(0, LASTING_DEFERRAL[mark].steps.length)).toEqual(
        LASTING_DEFERRAL[mark].steps,
      );
      expect(fix).not.toContain(SENDER.retryLater);
      expect(actions).not.toContain("retry-later");
      expect(actions[0]).toBe(LASTING_DEFERRAL[mark].action);
    },
  );

  it.each(marked.map((entry) => [entry.id, entry] as const))(
    "%s: a delay warning still says the server keeps trying",
    (_id, entry) => {
      const { fix, actions } = toldAs(entry, "delayed");
      expect(fix[0]).toBe(SENDER.waitForRetry);
      expect(actions).toContain("wait-for-retry");
    },
  );
});

const CORPUS = join(__dirname, "..", "corpus");

function explained(file: string): Explanation {
  const raw = new Uint8Array(readFileSync(join(CORPUS, file)));
  const e = diagnose(analyze(raw)).recipients[0]?.explanation;
  if (e === undefined) throw new Error(`no recipient in ${file}`);
  return e;
}

// The review's rows: real servers' give-ups in the lab.
describe.each([
  [
    "lab-replies/maildir/sendmail/r26-expiry.eml",
    "postfix-address-unverified",
    SENDER.checkAddress,
  ],
  ["lab-replies/maildir/sendmail/r39-expiry.eml", "greylisting", SENDER.askYourAdmin],
  [
    "lab-replies3/maildir/postfix/p01-expiry.eml",
    "postfix-address-unverified",
    SENDER.checkAddress,
  ],
  ["lab-replies3/maildir/postfix/p03-expiry.eml", "iana-4.5.3", SENDER.split],
])("%s", (file, id, first) => {
  it(`${id} leads with its fix, no retry-later`, () => {
    const e = explained(file);
    expect(e.id).toBe(id);
    expect(e.fix[0]).toEqual(first);
    expect(e.actions).not.toContain("retry-later");
  });
});
