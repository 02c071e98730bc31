// The actions only the JSON carries, against the entry's own steps (the JSON-only actions audit,
// REVIEW.md "Actions audit"): "contact the recipient" only beside a step that reaches the
// recipient (or the group's owner), "split the recipients" only beside a step that sends to fewer
// at a time, and "check SPF, DKIM and DMARC" only where a step or the reply names them (a reverse
// DNS refusal names none). Each failed on main before the audit.
import { analyze, diagnose } from "../../src/core";
import { CATALOG, type CatalogEntry } from "../../src/core/catalog/index";
import type { ActionId } from "../../src/core/types";
import { bounce } from "./dsn-bounce";

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

/** [status, the reply, receiving host, whether the check of SPF, DKIM and DMARC is offered]. */
type Case = readonly [string, string, string, boolean];

const CHECK: readonly Case[] = [
  // reverse DNS, no SPF, DKIM or DMARC (test/corpus's Gmail and Exchange Online 5.7.25 notices)
  [
    "5.7.25",
    "550-5.7.25 [203.0.113.7] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. - gsmtp",
    "gmail-smtp-in.l.google.com",
    false,
  ],
  [
    "5.7.25",
    "550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record",
    "mx.fabrikam.example",
    false,
  ],
  ["5.7.25", "550 5.7.25 Forward-confirmed reverse DNS failed", "mx.fabrikam.example", false],
  // the word is an address's local part, not the check
  ["5.0.0", "550 5.0.0 <spf@fabrikam.example>: failed", "mx.fabrikam.example", false],
  // the reply names them
  [
    "5.7.26",
    "550 5.7.26 Unauthenticated email from contoso.example is not accepted due to domain's DMARC policy",
    "mx.fabrikam.example",
    true,
  ],
  ["5.7.1", "550 5.7.1 SPF check failed for 203.0.113.7", "mx.fabrikam.example", true],
];

describe.each(CHECK)("%s %s", (status, diagnostic, remote, offered) => {
  it(`${offered ? "offers" : "does not offer"} the SPF, DKIM and DMARC check`, () => {
    const e = diagnose(
      analyze(bounce({ failed: "kim@fabrikam.example", status, diagnostic, remote })),
    ).recipients[0]?.explanation;
    expect(e?.actions.includes("check-spf-dkim-dmarc")).toBe(offered);
  });
});
