// Every bounce and delay warning of the bounce lab (test/corpus/lab, made by real mail servers by
// `npm run lab`) against the truth the lab caused: all fields right for at least 99% of rows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { pct, scoreLab, type Answered, type LabRow } from "../../scripts/lab/scoring";

const LAB_DIR = join(__dirname, "..", "corpus", "lab");
const expected = JSON.parse(readFileSync(join(LAB_DIR, "expected.json"), "utf8")) as LabRow[];

function ours(file: string): Answered[] {
  const report = analyze(new Uint8Array(readFileSync(join(LAB_DIR, file))));
  return report.recipients.map((r) => ({
    address: r.address,
    status: r.status ?? null,
    reason: r.reason,
    action: r.action ?? (report.kind === "delayed" ? "delayed" : "failed"),
    temporary: r.temporary,
  }));
}

describe("bounce lab set", () => {
  const files = [...new Set(expected.map((r) => r.file))];
  const score = scoreLab(expected, new Map(files.map((f) => [f, ours(f)])));

  it("holds at least 150 notices from at least 4 servers", () => {
    expect(score.notices).toBeGreaterThanOrEqual(150);
    expect(new Set(expected.map((r) => r.lhost)).size).toBeGreaterThanOrEqual(4);
  });

  it("gets every field right for at least 99% of rows", () => {
    const summary = `all fields right ${pct(score.allRight, score.rows)} of ${score.rows} rows`;
    if (score.allRight < 0.99 * score.rows) throw new Error([summary, ...score.misses].join("\n"));
    expect(score.allRight).toBeGreaterThanOrEqual(0.99 * score.rows);
  });
});
