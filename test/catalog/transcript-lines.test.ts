// A multi-line reply as a transcript quotes it, each line marked "<<< " (Courier's notices, a
// Sendmail transcript pasted whole): the marks between the lines are read like the codes a
// continuation line repeats, so the words across a line break are one phrase, as in Postfix's
// joined form. The second replies lab set's Courier 1.0 notice of Gmail's 421 4.7.28
// (test/corpus/lab-replies2, q14) and plain variants.
import { lookupCode } from "../../src/core";

const GMAIL = "gmail-smtp-in.l.google.com";
const first = (status: string, lines: readonly string[]) =>
  lookupCode(status, { text: lines.join("\n"), remote: GMAIL })[0]?.id;

describe("a transcript's marked reply lines read as one reply", () => {
  it.each([
    [
      "4.7.28",
      [
        "gmail-smtp-in.l.google.com [127.0.0.10]:",
        ">>> DATA",
        "<<< 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail containing one of",
        "<<< 421-4.7.28 your URL domains. To protect our users from spam, mail with the URL has",
        "<<< 421 4.7.28 been temporarily limited. - gsmtp",
      ],
    ],
    [
      "4.7.28",
      [
        "<<< 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail containing one",
        "<<< 421 4.7.28 of your URL domains. - gsmtp",
      ],
    ],
  ])("%s: %s", (status, lines) => {
    const joined = lines.map((l) => l.replace(/^<<< /, "")).filter((l) => /^\d/.test(l));
    expect(first(status, lines)).toBe("gmail-5.7.28-url-domain-deferred");
    expect(first(status, lines)).toBe(first(status, joined));
  });
});
