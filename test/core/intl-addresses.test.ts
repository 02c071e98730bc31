// Internationalised addresses (RFC 6531) found in a report's text, and ASCII addresses next to
// Japanese words read as before.
import { addressesIn } from "../../src/core/dialects/common/text-addresses";

describe("addresses in a line of text", () => {
  it.each([
    ["<jürgen@bücher.example>: host said: 550", ["jürgen@bücher.example"]],
    ["Müller <jürgen.weiß@bücher-haus.example>", ["jürgen.weiß@bücher-haus.example"]],
    ["To: jürgen@example.com", ["jürgen@example.com"]],
    ["RCPT TO:<taro@mx.bücher.example>", ["taro@mx.bücher.example"]],
    ["宛先：山田@例え.example、送信できません", ["山田@例え.example"]],
    ["<пользователь@пример.испытание>... User unknown", ["пользователь@пример.испытание"]],
    ["Grüße an anna@Example.COM.", ["anna@example.com"]],
    // ASCII addresses next to Japanese words: the address, as before
    ["アドレスtaro@example.jpに送信できませんでした", ["taro@example.jp"]],
    ["送信先taro@example.jp（山田）", ["taro@example.jp"]],
    ["「taro@example.jp」宛のメール", ["taro@example.jp"]],
    // no address: a domain that runs on into Japanese words, or none at all
    ["山田@例え.exampleに送信", []],
    ["メール@サーバー", []],
    ["ü@ü", []],
  ])("%s", (line, expected) => {
    expect(addressesIn(line)).toEqual(expected);
  });

  it("reads a hostile line of non-ASCII around many @ in one bounded pass", () => {
    const started = Date.now();
    expect(addressesIn("ü@".repeat(300_000))).toEqual([]);
    expect(addressesIn("例@".repeat(300_000))).toEqual([]);
    // as with ASCII, the local part is read back at most 256 characters
    expect(addressesIn(`${"ü".repeat(1_000_000)}@bücher.example`)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("addresses in a header value", () => {
  it.each([
    ["Jürgen Weiß <jürgen.weiß@bücher-haus.example>", ["jürgen.weiß@bücher-haus.example"]],
    ["山田 <山田@例え.example>, taro@example.jp", ["山田@例え.example", "taro@example.jp"]],
    ["taro@example.jp（山田）", ["taro@example.jp"]],
  ])("%s", (value, expected) => {
    expect(addressesIn(value, { asWritten: true })).toEqual(expected);
  });
});
