// analyze() must never throw and never hang: arbitrary strings and bytes, truncated and damaged
// real bounces, and inputs built to be huge or deep. The guard in analyze() would turn a throw
// into a warning, so each case also checks that no such warning was needed.
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { isMailbox } from "../../src/core/mailbox";
import type { AnalyzeInput, BounceReport } from "../../src/core";
import { CORPUS_DIR, corpusMail } from "./corpus-files";

// Generous: the corpus pass runs analyze() some 3,000 times on a shared machine; nothing here is timed.
jest.setTimeout(120_000);

/** Reported addresses that are no mailbox (an empty address is "no address", allowed). */
function notMailboxes(report: BounceReport): string[] {
  return report.recipients
    .flatMap((r) => [r.address, r.originalRecipient ?? ""])
    .filter((a) => a !== "" && !isMailbox(a));
}

function analyzeCleanly(input: AnalyzeInput): BounceReport {
  const report = analyze(input);
  expect(report.warnings.filter((w) => w.code === "not-analysed")).toEqual([]);
  expect(notMailboxes(report)).toEqual([]);
  return report;
}

/** Bytes from a fixed-seed generator, so a failure reproduces. */
function noise(length: number, seed: number): Uint8Array {
  let state = seed;
  return new Uint8Array(length).map(() => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  });
}

const corpus = readdirSync(join(CORPUS_DIR, "maildir", "bsd")).filter((f) => f.endsWith(".eml"));

describe("robustness", () => {
  it("handles arbitrary strings, Unicode and bytes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => void analyzeCleanly(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 500 }), (s) => void analyzeCleanly(s)),
      {
        numRuns: 200,
      },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (b) => void analyzeCleanly(b)),
      { numRuns: 300 },
    );
  });

  it("handles strings made of mail syntax in any order", () => {
    const token = fc.constantFrom(
      "\n",
      "\r\n",
      "\r",
      " ",
      ":",
      ";",
      "--",
      "--b",
      "--b--",
      "=?",
      "?=",
      "=?utf-8?B?",
      "=?x?Q?=",
      "Content-Type: multipart/report; boundary=b",
      "Content-Type: message/delivery-status",
      "Content-Type: message/rfc822",
      "Content-Transfer-Encoding: base64",
      "Final-Recipient: rfc822; ",
      "Status: 5.1.1",
      "Action: failed",
      "a@b.c",
      "<",
      ">",
      "550 ",
      "5.0.0",
      "\x1b$B",
      "+AGE-",
      "&#x",
      "<p",
      "charset*0*=utf-8''%",
      "Received: from x by y; ",
      "From: MAILER-DAEMON@x",
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 300 }),
        (parts) => void analyzeCleanly(parts.join("")),
      ),
      {
        numRuns: 400,
      },
    );
  });

  it("handles every corpus bounce truncated, and with bytes damaged", () => {
    for (const name of corpus) {
      const bytes = corpusMail(name);
      for (const cut of [
        0,
        1,
        Math.floor(bytes.length / 3),
        Math.floor(bytes.length / 2),
        bytes.length - 1,
      ]) {
        analyzeCleanly(bytes.subarray(0, cut));
      }
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        (name, edits) => {
          const bytes = corpusMail(name).slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          analyzeCleanly(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("handles bounce parts with odd attachments", () => {
    analyzeCleanly({ body: "" });
    analyzeCleanly({
      body: "<p",
      bodyType: "html",
      headers: ":\n \n",
      attachments: [{ content: new Uint8Array([0, 255]) }],
    });
    analyzeCleanly({
      body: "x",
      attachments: [{ name: "a.eml", contentType: "message/rfc822", content: "" }],
    });
  });

  it("handles empty and binary input", () => {
    expect(analyzeCleanly("").kind).toBe("not-a-bounce");
    expect(analyzeCleanly(new Uint8Array(0)).kind).toBe("not-a-bounce");
    const noise = new Uint8Array(1 << 20).map((_, i) => (i * 2654435761) >>> 24);
    analyzeCleanly(noise);
  });

  it("handles a 20 MB message by reading its first part, and says so", () => {
    const head =
      "From: MAILER-DAEMON@x.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n<a@example.net>: 550 5.1.1 unknown\n--b\nContent-Type: message/rfc822\n\nSubject: big\n\n";
    const report = analyzeCleanly(head + "x".repeat(20 * 1024 * 1024));
    expect(report.warnings).toContainEqual({ code: "input-cut" });
  });

  it("handles 10,000 nested parts and 10,000 sibling parts", () => {
    let nested = "deep";
    for (let i = 0; i < 10000; i++)
      nested = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${nested}\n--n${i}--\n`;
    expect(analyzeCleanly(nested).warnings).toContainEqual({ code: "parts-too-deep" });
    const siblings =
      "Content-Type: multipart/mixed; boundary=s\n\n" +
      "--s\nContent-Type: text/plain\n\nx\n".repeat(10000) +
      "--s--\n";
    expect(analyzeCleanly(siblings).warnings).toContainEqual({ code: "too-many-parts" });
  });

  it("finds no recipient in random bytes, however many '@' they hold", () => {
    for (const seed of [2, 3]) {
      const report = analyzeCleanly(noise(2 << 20, seed));
      expect(report.recipients).toEqual([]);
    }
  });

  it("handles a 1 MB line, in the text, in a header and in HTML", () => {
    const line = "a".repeat(1 << 20);
    analyzeCleanly(`From: x@y\nSubject: ${line}\n\n${line}\n`);
    analyzeCleanly(`Content-Type: text/html\n\n${"<a".repeat(1 << 19)}`);
    analyzeCleanly(`Content-Type: multipart/mixed; boundary=b\n\n${"--b".repeat(1 << 18)}`);
    analyzeCleanly(`Subject: ${"=?utf-8?B?".repeat(1 << 17)}\n\n${"5.5.5.5.".repeat(1 << 17)}`);
    analyzeCleanly(`\n${"a@b.c ".repeat(1 << 17)}\n550 5.1.1 failed`);
  });
});
