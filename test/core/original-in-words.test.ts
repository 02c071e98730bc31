// The address a message was first sent to, where a text report names it only in words beside a
// failed address (dialects/common/original-in-words.ts), and when two spellings of a recipient
// are one mailbox (same-mailbox.ts): a re-spelling is no forward.
import { originalInWords } from "../../src/core/dialects/common/original-in-words";
import { sameMailbox } from "../../src/core/same-mailbox";

describe("originalInWords", () => {
  test.each([
    // [the recipient's lines, squeezed; the original; what stays of the server's words]
    [
      "(expanded from <list@a.example>): host mx.b.example[192.0.2.1] said: 550 5.1.1 User unknown",
      "list@a.example",
      "host mx.b.example[192.0.2.1] said: 550 5.1.1 User unknown",
    ],
    [
      "(reason: 550 5.1.1 User unknown) (expanded from: <list@a.example>)",
      "list@a.example",
      "(reason: 550 5.1.1 User unknown)",
    ],
    [
      "(expanded from: list@a.example) (reason: 550 5.1.1 User unknown)",
      "list@a.example",
      "(reason: 550 5.1.1 User unknown)",
    ],
    [
      "(generated from list@a.example) SMTP error from remote mail server after RCPT TO:<m@b.example>: 550 No such recipient",
      "list@a.example",
      "SMTP error from remote mail server after RCPT TO:<m@b.example>: 550 No such recipient",
    ],
    [
      "(ultimately generated from List@A.example) mailbox is full: retry timeout exceeded",
      "List@A.example",
      "mailbox is full: retry timeout exceeded",
    ],
    [
      "Original address: list@a.example Reason: Remote SMTP server has rejected address",
      "list@a.example",
      "Reason: Remote SMTP server has rejected address",
    ],
  ])("%s", (lines, original, rest) => {
    expect(originalInWords(lines)).toEqual({ original, words: expect.any(String), rest });
  });

  test.each([
    // a local name, no mailbox (Sendmail's "expanded from: kijitora")
    "(reason: 452 4.4.5 Insufficient disk space) (expanded from: kijitora)",
    // the words without an address, or an address in another role
    "550 5.1.1 User unknown; the address was expanded from a list",
    "550 5.7.1 mail from list@a.example refused",
    "My original address: list@a.example",
  ])("none in %s", (lines) => {
    expect(originalInWords(lines)).toBeUndefined();
  });
});

describe("sameMailbox", () => {
  test.each([
    ["kim@fabrikam.example", "Kim@FABRIKAM.example"],
    ["kim+budget@fabrikam.example", "kim@fabrikam.example"],
    ["kim@mail.fabrikam.example", "kim@fabrikam.example"],
    ["kim@fabrikam.co.jp", "kim@mx.fabrikam.co.jp"],
    // a mail host's routing address for the same mailbox
    ["kim@fabrikam.example", "kim@fabrikam.mail.onmicrosoft.com"],
    ["kim@fabrikam.example", "Kim@fabrikam.example.test-google-a.com"],
  ])("%s is %s", (a, b) => {
    expect(sameMailbox(a, b)).toBe(true);
  });

  test.each([
    // an alias to another person, a forward to another provider, a list's member
    ["kim@fabrikam.example", "k.lee@fabrikam.example"],
    ["kim@fabrikam.example", "kim@gmail.com"],
    ["kim@example.co.jp", "kim@example.ne.jp"],
    ["board@hoa.example", "m.garcia@isp.example"],
    ["+tag@fabrikam.example", "tag@fabrikam.example"],
    ["kim@fabrikam.example", "k.lee@fabrikam.mail.onmicrosoft.com"],
  ])("%s is not %s", (a, b) => {
    expect(sameMailbox(a, b)).toBe(false);
  });
});
