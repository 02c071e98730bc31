// The notices servers and gateways no other set covers write in their own layouts
// (test/fixtures/server-layouts), every row against the truth written before the engine saw them;
// and the layout classes their first run found, as plain cases. OPEN lists the rows the engine
// still answers otherwise, and why.
import { fixtureSet, rows, testFixtureSet, type Open } from "./fixture-set";

const SET = fixtureSet("server-layouts");

const OPEN: Open = {
  // Cisco's DSN says 5.1.0 (its own class); the engine gives the remote reply's 5.1.1, the
  // project's rule for a gateway quoting the reply (as for Exchange's delays), and Go Sisimai's.
  "cisco-esa-user-unknown.eml d.moreau@quarryhill-bank.example": {
    fields: ["status"],
    why: "5.1.1, not 5.1.0",
  },
  // Cisco's default 5.1.0 "Unknown address error" over a reply with no code of its own, whose
  // words ("SPAM_SUSPECT:IP_CONTROL") name no cause the engine knows: the status table's
  // userunknown stands, as both Sisimais read it (round 2, unseen).
  "cisco-esa-spam-suspect.eml jiwoo.han@paran-mail.example": {
    fields: ["reason"],
    why: "userunknown, not blocked",
  },
};

testFixtureSet(SET, OPEN, 15);

/** A report with a delivery-status part that names no recipient, the text part given. */
const withBareDsn = (text: string, diagnostic: string): string =>
  [
    "From: MAILER-DAEMON",
    "To: sender@origin.example",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    text,
    "--b",
    "Content-Type: message/delivery-status",
    "",
    "Remote-MTA: dns; unknown [unknown]",
    `Diagnostic-Code: smtp; ${diagnostic}`,
    "",
    "--b--",
  ].join("\n");

describe("addresses listed one a line share the error under the list", () => {
  // python-slimta's default bounce (slimta/bounce.py in github.com/slimta/python-slimta).
  const reply = "550 5.7.1 Message rejected as spam by Content Filtering.";
  test.each([
    ["- a@dest.example\n- b@dest.example", ["a@dest.example", "b@dest.example"]],
    [
      "* a@dest.example\n* b@dest.example\n* c@other.example",
      ["a@dest.example", "b@dest.example", "c@other.example"],
    ],
    ["a@dest.example\nb@dest.example", ["a@dest.example", "b@dest.example"]],
  ])("%s", (list, addresses) => {
    const message = withBareDsn(
      `Delivery failed for:\n${list}\n\nDestination host responded:\n${reply}\n`,
      reply,
    );
    expect(rows(message)).toEqual(addresses.map((a) => [a, "5.7.1", "spamdetected"]));
  });

  test("an address with its own error under it keeps that error", () => {
    const message = withBareDsn(
      "Delivery failed for:\n- a@dest.example\n  552 5.2.2 Mailbox full\n- b@dest.example\n  550 5.1.1 User unknown\n",
      "550 5.1.1 User unknown",
    );
    expect(rows(message)).toEqual([
      ["a@dest.example", "5.2.2", "mailboxfull"],
      ["b@dest.example", "5.1.1", "userunknown"],
    ]);
  });
});

describe("a report's own message-id line never names a recipient", () => {
  // Postal's bounce (lib/postal/bounce_message.rb in github.com/postalserver/postal).
  test.each([
    "Orginal Message ID: <ord-1@origin.example>",
    "Original Message-ID: <ord-1@origin.example>",
    "X-Original-Message-ID: <ord-1@origin.example>",
    "Message ID: <ord-1@origin.example>",
  ])("%s", (idLine) => {
    const message = [
      "From: Mail Delivery Service <postmaster@postal.origin.example>",
      "To: sender@origin.example",
      "Subject: Mail Delivery Failed (Your order)",
      "Content-Type: text/plain",
      "",
      "This is the mail delivery service responsible for delivering mail to ren@dest.example.",
      "",
      "The message you've sent cannot be delivered.",
      "",
      idLine,
      "Mail from: sender@origin.example",
      "Rcpt To: ren@dest.example",
    ].join("\n");
    expect(rows(message).map((r) => r[0])).toEqual(["ren@dest.example"]);
  });
});

describe("a domain's storage limit is a full mailbox, not a message too big", () => {
  // SmarterMail (kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx).
  test.each([
    ["The domain size limit has been exceeded", "mailboxfull"],
    ["552 The domain size limit has been exceeded", "mailboxfull"],
    ["552 Message size limit exceeded", "mesgtoobig"],
  ])("%s", (reason, expected) => {
    const message = [
      "From: System Administrator <postmaster@mail.dest.example>",
      "To: sender@origin.example",
      "Subject: Undeliverable: Invoice",
      "Content-Type: text/plain",
      "",
      "Could not deliver message to the following recipient(s):",
      "",
      "Failed Recipient: office@dest.example",
      `Reason: ${reason}`,
    ].join("\n");
    expect(rows(message).map((r) => [r[0], r[2]])).toEqual([["office@dest.example", expected]]);
  });
});
