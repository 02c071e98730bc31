// Every temporary meaning of the catalog, and a meaning told as a notice tells it: the tables the
// given-up and delay-warning rules (given-up-waiting.test.ts, delay-warning-words.test.ts) hold
// every such meaning to.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { CATALOG } from "../../src/core/catalog/index";
import { PROVIDER_CATALOGS } from "../../src/core/catalog/providers/index";
import { rowsOf } from "../../src/core/catalog/providers/rows";
import type { CatalogEntry } from "../../src/core/catalog/types";
import { explainAs, readRecipient } from "../../src/core/diagnosis/diagnose";
import type { Explanation } from "../../src/core/types";
import { bounce } from "./dsn-bounce";

/** The catalog's and the provider tables' meanings, one per id. */
export const MEANINGS: readonly CatalogEntry[] = [
  ...new Map(
    [
      ...CATALOG,
      ...PROVIDER_CATALOGS.flatMap((table) => rowsOf(table).map((row) => row.entry)),
    ].map((entry) => [entry.id, entry] as const),
  ).values(),
];

/** Of them, the temporary meanings. */
export const TEMPORARY: readonly CatalogEntry[] = MEANINGS.filter((entry) => entry.temporary);

/** The entry as a notice tells it: a Postfix-style DSN quoting a 4xx reply, failed or delayed. */
export function toldAs(entry: CatalogEntry, action: "failed" | "delayed"): Explanation {
  const status = /^4\.\d{1,3}\.\d{1,3}$/.test(entry.code) ? entry.code : "4.0.0";
  const report = analyze(
    bounce({
      failed: "kim@fabrikam.example",
      action,
      status,
      diagnostic: `451 ${status} Try again later`,
    }),
  );
  const recipient = report.recipients[0];
  if (recipient === undefined) throw new Error("no recipient");
  return explainAs(report, recipient, readRecipient(report, recipient), {
    entry,
    confidence: "code",
  });
}

/** The first recipient's explanation of a test bounce under `test/corpus` (a lab notice, say). */
export function explainedFile(file: string): Explanation {
  const raw = new Uint8Array(readFileSync(join(__dirname, "..", "corpus", file)));
  const e = diagnose(analyze(raw)).recipients[0]?.explanation;
  if (e === undefined) throw new Error(`no recipient in ${file}`);
  return e;
}
