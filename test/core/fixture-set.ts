// A fixture set of notices we wrote (test/fixtures/<set>): each notice's rows against the truth
// written before the engine saw them (expected.json, the lab's form), less the rows the set's test
// lists as open, each with the fields the engine answers otherwise and why.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ourAnswers, scoreLab, type LabRow } from "../../scripts/lab/scoring";
import { analyze } from "../../src/core";

/** Rows the engine answers otherwise, by "file address": the fields it misses, and why. */
export type Open = Readonly<
  Record<string, { readonly fields: readonly string[]; readonly why: string }>
>;

export interface FixtureSet {
  readonly dir: string;
  readonly expected: readonly LabRow[];
  /** The set's notices, once each, in the truth's order. */
  readonly files: readonly string[];
}

export function fixtureSet(name: string): FixtureSet {
  const dir = join(__dirname, "..", "fixtures", name);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as LabRow[];
  return { dir, expected, files: [...new Set(expected.map((r) => r.file))] };
}

/** A miss is open when its row is listed and every field it names is one listed. */
function isOpen(open: Open, miss: string): boolean {
  return Object.entries(open).some(([key, { fields }]) => {
    if (!miss.startsWith(`${key}: `)) return false;
    const [wrong = ""] = miss.slice(key.length + 2).split(" (got");
    // "count 0/1, address, action": each part's first word is the field
    return wrong.split(", ").every((w) => fields.includes(w.split(" ")[0] ?? w));
  });
}

/** What the engine answers otherwise for one notice of the set, open rows left out. */
export function missesOf(set: FixtureSet, file: string, open: Open): string[] {
  const rows = set.expected.filter((r) => r.file === file);
  const answers = ourAnswers(new Uint8Array(readFileSync(join(set.dir, file))));
  return scoreLab(rows, new Map([[file, answers]])).misses.filter((m) => !isOpen(open, m));
}

/** Open rows the engine now answers in full: a row fixed since it was listed. */
function fixedOpenRows(set: FixtureSet, open: Open): string[] {
  const keys = Object.keys(open);
  const files = [...new Set(keys.map((k) => k.slice(0, k.indexOf(" "))))];
  const missed = files.flatMap((file) => missesOf(set, file, {}));
  return keys.filter((key) => !missed.some((m) => m.startsWith(`${key}: `)));
}

/** The set's tests: it holds at least `atLeast` notices, each answers its truth, and each row
 * listed open is still missed (a fixed row leaves the list, so the list stays a measure). */
export function testFixtureSet(set: FixtureSet, open: Open, atLeast: number): void {
  test(`the set holds at least ${atLeast} notices`, () => {
    expect(set.files.length).toBeGreaterThanOrEqual(atLeast);
  });
  test.each(set.files)("%s", (file) => {
    expect(missesOf(set, file, open)).toEqual([]);
  });
  test("every row listed open is still missed", () => {
    expect(fixedOpenRows(set, open)).toEqual([]);
  });
}

/** A message's recipients as address, status and reason, for the sets' plain cases. */
export type Row = readonly [address: string, status: string | null, reason: string];

export const rows = (message: string): Row[] =>
  analyze(message).recipients.map((r) => [r.address, r.status ?? null, r.reason]);
