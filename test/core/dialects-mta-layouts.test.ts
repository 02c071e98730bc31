// MTA report layouts written for these tests (shapes of well-known MTAs, made-up addresses):
// each is read whole through the engine, and each recipient's facts are checked.
import { analyze } from "../../src/core";
import { replyCodeIn } from "../../src/core/dialects/common/text-bounce";

type Row = readonly [address: string, status: string | null, reason: string];

const rows = (message: string): Row[] =>
  analyze(message).recipients.map((r) => [r.address, r.status ?? null, r.reason]);

/** A multipart/report with one delivery-status block. */
const dsnReport = (from: string, reportingMta: string, recipient: string, diag: string): string =>
  [
    `From: ${from}`,
    "To: sender@example.org",
    "Subject: Mail Delivery Failure",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    "The message could not be delivered.",
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    `Reporting-MTA: dns; ${reportingMta}`,
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    "Action: failed",
    "Status: 5.0.0",
    `Diagnostic-Code: smtp; ${diag}`,
    "",
    "--b1--",
    "",
  ].join("\n");

describe("an outbound relay's report (MessageLabs)", () => {
  test("the destination's 'No such user' passed on by the relay is a missing mailbox", () => {
    const message = dsnReport(
      "Mail Delivery System <MAILER-DAEMON@messagelabs.com>",
      "server-1.bemta-1.messagelabs.com",
      "someone@dest.example.net",
      "550 someone@dest.example.net... No such user",
    );
    expect(rows(message)).toEqual([["someone@dest.example.net", "5.0.0", "userunknown"]]);
  });
  test("its own '542 <addr> Rejected' is a refused recipient; other refusals keep their words", () => {
    const relay = (diag: string): string =>
      dsnReport(
        "Mail Delivery System <MAILER-DAEMON@messagelabs.com>",
        "server-1.bemta-1.messagelabs.com",
        "someone@dest.example.net",
        diag,
      );
    expect(rows(relay("542 someone@dest.example.net Rejected"))[0]?.[2]).toBe("userunknown");
    expect(rows(relay("554 Rejected: message contains spam or virus"))[0]?.[2]).toBe(
      "spamdetected",
    );
  });
  test("the same words from another reporting server keep the filter reading", () => {
    const message = dsnReport(
      "Mail Delivery System <MAILER-DAEMON@relay.example.com>",
      "relay.example.com",
      "someone@dest.example.net",
      "550 someone@dest.example.net... No such user",
    );
    expect(rows(message)).toEqual([["someone@dest.example.net", "5.0.0", "filtered"]]);
  });
});

describe("Apache James (and gateways using its report)", () => {
  const jamesReport = (from: string): string =>
    [
      `From: ${from}`,
      "To: sender@example.org",
      "Subject: Re: hello",
      "Content-Type: text/plain",
      "",
      "Error: Invalid user address",
      "",
      "Error message below:",
      "550 - Requested action not taken: no such user here",
      "",
      "Message details:",
      "  Subject: hello",
      "  MAIL FROM: sender@example.org",
      "  RCPT TO: 5550100@gateway.example.com",
      "  Size (in bytes): 39",
      "",
    ].join("\n");
  test("Verizon's SMS gateway sends James's layout: read as Verizon, same facts", () => {
    const report = analyze(jamesReport("post_master@vtext.com"));
    expect(report.dialect).toBe("verizon");
    expect(report.recipients.map((r) => [r.address, r.command, r.reason])).toEqual([
      ["5550100@gateway.example.com", "RCPT", "userunknown"],
    ]);
  });
  test("the error answers the RCPT TO named under 'Message details'", () => {
    const message = jamesReport("postmaster@gateway.example.com");
    const report = analyze(message);
    expect(report.recipients.map((r) => [r.address, r.command, r.reason])).toEqual([
      ["5550100@gateway.example.com", "RCPT", "userunknown"],
    ]);
  });
});

/** A plain-text bounce. */
const textBounce = (from: string, subject: string, body: readonly string[]): string =>
  [
    `From: ${from}`,
    "To: sender@example.org",
    `Subject: ${subject}`,
    "Content-Type: text/plain",
    "",
    ...body,
  ].join("\n");

describe("OpenSMTPD's delay warning", () => {
  const message = textBounce(
    "Mailer Daemon <MAILER-DAEMON@mx.example.org>",
    "Delivery status notification: warning",
    [
      "    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.",
      "",
      "    A message is delayed for more than 10 minutes for the following",
      "    list of recipients:",
      "",
      "someone@dest.example.net: Network error on destination MXs",
      "",
      "    Please note that this is only a temporary failure report.",
      "    The message is kept in the queue for up to 4 days.",
      "",
      "    Below is a copy of the original message:",
      "",
    ],
  );
  test("is a delay, with OpenSMTPD's own reason and words", () => {
    const report = analyze(message);
    expect(report.kind).toBe("delayed");
    expect(report.dialect).toBe("opensmtpd");
    expect(report.recipients.map((r) => [r.address, r.reason, r.diagnostic, r.temporary])).toEqual([
      ["someone@dest.example.net", "networkerror", "Network error on destination MXs", true],
    ]);
  });
});

describe("a report that gives the error before the list of addresses", () => {
  test("the error, not the trailer after the list, is the recipient's diagnostic", () => {
    const message = textBounce("postmaster@relay.example.com", "Undeliverable: hello", [
      "Your message:",
      "   From:    sender@example.org",
      "",
      "Could not be delivered because of",
      "",
      "550 5.1.1 User unknown",
      "",
      "The following recipients were affected: ",
      "    someone@dest.example.net",
      "",
      "",
      "Additional Information",
      "======================",
      "Original Sender:    <sender@example.org>",
      "Reporting-MTA:      <relay.example.com>",
      "",
    ]);
    const report = analyze(message);
    expect(
      report.recipients.map((r) => [r.address, r.status, r.replyCode, r.reason, r.diagnostic]),
    ).toEqual([
      ["someone@dest.example.net", "5.1.1", "550", "userunknown", "550 5.1.1 User unknown"],
    ]);
  });
});

describe("Exim", () => {
  test("recipients named by local part: each block read by its own RCPT TO address", () => {
    const message = textBounce(
      "Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "Mail delivery failed: returning message to sender",
      [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        "  alpha",
        "    SMTP error from remote mail server after RCPT TO:<alpha@dest.example.net>:",
        "    host mx.dest.example.net [192.0.2.10]: 550 5.1.1 <alpha@dest.example.net>... User Unknown",
        "  beta",
        "    SMTP error from remote mail server after RCPT TO:<beta@dest.example.net>:",
        "    host mx.dest.example.net [192.0.2.10]: 552 5.2.2 <beta@dest.example.net>... Mailbox full",
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
      ],
    );
    expect(rows(message)).toEqual([
      ["alpha@dest.example.net", "5.1.1", "userunknown"],
      ["beta@dest.example.net", "5.2.2", "mailboxfull"],
    ]);
  });
  test("a malformed recipient address notice is a bounce (syntaxerror)", () => {
    const message = textBounce(
      "Mail Delivery System <mailer-daemon@mx.example.org>",
      "Mail failure - malformed recipient address",
      [
        "A message that you sent contained one or more recipient addresses that were",
        "incorrectly constructed:",
        "",
        "  someone@dest.example.net <other@dest.example.net>: malformed address: <other@dest.example.net> may not follow someone@dest.example.net ",
        "",
        "This address has been ignored. The other addresses in the message were",
        "syntactically valid and have been passed on for an attempt at delivery.",
        "",
        "------ This is a copy of your message, including all the headers. ------",
        "",
        "To: someone@dest.example.net <other@dest.example.net>",
        "",
      ],
    );
    const report = analyze(message);
    expect(report.kind).toBe("failed");
    expect(rows(message)).toEqual([["someone@dest.example.net", null, "syntaxerror"]]);
  });
});

describe("Amazon SES notification inside an SNS envelope", () => {
  test("only the bounced recipients count, not the sender or the identity ARN", () => {
    const inner = {
      notificationType: "Bounce",
      bounce: {
        bounceType: "Permanent",
        bouncedRecipients: [
          {
            emailAddress: "someone@dest.example.net",
            action: "failed",
            status: "5.1.1",
            diagnosticCode: "smtp; 550 5.1.1 user unknown",
          },
        ],
        reportingMTA: "dsn; a1-2.smtp-out.example.com",
      },
      mail: {
        source: "sender@example.org",
        sourceArn: "arn:aws:ses:us-west-2:123456789012:identity/sender@example.org",
        destination: ["someone@dest.example.net"],
      },
    };
    const envelope = JSON.stringify(
      { Type: "Notification", Message: JSON.stringify(inner), SignatureVersion: "1" },
      null,
      2,
    );
    const message = [
      "From: Notices <no-reply@sns.amazonaws.com>",
      "To: sender@example.org",
      "Subject: AWS Notification Message",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      envelope,
      "",
    ].join("\n");
    const report = analyze(message);
    expect(report.dialect).toBe("amazonses");
    expect(rows(message)).toEqual([["someone@dest.example.net", "5.1.1", "userunknown"]]);
  });
});

describe("EZweb with a delivery-status part", () => {
  test("the report's sentence gives the reason the status block lacks", () => {
    const message = [
      "From: Mail Administrator <Postmaster@ezweb.ne.jp>",
      "To: sender@example.org",
      "Subject: Mail System Error - Returned Mail",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "The user(s) account is disabled.",
      "",
      "<someone@ezweb.ne.jp>: user unknown",
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.ezweb.ne.jp",
      "",
      "Final-Recipient: rfc822; someone@ezweb.ne.jp",
      "Action: failed",
      "Status: 5.0.0",
      "",
      "--b1--",
      "",
    ].join("\n");
    expect(analyze(message).dialect).toBe("ezweb");
    expect(rows(message)).toEqual([["someone@ezweb.ne.jp", "5.0.0", "suspend"]]);
  });
});

describe("reply codes in transcript lines", () => {
  test.each([
    [
      "after a recipient's bracket",
      ">>> someone@dest.example.net <someone@dest.example.net> 550 <someone@dest.example.net>: Recipient address rejected",
      "550",
    ],
    [
      "Sendmail's '<addr>...' after a local agent's words",
      "mail.local: unknown user: someone 554 <someone@dest.example.net>... Service unavailable",
      "554",
    ],
    ["a server's '<<<' line", "<<< 452 4.2.2 Mailbox full", "452"],
  ])("%s", (_name, text, code) => {
    expect(replyCodeIn(text)).toBe(code);
  });

  test("Sendmail with an inline status part: the transcript, not the status fields, is the diagnostic", () => {
    const message = textBounce(
      "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
      "Returned mail: Service unavailable",
      [
        "   ----- The following addresses had permanent fatal errors -----",
        "<someone@dest.example.net>",
        "",
        "   ----- Transcript of session follows -----",
        "mail.local: unknown user: someone",
        "554 <someone@dest.example.net>... Service unavailable",
        "",
        "Reporting-MTA: dns; mx.example.net",
        "",
        "Final-Recipient: RFC822; <someone@dest.example.net>",
        "Action: failed",
        "Status: 5.5.0",
        "",
      ],
    );
    const report = analyze(message);
    expect(report.recipients.map((r) => [r.address, r.replyCode, r.reason, r.diagnostic])).toEqual([
      [
        "someone@dest.example.net",
        "554",
        "userunknown",
        "mail.local: unknown user: someone 554 <someone@dest.example.net>... Service unavailable",
      ],
    ]);
  });
});

describe("the address shown for a recipient", () => {
  test("Exim's delivery to a mailbox file: the address it was generated by, not the path", () => {
    const message = [
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.org",
      "X-Failed-Recipients: someone@mx.example.org",
      "Subject: Mail delivery failed: returning message to sender",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-type: text/plain; charset=us-ascii",
      "",
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  save to /var/spool/mail/example.org/someone",
      "    generated by someone@mx.example.org",
      "    mailbox is full: retry timeout exceeded",
      "",
      "--b1",
      "Content-type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.org",
      "",
      "Action: failed",
      "Final-Recipient: rfc822;/var/spool/mail/example.org/someone",
      "Status: 5.0.0",
      "",
      "--b1--",
      "",
    ].join("\n");
    const report = analyze(message);
    expect(report.recipients.map((r) => [r.address, r.reason, r.diagnostic])).toEqual([
      [
        "someone@mx.example.org",
        "mailboxfull",
        "save to /var/spool/mail/example.org/someone mailbox is full: retry timeout exceeded",
      ],
    ]);
  });
  test("'addr [reason]' lines: the report's address, not the returned message's To", () => {
    const message = [
      "From: Mail Deliver System <MAILER-DAEMON@relay.example.co.jp>",
      "To: sender@example.org",
      "Subject: Returned Mail: User unknown",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "---The following addresses had delivery errors---",
      "",
      "forwarded@dest.example.net [User unknown]",
      "",
      "--b1",
      "Content-Type: message/rfc822",
      "",
      "From: sender@example.org",
      "To: alias@example.co.jp",
      "Subject: hello",
      "",
      "hello",
      "--b1--",
      "",
    ].join("\n");
    expect(analyze(message).recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["forwarded@dest.example.net", "User unknown"],
    ]);
  });
  test("Sendmail's program delivery: the address it was expanded from, the program's reply", () => {
    const message = textBounce(
      "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.edu>",
      "Returned mail: Service unavailable",
      [
        "   ----- The following addresses had permanent fatal errors -----",
        '"|exec /usr/local/bin/procmail -f- || exit 75 #someone"',
        "    (expanded from: <someone@example.edu>)",
        "",
        "   ----- Transcript of session follows -----",
        '554 "|exec /usr/local/bin/procmail -f- || exit 75 #someone"... Service unavailable',
        "",
      ],
    );
    expect(analyze(message).recipients.map((r) => [r.address, r.replyCode, r.reason])).toEqual([
      ["someone@example.edu", "554", "mailererror"],
    ]);
  });
});

describe("InterScan MSS", () => {
  const report = (line: string): string =>
    textBounce("InterScan MSS <postmaster@gw.example.com>", "Mail could not be delivered", [
      "******************** Message from InterScan Messaging Security Suite ********************",
      "",
      line,
      "",
      "*************************** End of message ***************************",
    ]);
  test("its bare 'Unable to deliver message to <addr>' stands for a refused recipient", () => {
    expect(rows(report("Unable to deliver message to <someone@dest.example.net>."))).toEqual([
      ["someone@dest.example.net", null, "userunknown"],
    ]);
  });
  test("a quoted reply from the next hop decides instead", () => {
    const line = "Unable to deliver message to <someone@dest.example.net>: 552 Mailbox full";
    expect(rows(report(line))).toEqual([["someone@dest.example.net", null, "mailboxfull"]]);
  });
});
