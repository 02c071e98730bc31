// The actions only the JSON carries, against the entry's own steps (the JSON-only actions audit,
// REVIEW.md "Actions audit"): "contact the recipient" only beside a step that reaches the
// recipient (or the group's owner), "split the recipients" only beside a step that sends to fewer
// at a time, "check SPF, DKIM and DMARC" only beside a step that names them. Each failed on main
// before the audit.
import { CATALOG, type CatalogEntry } from "../../src/core/catalog/index";
import type { ActionId } from "../../src/core/types";

const ids = (entries: readonly CatalogEntry[]): string[] => [...new Set(entries.map((e) => e.id))];

/** [action, the words a step of the entry (the sender's or the admin's) must have, English and Japanese]. */
type Rule = readonly [ActionId, RegExp, RegExp];

const RULES: readonly Rule[] = [
  [
    "contact-recipient",
    /recipient|another (way|route)|owner|phone|reach them|them personally/i,
    /受信者|相手|所有者|オーナー|持ち主|宛先|別の手段|先方/,
  ],
  [
    "split-recipients",
    /fewer|smaller groups|split|batch|at a time|per recipient/i,
    /減ら|分け|分割|ずつ|1 通/,
  ],
  ["check-spf-dkim-dmarc", /SPF|DKIM|DMARC|authenticat/i, /SPF|DKIM|DMARC|認証/],
];

describe.each(RULES)("an entry offering %s", (action, en, ja) => {
  it("has a step that says the same, in both languages", () => {
    const steps = (e: CatalogEntry) => [...e.fix, ...e.adminFix];
    const offTopic = CATALOG.filter((e) => e.actions.includes(action)).filter(
      (e) => !steps(e).some((s) => en.test(s.en)) || !steps(e).some((s) => ja.test(s.ja)),
    );
    expect(ids(offTopic)).toEqual([]);
  });
});
