// The authentication checks a reply names with their results: Outlook.com's 5.7.515 ("Spf=Pass,
// Dkim=Fail, DMARC=Pass"), Gmail's 5.7.26 / 5.7.27 ("Authentication results: DKIM = did not pass;
// SPF [domain] with ip: [ip] = did not pass"), Yahoo's 5.7.9 ("DKIM = FAILURE"). Where the reply
// says which check failed, the admin's steps for the checks it says passed are dropped: checking
// all three sent the admin to records that were fine.
import type { Localized } from "../types";
import { YOUR_ADMIN } from "../catalog/providers/steps";

type Check = "spf" | "dkim" | "dmarc";

const STEP_CHECK: ReadonlyMap<Localized, Check> = new Map<Localized, Check>([
  [YOUR_ADMIN.checkSpf, "spf"],
  [YOUR_ADMIN.checkDkim, "dkim"],
  [YOUR_ADMIN.checkDmarc, "dmarc"],
]);

/** A multi-line reply's continuation prefixes ("= 550-5.7.26 did not pass" splits a result). */
const CONTINUATION = /\b[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3})?/g;

/**
 * A check's name, then its result after "=", with no other check named between them ("SPF or
 * DKIM. Authentication results: DKIM = ..." gives DKIM's result, not SPF's).
 */
const RESULT =
  /\b(spf|dkim|dmarc)\b(?:(?!spf|dkim|dmarc)[^=;,]){0,120}?=\s*(did not pass|pass|fail(?:ure)?|softfail|none|neutral|temperror|permerror)\b/gi;

/** Each check the reply names, and whether it passed (its first result counts). */
export function namedResults(diagnostic: string): ReadonlyMap<Check, boolean> {
  const results = new Map<Check, boolean>();
  const text = diagnostic.replace(CONTINUATION, " ");
  for (const [, name = "", result = ""] of text.matchAll(RESULT)) {
    const check = name.toLowerCase() as Check;
    if (!results.has(check)) results.set(check, result.toLowerCase() === "pass");
  }
  return results;
}

/** The admin's steps without those for checks the reply says passed, when it names one that failed. */
export function stepsForNamedChecks(
  steps: readonly Localized[],
  diagnostic: string,
): readonly Localized[] {
  const results = namedResults(diagnostic);
  if (![...results.values()].includes(false)) return steps;
  const kept = steps.filter((step) => {
    const check = STEP_CHECK.get(step);
    return check === undefined || results.get(check) !== true;
  });
  return kept.length > 0 ? kept : steps;
}
