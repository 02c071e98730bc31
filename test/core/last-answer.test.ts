import { lastAnswer } from "../../src/core/last-answer";

describe("lastAnswer", () => {
  it("computes again only when the argument changes", () => {
    const asked: string[] = [];
    const upper = lastAnswer((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    });
    expect([upper("a"), upper("a"), upper("b"), upper("a")]).toEqual(["A", "A", "B", "A"]);
    expect(asked).toEqual(["a", "b", "a"]);
  });

  it("tells objects apart by identity, not by content", () => {
    let calls = 0;
    const size = lastAnswer((o: { n: number }) => {
      calls += 1;
      return o.n;
    });
    const one = { n: 1 };
    size(one);
    size(one);
    size({ n: 1 });
    expect(calls).toBe(2);
  });

  it("answers a first argument of undefined (no argument is taken as already asked)", () => {
    const seen = lastAnswer((v: string | undefined) => v ?? "none");
    expect(seen(undefined)).toBe("none");
  });
});
