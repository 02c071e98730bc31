// A delay warning says once that the sending server retries: its summary ends in the notice's
// sentence ("keeps the message and tries again by itself"). The sixth help-desk review found the
// cause saying it again, under "For your admin": the registry's temporary class ("the sending
// server usually retries by itself", 4.3.0 and 4.4.3 delays) and entries' while-retrying parts
// ("Your server keeps retrying meanwhile.", Yahoo's TSS04; "The sending server tries again on its
// own", a session timeout). The class sentence now keeps only "may still go through" on a delay
// (catalog/class-fallback.ts), and the while-retrying parts say only what the retry brings.
import { noticeSentence } from "../../src/core/diagnosis/retries";
import { TEMPORARY, toldAs } from "./told-as";

/** Words that say the sending server retries (a receiver's mechanism, "a retry ... is accepted", is none). */
const RETRIES = {
  en: /keeps? (?:retrying|trying)|retries by itself|usually retries|tries again (?:on its own|by itself)|\bis retried\b|\b(?:your|the sending|the) server retries\b/i,
  ja: /自動で再試行|再試行を続け|再試行されます|サーバーは(?:通常)?(?:自動で)?再試行します/,
};

// A post held for review is retried by nobody: its notice says no retry sentence.
const RETRIED = TEMPORARY.filter((entry) => entry.heldForReview !== true);

describe("every temporary meaning, told as a delay warning", () => {
  it.each(RETRIED.map((entry) => [entry.id, entry] as const))(
    "%s: the cause leaves the retry to the summary",
    (_id, entry) => {
      const told = toldAs(entry, "delayed");
      // the summary still says it, once (queue-sentence.test.ts)
      expect(told.summary.en).toContain(
        noticeSentence(entry.summary, "still-trying").en.slice(0, 40),
      );
      expect([told.cause.en.match(RETRIES.en)?.[0], told.cause.ja.match(RETRIES.ja)?.[0]]).toEqual([
        undefined,
        undefined,
      ]);
    },
  );
});

it("a registry code's cause on a delay keeps that the failure is temporary", () => {
  const entry = TEMPORARY.find((e) => e.id === "iana-4.4.3");
  if (entry === undefined) throw new Error("no iana-4.4.3");
  const { cause } = toldAs(entry, "delayed");
  expect(cause.en).toMatch(/temporary: the same message may still go through\.$/);
  expect(cause.ja).toMatch(/一時的なもので、同じメッセージがこの後届く可能性があります。$/);
});
