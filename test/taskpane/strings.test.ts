import { STRINGS, uiLang } from "../../src/taskpane/strings";

describe("UI language", () => {
  it.each([
    ["ja-JP", "ja"],
    ["JA", "ja"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
  ])("%s -> %s", (tag, lang) => {
    expect(uiLang(tag)).toBe(lang);
  });

  it("has every text in both languages, and none left empty by mistake", () => {
    const leaves = (o: object, path = ""): [string, unknown][] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === "object" && !Array.isArray(v)
          ? leaves(v, `${path}${k}.`)
          : [[`${path}${k}`, v]],
      );
    const en = leaves(STRINGS.en);
    const ja = leaves(STRINGS.ja);
    expect(ja.map(([k]) => k)).toEqual(en.map(([k]) => k));
    const empty = ja.filter(([k, v]) => v === "" && k !== "kindBody.not-a-bounce");
    expect(empty).toEqual([]);
  });
});
