import { analyze, diagnose, type Diagnosis } from "../../src/core";
import type { Origin } from "../../src/cli/format";
import { items } from "../../src/cli/inputs";
import { writeJsonLine } from "../../src/cli/json-line";
import { unquoteFromLines } from "../../src/cli/mbox";
import { Utf8Builder } from "../../src/cli/utf8";
import { isCompoundFile } from "../../src/msg/compound-file";
import { msgToEml } from "../../src/msg/msg-to-eml";
import { join } from "node:path";

/** The line as JSON.stringify writes it: what the writer must match byte for byte. */
function reference(origin: Origin, d: Diagnosis): string {
  const line = JSON.stringify({
    file: origin.file,
    ...(origin.message !== undefined ? { message: origin.message } : {}),
    kind: d.kind,
    dialect: d.dialect,
    generatingServer: d.generatingServer ?? null,
    subject: d.subject ?? null,
    original: d.original ?? null,
    recipients: d.recipients.map((r) => ({
      address: r.address,
      action: r.action ?? null,
      status: r.status ?? null,
      replyCode: r.replyCode ?? null,
      reason: r.reason,
      temporary: r.temporary,
      diagnostic: r.diagnostic ?? null,
      remoteServer: r.remoteServer ?? null,
      command: r.command ?? null,
      evidence: r.evidence,
      explanation: r.explanation,
    })),
    warnings: d.warnings,
  });
  return line + "\n";
}

function written(origin: Origin, d: Diagnosis): string {
  // A small start, so that the output grows while it is written.
  const out = new Utf8Builder(16);
  writeJsonLine(out, origin, d);
  return Buffer.from(out.bytes()).toString("utf8");
}

const ROOT = join(__dirname, "..", "..");

/** Every test bounce the command reads (mbox messages one by one), diagnosed. */
const cases: [string, Origin, Diagnosis][] = [];
for (const item of items([join(ROOT, "test", "corpus"), join(ROOT, "test", "fixtures")])) {
  if (item.bytes === undefined) continue;
  const input =
    item.message !== undefined
      ? unquoteFromLines(item.bytes)
      : isCompoundFile(item.bytes)
        ? msgToEml(item.bytes)
        : item.bytes;
  let d: Diagnosis;
  try {
    d = diagnose(analyze(input));
  } catch {
    continue; // not a message the command answers
  }
  const origin: Origin = item.message === undefined ? { file: item.file } : item;
  const name = item.file.slice(ROOT.length + 1) + (item.message ? ` #${item.message}` : "");
  cases.push([name, origin, d]);
}

describe("the JSON line", () => {
  it("covers the test bounces, mbox messages among them", () => {
    expect(cases.length).toBeGreaterThan(900);
    expect(cases.some(([, origin]) => origin.message !== undefined)).toBe(true);
  });

  it.each(cases)("is JSON.stringify's, byte for byte: %s", (_name, origin, d) => {
    expect(written(origin, d)).toBe(reference(origin, d));
  });

  const [, , sample] = cases.find(([, , d]) => d.recipients.length > 0) as (typeof cases)[number];
  const first = sample.recipients[0] as Diagnosis["recipients"][number];
  const odd = 'quote " backslash \\ tab \t nul \u0000 lone \ud800 kana カナ emoji 😀 \u2028';
  const filled = { en: `filled ${odd}`, ja: `埋めた ${odd}` };
  it.each<[string, Diagnosis]>([
    ["no recipients", { ...sample, recipients: [], warnings: [odd] }],
    [
      "strings JSON escapes, and texts of its own",
      {
        ...sample,
        subject: odd,
        recipients: [
          {
            ...first,
            address: odd,
            diagnostic: odd,
            evidence: [{ fact: "diagnostic", source: "body", text: odd }],
            explanation: { ...first.explanation, title: odd, summary: filled, fix: [filled] },
          },
          { ...first, explanation: { ...first.explanation, fix: [], adminFix: [] } },
        ],
      },
    ],
  ])("is JSON.stringify's for %s", (_name, d) => {
    for (const origin of [{ file: odd }, { file: "box.mbox", message: 3 }]) {
      expect(written(origin, d)).toBe(reference(origin, d));
    }
  });
});
