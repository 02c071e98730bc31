// Scores answers on the lab set (test/corpus/lab/expected.json), row by row, matching rows by
// address: a notice's count, and for each expected recipient its address, action, status (where
// the refusal carried one), reason and temporary flag. Shared by the suite and scripts/lab/score.ts.
import { analyze } from "../../src/core";

export interface LabRow {
  readonly file: string;
  readonly lhost: string;
  readonly address: string;
  readonly action: string;
  readonly temporary: boolean;
  readonly status: string | null;
  readonly reason: string;
  /** Other right reasons of a delay or expiry row, beside "expired" (its cause). */
  readonly also_accepted?: { readonly reasons?: readonly string[] };
  readonly scenario: string;
  readonly kind: string;
}

/** One recipient as an analyzer answered it; fields a peer does not give are left out. */
export interface Answered {
  readonly address: string;
  readonly status?: string | null;
  readonly reason?: string;
  readonly action?: string;
  readonly temporary?: boolean;
}

/** Our engine's answer to one notice in the rows' form; a recipient without an Action takes the notice's kind. */
export function ourAnswers(raw: Uint8Array): Answered[] {
  const report = analyze(raw);
  return report.recipients.map((r) => ({
    address: r.address,
    status: r.status ?? null,
    reason: r.reason,
    action: r.action ?? (report.kind === "delayed" ? "delayed" : "failed"),
    temporary: r.temporary,
  }));
}

export const FIELDS = ["count", "address", "action", "status", "reason", "temporary"] as const;
export type Field = (typeof FIELDS)[number];

export interface LabScore {
  readonly notices: number;
  readonly rows: number;
  /** Right answers per field (count per notice, the others per row); n per field. */
  readonly ok: Record<Field, number>;
  readonly n: Record<Field, number>;
  /** Rows whose every field (that the analyzer gives) is right. */
  readonly allRight: number;
  /** Notices whose reported address set is exactly the expected one. */
  readonly exactSets: number;
  /** Addresses reported, and of those, expected ones (address precision). */
  readonly reported: number;
  readonly reportedRight: number;
  readonly misses: string[];
}

export function scoreLab(
  expected: readonly LabRow[],
  answers: ReadonlyMap<string, readonly Answered[]>,
): LabScore {
  const byFile = new Map<string, LabRow[]>();
  for (const row of expected) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const n = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: string[] = [];
  let allRight = 0;
  let exactSets = 0;
  let reported = 0;
  let reportedRight = 0;
  for (const [file, rows] of byFile) {
    const got = answers.get(file) ?? [];
    const want = new Set(rows.map((r) => r.address.toLowerCase()));
    const gotSet = new Set(got.map((a) => a.address.toLowerCase()));
    exactSets += Number(gotSet.size === want.size && [...want].every((a) => gotSet.has(a)));
    reported += got.length;
    reportedRight += got.filter((a) => want.has(a.address.toLowerCase())).length;
    const countOk = got.length === rows.length;
    n.count += 1;
    ok.count += Number(countOk);
    for (const row of rows) {
      const g = got.find((a) => a.address.toLowerCase() === row.address);
      const checks: [Field, boolean | undefined][] = [
        ["address", g !== undefined],
        ["action", g?.action === undefined && g ? undefined : g?.action === row.action],
        ["status", row.status === null ? undefined : g?.status === row.status],
        [
          "reason",
          g?.reason === row.reason || (row.also_accepted?.reasons ?? []).includes(g?.reason ?? ""),
        ],
        ["temporary", g?.temporary === undefined && g ? undefined : g?.temporary === row.temporary],
      ];
      const wrong: string[] = countOk ? [] : [`count ${got.length}/${rows.length}`];
      for (const [field, right] of checks) {
        if (right === undefined) continue;
        n[field] += 1;
        ok[field] += Number(right);
        if (!right) wrong.push(field);
      }
      if (wrong.length === 0) allRight += 1;
      else
        misses.push(
          `${file} ${row.address}: ${wrong.join(", ")} (got ${JSON.stringify(g ?? null)}; expected ${row.action} ${row.status ?? "-"} ${row.reason} temporary=${row.temporary})`,
        );
    }
  }
  return {
    notices: byFile.size,
    rows: expected.length,
    ok,
    n,
    allRight,
    exactSets,
    reported,
    reportedRight,
    misses,
  };
}

export const pct = (ok: number, n: number): string =>
  n === 0 ? "n/a" : `${((100 * ok) / n).toFixed(1)}%`;
