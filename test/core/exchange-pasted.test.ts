// Exchange NDRs as people paste them (the seventeenth words round), each rebuilt as a whole bounce
// of our own around the pasted diagnostic words (test/fixtures/exchange-pasted, the source of each
// in its expected.json): the failed or delayed recipients exact and in order, and for each its
// action and the meaning, owner and temporary flag the report gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import type { Owner } from "../../src/core/types";

const DIR = join(__dirname, "..", "fixtures", "exchange-pasted");

interface Row {
  readonly file: string;
  readonly source: string;
  readonly recipients: readonly {
    readonly address: string;
    readonly action: string;
    readonly id: string;
    readonly owner: Owner;
    readonly temporary: boolean;
  }[];
}

const rows = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Row[];

test.each(rows.map((row) => [row.file, row] as const))("%s", (file, row) => {
  const { recipients } = diagnose(analyze(new Uint8Array(readFileSync(join(DIR, file)))));
  expect(
    recipients.map((r) => ({
      address: r.address,
      action: r.action,
      id: r.explanation.id,
      owner: r.explanation.owner,
      temporary: r.explanation.temporary,
    })),
  ).toEqual(row.recipients);
});
