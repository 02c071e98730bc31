// Exim's octal escapes of bytes that are not printable ASCII, read back where they spell UTF-8.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { unescapeOctalUtf8 } from "../../src/core/analysis/octal-bytes";

describe("unescapeOctalUtf8", () => {
  it.each([
    ["<j\\303\\274rgen@b\\303\\274cher.example>", "<jürgen@bücher.example>"],
    ["550 5.2.2 \\345\\256\\271\\351\\207\\217 full", "550 5.2.2 容量 full"],
    // not UTF-8, a lone byte, Windows paths and other backslashes stay as they are
    ["\\377\\376 two bytes that are no UTF-8", "\\377\\376 two bytes that are no UTF-8"],
    ["one byte \\303 alone", "one byte \\303 alone"],
    ["C:\\300\\300 path", "C:\\300\\300 path"],
    ["no escapes at all", "no escapes at all"],
    // a long reply Exim cut inside a character (the replies lab set, Exim 4.96 on a Cyrillic
    // reply of Gmail's, and a Japanese one cut after two of a character's three bytes): the
    // characters before the cut are read, the half character dropped
    ["\\320\\277\\320\\276\\320[truncated]", "по[truncated]"],
    ["550 \\351\\200\\201\\344\\277\\241\\345\\205", "550 送信"],
    ["\\303\\274\\303", "ü"],
    // a run that is no UTF-8 before its cut stays
    ["\\377\\376\\303", "\\377\\376\\303"],
  ])("%s", (text, expected) => {
    expect(unescapeOctalUtf8(text)).toBe(expected);
  });
});

describe("Exim's notice for a Japanese reply (made by Exim 4.96 here)", () => {
  it("gives the reply in Japanese, not in escapes", () => {
    const file = join(__dirname, "..", "fixtures", "bounces", "exim-reply-japanese-escaped.eml");
    const [r] = analyze(new Uint8Array(readFileSync(file))).recipients;
    expect(r?.diagnostic).toBe(
      "550 5.2.2 <nihongo@shoten.example>: 受信者のメールボックスが容量制限を超えています",
    );
  });
});
