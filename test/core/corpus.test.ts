// Every corpus email against its expected rows, scored as test/corpus/sisimai/score.py scores:
// recipient count per email, status where the email carries it, reason on every row, a row's
// also_accepted answer counting too. The development corpus must reach the figures the product
// promises; a failure lists each mismatch.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { CORPUS_DIR } from "./corpus-files";

interface ExpectedRow {
  readonly file: string;
  readonly lhost: string;
  readonly status: string | null;
  readonly status_in_email: boolean | null;
  readonly reason: string;
  readonly also_accepted?: { readonly status?: string; readonly reason?: string };
}

interface Tally {
  emails: number;
  countOk: number;
  statusN: number;
  statusOk: number;
  reasonN: number;
  reasonOk: number;
}

const THRESHOLDS = { count: 97, status: 96, reason: 92 } as const;
const MICROSOFT_THRESHOLD = 95;

const isMicrosoft = (lhost: string): boolean => /exchange|office365|outlook|microsoft/i.test(lhost);
const pct = (ok: number, n: number): number => (n === 0 ? 100 : (100 * ok) / n);

function score(dir: string): { all: Tally; microsoft: Tally; mismatches: string[] } {
  const rows = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as ExpectedRow[];
  const byFile = new Map<string, ExpectedRow[]>();
  for (const row of rows) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
  const blank = (): Tally => ({
    emails: 0,
    countOk: 0,
    statusN: 0,
    statusOk: 0,
    reasonN: 0,
    reasonOk: 0,
  });
  const all = blank();
  const microsoft = blank();
  const mismatches: string[] = [];
  for (const [file, expected] of byFile) {
    const got = analyze(new Uint8Array(readFileSync(join(dir, file)))).recipients;
    const tallies = isMicrosoft(expected[0]?.lhost ?? "") ? [all, microsoft] : [all];
    const problems: string[] = [];
    if (got.length !== expected.length) problems.push(`count ${got.length}/${expected.length}`);
    expected.forEach((e, i) => {
      const g = got[i];
      const statusOk =
        !e.status_in_email || [e.status, e.also_accepted?.status].includes(g?.status ?? "");
      const reasonOk = [e.reason, e.also_accepted?.reason].includes(g?.reason ?? "");
      if (!statusOk) problems.push(`#${i + 1} status ${g?.status ?? "-"}/${e.status ?? "-"}`);
      if (!reasonOk) problems.push(`#${i + 1} reason ${g?.reason ?? "-"}/${e.reason}`);
      for (const t of tallies) {
        if (e.status_in_email) {
          t.statusN += 1;
          t.statusOk += Number(statusOk);
        }
        t.reasonN += 1;
        t.reasonOk += Number(reasonOk);
      }
    });
    for (const t of tallies) {
      t.emails += 1;
      t.countOk += Number(got.length === expected.length);
    }
    if (problems.length > 0)
      mismatches.push(`${file} [${expected[0]?.lhost}] ${problems.join(", ")} (got/expected)`);
  }
  return { all, microsoft, mismatches };
}

function figures(t: Tally): { count: number; status: number; reason: number } {
  return {
    count: pct(t.countOk, t.emails),
    status: pct(t.statusOk, t.statusN),
    reason: pct(t.reasonOk, t.reasonN),
  };
}

describe("Sisimai development corpus", () => {
  it(`reaches count >= ${THRESHOLDS.count}%, status >= ${THRESHOLDS.status}%, reason >= ${THRESHOLDS.reason}%, Microsoft >= ${MICROSOFT_THRESHOLD}% on each`, () => {
    const { all, microsoft, mismatches } = score(CORPUS_DIR);
    const overall = figures(all);
    const ms = figures(microsoft);
    const short = [
      ...(["count", "status", "reason"] as const)
        .filter((k) => overall[k] < THRESHOLDS[k])
        .map((k) => `${k} ${overall[k].toFixed(1)}% < ${THRESHOLDS[k]}%`),
      ...(["count", "status", "reason"] as const)
        .filter((k) => ms[k] < MICROSOFT_THRESHOLD)
        .map((k) => `microsoft ${k} ${ms[k].toFixed(1)}% < ${MICROSOFT_THRESHOLD}%`),
    ];
    const summary = (name: string, t: Tally, f: ReturnType<typeof figures>): string =>
      `${name}: emails=${t.emails} count=${f.count.toFixed(1)}% status=${f.status.toFixed(1)}% (n=${t.statusN}) reason=${f.reason.toFixed(1)}% (n=${t.reasonN})`;
    if (short.length > 0) {
      throw new Error(
        [
          `Below target: ${short.join("; ")}`,
          summary("all", all, overall),
          summary("microsoft", microsoft, ms),
          "Mismatches:",
          ...mismatches,
        ].join("\n"),
      );
    }
    expect(all.emails).toBe(312);
  });
});
