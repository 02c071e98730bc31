// Reports that are no delivery failure are explained as what they are: an out-of-office reply
// says the message arrived, a complaint report says a user marked it as spam. Before, both fell
// to the class fallback ("permanent failure ... ask the recipient's admin"). Messages written by us.
import { analyze, diagnose } from "../../src/core";

const OUT_OF_OFFICE = [
  "From: Kim Lee <kim@fabrikam.example>",
  "To: Sam Sender <sam@contoso.example>",
  "Subject: Automatic reply: Budget 2027",
  "Date: Sat, 5 Dec 2026 08:00:00 +0000",
  "Message-ID: <ooo1@fabrikam.example>",
  "Auto-Submitted: auto-replied",
  "X-Auto-Response-Suppress: All",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "I am out of the office until 14 December and will read your message when I am back.",
  "For urgent matters, please write to office@fabrikam.example.",
  "",
].join("\r\n");

const COMPLAINT = [
  "From: Feedback Loop <fbl@mail.example.net>",
  "To: abuse@contoso.example",
  "Subject: Complaint about message from 203.0.113.7",
  "Date: Sat, 5 Dec 2026 08:00:00 +0000",
  "Message-ID: <fbl1@mail.example.net>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=feedback-report; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "This is an email abuse report for an email message received from IP 203.0.113.7.",
  "",
  "--b1",
  "Content-Type: message/feedback-report",
  "",
  "Feedback-Type: abuse",
  "User-Agent: ExampleFBL/1.0",
  "Version: 1",
  "Original-Mail-From: <news@contoso.example>",
  "Original-Rcpt-To: <reader@mail.example.net>",
  "Source-IP: 203.0.113.7",
  "Arrival-Date: Fri, 4 Dec 2026 22:10:00 +0000",
  "",
  "--b1",
  "Content-Type: message/rfc822",
  "",
  "From: News <news@contoso.example>",
  "To: reader@mail.example.net",
  "Subject: Our December offers",
  "Date: Fri, 4 Dec 2026 22:09:58 +0000",
  "",
  "Offers.",
  "",
  "--b1--",
  "",
].join("\r\n");

test.each([
  ["an out-of-office reply", OUT_OF_OFFICE, "autoreply", "vacation", "automatic-reply", "nobody"],
  ["a complaint report", COMPLAINT, "feedback", "feedback", "complaint-report", "your-admin"],
])("%s is explained as what it is", (_name, message, kind, reason, id, owner) => {
  const diagnosis = diagnose(analyze(message));
  expect(diagnosis.kind).toBe(kind);
  expect(diagnosis.recipients).toHaveLength(1);
  const [recipient] = diagnosis.recipients;
  expect(recipient?.reason).toBe(reason);
  expect(recipient?.explanation.id).toBe(id);
  expect(recipient?.explanation.owner).toBe(owner);
  expect(recipient?.explanation.summary.en).toContain("not a delivery failure");
});

// A sender-verification service's challenge is an automatic reply too (RFC 3834), but it holds the
// message until the sender answers: the reply's explanation may not promise that it was delivered,
// and says what to do when the reply asks for a confirmation.
test("an automatic reply promises no delivery a challenge would hold back", () => {
  const [recipient] = diagnose(analyze(OUT_OF_OFFICE)).recipients;
  const e = recipient?.explanation;
  expect(e?.summary.en).not.toMatch(/reached the (mailbox|inbox)|was delivered/);
  expect(e?.adminFix.map((s) => s.en).join(" ")).not.toMatch(/was delivered/);
  expect(e?.fix.some((s) => /confirm that you are a person/.test(s.en))).toBe(true);
});
