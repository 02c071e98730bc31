// A deferral whose whole text is "try again later" reads as a deferral owned by nobody (hMailServer's
// greylisting, ASSP's delaying), also under x.3.0, the mail system's other status (Gmail's "451 4.3.0
// Mail server temporarily rejected message"); the same words after a reason, under a code of its
// own, or in a permanent refusal keep their own meanings.
import { lookupCode } from "../../src/core";

const first = (code: string, text: string): string | undefined => lookupCode(code, { text })[0]?.id;

test.each([
  ["451", "451 Please try again later."],
  ["4.7.1", "451 4.7.1 Please try again later"],
  ["4.0.0", "451 Try again later"],
  // cloudmailin.com/smtp-troubleshooter/451-error: Gmail's passing failure without its "gsmtp" or
  // host, and Exim's deferral (already a bare deferral); the rest our variants under x.3.0
  ["4.3.0", "451 4.3.0 Mail server temporarily rejected message."],
  ["451", "451 Temporary local problem - please try later."],
  ["4.3.0", "451 4.3.0 Temporary failure, please try again later"],
  ["4.3.0", "450 4.3.0 Message temporarily rejected"],
  // RFC 5321's 450 words shortened: rsmtpd's default reply, and our variants
  ["450", "450 Mailbox unavailable; please try again later"],
  ["450", "450 mailbox unavailable"],
  ["4.0.0", "451 Mailbox unavailable, try again later"],
])("%s %s: a deferral without a reason", (code, text) => {
  expect(first(code, text)).toBe("deferred-try-later");
});

test("a code of its own keeps its meaning: 452 4.3.2, the registry's busy receiver", () => {
  expect(first("4.3.2", "452 4.3.2 try again later")).toBe("iana-4.3.2");
});

test.each([
  // a reason before the words
  [
    "4.7.1",
    "451 4.7.1 Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
  ],
  // a permanent refusal that says to try later, or that the mailbox is unavailable
  ["5.0.0", "554 Please try again later"],
  ["5.0.0", "550 Mailbox unavailable"],
  // a code of its own for the mailbox (the registry's x.2.1, a disabled mailbox)
  ["4.2.1", "450 4.2.1 Mailbox unavailable"],
  // the receiving system's own failure, named (its admin's if it lasts)
  ["4.3.0", "451 4.3.0 Error: queue file write error"],
  ["4.3.0", "451 4.3.0 <kim@fabrikam.example>: Temporary lookup failure"],
  // a local mailer's x.3.0, no server's reply (Postfix's "x-unix; temporary failure")
  ["4.3.0", "temporary failure"],
])("%s %s is no bare deferral", (code, text) => {
  expect(first(code, text)).not.toBe("deferred-try-later");
});
