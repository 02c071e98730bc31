// Whole-line Markdown code spans taken off a pasted text; everything else left as it is.
import { withoutCodeSpans } from "../../src/core/mime/code-spans";

describe("withoutCodeSpans", () => {
  it.each([
    [
      "a line that is one span",
      "`<kim@example.net>: 550 5.1.1 unknown`",
      "<kim@example.net>: 550 5.1.1 unknown",
    ],
    ["its indentation kept", "  `kim@example.net`\n", "  kim@example.net\n"],
    [
      "(a guard) a span inside a sentence",
      "Please check `kim@example.net` first.",
      "Please check `kim@example.net` first.",
    ],
    ["(a guard) a fence", "```\n550 5.1.1 unknown\n```", "```\n550 5.1.1 unknown\n```"],
    ["(a guard) two spans on a line", "`a` and `b`", "`a` and `b`"],
    ["(a guard) Exim's old quotes", "`kim@example.net' unknown", "`kim@example.net' unknown"],
  ])("%s", (_name, text, expected) => {
    expect(withoutCodeSpans(text)).toBe(expected);
  });
});
