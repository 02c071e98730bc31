// OpenSMTPD writes a multi-line reply's lines one after the other, without the later lines' code
// and with no space between them ("... containing one of4.7.28 your URL domains"), so the words on
// either side of each join ran together. Each later line is set apart with its code again, as
// Postfix joins a reply's lines.
// The replies lab sets' OpenSMTPD 6.8 notices (test/corpus/lab-replies2, test/corpus/lab) and
// notices in OpenSMTPD's layout written here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";

const CORPUS = join(__dirname, "..", "corpus");

function notice(line: string): Uint8Array {
  return new TextEncoder().encode(
    [
      "From: Mailer Daemon <MAILER-DAEMON@mail.example.org>",
      "To: sam@example.org",
      "Subject: Delivery status notification: error",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "    Hi!",
      "",
      "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.",
      "",
      "    An error has occurred while attempting to deliver a message for",
      "    the following list of recipients:",
      "",
      line,
      "",
      "    Below is a copy of the original message:",
      "",
    ].join("\r\n"),
  );
}
const diagnostic = (bytes: Uint8Array) => analyze(bytes).recipients[0]?.diagnostic;

describe("OpenSMTPD's multi-line replies: the lines read apart", () => {
  it.each([
    [
      "kim@example.net: 550-5.7.1 The user or domain has a policy that5.7.1 prohibited the mail. - gsmtp",
      "550-5.7.1 The user or domain has a policy that 550-5.7.1 prohibited the mail. - gsmtp",
    ],
    [
      "kim@example.net: 554-5.7.1 Rejected:5.7.1 listed at bl.example.org5.7.1 see https://bl.example.org/",
      "554-5.7.1 Rejected: 554-5.7.1 listed at bl.example.org 554-5.7.1 see https://bl.example.org/",
    ],
    // a one-line reply, and a status inside a line of its own, stay as they are
    ["kim@example.net: 550 5.1.1 No such user5.1.1", "550 5.1.1 No such user5.1.1"],
  ])("%s", (line, expected) => {
    expect(diagnostic(notice(line))).toBe(expected);
  });

  it.each([
    ["lab-replies2/maildir/opensmtpd/q14-warning.eml", "one of 421-4.7.28 your URL domains"],
    ["lab-replies2/maildir/opensmtpd/q34-refusal.eml", "setup, or 550-5.7.25 the corresponding"],
    ["lab/maildir/opensmtpd/gmail-ratelimit-warning.eml", "rate of 421-4.7.28 unsolicited mail"],
  ])("lab notice %s", (file, words) => {
    expect(diagnostic(new Uint8Array(readFileSync(join(CORPUS, file))))).toContain(words);
  });
});
