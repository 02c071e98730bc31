// Delay warnings against final reports, on our own fixtures written from the MTAs' templates
// (test/fixtures/mta-classes): a notice that delivery is still being tried is "delayed" and
// temporary whatever codes it quotes; a report that the server gave up is final, and the
// report's own fields outrank transcript lines about other attempts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type BounceReport } from "../../src/core";
import { readBounceSource } from "../../src/core/source";

const DIR = join(__dirname, "..", "fixtures", "mta-classes");

type Row = readonly [
  address: string,
  action: string | null,
  status: string | null,
  temporary: boolean,
];
type Case = readonly [file: string, kind: string, recipients: readonly Row[]];

const delayWarnings: readonly Case[] = [
  ["postfix-delay-dsn.eml", "delayed", [["bob@example.org", "delayed", "4.2.2", true]]],
  // a 5.x.x the remote server gave one attempt does not end the retries
  ["postfix-delay-text.eml", "delayed", [["dave@example.org", "delayed", "5.7.1", true]]],
  ["exim-warning-text.eml", "delayed", [["erin@example.org", "delayed", "4.7.1", true]]],
  [
    "exim-warning-5xx-text.eml",
    "delayed",
    [
      ["frank@example.org", "delayed", "5.7.1", true],
      ["grace@example.com", "delayed", null, true],
    ],
  ],
  ["exim-warning-dsn.eml", "delayed", [["heidi@example.org", "delayed", "4.2.2", true]]],
  ["sendmail-warning-dsn.eml", "delayed", [["ivan@example.org", "delayed", "4.4.1", true]]],
  ["sendmail-warning-text.eml", "delayed", [["judy@example.org", "delayed", "5.2.2", true]]],
  ["opensmtpd-warning.eml", "delayed", [["mallory@example.org", "delayed", "4.7.0", true]]],
  ["courier-delay.eml", "delayed", [["oscar@example.org", "delayed", "4.2.2", true]]],
  ["exchange2003-delay.eml", "delayed", [["peggy@example.org", "delayed", "4.4.7", true]]],
  ["gmail-delay.eml", "delayed", [["trent@example.org", "delayed", "4.4.2", true]]],
  ["generic-postponed.eml", "delayed", [["victor@example.jp", "delayed", null, true]]],
];

const finalReports: readonly Case[] = [
  // DSN Action: failed, Status: 5.0.0; the transcript's 451 4.4.1 is about another MX
  [
    "sendmail-failed-5xx-other-mx.eml",
    "failed",
    [["walter@example.org", "failed", "5.1.1", false]],
  ],
  // qmail's "(#4.4.2) ... I'm not going to try again": returned, not retried
  ["qmail-expired.eml", "failed", [["xavier@example.org", null, "4.4.2", false]]],
  // Postfix returns the message at the end of the queue lifetime with the last 4.x.x
  ["postfix-expired-dsn.eml", "failed", [["yvonne@example.org", "failed", "4.4.1", false]]],
  // OpenSMTPD 6.8 (the bounce lab) returns an expired message in its delay template, "Action:
  // delayed", "defer@lab.test: Envelope expired": the message has left its queue
  ["opensmtpd-expired-lab.eml", "failed", [["defer@lab.test", "failed", "4.4.7", false]]],
  // nullmailer 2.2 (the bounce lab) past its queuelifetime: nullmailer-dsn's delay template
  // ("Action: delayed", "A final delivery status notification will be generated ..."), written as
  // the message moves to its failed queue; nullmailer sends no delay warnings
  [
    "nullmailer-expired-lab.eml",
    "failed",
    [["gmail-rcptrate@gmail.lab.test", "failed", "4.2.1", false]],
  ],
];

function rowsOf(report: BounceReport): Row[] {
  return report.recipients.map((r) => [r.address, r.action ?? null, r.status ?? null, r.temporary]);
}

function read(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, file)));
}

describe.each([
  ["delay warnings", delayWarnings],
  ["final reports", finalReports],
])("%s", (_name, cases) => {
  test.each(cases)("%s", (file, kind, rows) => {
    const report = analyze(read(file));
    expect(report.kind).toBe(kind);
    expect(rowsOf(report)).toEqual(rows);
  });

  // What Office.js hands over for an item it opens: the text and the subject, no report part.
  test.each(cases)(
    "%s: the same kind and temporary flag from its text alone",
    (file, kind, rows) => {
      const src = readBounceSource(read(file));
      const report = analyze({
        body: src.text,
        bodyType: "text",
        subject: src.subject,
        from: src.from,
      });
      expect(report.kind).toBe(kind);
      expect(report.recipients.map((r) => [r.address, r.temporary])).toEqual(
        rows.map(([address, , , temporary]) => [address, temporary]),
      );
    },
  );
});
