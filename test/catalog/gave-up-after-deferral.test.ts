// A final notice after deferrals: the sending server retried a temporary refusal until it gave up.
// The reason and status stay as the notice gives them (Sisimai's convention, which the corpora's
// answers follow); the explanation is what the quoted reply meant (its provider's entry, its own
// code, greylisting), led by the fact that the server gave up, with no "it keeps trying" step.
// Lab notices are real servers' bytes; the DSNs below are written by us.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { GAVE_UP } from "../../src/core/diagnosis/gave-up";
import type { DiagnosedRecipient } from "../../src/core/types";

const LAB = join(__dirname, "..", "corpus", "lab", "maildir");

function firstRecipient(raw: string | Uint8Array, address?: string): DiagnosedRecipient {
  const { recipients } = diagnose(analyze(raw));
  const found =
    address === undefined ? recipients[0] : recipients.find((r) => r.address === address);
  if (found === undefined) throw new Error(`no recipient ${address ?? ""}`);
  return found;
}

/** What a test checks of one recipient's explanation. */
function shape(r: DiagnosedRecipient): [string, string, string, boolean, boolean] {
  const { explanation: e } = r;
  return [
    r.status ?? "-",
    e.id,
    e.owner,
    e.summary.en.startsWith(GAVE_UP.en) && e.summary.ja.startsWith(GAVE_UP.ja),
    e.actions.includes("wait-for-retry") || e.fix.some((s) => s.en.startsWith("Nothing to do yet")),
  ];
}

describe("lab notices: the last temporary reply explains the failure", () => {
  test.each([
    // file, recipient, DSN status (unchanged), entry, owner, led by "gave up", still says "wait"
    [
      "courier/greylist-expiry.eml",
      "greylist@lab.test",
      "5.0.0",
      "greylisting",
      "you",
      true,
      false,
    ],
    [
      "courier/defer-expiry.eml",
      "defer@lab.test",
      "5.0.0",
      "iana-4.3.0",
      "recipient-admin",
      true,
      false,
    ],
    [
      "courier/gmail-ratelimit-expiry.eml",
      "gmail-ratelimit@gmail.lab.test",
      "5.0.0",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
      false,
    ],
    [
      "courier/gmail-rcptrate-expiry.eml",
      "gmail-rcptrate@gmail.lab.test",
      "5.0.0",
      "gmail-5.2.1-receiving-too-fast-deferred",
      "you",
      true,
      false,
    ],
    [
      "courier/yahoo-busy-expiry.eml",
      "user@yahoo-busy.lab.test",
      "5.0.0",
      "yahoo-deferred-reputation",
      "your-admin",
      true,
      false,
    ],
    [
      "exim/gmail-ratelimit-expiry.eml",
      "gmail-ratelimit@gmail.lab.test",
      "5.0.0",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
      false,
    ],
    ["exim/greylist-expiry.eml", "greylist@lab.test", "5.0.0", "greylisting", "you", true, false],
    [
      "postfix/greylist-expiry.eml",
      "greylist@lab.test",
      "4.2.0",
      "greylisting",
      "you",
      true,
      false,
    ],
    [
      "sendmail/defer-expiry.eml",
      "defer@lab.test",
      "4.3.0",
      "iana-4.3.0",
      "recipient-admin",
      true,
      false,
    ],
    // an expiry meaning says so itself: no lead, and no "keeps trying"
    [
      "opensmtpd/greylist-expiry.eml",
      "greylist@lab.test",
      "4.4.7",
      "iana-4.4.7",
      "recipient-admin",
      false,
      false,
    ],
    // a delay warning: the server is still trying
    [
      "postfix/greylist-warning.eml",
      "greylist@lab.test",
      "4.2.0",
      "greylisting",
      "nobody",
      false,
      true,
    ],
  ])("%s", (file, address, ...want) => {
    const raw = new Uint8Array(readFileSync(join(LAB, file)));
    expect(shape(firstRecipient(raw, address))).toEqual(want);
  });
});

function dsn(action: string, status: string, diagnostic: string, remote: string): string {
  return [
    "From: MAILER-DAEMON@mta.example.net",
    "To: sender@example.com",
    "Subject: Delivery Status Notification",
    "Date: Sat, 5 Dec 2026 08:00:00 +0000",
    "Message-ID: <n1@mta.example.net>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    "Your message could not be delivered to one or more recipients.",
    "",
    "--b",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mta.example.net",
    "",
    "Final-Recipient: rfc822; bob@example.org",
    `Action: ${action}`,
    `Status: ${status}`,
    `Remote-MTA: dns; ${remote}`,
    `Diagnostic-Code: smtp; ${diagnostic}`,
    "",
    "--b--",
    "",
  ].join("\r\n");
}

describe("written DSNs: a final notice quoting a temporary reply", () => {
  test.each([
    // action, status, reply, remote host, then as above
    [
      "failed",
      "5.0.0",
      "451 4.7.1 Greylisting in action, please come back later",
      "mx.example.org",
      "5.0.0",
      "greylisting",
      "you",
      true,
      false,
    ],
    [
      "failed",
      "5.0.0",
      "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp",
      "gmail-smtp-in.l.google.com",
      "5.0.0",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
      false,
    ],
    [
      "failed",
      "5.0.0",
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
      "mta5.am0.yahoodns.net",
      "5.0.0",
      "yahoo-deferred-reputation",
      "your-admin",
      true,
      false,
    ],
    [
      "failed",
      "4.2.2",
      "452 4.2.2 Mailbox full",
      "mx.example.org",
      "4.2.2",
      "iana-4.2.2",
      "recipient",
      true,
      false,
    ],
    // still being retried: the reply's meaning, no lead
    [
      "delayed",
      "4.7.1",
      "451 4.7.1 Greylisting in action, please come back later",
      "mx.example.org",
      "4.7.1",
      "greylisting",
      "nobody",
      false,
      true,
    ],
    // a permanent reply under a class-only status: nothing was retried
    [
      "failed",
      "5.0.0",
      "550 5.0.0 Requested action not taken",
      "mx.example.org",
      "5.0.0",
      "iana-5.0.0",
      "recipient-admin",
      false,
      false,
    ],
    // a block that lifts by itself, given at once as 550: refused, not retried until given up
    [
      "failed",
      "5.0.0",
      "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
      "mx1.qq.com",
      "5.0.0",
      "tencent-ip-rate",
      "your-admin",
      false,
      false,
    ],
    [
      "failed",
      "5.7.1",
      "554 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR_999 [999]",
      "smtp-in.orange.fr",
      "5.7.1",
      "orange-rate-limited",
      "your-admin",
      false,
      false,
    ],
  ])("%s %s %s", (action, status, reply, remote, ...want) => {
    expect(shape(firstRecipient(dsn(action, status, reply, remote)))).toEqual(want);
  });
});
