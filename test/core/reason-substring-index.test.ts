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
});
