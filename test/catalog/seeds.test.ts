// Table-driven over every seed row: the code with its SMTP text finds the row's entry, and a full
// Exchange-style bounce for the row (English and Japanese body) is explained by that entry.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, lookupCode } from "../../src/core";
import { SEED_ENTRIES } from "../../src/core/catalog/index";
import { bestMatch, textMatches } from "../../src/core/catalog/match";
import { SEED_CASES, SEED_ROW_COUNTS } from "./seed-rows";
import { allFixtures, buildFixture } from "./seed-fixture";

const FIXTURES = join(__dirname, "..", "fixtures", "catalog");

describe("the seed table", () => {
  test("lists every row of both seed files", () => {
    const rows = new Set(SEED_CASES.map((c) => c.row));
    expect([...rows].filter((r) => r.startsWith("exo-"))).toHaveLength(
      SEED_ROW_COUNTS.exchangeOnline,
    );
    expect([...rows].filter((r) => r.startsWith("exs-"))).toHaveLength(
      SEED_ROW_COUNTS.exchangeServer,
    );
    expect(rows.size).toBe(101);
  });

  test("every seed entry is some row's answer", () => {
    const expected = new Set(SEED_CASES.map((c) => c.expected));
    expect(SEED_ENTRIES.map((e) => e.id).filter((id) => !expected.has(id))).toEqual([]);
  });
});

describe.each(SEED_CASES.map((c) => [`${c.row} ${c.status} "${c.text}"`, c] as const))(
  "seed row %s",
  (_name, c) => {
    const reply = `${c.reply} ${c.status} ${c.text}`;

    test("lookupCode finds the row's entry first", () => {
      expect(lookupCode(c.status, { text: reply, server: c.server })[0]?.id).toBe(c.expected);
    });

    test("the match is exact (code and text)", () => {
      const match = bestMatch({
        status: c.status,
        text: reply,
        family: c.server,
        temporary: false,
      });
      expect(match.entry.id).toBe(c.expected);
      expect(match.confidence).toBe("exact");
    });

    // Without a code every entry is a candidate and an index by whole words picks the few to
    // search: the text, even glued to other words, must stay among the matches.
    test("the text without a code is among the text matches, even glued to other words", () => {
      const ids = textMatches(undefined, `550 x${c.text}y`, c.server).map((m) => m.entry.id);
      expect(ids).toContain(c.expected);
    });
  },
);

test("the row without a code is found by its text alone", () => {
  const quota = SEED_CASES.find((c) => c.code === "");
  expect(lookupCode("", { text: quota?.text ?? "" })[0]?.id).toBe("exo-submission-quota-exceeded");
});

describe.each(allFixtures(SEED_CASES).map((f) => [f.name, f] as const))("fixture %s", (name, f) => {
  const raw = readFileSync(join(FIXTURES, name), "utf8");

  test("is what the generator writes", () => {
    expect(raw).toBe(buildFixture(f.seed, f.lang));
  });

  test("analyze() then diagnose() explains it with the row's entry", () => {
    const diagnosis = diagnose(analyze(raw));
    expect(diagnosis.recipients).toHaveLength(1);
    const [recipient] = diagnosis.recipients;
    expect(recipient?.address).toBe("alex@fabrikam.com");
    expect(recipient?.status).toBe(f.seed.status);
    expect(recipient?.explanation.id).toBe(f.seed.expected);
    expect(recipient?.explanation.confidence).toBe("exact");
    const family = f.seed.server === "exchange-online" ? "Exchange Online" : "Exchange Server";
    expect(recipient?.explanation.evidence.map((e) => e.text)).toContainEqual(
      expect.stringContaining(family),
    );
  });
});
