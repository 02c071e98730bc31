// The code command (lookupCode) explains a reply as diagnose() explains the same reply in a
// bounce: a reason the engine took from the status table alone (5.7.1 -> "securityerror") says no
// more than the code, so words it does not know keep the code's meaning in both, and never the
// sign-in meaning that the status table's reason would give on its own.
import { lookupCode } from "../../src/core";
import { explainWrapped } from "../catalog/providers/check";
import type { ProviderCase } from "../catalog/providers/types";

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

  test("the code command's first entry is diagnose()'s", () => {
    const found = lookupCode(status, { text: reply, remote: "mx.example.net" })[0];
    expect(found?.id).toBe(explainWrapped(c, "postfix")?.id);
    expect(found?.id).not.toBe("sign-in-required");
  });
});
