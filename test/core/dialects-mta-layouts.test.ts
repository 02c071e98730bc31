// MTA report layouts written for these tests (shapes of well-known MTAs, made-up addresses):
// each is read whole through the engine, and each recipient's facts are checked.
import { analyze } from "../../src/core";

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
  test("the error answers the RCPT TO named under 'Message details'", () => {
    const message = [
      "From: postmaster@gateway.example.com",
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
    const report = analyze(message);
    expect(report.recipients.map((r) => [r.address, r.command, r.reason])).toEqual([
      ["5550100@gateway.example.com", "RCPT", "userunknown"],
    ]);
  });
});
