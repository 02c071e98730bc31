// The notes about an input, in both languages.
import { warningText, type Warning } from "../../src/core";

describe("warningText", () => {
  it.each([
    [
      { code: "forwarded" },
      "en",
      "The bounce was forwarded as an attachment; the attached bounce was read.",
    ],
    [
      { code: "input-cut" },
      "ja",
      "メッセージが 8 MB を超えているため、最初の 8 MB だけを読みました。",
    ],
    [
      { code: "unknown-charset", detail: "x-bogus", readAs: "UTF-8" },
      "en",
      'The charset "x-bogus" is unknown; text was read as UTF-8.',
    ],
    [
      { code: "unknown-charset", detail: "$&x", readAs: "windows-1252" },
      "ja",
      "文字セット「$&x」は不明なため、windows-1252 として読みました。",
    ],
    [{ code: "not-analysed", detail: "boom" }, "en", "The message could not be analysed (boom)."],
  ] as const)("%j in %s", (warning, lang, text) => {
    expect(warningText(warning as Warning, lang)).toBe(text);
  });
});
