// A Sieve `reject` is the recipient's own filter rule answering, not a server's policy: the notice
// (an MDN, no status) is explained as the recipient's rule, for the recipient to act on. The lab's
// real Dovecot notices (test/corpus/lab-filters, one per sending server) and a Cyrus-worded
// refusal relayed by Postfix (written by us); other "rejected" words keep their own meanings.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";

const LAB = join(__dirname, "..", "corpus", "lab-filters", "maildir");
const dovecot = readdirSync(LAB).flatMap((server) =>
  readdirSync(join(LAB, server))
    .filter((name) => name.startsWith("f-sieve"))
    .map((name) => join(server, name)),
);

function explained(raw: string | Buffer): [string | undefined, string | undefined] {
  const [recipient] = diagnose(analyze(raw)).recipients;
  return [recipient?.explanation.id, recipient?.explanation.owner];
}

test("the lab holds Dovecot's Sieve notices", () => {
  expect(dovecot.length).toBeGreaterThanOrEqual(5);
});

test.each(dovecot)("%s: the recipient's own rule", (file) => {
  expect(explained(readFileSync(join(LAB, file)))).toEqual(["sieve-rejected", "recipient"]);
});

function postfixBounce(reply: string): string {
  return [
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Sat, 5 Dec 2026 08:00:00 +0000",
    "Message-ID: <s1@mx.example.net>",
    "Content-Type: text/plain",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    `<bob@example.org>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to end of DATA command)`,
    "",
  ].join("\r\n");
}

test.each([
  [
    "550 5.7.1 Your message was automatically rejected by Sieve, a mail filtering language.",
    "sieve-rejected",
    "recipient",
  ],
  // a server's policy that says "rejected" is not a recipient's rule
  ["550 5.7.1 Message rejected due to user rules", "iana-5.7.1", "recipient-admin"],
  ["550 5.7.1 Spam message rejected", "rspamd-spam", "you"],
])("%s -> %s, %s", (reply, id, owner) => {
  expect(explained(postfixBounce(reply))).toEqual([id, owner]);
});
