// A final notice of a temporary code: nothing retries the message any more, so its cause does not
// end in the class's "the sending server usually retries by itself" (the h-review3 sample's
// give-ups said it beside "has now given up": Sendmail's timeout, test/corpus/lab
// sendmail/silent-expiry; Exim's full mailbox in French, lab-locales exim-fr/lc-several-expiry).
import { analyze, diagnose } from "../../src/core";
import { CLASSES } from "../../src/core/catalog/class-fallback";
import { IANA_CODES } from "../../src/core/catalog/iana";
import { SENDER } from "../../src/core/catalog/steps";
import { GAVE_UP, GAVE_UP_OWN_ERROR } from "../../src/core/diagnosis/retries";
import { bounce } from "./dsn-bounce";

const RETRIES = CLASSES["4"].meaning;

function explained(status: string, action: "delayed" | "failed") {
  const report = bounce({
    failed: "someone@fabrikam.example",
    status,
    diagnostic: `451 ${status}`,
    action,
  });
  return diagnose(analyze(report)).recipients[0]?.explanation;
}

describe.each(IANA_CODES.map((row) => `4.${row.code}`))("%s", (status) => {
  // Where the summary opens with the give-up, the cause does not say it again (h-review8).
  it("a final notice says once that the sending server no longer retries it", () => {
    const e = explained(status, "failed");
    expect(e?.id).toBe(`iana-${status}`);
    expect(e?.cause.en).not.toContain(RETRIES.en);
    expect(e?.cause.ja).not.toContain(RETRIES.ja);
    const gaveUp = [GAVE_UP, GAVE_UP_OWN_ERROR].some((lead) => e?.summary.en.startsWith(lead.en));
    expect(e?.cause.en.includes("no longer retries it")).toBe(!gaveUp);
    expect(e?.cause.ja.includes("もう再試行しません")).toBe(!gaveUp);
    expect(e?.cause.en).toContain("The failure was temporary");
  });

  it("a delay warning's never says so: the server still retries", () => {
    const e = explained(status, "delayed");
    expect(e?.cause.en).not.toContain("no longer retries it");
    expect(e?.cause.ja).not.toContain("もう再試行しません");
  });
});

// An expiry verdict that carries its own 5xx code and quotes the temporary reply it retried (Amazon
// SES's, test/corpus/sisimai amazonses-17): the server retried it, so the notice says it gave up.
describe.each([
  "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
  "554 4.4.7 Message expired: unable to deliver in 1440 minutes.<421 4.4.1 Connection timed out>",
])("%s", (diagnostic) => {
  it("says the server gave up, and does not ask for an hour's wait", () => {
    const report = bounce({ failed: "someone@fabrikam.example", status: "4.4.7", diagnostic });
    const e = diagnose(analyze(report)).recipients[0]?.explanation;
    expect(e?.id).toMatch(/^iana-4\.4\.[12]$/);
    expect(e?.summary.en).toMatch(/^Your mail server kept retrying and has now given up/);
    expect(e?.fix).toEqual([SENDER.expiredTellRecipient]);
    expect(e?.actions).not.toContain("retry-later");
  });
});
