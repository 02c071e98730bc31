// Diagnostic-Code fields whose folded lines lost their indentation (pasted from a mail client, or
// rewritten by a gateway): the lines that carry on the reply join it, the rest stays out.
import { parseDeliveryStatus } from "../../src/core/dsn/parse";
import { readBounceSource } from "../../src/core/source";

/** The Diagnostic-Code value of a recipient block with these lines after it. */
function diagnostic(lines: readonly string[]): string | undefined {
  const text = ["Final-Recipient: rfc822; b@example.net", "Action: failed", "Status: 5.0.0"]
    .concat(lines)
    .join("\n");
  return parseDeliveryStatus(text, false, []).recipients[0]?.diagnosticCode;
}

describe("a Diagnostic-Code whose continuation lines lost their indentation", () => {
  it.each([
    [
      "the reply's code repeated with '-' and ' ' (no enhanced code)",
      [
        "Diagnostic-Code: smtp; 550-relay.example.net does not take mail from hosts",
        "550-on dial-up address ranges; send through your provider's",
        "550 outgoing server instead.",
        "Last-Attempt-Date: Sat, 05 Dec 2026 09:17:29 +0000",
      ],
      "550-relay.example.net does not take mail from hosts 550-on dial-up address ranges; " +
        "send through your provider's 550 outgoing server instead.",
    ],
    [
      "the field's unfinished sentence carried on in lower case",
      [
        "Diagnostic-Code: SMTP; 554 Your message to b@example.net was refused because the sending",
        "server is listed on a block list",
        "Remote-MTA: dns; mx.example.net",
      ],
      "554 Your message to b@example.net was refused because the sending server is listed on a block list",
    ],
    [
      "words after a comma, then the code's last line",
      [
        "Diagnostic-Code: smtp;451-Greylisted, please try again in",
        "five minutes,",
        "451 or ask postmaster@example.net",
      ],
      "451-Greylisted, please try again in five minutes, 451 or ask postmaster@example.net",
    ],
    [
      "a folded line kept, then one that lost its indentation",
      [
        "Diagnostic-Code: smtp; 552-Mailbox of b@example.net is",
        "  over its quota; it",
        "552 takes no more mail",
      ],
      "552-Mailbox of b@example.net is over its quota; it 552 takes no more mail",
    ],
    [
      "a lower-case word and its colon after an unfinished line (Postfix's folding)",
      [
        "Diagnostic-Code: smtp; 550 5.1.1 <b@example.net>: Recipient address",
        "rejected: No such mailbox here",
      ],
      "550 5.1.1 <b@example.net>: Recipient address rejected: No such mailbox here",
    ],
    [
      "another server's reply after an open clause, and a bracketed host",
      [
        "Diagnostic-Code: X-Postfix; host mx.example.net said:",
        "554 5.7.1 Client host",
        "[192.0.2.7] refused; see our policy page",
      ],
      "host mx.example.net said: 554 5.7.1 Client host [192.0.2.7] refused; see our policy page",
    ],
    [
      "a note, then a reply with an enhanced code (Courier's '<command failed>')",
      [
        "Diagnostic-Code: smtp; <command failed>",
        "421-4.7.0 Mail from 192.0.2.7 is deferred for now",
        "421 4.7.0 while we check its volume",
      ],
      "<command failed> 421-4.7.0 Mail from 192.0.2.7 is deferred for now 421 4.7.0 while we check its volume",
    ],
    [
      "a reply's own lines beyond the run-on limits (nullmailer's unfolded multi-line reply)",
      [
        "Diagnostic-Code: SMTP; 550-5.7.26 This mail was blocked because its sender is not authenticated.",
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `550-5.7.26 Line ${i + 1} of the receiver's explanation of what to set up first.`,
        ),
        "550 5.7.26 See the receiver's help page - gsmtp",
      ],
      undefined,
    ],
  ])("joins %s", (_what, lines, value) => {
    if (value === undefined) {
      // the whole reply, each of its lines
      expect(diagnostic(lines)?.replace(/\s+/g, " ")).toBe(
        lines.map((l) => l.replace(/^Diagnostic-Code: SMTP; /, "")).join(" "),
      );
      return;
    }
    expect(diagnostic(lines)?.replace(/\s+/g, " ")).toBe(value);
  });

  it.each([
    [
      "a line after a finished sentence",
      ["Diagnostic-Code: smtp; 550 5.1.1 No such user.", "please check the address"],
    ],
    [
      "another reply's code",
      ["Diagnostic-Code: smtp; 550 mailbox unavailable", "421 Try again later"],
    ],
    [
      "words in upper case",
      ["Diagnostic-Code: smtp; 550 mailbox unavailable", "Questions go to your admin"],
    ],
    [
      "a field",
      ["Diagnostic-Code: smtp; 550 mailbox unavailable for", "Remote-MTA: dns; mx.example.net"],
    ],
    [
      "a DSN field in lower case",
      ["Diagnostic-Code: smtp; 550 mailbox unavailable for", "action: failed"],
    ],
  ])("leaves out %s", (_what, lines) => {
    expect(diagnostic(lines)).toBe((lines[0] as string).replace(/^Diagnostic-Code: smtp; /, ""));
  });

  it("never crosses a blank line", () => {
    const value = diagnostic([
      "Diagnostic-Code: smtp; 550 no such user here",
      "",
      "contact the postmaster",
    ]);
    expect(value).toBe("550 no such user here");
  });

  it("joins a few lines at most", () => {
    const words = ["one", "two", "three", "four", "five", "six", "seven", "eight"].map(
      (w) => `and line ${w}`,
    );
    const value = diagnostic(["Diagnostic-Code: smtp; 550 refused for this", ...words]);
    expect(value?.replace(/\s+/g, " ")).toBe(
      "550 refused for this and line one and line two and line three and line four and line five and line six",
    );
  });

  it("reads a pasted report's fields with their unindented lines (DSN fields in the text)", () => {
    const text = [
      "Delivery to the following recipient failed permanently:",
      "",
      "    b@example.net",
      "",
      "Reporting-MTA: dns; out.example.org",
      "",
      "Final-Recipient: rfc822; b@example.net",
      "Action: failed",
      "Status: 5.7.1",
      "Diagnostic-Code: smtp; 550-Mail from your address range is not accepted by",
      "550-example.net; ask your provider for a relay or see",
      "550 https://postmaster.example.net/blocked",
    ].join("\n");
    const ds = readBounceSource(new TextEncoder().encode(text)).deliveryStatus;
    expect(ds?.recipients[0]?.diagnosticCode?.replace(/\s+/g, " ")).toBe(
      "550-Mail from your address range is not accepted by 550-example.net; ask your provider " +
        "for a relay or see 550 https://postmaster.example.net/blocked",
    );
  });
});
