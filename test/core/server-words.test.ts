// "Server said" is the server's words: a text notice's prose after the error, the returned
// message's headers, a label before the address and a second copy of the same block stay out of a
// recipient's diagnostic. The text reader's rules (textBlocks) as plain cases, then the notices
// of the fixture sets whose words had leaked in, each with what its server said.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { textBlocks } from "../../src/core/dialects/common/text-bounce";

describe("textBlocks: a block's error ends with its paragraph", () => {
  it.each([
    [
      "prose after a blank line at the margin is the notice's",
      "  a@example.org\n    550 5.1.1 no such user\n\nPlease contact your administrator.",
      ["550 5.1.1 no such user"],
    ],
    [
      "an indented line after a blank line goes on with the error",
      "a@example.org\n\n    550 5.1.1 no such user\n\nIf you need help, write to us.",
      ["550 5.1.1 no such user"],
    ],
    [
      "a line that gives an error goes on with it",
      "Failed recipient: a@example.org\n\nReason: 552 5.2.2 mailbox full\n\nThank you.",
      ["Reason: 552 5.2.2 mailbox full"],
    ],
    [
      "a lead-in ending in a colon announces what follows",
      "a@example.org\n\nThis may give you a hint about the\nfailure:\n\n550 5.1.1 no such user\n\nIf you need help, write to us.",
      ["This may give you a hint about the", "failure:", "550 5.1.1 no such user"],
    ],
    [
      "a heading for more of the error goes on",
      "a@example.org\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nread error (0): error\n\nThanks,",
      [
        "Message will be retried for 2 more day(s)",
        "Technical details of temporary failure:",
        "read error (0): error",
      ],
    ],
    [
      "a heading for the returned message's header fields does not",
      "Failed recipient: a@example.org\nError: 552 5.2.2 mailbox full\n\nYour message:\n    From: b@example.net\n    Subject: Hello",
      ["Error: 552 5.2.2 mailbox full"],
    ],
    [
      "a heading for a list of addresses does not",
      "550 5.1.1 <a@example.org>... User unknown\n\nThe following recipients were affected:\n    a@example.org\n\nAdditional Information\n======================",
      ["550 5.1.1 <a@example.org>... User unknown"],
    ],
    [
      "Sendmail's transcript goes on after its blank line",
      "<a@example.org>\n    (reason: 550 User unknown)\n\n... while talking to mx.example.org.:\n>>> RCPT To:<a@example.org>\n<<< 550 User unknown",
      [
        "(reason: 550 User unknown)",
        "... while talking to mx.example.org.:",
        ">>> RCPT To:<a@example.org>",
        "<<< 550 User unknown",
      ],
    ],
  ])("%s", (_name, text, lines) => {
    expect(textBlocks(text, {}).find((b) => b.address === "a@example.org")?.lines).toEqual(lines);
  });
});

describe("textBlocks: after a whole-error line (Sendmail's), only its notes", () => {
  it.each([
    [
      "the notice's sentences under it are not the error",
      "<a@example.org>... Deferred: Connection timed out with mx.example.org.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old",
      ["<a@example.org>... Deferred: Connection timed out with mx.example.org."],
    ],
    [
      "a note in brackets is",
      "550 5.1.1 <a@example.org>... User unknown\n[RCPT_TO]\nThank you.",
      ["550 5.1.1 <a@example.org>... User unknown", "[RCPT_TO]"],
    ],
  ])("%s", (_name, text, lines) => {
    expect(textBlocks(text, {}).find((b) => b.address === "a@example.org")?.lines).toEqual(lines);
  });
});

describe("textBlocks: labels and repeats", () => {
  it.each([
    [
      "a label before the address",
      "Recipient: <a@example.org>\nReason: 550 5.1.1 unknown",
      ["Reason: 550 5.1.1 unknown"],
    ],
    [
      "a two-word label",
      "Delayed Recipient: a@example.org\nReason: connection timed out",
      ["Reason: connection timed out"],
    ],
    ["an error before the address stays", "Unknown user: a@example.org", ["Unknown user"]],
    [
      "longer words before the address stay",
      "Invalid final delivery userid: a@example.org",
      ["Invalid final delivery userid"],
    ],
    [
      "the same block twice (a second section of the notice) once",
      "  a@example.org\n    550 5.1.1 unknown\n\nRecipients:\n  a@example.org\n    550 5.1.1 unknown",
      ["550 5.1.1 unknown"],
    ],
  ])("%s", (_name, text, lines) => {
    expect(textBlocks(text, {}).find((b) => b.address === "a@example.org")?.lines).toEqual(lines);
  });
});

const FIXTURES = join(__dirname, "..", "fixtures");

/** Notices of the fixture sets (their folders' READMEs name each layout's source). */
const NOTICES: readonly (readonly [file: string, address: string, said: string])[] = [
  // the notice's prose after the error
  [
    "mta-classes/exim-warning-text.eml",
    "erin@example.org",
    "Delay reason: SMTP error from remote mail server after RCPT TO:<erin@example.org>: 451 4.7.1 Greylisting in action, please come back later",
  ],
  [
    "bounces/system-contact-line.eml",
    "olivia.grant@coastal-health.example.org",
    "550 5.1.1 Recipient not found in directory",
  ],
  [
    "server-layouts/intermail-policy-blocked.eml",
    "helpdesk@cedarvale-uni.example",
    "Reason: 554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using bl.spamcop.net",
  ],
  [
    "delays/mailenable-delivery-delayed.eml",
    "info@stonebridge-dental.example",
    "Reason: Remote host mx.stonebridge-dental.example could not be contacted (connection timed out).",
  ],
  [
    "delays/provider-temporary-failure-will-retry.eml",
    "hello@pinecone-design.example",
    "Your message to couldn't be delivered yet: the recipient's mail server answered with a temporary error. 450 4.7.1 Greylisted, please try again in 5 minutes",
  ],
  // the returned message's headers after the error
  [
    "delays/exim-custom-onward-issue.eml",
    "office@quayside-legal.example",
    "Last error: host mx.quayside-legal.example [198.51.100.140]: 451 4.3.0 Temporary local problem - please try later",
  ],
  [
    "bounces/inline-original-indented.eml",
    "kai.moana@tidal-surf.example.com",
    "Error: 552 5.2.2 mailbox full",
  ],
  [
    "delays/mailgates-warning-could-not-send.eml",
    "eigyo@minato-seiki.example",
    "理由: 421 4.7.0 mx.minato-seiki.example Try again later, closing connection",
  ],
  [
    "delays/jp-service-haiso-chien.eml",
    "info@sakuragi-ryokan.example",
    "応答: 450 4.2.1 : Mailbox busy, try again later",
  ],
  // a heading announcing the error, a trailer after it
  [
    "server-layouts/masqmail-user-unknown.eml",
    "sec@riverbank-allot.example",
    "This error message may give you a hint about what caused the failure: 550 5.1.1 <sec@riverbank-allot.example>: Recipient address rejected: User unknown in local recipient table",
  ],
  [
    "templates/mailmarshal-unknown.eml",
    "assessor.doyle@loss-adjust.example.ie",
    "550 5.1.1 <assessor.doyle@loss-adjust.example.ie>... User unknown",
  ],
  // a label before the address
  [
    "server-layouts/smartermail-mailbox-full.eml",
    "kit.harlow@lakemoor-clinic.example",
    "Reason: The mailbox is full",
  ],
  [
    "delays/host-daily-delay-notification.eml",
    "bookings@yahoo.example",
    "Last reply: 451 Message temporarily deferred - 4.16.50",
  ],
  // Sendmail's own sentences under its line
  [
    "mta-classes/sendmail-warning-dsn.eml",
    "ivan@example.org",
    "<ivan@example.org>... Deferred: Connection timed out with mx.example.org.",
  ],
];

describe("fixture notices: the diagnostic is what the server said", () => {
  it.each(NOTICES)("%s %s", (file, address, said) => {
    const facts = analyze(new Uint8Array(readFileSync(join(FIXTURES, file))));
    expect(facts.recipients.find((r) => r.address === address)?.diagnostic).toBe(said);
  });
});
