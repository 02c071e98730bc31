// Our own bounces (test/fixtures/bounces), one or more per class of failure the engine had on
// bounces it had never seen: the failed-address set exact and in order, each recipient's
// original recipient (an alias's, list's or forward's address; none unless the row names one),
// and where the row names them, each recipient's reason and action.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";

const DIR = join(__dirname, "..", "fixtures", "bounces");

interface Row {
  readonly file: string;
  readonly class: string;
  readonly recipients: readonly {
    address: string;
    reason?: string;
    action?: string;
    /** the address an alias, list or forward sent the message on from (no field: none other) */
    originalRecipient?: string;
  }[];
}

const rows = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Row[];

describe.each([...new Set(rows.map((r) => r.class))])("%s", (cls) => {
  test.each(rows.filter((r) => r.class === cls).map((r) => [r.file, r] as const))(
    "%s",
    (file, row) => {
      const report = analyze(new Uint8Array(readFileSync(join(DIR, file))));
      expect(report.recipients.map((r) => r.address)).toEqual(row.recipients.map((r) => r.address));
      row.recipients.forEach((want, i) => {
        const got = report.recipients[i];
        if (want.reason) expect([want.address, got?.reason]).toEqual([want.address, want.reason]);
        if (want.action) expect([want.address, got?.action]).toEqual([want.address, want.action]);
        const original = got?.originalRecipient;
        const other = original?.toLowerCase() === got?.address.toLowerCase() ? undefined : original;
        expect([want.address, other]).toEqual([want.address, want.originalRecipient]);
      });
    },
  );
});
