// The one-pass phrase finder behind the reason tables agrees with a plain search for each phrase.
import fc from "fast-check";
import { SubstringIndex } from "../../src/core/reason/substring-index";

describe("SubstringIndex", () => {
  test("overlapping phrases, phrases inside phrases, and non-Latin text", () => {
    const index = new SubstringIndex([
      "user unknown",
      "unknown",
      "nkno",
      "he",
      "she",
      "hers",
      "宛先不明",
      "邮箱已满",
    ]);
    expect([...index.find("550 user unknown; ushers")].sort()).toEqual(
      ["he", "hers", "nkno", "she", "unknown", "user unknown"].sort(),
    );
    expect([...index.find("エラー: 宛先不明です")]).toEqual(["宛先不明"]);
    expect(index.find("nothing at all").size).toBe(0);
  });

  test("finds exactly the phrases a plain search finds", () => {
    const word = fc.stringMatching(/^[ab c]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.stringMatching(/^[ab c]{0,60}$/),
        (needles, text) => {
          const expected = new Set(needles.filter((n) => text.includes(n)));
          expect(new SubstringIndex(needles).find(text)).toEqual(expected);
        },
      ),
    );
  });

  // Longer than the automaton's openings (10 chars), and with chars beyond ASCII that share a
  // column ("é" U+00E9 and "ù" U+00F9): the index confirms each candidate in the text itself.
  test("long phrases and chars sharing a column", () => {
    const word = fc.stringMatching(/^[ab éù]{1,16}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.stringMatching(/^[ab éù]{0,80}$/),
        (needles, text) => {
          const expected = new Set(needles.filter((n) => text.includes(n)));
          expect(new SubstringIndex(needles).find(text)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
    const index = new SubstringIndex(["user unknown here", "unknown here", "éa", "ùa"]);
    expect([...index.find("550 user unknown here")].sort()).toEqual(
      ["unknown here", "user unknown here"].sort(),
    );
    expect([...index.find("550 user unknown her")]).toEqual([]);
    expect([...index.find("ùa")]).toEqual(["ùa"]);
  });
});
