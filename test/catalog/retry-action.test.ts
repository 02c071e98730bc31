// The pane's "Retry later" action tells the user to wait an hour or so and send again. A final
// notice offers it only where the steps' own wait is that one (a passing fault, a short limit,
// refused at once: given up on after days of retries, that wait was had);
// beside a block, a day's limit, a quota the admin resets, a full mailbox or an expiry it would
// contradict the step, so it is not offered there.
import { analyze, diagnose } from "../../src/core";
import { bounce } from "./dsn-bounce";

const CASES: readonly (readonly [string, string, string, string, boolean])[] = [
  // a congested receiver that refused at once (no retries): the hour's wait is right
  [
    "iana-5.4.5",
    "5.4.5",
    "554 5.4.5 Mail system congestion, please try again later",
    "mx.fabrikam.example",
    true,
  ],
  // a passing fault and a short limit given up on after the whole retry period: the wait was had,
  // the sending side's fix comes first (h-giveup3)
  [
    "outlook-com-4.7.500-server-busy",
    "4.7.500",
    "451 4.7.500 Server busy. Please try again later from [192.0.2.10]. (S77714) [AM2PEPF0001C70F.eurprd05.prod.outlook.com]",
    "outlook-com.olc.protection.outlook.com",
    false,
  ],
  // a passing fault whose words name who acts if it lasts: given up on, it has lasted (h-lasting)
  [
    "zoho-temporary-system-error",
    "4.3.1",
    "451 4.3.1 Temporary System Error",
    "mx.zoho.com",
    false,
  ],
  [
    "orange-too-many-connections",
    "4.0.0",
    "421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. [104]",
    "smtp-in.orange.fr",
    false,
  ],
  // a reputation block: it lapses in hours, or once lifted
  [
    "outlook-com-4.7.650-ip-reputation",
    "4.7.650",
    "451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation.",
    "outlook-com.olc.protection.outlook.com",
    false,
  ],
  // a deferral for the admin to fix (Yahoo's TSS04: volume or complaints), given up on: the
  // steps send again after the admin's fix, not in an hour (the h-actions audit, 17 test bounces)
  [
    "yahoo-deferred-reputation",
    "4.7.0",
    "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    "mta5.am0.yahoodns.net",
    false,
  ],
  // room the recipient must make
  [
    "qmail-mailbox-full",
    "4.2.2",
    "452 sorry, mailbox is full (#4.2.2)",
    "mx.fabrikam.example",
    false,
  ],
  // a missing PTR name, given up on: nothing changes in an hour until the admin sets one
  [
    "postfix-client-hostname",
    "4.7.1",
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]",
    "mx.fabrikam.example",
    false,
  ],
  // an expiry after a day of retries: waiting a little will not help
  ["iana-5.4.7", "5.4.7", "retry timeout exceeded", "mx.fabrikam.example", false],
  // nor after a day of a destination that does not answer (the h-review3 sample's Sendmail
  // give-up, test/corpus/lab sendmail/silent-expiry)
  [
    "iana-4.4.1",
    "4.4.1",
    "451 4.4.1 reply: read error from mx.fabrikam.example. someone@fabrikam.example... Deferred: Connection timed out with mx.fabrikam.example.",
    "mx.fabrikam.example",
    false,
  ],
  // a permanent code whose subject said "wait an hour" (the h-review3 sample's 5.4.4, Postfix's
  // "Host not found"): the resend waits for the cause to be fixed
  ["iana-5.3.0", "5.3.0", "554 5.3.0 Transaction failed", "mx.fabrikam.example", false],
  ["iana-5.4.0", "5.4.0", "550 5.4.0 Routing failed", "mx.fabrikam.example", false],
  // the sending account's quota: the admin says when it has reset
  [
    "gmail-5.4.5-relay-limit",
    "5.4.5",
    "550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit https://support.google.com/a/answer/6140680",
    "smtp-relay.gmail.com",
    false,
  ],
];

describe.each(CASES)("%s", (id, status, diagnostic, remote, offered) => {
  it(`a final notice ${offered ? "offers" : "does not offer"} "retry-later"`, () => {
    const e = diagnose(
      analyze(
        bounce({
          failed: "someone@fabrikam.example",
          status,
          diagnostic,
          remote,
          action: "failed",
        }),
      ),
    ).recipients[0]?.explanation;
    expect(e?.id).toBe(id);
    expect(e?.actions.includes("retry-later")).toBe(offered);
  });
});
