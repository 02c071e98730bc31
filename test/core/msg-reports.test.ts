// Reports and forwards saved from Outlook as .msg (test/fixtures/msg, written by make-ndr-msg.ts
// from msg-fixtures.ts): what each says happened, read through msgToEml and the engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import type { BounceKind } from "../../src/core/types";
import { codePageEncoding } from "../../src/msg/code-pages";
import { msgToEml } from "../../src/msg/msg-to-eml";
import { reportAction, statusFromCode } from "../../src/msg/report-facts";

const read = (name: string) =>
  analyze(msgToEml(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "msg", name)))));

const X500 =
  "IMCEAEX-_O=EXCHANGELABS_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=5F2C1E0A9B7D4E2F-JSMITH@contoso.example";

describe("an Outlook .msg report: kind, and each recipient's address, action and status", () => {
  const cases: [file: string, kind: BounceKind, recipients: [string, string, string][]][] = [
    [
      "exchange-ndr.msg",
      "failed",
      [
        ["jon.doe@fabrikam.example", "failed", "5.1.1"],
        ["sales@contoso.exmaple", "failed", "5.4.310"],
      ],
    ],
    ["postfix-via-exchange.msg", "failed", [["kim@fabrikam.example", "failed", "5.1.1"]]],
    ["ansi-sjis-ndr.msg", "failed", [["sato@example.ne.jp", "failed", "5.2.2"]]],
    // a delay notice (REPORT.IPM.Note.Delayed.DR) is no failure
    ["delay-exo.msg", "delayed", [["ops@northwind.example", "delayed", "4.4.2"]]],
    // relay and delivery reports are successes (2.0.0), not undefined failures
    ["relayed.msg", "relayed", [["legal@adatum.example", "relayed", "2.0.0"]]],
    ["delivered.msg", "delivered", [["jon@contoso.example", "delivered", "2.0.0"]]],
    // the last row has only PidTagNonDeliveryReportStatusCode (447)
    [
      "ndr-mixed.msg",
      "failed",
      [
        ["jon.doe@fabrikam.example", "failed", "5.1.10"],
        ["allstaff@fabrikam.example", "failed", "5.7.133"],
        ["sales@tailspin.example", "failed", "4.4.7"],
      ],
    ],
    ["status-only.msg", "failed", [["yuki@example.co.jp", "failed", "5.1.1"]]],
    // a report forwarded as an attachment keeps its recipient table
    ["forward-embedded.msg", "failed", [["mei@litware.example", "failed", "5.2.2"]]],
    ["note-with-eml.msg", "failed", [["li@wingtip.example", "failed", "5.3.4"]]],
    // an EX row with no SMTP address, encapsulated as Exchange does
    ["x500-ndr.msg", "failed", [[X500, "failed", "5.1.1"]]],
    // a not-read notification is a report, but not about delivery
    ["not-read.msg", "not-a-bounce", []],
    // the delivery-status part kept as a file with no MIME tag
    ["imap-gmail-ndr.msg", "failed", [["ana@fourthcoffee.example", "failed", "5.1.1"]]],
  ];
  test.each(cases)("%s", (file, kind, recipients) => {
    const report = read(file);
    expect([report.kind, report.recipients.map((r) => [r.address, r.action, r.status])]).toEqual([
      kind,
      recipients,
    ]);
  });

  test("a non-Unicode .msg is read in its code page (932: Shift_JIS)", () => {
    const eml = msgToEml(
      new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "msg", "ansi-sjis-ndr.msg"))),
    );
    expect(eml).toContain("Subject: 配信不能: 見積書の送付\r\n");
    expect(eml).toContain("受信者のメールボックスがいっぱいです。");
  });

  test.each([
    // PidTagHtml as bytes, in the message's charset (PidTagInternetCodepage 65001)
    ["ndr-mixed.msg", "Delivery has failed to these recipients or groups:"],
    // no body: PidTagReportText
    ["status-only.msg", "Your message did not reach some or all of the intended recipients."],
  ])("%s keeps its text when it has no plain body", (file, words) => {
    const eml = msgToEml(
      new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "msg", file))),
    );
    expect(eml).toContain(words);
  });

  test("a Reporting-MTA MAPI kept with its type is not typed twice", () => {
    expect(read("postfix-via-exchange.msg").reportingMta).toBe("mx1.fabrikam.example");
  });

  test("an EX address is told as a stale X.500 entry", () => {
    const [recipient] = diagnose(read("x500-ndr.msg")).recipients;
    expect(recipient?.explanation.addressHints.map((h) => h.kind)).toEqual([
      "x500-address",
      "stale-autocomplete",
    ]);
  });
});

describe("report classes and NDR codes", () => {
  test.each([
    ["REPORT.IPM.Note.NDR", "failed"],
    ["Report.IPM.Note.NDR", "failed"],
    ["REPORT.IPM.Note.Delayed.DR", "delayed"],
    ["REPORT.IPM.Note.Delayed", "delayed"],
    ["REPORT.IPM.Note.Relayed.DR", "relayed"],
    ["REPORT.IPM.Note.Expanded.DR", "expanded"],
    ["REPORT.IPM.Note.DR", "delivered"],
    ["REPORT.IPM.Schedule.Meeting.Request.NDR", "failed"],
    ["REPORT.IPM.Note.IPNRN", undefined],
    ["REPORT.IPM.Note.IPNNRN", undefined],
    ["IPM.Note", undefined],
  ])("%s -> %s", (messageClass, action) => {
    expect(reportAction(messageClass)).toBe(action);
  });

  test.each([
    [511, "5.1.1"],
    [522, "5.2.2"],
    [447, "4.4.7"],
    [540, "5.4.0"],
    [200, "2.0.0"],
    [0, undefined],
    [-1, undefined],
    [699, undefined],
    ["511", undefined],
  ])("status code %p -> %p", (code, status) => {
    expect(statusFromCode(code)).toBe(status);
  });

  test.each([
    [932, "shift_jis"],
    [1252, "windows-1252"],
    [65001, "utf-8"],
    [50220, undefined],
    [undefined, undefined],
  ])("code page %p -> %p", (codePage, encoding) => {
    expect(codePageEncoding(codePage)).toBe(encoding);
  });
});
