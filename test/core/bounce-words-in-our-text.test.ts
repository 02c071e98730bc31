// The bounce's words that the engine sets inside texts it writes: a fact filled into a sentence
// (a retry date it cannot read), a title read from the reply, the From domain of the
// authentication check. Whoever wrote the bounce chose those bytes, so a NUL, an ESC sequence or
// a line break in them must not reach our text (the fuzzer, test/core/fuzz.test.ts, found all
// three). The evidence keeps the bounce's own words.
import { analyze, diagnose } from "../../src/core";
import type { DiagnosedRecipient } from "../../src/core";

/** A one-recipient DSN with these fields, and the original's headers when given. */
function dsn(fields: string, headers?: string): string {
  const original =
    headers === undefined ? "" : `--b\nContent-Type: text/rfc822-headers\n\n${headers}\n\n`;
  return (
    "From: MAILER-DAEMON@mx.example\nSubject: Delivery Status Notification\n" +
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n' +
    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n" +
    `Final-Recipient: rfc822; user@example.com\n${fields}\n\n${original}--b--\n`
  );
}

function only(bounce: string): DiagnosedRecipient {
  const [recipient, ...others] = diagnose(analyze(bounce)).recipients;
  expect(others).toEqual([]);
  return recipient as DiagnosedRecipient;
}

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const NOISE = [
  ["an ESC sequence", "\x1b[2J"],
  ["a NUL", "\0"],
  ["a backspace", "\b"],
  ["a C1 control", "\u0085"],
  ["a DEL", "\x7f"],
] as const;

describe("a retry date the engine cannot read, filled into the summary", () => {
  test.each(NOISE)("with %s in it", (_, noise) => {
    const r = only(
      dsn(
        `Action: delayed\nStatus: 4.2.2\nWill-Retry-Until: Thu, 17 Fe${noise}b 2011 15:38:55 -0600\n` +
          "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full",
      ),
    );
    expect(r.explanation.summary.en).toContain("until Thu, 17 Fe");
    expect(r.explanation.summary.en).not.toMatch(CONTROL);
    expect(r.explanation.summary.ja).toContain("Thu, 17 Fe");
    expect(r.explanation.summary.ja).not.toMatch(CONTROL);
    // the bounce's own field keeps its words (a C1 byte is read as windows-1252's "…")
    expect(r.willRetryUntil).toMatch(/^Thu, 17 Fe.+b 2011/);
  });
});

describe("a title read from the server's reply", () => {
  test.each(NOISE)("with %s in it (Exchange's MTA-STS reply)", (_, noise) => {
    const r = only(
      dsn(
        "Action: failed\nStatus: 5.7.5\nDiagnostic-Code: smtp; 550 5.7.5 Remote certificate failed " +
          `MTA-STS validation. Reason: Cert${noise}ificateExpired`,
      ),
    );
    expect(r.explanation.title).toMatch(
      /^Remote certificate failed MTA-STS validation\. Reason: Cert/,
    );
    expect(r.explanation.title).not.toMatch(CONTROL);
  });
});

describe("the From domain of the authentication check", () => {
  const failed =
    "Action: failed\nStatus: 5.7.509\nDiagnostic-Code: smtp; 550 5.7.509 Access denied, sending " +
    "domain contoso.com does not pass DMARC verification and has a DMARC policy of reject.";
  const headers = (from: string): string =>
    `Authentication-Results: mx.example; spf=none; dkim=none; dmarc=fail header.from=${from}\n` +
    "From: a@contoso.com\nReturn-Path: <b@bulk.example>\nTo: user@example.com\nSubject: hi";

  test.each(NOISE)(
    "header.from with %s in it is no domain: the From field's is used",
    (_, noise) => {
      const auth = only(dsn(failed, headers(`conto${noise}so.com`))).explanation.auth;
      expect(auth?.fromDomain).toBe("contoso.com");
      expect(auth?.text.en).toContain("The From domain (contoso.com) differs");
      expect(auth?.text.en).not.toMatch(CONTROL);
      expect(auth?.text.ja).not.toMatch(CONTROL);
    },
  );

  it.each(["contoso.com", "Contoso.COM", "例え.jp"])("header.from=%s is a domain", (from) => {
    const auth = only(dsn(failed, headers(from))).explanation.auth;
    expect(auth?.fromDomain).toBe(from.toLowerCase());
  });
});

describe("the authentication results read from the original", () => {
  const failed =
    "Action: failed\nStatus: 5.7.26\nDiagnostic-Code: smtp; 550 5.7.26 Unauthenticated email is " +
    "not accepted from this domain. DMARC check failed.";
  const original = (fields: string): string =>
    `${fields}\nFrom: a@contoso.com\nTo: user@example.com\nSubject: hi`;

  test.each(NOISE)("a result with %s in it is no result", (_, noise) => {
    const auth = only(
      dsn(
        failed,
        original(
          `Authentication-Results: mx.example; spf=fa${noise}il; dkim=no${noise}ne; dmarc=fail\n` +
            `Received-SPF: Pa${noise}ss (mx.example: domain of a@contoso.com)`,
        ),
      ),
    ).explanation.auth;
    expect(auth?.dmarc).toBe("fail");
    for (const value of [auth?.spf, auth?.dkim, auth?.text.en, auth?.text.ja])
      expect(value ?? "").not.toMatch(CONTROL);
  });

  it("plain results are read", () => {
    const auth = only(
      dsn(failed, original("Authentication-Results: mx.example; spf=fail; dkim=none; dmarc=fail")),
    ).explanation.auth;
    expect([auth?.spf, auth?.dkim, auth?.dmarc]).toEqual(["fail", "none", "fail"]);
  });
});
