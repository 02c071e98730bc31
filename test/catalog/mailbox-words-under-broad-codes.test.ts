// A mailbox's words under a code that names something else: "550 5.1.2 Mailbox does not exist."
// (Stalwart, Strato) and "550 5.2.0 No such mailbox" at RCPT mean the address does not exist, not a
// bad destination system or an undefined mailbox status; the registry's meaning of the code stays
// for words that say no more.
import { lookupCode } from "../../src/core";

const first = (code: string, text: string): string | undefined => lookupCode(code, { text })[0]?.id;

test.each([
  ["5.1.2", "550 5.1.2 Mailbox does not exist. (in reply to RCPT TO command)"],
  ["5.1.2", "550 5.1.2 No such mailbox [MSG0031] (in reply to RCPT TO command)"],
  ["5.2.0", "550 5.2.0 No such mailbox (in reply to RCPT TO command)"],
])("%s %s: the address does not exist", (code, text) => {
  expect(first(code, text)).toBe("iana-5.1.1");
});

// The other status of a subject (x.3.0, x.4.0) gives way the same way: the words name the mailbox
// or the domain, whose owner is the recipient or you, not the recipient's admin.
test.each([
  [
    "5.3.0",
    "553 5.3.0 <kim@example.com>... No such user here (in reply to RCPT TO command)",
    "iana-5.1.1",
  ],
  ["4.3.0", "452 4.3.0 Disk quota exceeded", "iana-4.2.2"],
  ["5.4.0", "550 5.4.0 Host not found", "iana-5.1.2"],
])("%s %s: the cause the words name", (code, text, id) => {
  expect(first(code, text)).toBe(id);
});

test.each([
  ["5.3.0", "550 5.3.0 Requested action not taken (in reply to RCPT TO command)", "iana-5.3.0"],
  ["5.1.2", "550 5.1.2 Host unknown (in reply to RCPT TO command)", "iana-5.1.2"],
  ["5.2.0", "550 5.2.0 Requested action not taken (in reply to RCPT TO command)", "iana-5.2.0"],
])("%s %s keeps the code's meaning", (code, text, id) => {
  expect(first(code, text)).toBe(id);
});
