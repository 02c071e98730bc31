// Delisting only where there is a list to be delisted from (REVIEW.md "Actions audit", the JSON-only
// actions): an entry whose admin step looks the IP up on the list the reply names ({listPage})
// offers "request delisting" only where the reply names one; else its step first finds out whether
// and where the IP is listed. The catalog-wide rule and the real replies failed on the old code,
// which offered delisting and "the block list's lookup page" on every such refusal.
import { analyze, diagnose } from "../../src/core";
import { CATALOG } from "../../src/core/catalog/index";
import { YOUR_ADMIN } from "../../src/core/catalog/providers/steps";
import type { Explanation } from "../../src/core/types";
import { bounce } from "./dsn-bounce";

const explain = (status: string, diagnostic: string, remote = "mx.fabrikam.example") =>
  diagnose(analyze(bounce({ failed: "kim@fabrikam.example", status, diagnostic, remote })))
    .recipients[0]?.explanation;

/** The rule, on an explanation: delisting and the list's page go with a named list. */
function keepsRule(e: Explanation): boolean {
  const named = e.facts?.list !== undefined;
  // the {listPage} placeholder's wording where no list is named
  const unnamedPage = e.adminFix.some((s) => s.en.includes("the block list's lookup page"));
  return named === e.actions.includes("request-delisting") && !unnamedPage;
}

describe("every entry that takes its block list from the reply", () => {
  const takesList = CATALOG.filter(
    (e) => e.actions.includes("request-delisting") && e.adminFix.includes(YOUR_ADMIN.checkListing),
  );

  it("is a class of its own (the general refusal, its deferral and the lists' and gateways' entries)", () => {
    expect(takesList.length).toBeGreaterThan(5);
  });

  it.each(takesList.map((e) => [e.id, e.texts[0] ?? ""]))(
    "%s: offers delisting only where the reply names the list",
    (id, text) => {
      for (const diagnostic of [
        `550 5.7.1 ${text}`,
        `550 5.7.1 ${text} (listed on zen.spamhaus.org)`,
      ]) {
        const e = explain("5.7.1", diagnostic);
        if (e?.id === id) expect(keepsRule(e)).toBe(true);
      }
    },
  );
});

/** [status, the reply, whether a list is named and delisting offered]. */
type Case = readonly [string, string, boolean];

const CASES: readonly Case[] = [
  // test/corpus and test/fixtures (Exim's, Postfix's and Sendmail's notices): the reply names a
  // policy, a reputation or the receiver's own list, and no list to be delisted from
  ["5.7.0", "550 5.7.0 <shironeko@example.jp>... Please use the smtp server of your ISP.", false],
  ["5.7.1", "554 5.7.1 You are not allowed to connect.", false],
  ["5.7.1", "550 5.7.1 IP address blacklisted by recipient", false],
  ["5.7.1", "450 5.7.1 198.51.100.7: Poor Reputation Sender", false],
  ["5.7.1", "550 5.7.1 [C10] RBL restriction: Blacklisted by Internal Reputation Service", false],
  // plain variants: a named list keeps the action and its page
  [
    "5.7.1",
    "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org",
    true,
  ],
  ["5.7.1", "550 5.7.1 Rejected: 198.51.100.7 listed at bl.spamcop.net", true],
];

describe.each(CASES)("%s %s", (status, diagnostic, named) => {
  it(
    named ? "offers delisting from the named list" : "finds the listing first, no delisting",
    () => {
      const e = explain(status, diagnostic);
      expect(e).toBeDefined();
      if (e === undefined) return;
      expect(e.actions.includes("request-delisting")).toBe(named);
      expect(keepsRule(e)).toBe(true);
      if (!named)
        expect(e.adminFix.map((s) => s.en)).toContain(
          YOUR_ADMIN.findUnnamedListing.en.replace(
            "{ip}",
            e.facts?.ip ?? "your sending server's IP address",
          ),
        );
    },
  );
});
