// Words from an email that name what every JavaScript object inherits ("constructor", "toString",
// "valueOf", "__proto__") are plain words: a table lookup by such a word once put a function's
// source into the output, or took a file named "constructor" for an option.
import { analyze, diagnose } from "../../src/core";
import { parseAuthenticationResults } from "../../src/core/diagnosis/auth";
import { decodeCharset } from "../../src/core/mime/charset";
import { parseArgs } from "../../src/cli/args";
import type { Warning } from "../../src/core";

const INHERITED = ["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty"];

function bounce(headers: string[], body: string): string {
  return [
    "From: MAILER-DAEMON@mx.example.net",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    ...headers,
    "",
    body,
  ].join("\r\n");
}

/** A DSN whose one recipient block carries `fields`. */
function dsn(fields: string[]): string {
  return bounce(
    ['Content-Type: multipart/report; report-type=delivery-status; boundary="b"'],
    [
      "--b",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "--b",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; user@example.org",
      "Action: failed",
      "Status: 5.1.1",
      ...fields,
      "--b--",
      "",
    ].join("\r\n"),
  );
}

describe.each(INHERITED)("the word %s", (word) => {
  it("stays text as an HTML entity name", () => {
    const html = bounce(
      ["Content-Type: text/html; charset=us-ascii"],
      `<p>&${word}; The following address failed: x@example.org 550 5.1.1 user unknown</p>`,
    );
    const report = diagnose(analyze(html));
    expect(JSON.stringify(report)).not.toContain("native code");
    if (/^[A-Za-z]{2,8}$/.test(word))
      expect(report.recipients[0]?.diagnostic).toContain(`&${word};`);
  });

  it("is an unknown charset", () => {
    const warnings: Warning[] = [];
    expect(decodeCharset("Caf\xc3\xa9", word, warnings)).toBe("Café");
    expect(warnings).toEqual([
      { code: "unknown-charset", detail: word.toLowerCase(), readAs: "UTF-8" },
    ]);
  });

  it("is no Authentication-Results property", () => {
    expect(
      parseAuthenticationResults([
        `mx.example.net; ${word}=pass; spf=pass smtp.mailfrom=a@b.example`,
      ]),
    ).toEqual({ spf: "pass", mailfrom: "a@b.example" });
  });

  it("is no PowerMTA bounce category", () => {
    const report = diagnose(analyze(dsn([`X-PowerMTA-BounceCategory: ${word}`])));
    expect(report.dialect).not.toBe("powermta");
    expect(report.recipients.map((r) => typeof r.reason)).toEqual(["string"]);
  });

  it("is a path on the command line, not an option", () => {
    const parsed = parseArgs([word], 2);
    expect(parsed.ok && parsed.options.paths).toEqual([word]);
  });
});
