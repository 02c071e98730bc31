// Reports the engine must recognise as bounces, on our own fixtures (test/fixtures/mta-classes):
// plain-text notices of mailer daemons and filters, and bounces forwarded by people (Outlook
// users forward a bounce to themselves to open it in the add-in), attached, nested or inline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type BounceReport } from "../../src/core";

const DIR = join(__dirname, "..", "fixtures", "mta-classes");

type Row = readonly [address: string, status: string | null, temporary: boolean];
type Case = readonly [file: string, kind: string, forwarded: boolean, recipients: readonly Row[]];

const cases: readonly Case[] = [
  ["plain-non-delivery-report.eml", "failed", false, [["zoe@example.com", "5.1.1", false]]],
  // "has NOT been delivered" above an address alone on its line
  ["plain-address-wrong.eml", "failed", false, [["quentin@isp.example.jp", null, false]]],
  // Auto-Submitted like an auto-reply, but a filter's notice about the recipient it stopped
  ["filter-notice.eml", "failed", false, [["rupert@example.org", null, false]]],
  // forwarded from a shared postmaster mailbox: the envelope's sender looks like a daemon's
  ["forwarded-by-postmaster.eml", "failed", true, [["sybil@example.org", "5.1.1", false]]],
  // a forward of a forward: the bounce two attached messages down
  ["forwarded-twice.eml", "failed", true, [["uma@example.org", "5.2.1", false]]],
  // forwarded inline by Outlook: the bounce's text under the forward's header lines
  ["forwarded-inline.eml", "failed", false, [["tina@example.org", "5.2.2", false]]],
];

function rowsOf(report: BounceReport): Row[] {
  return report.recipients.map((r) => [r.address, r.status ?? null, r.temporary]);
}

const forwardNote = (report: BounceReport): boolean =>
  report.warnings.some((w) => w.code === "forwarded");

test.each(cases)("%s", (file, kind, forwarded, rows) => {
  const report = analyze(new Uint8Array(readFileSync(join(DIR, file))));
  expect(report.kind).toBe(kind);
  expect(rowsOf(report)).toEqual(rows);
  expect(forwardNote(report)).toBe(forwarded);
});

test("a forward of a forward handed over in parts (Office.js: body and attached message)", () => {
  const raw = readFileSync(join(DIR, "forwarded-twice.eml"), "latin1");
  const attached = raw.slice(raw.indexOf("From: Alice"), raw.lastIndexOf("--lvl-1--"));
  const report = analyze({
    body: "Can you look at this? It bounced for Alice.",
    bodyType: "text",
    subject: "FW: FW: Delivery Status Notification (Failure)",
    attachments: [{ name: "FW.eml", contentType: "message/rfc822", content: attached }],
  });
  expect(report.kind).toBe("failed");
  expect(rowsOf(report)).toEqual([["uma@example.org", "5.2.1", false]]);
});

test("an auto-reply whose subject says nothing was stopped stays an auto-reply", () => {
  const report = analyze(
    [
      "From: Bob <bob@example.org>",
      "To: alice@example.net",
      "Subject: Away until Monday",
      "Auto-Submitted: auto-replied",
      "",
      "I am unavailable until Monday; for urgent matters write to carol@example.org.",
    ].join("\n"),
  );
  expect(report.kind).toBe("autoreply");
  expect(report.recipients.map((r) => r.address)).toEqual(["bob@example.org"]);
});
