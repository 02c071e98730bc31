// "User unknown" when no RCPT step is known: the reason is `filtered` (Sisimai's reasons, which
// the development corpus's answers follow), yet the words say the mailbox does not exist, so the
// explanation is the unknown-mailbox one, for the sender to act on, not a policy refusal for the
// recipient's admin. Bounces written by us in Postfix's template, other servers' words.
import { analyze, diagnose } from "../../src/core";

function postfixBounce(reply: string, step: string): string {
  return [
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Sat, 5 Dec 2026 08:00:00 +0000",
    "Message-ID: <b1@mx.example.net>",
    "Content-Type: text/plain",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "                   The mail system",
    "",
    `<bob@example.org>: host mx.example.org[192.0.2.1] said: ${reply}${step}`,
    "",
  ].join("\r\n");
}

test.each([
  // reply, step, reason, registry code of the explanation, who acts
  ["550 No such user here", "", "filtered", "5.1.1", "you"],
  ["550 unknown user", " (in reply to end of DATA command)", "filtered", "5.1.1", "you"],
  ["550 sorry, no mailbox here by that name", "", "filtered", "5.1.1", "you"],
  ["550 No such user here", " (in reply to RCPT TO command)", "userunknown", "5.1.1", "you"],
  // a filter's own words, no step known: still a refusal for the recipient's side to explain
  ["550 Message rejected due to user rules", "", "filtered", "5.7.1", "recipient-admin"],
])("%s%s -> %s, explained as %s for %s", (reply, step, reason, code, owner) => {
  const report = analyze(postfixBounce(reply, step));
  const [recipient] = diagnose(report).recipients;
  expect(recipient?.address).toBe("bob@example.org");
  expect(recipient?.reason).toBe(reason);
  expect(recipient?.explanation.code).toBe(code);
  expect(recipient?.explanation.owner).toBe(owner);
});
