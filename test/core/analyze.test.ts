import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { corpusMail } from "./corpus-files";
import type { Warning } from "../../src/core";

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe("analyze", () => {
  it("reports a DSN bounce with per-recipient facts and their evidence", () => {
    const report = analyze(corpusMail("lhost-postfix-01.eml"));
    expect(report.kind).toBe("failed");
    expect(report.generatingServer).toBe("p351355.pool.example.ne.jp");
    expect(report.recipients).toHaveLength(1);
    const r = report.recipients[0];
    expect(r).toMatchObject({
      address: "r@p351355.pool.example.ne.jp",
      originalRecipient: "kijitora@example.org",
      action: "failed",
      status: "5.1.1",
      diagnosticType: "x-unix",
      temporary: false,
    });
    const facts = r?.evidence.map((e) => `${e.fact}:${e.source}:${e.field ?? ""}`);
    expect(facts).toEqual(
      expect.arrayContaining(["address:dsn:Final-Recipient", "status:dsn:Status"]),
    );
    expect(r?.evidence.some((e) => e.fact === "reason")).toBe(true);
  });

  it("reads the parts Office.js hands over: body, header block and attachments", () => {
    const report = analyze({
      body: "<p>Delivery has failed to these recipients:</p><p>a@example.net</p>",
      bodyType: "html",
      headers: "From: postmaster@example.org\r\nSubject: Undeliverable: Hello\r\n",
      attachments: [
        {
          name: "details.txt",
          contentType: "message/delivery-status",
          content:
            "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
        },
        {
          name: "Hello.eml",
          content:
            "From: me@example.jp\r\nTo: a@example.net\r\nSubject: Hello\r\nMessage-ID: <m@example.jp>\r\n\r\nHi",
        },
      ],
    });
    expect(report.kind).toBe("failed");
    expect(report.subject).toBe("Undeliverable: Hello");
    expect(report.recipients.map((r) => [r.address, r.status, r.replyCode, r.temporary])).toEqual([
      ["a@example.net", "5.2.2", "552", false],
    ]);
    expect(report.original).toMatchObject({
      subject: "Hello",
      messageId: "<m@example.jp>",
      to: ["a@example.net"],
    });
  });

  it("reads a bounce forwarded as an attachment, and says so", () => {
    const bounce = text(corpusMail("lhost-postfix-01.eml"));
    const forward = [
      "From: colleague@example.jp",
      "Subject: Fwd: why did this fail?",
      'Content-Type: multipart/mixed; boundary="f"',
      "",
      "--f",
      "Content-Type: text/plain",
      "",
      "See the attached bounce.",
      "--f",
      "Content-Type: message/rfc822",
      "",
      bounce,
      "--f--",
    ].join("\n");
    const report = analyze(forward);
    expect(report.recipients.map((r) => r.status)).toEqual(["5.1.1"]);
    expect(report.warnings).toEqual([{ code: "forwarded" }]);
  });

  it("reads a bounce attached as bytes to a forwarding message handed over in parts", () => {
    const report = analyze({
      body: "転送します。見てもらえますか?",
      headers: "From: 同僚 <colleague@example.jp>\nSubject: Fwd: 配信エラー\n",
      attachments: [{ name: "bounce.eml", content: corpusMail("lhost-postfix-01.eml") }],
    });
    expect(report.kind).toBe("failed");
    expect(report.recipients.map((r) => [r.address, r.status])).toEqual([
      ["r@p351355.pool.example.ne.jp", "5.1.1"],
    ]);
    expect(report.warnings).toEqual([{ code: "forwarded" }]);
  });

  it("tells auto-replies and feedback reports from failures", () => {
    const away = analyze(corpusMail("rfc3834-01.eml"));
    expect(away.kind).toBe("autoreply");
    expect(away.recipients.map((r) => r.address)).toEqual(["kijitora@example.net"]);
    const arf = analyze(corpusMail("arf-17.eml"));
    expect(arf.kind).toBe("feedback");
    expect(arf.recipients.map((r) => r.address)).toEqual([
      "kijitora@example.com",
      "sabatora@example.net",
    ]);
  });

  it("falls back to X-Failed-Recipients and the error line for unknown layouts", () => {
    const report = analyze(
      [
        "From: Mail System <postmaster@mx.example.org>",
        "To: me@example.jp",
        "X-Failed-Recipients: gone@example.net",
        "Subject: Message not delivered",
        "",
        "We could not hand your message over.",
        "",
        "  gone@example.net",
        "    host mx.example.net said: 550 5.1.1 No such user here",
      ].join("\n"),
    );
    expect(report.dialect).not.toBe("none");
    expect(report.recipients.map((r) => [r.address, r.status, r.replyCode])).toEqual([
      ["gone@example.net", "5.1.1", "550"],
    ]);
  });

  it("says not-a-bounce for an ordinary message", () => {
    const report = analyze("From: friend@example.jp\nSubject: Lunch?\n\nAre you free at noon?\n");
    expect(report.kind).toBe("not-a-bounce");
    expect(report.recipients).toEqual([]);
  });
});

// A header value in a charset no decoder knows raises a warning when it is first read; the
// envelope's fields are read before the text is, whichever way the bounce is laid out.
describe("warnings of a bounce with no report part, in the order they were raised", () => {
  const unknownCharsets = [
    "From: =?x-unknown-from?Q?Mail_D=E9livery?= <mailer-daemon@example.org>",
    "Subject: =?x-unknown-subject?Q?Undeliverable_=E9?=",
    "To: a@example.net",
  ];
  const refusal = "Your message to bob@example.com could not be delivered: 550 5.1.1 unknown\n";
  const charsetWarning = (label: string): Warning => ({
    code: "unknown-charset",
    detail: label,
    readAs: "windows-1252",
  });
  const cases: readonly [name: string, body: string, warnings: readonly Warning[]][] = [
    [
      "a text cut for its length",
      refusal.repeat(2000),
      [charsetWarning("x-unknown-subject"), charsetWarning("x-unknown-from"), { code: "text-cut" }],
    ],
    [
      "DSN fields written into the text",
      "Oops.\n\nFinal-Recipient: rfc822; bob@example.com\nAction: =?x-unknown-action?Q?f=E9iled?=\nStatus: 5.1.1\n",
      [
        charsetWarning("x-unknown-subject"),
        charsetWarning("x-unknown-from"),
        charsetWarning("x-unknown-action"),
      ],
    ],
  ];
  it.each(cases)("%s", (_name, body, warnings) => {
    const report = analyze([...unknownCharsets, "", body].join("\n"));
    expect(report.warnings).toEqual(warnings);
  });
});

describe("a report whose layout is known but whose address cannot be read", () => {
  // our own Exim notice for '"john doe"@example.com', whose quoted local part no text reader takes
  const exim = readFileSync(
    join(__dirname, "..", "fixtures", "bounces", "exim-quoted-local-part.eml"),
    "utf8",
  );
  it.each([
    ["sent by the mail system", exim, "failed"],
    ["pasted without headers", exim.slice(exim.indexOf("\n\n") + 2), "failed"],
    [
      "a person's note",
      "From: Aiko <aiko@example.jp>\nSubject: lunch?\n\nAt noon.",
      "not-a-bounce",
    ],
  ])("%s", (_name, text, kind) => {
    const report = analyze(text);
    expect([report.kind, report.recipients]).toEqual([kind, []]);
  });
});

describe("a provider's notice pasted into a person's message, without its headers", () => {
  it.each([
    [
      "Gmail's delay warning",
      "There was a temporary problem delivering your message to ann@example.org. Gmail will retry for 40 more hours.\n\nThe response was:\n421 4.3.0 Temporary System Problem. Try again later.",
      ["delayed", "ann@example.org", true],
    ],
    [
      "Gmail's failure",
      "Your message wasn't delivered to ann@example.org because the address couldn't be found.\n\nThe response from the remote server was:\n550 5.1.1 User unknown",
      ["failed", "ann@example.org", false],
    ],
    [
      "Yahoo's failure",
      "Sorry, we were unable to deliver your message to the following address.\n\n<ann@example.org>:\n550: 5.1.1 User unknown",
      ["failed", "ann@example.org", false],
    ],
  ])("%s", (_name, body, expected) => {
    const report = analyze(
      `From: Bo <bo@example.com>\nSubject: is this right?\n\nI got this:\n\n${body}\n`,
    );
    const r = report.recipients[0];
    expect([report.kind, r?.address, r?.temporary]).toEqual(expected);
  });
});
