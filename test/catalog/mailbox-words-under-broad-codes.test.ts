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

test.each([
  ["5.1.2", "550 5.1.2 Host unknown (in reply to RCPT TO command)", "iana-5.1.2"],
  ["5.2.0", "550 5.2.0 Requested action not taken (in reply to RCPT TO command)", "iana-5.2.0"],
])("%s %s keeps the code's meaning", (code, text, id) => {
  expect(first(code, text)).toBe(id);
});
