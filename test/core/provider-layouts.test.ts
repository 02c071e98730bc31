// The notices providers write in their own layouts (test/fixtures/provider-layouts), every row
// against the truth written before the engine saw them; and the layout classes their first run
// found, as plain cases. OPEN lists the rows the engine still answers otherwise, and why.
import { analyze } from "../../src/core";
import { fixtureSet, rows, testFixtureSet, type Open } from "./fixture-set";

const SET = fixtureSet("provider-layouts");

/** Rows whose reason alone the engine answers otherwise: the disagreement in words. */
const OPEN: Open = {
  // Microsoft's RESOLVER.RST.SenderNotAuthenticatedForGroup: both Sisimais and the engine read
  // "authentication required" as securityerror; our truth reads a group refusing this sender.
  "m365-group-only-members.eml board@harrowgate-trust.example": {
    fields: ["reason"],
    why: "securityerror, not rejected",
  },
  // Sisimai's rule, which the development corpus holds: "user unknown" after DATA is a filter's
  // answer; Yahoo refuses unknown mailboxes after DATA ("failed after I sent the message").
  "yahoo-qmail-two-failed.eml tamsin.reed@yahoo.example": {
    fields: ["reason"],
    why: "filtered, not userunknown",
  },
  // Yahoo's "dd Requested mail action aborted" (inactive accounts, by Word to the Wise) names no
  // cause the engine knows: onhold, as both Sisimais say.
  "yahoo-qmail-two-failed.eml old.club.account@yahoo.example": {
    fields: ["reason"],
    why: "onhold, not suspend",
  },
  // "queryTxt ESERVFAIL": a name server's failure, not a domain shown not to exist.
  "forwardemail-possibly-incorrect.eml avery@tidemark-realty.example": {
    fields: ["reason"],
    why: "onhold, not hostunknown",
  },
  // Amavis's "rejecting banned content" is in Sisimai's spam wordings, which the engine follows.
  "mailenable-two-reasons.eml info@gridmeter-alliance.example": {
    fields: ["reason"],
    why: "spamdetected, not contenterror",
  },
};

testFixtureSet(SET, OPEN, 15);

const textNotice = (body: string): string =>
  [
    "From: Mail Delivery System <MAILER-DAEMON@mx.provider.example>",
    "To: sender@origin.example",
    "Subject: Delivery Status Notification (Failure)",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    body,
  ].join("\n");

/** The original quoted after the report with no line saying where it begins. */
const QUOTED_ORIGINAL = [
  "From: Sender <sender@origin.example>",
  "To: someone@dest.example",
  "Subject: Hello",
  "Date: Thu, 03 Dec 2026 09:14:07 +0000",
].join("\n");

describe("the returned original's message ids are never a recipient", () => {
  test.each([
    "Message-ID: <a1b2c3@origin.example>",
    "In-Reply-To: <prev-77@origin.example>",
    "References: <thread-1@origin.example>",
    "Resent-Message-ID: <r-9@origin.example>",
  ])("%s", (idLine) => {
    const message = textNotice(
      [
        "Your message could not be delivered to someone@dest.example.",
        "Reason: 550 5.1.1 mailbox unavailable",
        "",
        QUOTED_ORIGINAL,
        idLine,
      ].join("\n"),
    );
    expect(rows(message).map((r) => r[0])).toEqual(["someone@dest.example"]);
  });
});

describe("an address listed after '--' under 'an email you addressed to'", () => {
  // Forward Email's notice (https://github.com/forwardemail/free-email-forwarding/issues/70).
  const notice = (address: string, problem: string): string =>
    textNotice(
      [
        "This is a delivery failure notification message indicating that an email you addressed to email address :",
        `-- ${address}`,
        "",
        "could not be delivered. The problem appears to be :",
        `-- ${problem}`,
        "",
        "This condition occurred after 1 attempt(s) to deliver over a period of 0 hour(s).",
        "",
        QUOTED_ORIGINAL,
        "Message-ID: <a1b2c3@origin.example>",
      ].join("\n"),
    );
  test.each([
    ["avery@dest.example", "Recipient email address is possibly incorrect", "onhold"],
    ["avery@dest.example", "550 5.1.1 User unknown", "userunknown"],
    ["bo@other.example", "552 5.2.2 Mailbox full", "mailboxfull"],
  ])("%s: %s", (address, problem, reason) => {
    expect(rows(notice(address, problem)).map((r) => [r[0], r[2]])).toEqual([[address, reason]]);
  });
});

describe("addresses in Exchange's proxy form, each with its own reason", () => {
  // MailEnable (https://github.com/green-button/green-button.github.io/issues/118).
  test.each([
    ["\tRecipient: [SMTP:a@dest.example]", "\tRecipient: [SMTP:b@dest.example]"],
    ["Recipient: [smtp:a@dest.example]", "Recipient: [smtp:b@dest.example]"],
    ["  [SMTP:a@dest.example]", "  [SMTP:b@dest.example]"],
  ])("%s", (first, second) => {
    const message = textNotice(
      [
        "MailEnable: Message could not be delivered to some recipients.",
        "The following recipient(s) could not be reached:",
        "",
        first,
        "\tReason: 552 5.2.2 Mailbox full",
        "",
        second,
        "\tReason: 550 5.1.1 Requested action not taken: mailbox unavailable (user unknown)",
        "",
        "Message headers follow:",
      ].join("\n"),
    );
    expect(rows(message)).toEqual([
      ["a@dest.example", "5.2.2", "mailboxfull"],
      ["b@dest.example", "5.1.1", "userunknown"],
    ]);
  });
});

describe("Postfix's recipient lines under a provider's own words", () => {
  // bounce(5) lets a provider replace the notice's words; "<addr>: host X[ip] said:" stays
  // (https://github.com/forwardemail/free-email-forwarding/issues/219).
  test.each([
    [
      "This is a system-generated message to inform you that your email could not\nbe delivered to one or more recipients.",
      '<ops@dest.example>: host mx1.dest.example[192.0.2.185] said: 550\n   Error for ops@dest.example of "Invalid greeting. response=550 5.7.0\n   Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.185" (in\n   reply to end of DATA command)',
      ["ops@dest.example", "5.7.0", "blocked"],
    ],
    [
      "Wir konnten Ihre Nachricht leider nicht\nzustellen.",
      "<ina@dest.example>: host mx.dest.example[192.0.2.7] said: 550 5.1.1\n    <ina@dest.example>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)",
      ["ina@dest.example", "5.1.1", "userunknown"],
    ],
    [
      "Notice from your provider:",
      "<full@dest.example>: host mx.dest.example[2001:db8::25] said: 552 5.2.2\n    Mailbox full (in reply to RCPT TO command)",
      ["full@dest.example", "5.2.2", "mailboxfull"],
    ],
  ])("%s", (words, line, row) => {
    const message = textNotice([words, "", line, ""].join("\n"));
    expect(rows(message)).toEqual([row]);
    expect(analyze(message).dialect).toBe("postfix");
  });
});
