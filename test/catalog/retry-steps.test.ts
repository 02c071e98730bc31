// "Send it again later" said for what the retry waits for: a block that lapses, a limit that
// resets, a passing fault, room in the mailbox, an admin's fix. A final notice after deferrals keeps the meaning's
// own retry step and adds no general "wait an hour" beside it; a delay warning drops them all.
import { analyze, diagnose } from "../../src/core";
import { YOU } from "../../src/core/catalog/providers/steps";
import { SENDER } from "../../src/core/catalog/steps";
import type { Localized } from "../../src/core/types";
import { bounce } from "./dsn-bounce";

/** Each group's step: which of them a recipient's steps hold. */
const RETRY_STEPS: readonly Localized[] = [
  YOU.retryAfterBlock,
  YOU.retryAfterLimit,
  YOU.retryAfterDailyLimit,
  YOU.resendAfterQuota,
  SENDER.retryLater,
  SENDER.resendAfterRoom,
  SENDER.resendAfterFix,
  SENDER.expiredTellRecipient,
];

const CASES: readonly (readonly [string, string, string, string, Localized])[] = [
  // a limit that resets, given up on: Orange's connection cap held for the whole retry period,
  // the sending server's settings are the fix and the send-again follows it (h-giveup3)
  [
    "orange-too-many-connections",
    "4.0.0",
    "421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. [104]",
    "smtp-in.orange.fr",
    SENDER.resendAfterFix,
  ],
  // a reputation that must recover
  [
    "outlook-com-4.7.650-ip-reputation",
    "4.7.650",
    "451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation.",
    "outlook-com.olc.protection.outlook.com",
    YOU.retryAfterBlock,
  ],
  // room the recipient must make (qmail's words, given up on)
  [
    "qmail-mailbox-full",
    "4.2.2",
    "452 sorry, mailbox is full (#4.2.2)",
    "mx.fabrikam.example",
    SENDER.resendAfterRoom,
  ],
  // a sending service's quota (Amazon SES's words, its page "Errors related to the sending quotas
  // for your Amazon SES account"): per day as well as per second, so the admin says when
  [
    "sending-service-quota-deferred",
    "4.0.0",
    "454 Throttling failure: Daily message quota exceeded.",
    "email-smtp.us-east-1.amazonaws.com",
    YOU.resendAfterQuota,
  ],
  // an admin's cause, given up on: the resend waits for their fix, after their steps (the h-review
  // sample's lab notices: a missing PTR, test/corpus/lab-filters f-ptr-expiry; UOL's policy code,
  // test/corpus/lab-replies r28-expiry), and a plain variant
  [
    "postfix-client-hostname",
    "4.7.1",
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]",
    "mx.fabrikam.example",
    SENDER.resendAfterFix,
  ],
  [
    "iana-4.7.1",
    "4.7.1",
    "450 4.7.1 <kim@fabrikam.example>: Recipient address rejected: UOL-SH_D-H[5a042ab54f78][33]",
    "mx.fabrikam.example",
    SENDER.resendAfterFix,
  ],
  [
    "iana-4.7.1",
    "4.7.1",
    "450 4.7.1 Delivery not authorized",
    "mx.fabrikam.example",
    SENDER.resendAfterFix,
  ],
  // a destination that did not answer, or broke off, for the whole retry period: after hours or
  // days of it an hour's wait changes nothing, as after an expiry (the h-review3 sample's Sendmail
  // give-up, test/corpus/lab sendmail/silent-expiry, and a plain variant of each code)
  [
    "iana-4.4.1",
    "4.4.1",
    "451 4.4.1 reply: read error from mx.fabrikam.example. someone@fabrikam.example... Deferred: Connection timed out with mx.fabrikam.example.",
    "mx.fabrikam.example",
    SENDER.expiredTellRecipient,
  ],
  [
    "iana-4.4.1",
    "4.4.1",
    "connect to mx.fabrikam.example[192.0.2.25]:25: Connection refused",
    "mx.fabrikam.example",
    SENDER.expiredTellRecipient,
  ],
  [
    "iana-4.4.2",
    "4.4.2",
    "421 4.4.2 Connection dropped",
    "mx.fabrikam.example",
    SENDER.expiredTellRecipient,
  ],
  // a deferral that "usually passes within hours", given up on after days: the sending IP's
  // standing, the admin's fix first (h-giveup3)
  [
    "outlook-com-4.7.500-server-busy",
    "4.7.500",
    "451 4.7.500 Server busy. Please try again later from [192.0.2.10]. (S77714) [AM2PEPF0001C70F.eurprd05.prod.outlook.com]",
    "outlook-com.olc.protection.outlook.com",
    SENDER.resendAfterFix,
  ],
  // one whose words name who acts if it lasts ("If it lasts, check Zoho's service status page"):
  // given up on, it has lasted, and the send-again waits for the receiver's fix (h-lasting)
  [
    "zoho-temporary-system-error",
    "4.3.1",
    "451 4.3.1 Temporary System Error",
    "mx.zoho.com",
    SENDER.resendAfterFix,
  ],
];

describe.each(CASES)("%s", (id, status, diagnostic, remote, step) => {
  const notice = (action: "failed" | "delayed") =>
    diagnose(
      analyze(bounce({ failed: "someone@fabrikam.example", status, diagnostic, remote, action })),
    ).recipients[0]?.explanation;

  it("a final notice gives its group's retry step, and no other", () => {
    const e = notice("failed");
    expect(e?.id).toBe(id);
    expect(RETRY_STEPS.filter((s) => e?.fix.includes(s))).toEqual([step]);
    // an admin's fix comes first; the resend follows it
    if (step === SENDER.resendAfterFix) expect(e?.fix.at(-1)).toBe(step);
  });

  it("a delay warning gives none: the server still retries", () => {
    const e = notice("delayed");
    expect(e?.id).toBe(id);
    expect(RETRY_STEPS.filter((s) => e?.fix.includes(s))).toEqual([]);
  });
});
