// The code command (lookupCode) explains a reply as diagnose() explains the same reply in a
// bounce. Every provider case, asked as its code with its reply, refusing host and recipient,
// gives first the entry, owner and temporary flag that diagnose() gives the case's Postfix DSN:
// a rule added to diagnose() that the code command missed would fail here.
import { lookupCode } from "../../src/core";
import { allProviderCases } from "../catalog/providers/cases";
import { explainWrapped } from "../catalog/providers/check";
import type { ProviderCase } from "../catalog/providers/types";
import { recipientOf } from "../catalog/providers/wrap";

const CASES = allProviderCases().flatMap(({ provider, cases }) =>
  cases.map((c) => [`${provider}: ${c.name}`, c] as const),
);

interface First {
  readonly id: string | undefined;
  readonly owner: string | undefined;
  readonly temporary: boolean | undefined;
}

function asked(c: ProviderCase): First {
  const found = lookupCode(c.status, {
    text: c.reply,
    ...(c.remote !== undefined ? { remote: c.remote } : {}),
    recipient: recipientOf(c),
  })[0];
  return { id: found?.id, owner: found?.owner, temporary: found?.temporary };
}

test("every provider case is compared", () => {
  expect(CASES.length).toBeGreaterThan(800);
});

test.each(CASES)("%s: the code command's first entry is diagnose()'s", (_name, c) => {
  const e = explainWrapped(c, "postfix");
  expect(asked(c)).toEqual({ id: e?.id, owner: e?.owner, temporary: e?.temporary });
});

// A reason the engine took from the status table alone (5.7.1 -> "securityerror") says no more
// than the code: words it does not know keep the code's meaning in both, and never the sign-in
// meaning that the status table's reason would give on its own.
const REPLIES: readonly (readonly [string, string])[] = [
  ["5.7.1", "550 5.7.1 Message refused by local policy rule 12"],
  ["5.7.1", "554 5.7.1 Rejected by filter chain"],
  ["5.7.0", "550 5.7.0 Not accepted here"],
  ["4.7.1", "450 4.7.1 Try that again later, please"],
];

describe.each(REPLIES)("%s %s", (status, reply) => {
  const c: ProviderCase = {
    name: reply,
    reply,
    status,
    remote: "mx.example.net",
    expected: { id: "", owner: "nobody", temporary: false, words: [] },
  };

  test("the code command's first entry is diagnose()'s, not a sign-in meaning", () => {
    const e = explainWrapped(c, "postfix");
    expect(asked(c)).toEqual({ id: e?.id, owner: e?.owner, temporary: e?.temporary });
    expect(e?.id).not.toBe("sign-in-required");
  });
});
