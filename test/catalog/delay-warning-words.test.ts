// A delay warning never says the message failed or asks to send it again: the sending server still
// holds it and retries (a resend would make a second copy). h-giveup measured the reverse of its
// give-ups and left it: iana-4.4.0's Japanese summary said 配信できませんでした on a delay, the
// sending-service quota's admin step said to send the refused messages again, and providers' own
// steps (Aruba, GoDaddy, WP, a sign-in lockout) were written for a final refusal. Such a step is
// marked final-only in the data (catalog/step-kinds.ts) and left out, or told without its resend,
// on a delay. The corrected-address step stays by design: the server keeps retrying a wrong address.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { SENDER } from "../../src/core/catalog/steps";
import type { Explanation, Localized } from "../../src/core/types";
import { allProviderCases } from "./providers/cases";
import { bounce } from "./dsn-bounce";
import { TEMPORARY, toldAs } from "./told-as";

/**
 * Words that say delivery failed for good or ask to send the message again. Not: a receiver that
 * asked the sending server to send it again, "not delivered yet", other messages that could not be
 * delivered, "do not send it again", "you need not send it again", "sending it again would not
 * help", 送り直しても同じ, a control panel that can send an email again.
 */
const FAILED_OR_RESEND = {
  en: /\b(?:was|were) not delivered\b|(?<!messages )could not be delivered(?! yet)|\bhas (?:now )?given up\b|\bgave up on your message\b|\bno longer retries\b|(?<!need (?:not|to) |Do not |can |asked (?:the sending|your) server to )\bsend (?:it |the message |the refused messages |them )?again\b(?! separately)|\bresend\b/i,
  ja: /配信できませんでした|配信されませんでした|(?<!まだ)配信されていません|あきらめました|あきらめたため|もう再試行しません|送り直して(?!も)|再送して|再送信して|送信し直して/,
};

/** The steps a delay warning keeps for a wrong address: a new message to the right one. */
const CORRECTED_ADDRESS: ReadonlySet<Localized> = new Set([
  SENDER.checkAddressWhileRetrying,
  SENDER.typedBccWhileRetrying,
  SENDER.notWrittenBcc,
]);

/** Each part of the explanation (summary, cause, steps, admin steps) whose words say so. */
function failedOrResend(e: Explanation): string[] {
  const parts: [string, Localized][] = [
    ["summary", e.summary],
    ["cause", e.cause],
    ...e.fix.filter((s) => !CORRECTED_ADDRESS.has(s)).map((s): [string, Localized] => ["fix", s]),
    ...e.adminFix.map((s): [string, Localized] => ["adminFix", s]),
  ];
  return parts.flatMap(([field, text]) =>
    (["en", "ja"] as const)
      .filter((lang) => FAILED_OR_RESEND[lang].test(text[lang]))
      .map((lang) => `${field} ${lang}: ${text[lang]}`),
  );
}

describe("every temporary meaning, told on a delay warning", () => {
  it("covers the catalog's temporary meanings", () => {
    expect(TEMPORARY.length).toBeGreaterThan(300);
  });

  // Before: 16 meanings said it (iana-4.4.0's Japanese summary, the 4.6.x content steps, the
  // sign-in steps of 4.7.8 and 4.7.12, a sign-in lockout, GoDaddy's IB605, Spectrum's limits, the
  // sending-service quota's admin step).
  it.each(TEMPORARY.map((entry) => [entry.id, entry] as const))(
    "%s: says neither failed nor send again",
    (_id, entry) => {
      expect(failedOrResend(toldAs(entry, "delayed"))).toEqual([]);
    },
  );
});

/** A provider case's reply on a delay warning and on a final notice. */
function providerCase(provider: string, name: string, action: "delayed" | "failed"): Explanation {
  const c = allProviderCases()
    .find((p) => p.provider === provider)
    ?.cases.find((k) => k.name === name);
  if (c === undefined) throw new Error(`no case ${provider}/${name}`);
  const raw = bounce({
    failed: "kim@fabrikam.example",
    action,
    status: c.status,
    diagnostic: c.reply,
    remote: c.remote ?? "mx.fabrikam.example",
  });
  const e = diagnose(analyze(raw)).recipients[0]?.explanation;
  if (e === undefined) throw new Error("no recipient");
  return e;
}

// Real replies of the provider cases (their sources are named there), told both ways: the delay
// warning has no resend, the final notice keeps its step that sends again.
describe.each([
  ["aruba", "policy violation from Aruba's outgoing server, deferred"],
  ["godaddy", "IB605: too many recipients in one message"],
  ["wp", "spam, deferred by the sending server"],
  ["laposte", "LPN027_503: La Poste's refusal as a deferral, temporary as its code says"],
  ["wild-big-four-tables", "r35-google: 454 4.7.0 Too many login attempts, no tag"],
  [
    "wild-own-sending",
    "r24-10: 421 Domain sandbox<x>.mailgun.org is not allowed to send: activate account",
  ],
  ["lab-smarthost", "ses: 454 Throttling failure: Maximum sending rate exceeded"],
  ["wild-deferrals-forty-first", "r41-07: Seznam's 451 4.4.8 Unroutable email address"],
])("%s: %s", (provider, name) => {
  it("a delay warning says neither failed nor send again", () => {
    expect(failedOrResend(providerCase(provider, name, "delayed"))).toEqual([]);
  });
});

describe.each([
  ["aruba", "policy violation from Aruba's outgoing server, deferred"],
  ["godaddy", "IB605: too many recipients in one message"],
  ["lab-smarthost", "ses: 454 Throttling failure: Maximum sending rate exceeded"],
])("%s: %s", (provider, name) => {
  it("a final notice still asks to send again", () => {
    expect(failedOrResend(providerCase(provider, name, "failed")).length).toBeGreaterThan(0);
  });
});

const CORPUS = join(__dirname, "..", "corpus");

// The lab's delay warnings: Courier's over an unroutable destination (iana-4.4.0), Exim's and
// Postfix's over Amazon SES's rate limit on the smarthost.
describe.each([
  "lab/maildir/courier/mixed-full-timeout-warning.eml",
  "lab-smarthost/maildir/exim/sh-ses-rate-warning.eml",
  "lab-smarthost/maildir/postfix/sh-ses-rate-warning.eml",
])("%s", (file) => {
  it("no recipient's explanation says failed or send again", () => {
    const raw = new Uint8Array(readFileSync(join(CORPUS, file)));
    const delayed = diagnose(analyze(raw)).recipients.filter((r) => r.action === "delayed");
    expect(delayed.length).toBeGreaterThan(0);
    expect(delayed.flatMap((r) => failedOrResend(r.explanation))).toEqual([]);
  });
});
