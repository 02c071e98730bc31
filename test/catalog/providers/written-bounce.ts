// What the whole-bounce tests of the receiver and operator tables share: the sender and IP their
// bounces name, and the check that a refusal shows its table's meaning, not the registry's.
import { analyze, diagnose, lookupCode } from "../../../src/core";
import type { Explanation } from "../../../src/core/types";

export const SENDER = "sam@example.com";
export const IP = "198.51.100.23";

export function explain(raw: string): Explanation | undefined {
  return diagnose(analyze(raw)).recipients[0]?.explanation;
}

export interface TableMeaning {
  readonly status: string;
  readonly id: string;
  readonly owner: Explanation["owner"];
  /** A word the summary or cause names (the operator, the IP, the cause). */
  readonly fact: string;
  readonly temporary?: boolean;
}

/** The bounce is explained by the table's entry, with its owner, and not by the code's registry meaning. */
export function expectTableMeaning(raw: string, want: TableMeaning): void {
  const e = explain(raw);
  expect(e?.id).toBe(want.id);
  expect(e?.owner).toBe(want.owner);
  if (want.temporary !== undefined) expect(e?.temporary).toBe(want.temporary);
  expect(e?.source).toBe("provider");
  expect(want.id.startsWith(`${e?.provider?.id ?? "?"}-`)).toBe(true);
  const registry = lookupCode(want.status).find((entry) => entry.source === "iana");
  expect(registry).toBeDefined();
  expect(e?.id).not.toBe(registry?.id);
  expect(e?.summary.en).not.toBe(registry?.summary.en);
  expect(`${e?.summary.en ?? ""} ${e?.cause.en ?? ""}`).toContain(want.fact);
}
