// One reading of "every address in a text". Before it there were two finders: the returned
// original's (original/facts.ts, one global regex, also used by the last-resort reader, the
// special replies and Google Groups) and the Microsoft readers' (microsoft/lines.ts, read from
// each "@" outwards, used by the other dialects). Each row's note says where they differed and
// why this reading was kept.
import { addressesIn } from "../../src/core/dialects/common/text-addresses";

const A = "user@example.com";
const IMCEAEX =
  "IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=ann@contoso.com";

describe("addressesIn: every address in a text", () => {
  it.each([
    // both finders agreed
    [A, [A]],
    ["kim@fabrikam.com, lee@contoso.com", ["kim@fabrikam.com", "lee@contoso.com"]],
    [`Taro Yamada <${A}>`, [A]],
    [`"Taro" <${A}>, hanako@example.jp`, [A, "hanako@example.jp"]],
    [`mailto:${A}`, [A]],
    [`RCPT TO:<${A}>`, [A]],
    [`'${A}'`, [A]],
    [`"${A}"`, [A]],
    [`${A}.`, [A]],
    [`(${A})`, [A]],
    [`<${A}>... User unknown`, [A]],
    // "/", "?" and "=" are atext: a link's query runs into the local part (the challenge reader
    // takes links out of its words first)
    [`https://example.com/?email=${A}&x=1`, [`//example.com/?email=${A}`]],
    ["taro..x.@docomo.ne.jp", ["taro..x.@docomo.ne.jp"]],
    ["user+tag@sub-domain.example.co.jp", ["user+tag@sub-domain.example.co.jp"]],
    [
      "per%cent@example.com bang!user@example.com",
      ["per%cent@example.com", "bang!user@example.com"],
    ],
    ["jürgen@bücher.example", ["jürgen@bücher.example"]],
    ["山田@例え.jp", ["山田@例え.jp"]],
    ["user@пример.рф", ["user@пример.рф"]],
    ["user@example.com。", [A]],
    ['"john doe"@example.com', []],
    ["user@ example.com", []],
    // the domain lower-cased, the local part kept: the Microsoft finder's (the original's kept
    // the domain as written; its resend form still does, with asWritten below)
    ["User@Example.COM", ["User@example.com"]],
    ["user@EXAMPLE.com;other@Example.org", [A, "other@example.org"]],
    // a dot before the address is none of it: the Microsoft finder's
    [`.${A}`, [A]],
    // only RFC 5322's atext in an ASCII local part: brackets, a backslash, words or CJK
    // punctuation glued before it are not part of it (the original's finder took them)
    [`[${A}]`, [A]],
    ["foo[bar@example.com", ["bar@example.com"]],
    ["back\\slash@example.com", ["slash@example.com"]],
    [`宛先：${A}`, [A]],
    [`（${A}）`, [A]],
    [`${A}、hanako@example.jp`, [A, "hanako@example.jp"]],
    ["アドレスtaro@example.jpに送信", ["taro@example.jp"]],
    // an apostrophe is atext: the original's finder cut "o'brien" to "brien"
    ["o'brien@example.com", ["o'brien@example.com"]],
    // a local part up to 256, read back from the "@" (the original's took the last 64 chars)
    [IMCEAEX, [IMCEAEX]],
    [`${"x".repeat(100)}@example.com`, [`${"x".repeat(100)}@example.com`]],
    // a domain with a dot, ending on a letter or digit: the Microsoft finder's (the original's
    // took "user@localhost", "user@exa" of "user@exa_mple.com", "user@-example.com"; none is a
    // mailbox we report)
    ["user@localhost", []],
    ["user@example", []],
    ["user@exa_mple.com", []],
    ["user@-example.com", []],
    ["user@ex ample.com", []],
    // another "@" is no part of an address: the one it ends or starts is read alone (the
    // original's finder took "a@b@example.com" whole, the Microsoft one read the ASCII form so)
    ["a@b@example.com", ["b@example.com"]],
    ["user@@example.com", []],
    // an internationalised address beside another "@": the Microsoft finder read its token over
    // the other "@" and found none; the ASCII reading's rule above holds for it too
    ["a@b@例え.jp", ["b@例え.jp"]],
    ["jürgen@bücher.example@x", ["jürgen@bücher.example"]],
    // a domain that runs on into Japanese words is none: the Microsoft finder's (the original's
    // took "taro@例え.jp"); test/core/intl-addresses.test.ts has more
    ["taro@例え.jpに送信しました", []],
  ])("%j", (text, expected) => {
    expect(addressesIn(text)).toEqual(expected);
  });
});

describe("asWritten: the domain as written, for the resend form's To and Cc", () => {
  it.each([
    ["Unknown@LAB.TEST", ["Unknown@LAB.TEST"]],
    ["user@EXAMPLE.com;other@Example.org", ["user@EXAMPLE.com", "other@Example.org"]],
    // quotes around it are no part of it; a dot it opens with is kept (a local part may
    // open with one: mailbox.ts), as the original's finder kept it
    [`"User@Example.COM".`, ["User@Example.COM"]],
    [`'${A}'`, [A]],
    [`.${A}`, [`.${A}`]],
  ])("%j", (text, expected) => {
    expect(addressesIn(text, { asWritten: true })).toEqual(expected);
  });
});

describe("however many addresses a text holds", () => {
  it("reads them all: a Cc of a hundred people goes back whole into the resend form", () => {
    // the Microsoft finder looked at 64 "@" of a line; the original's had no bound
    const cc = Array.from({ length: 100 }, (_, i) => `p${i}@example.com`);
    expect(addressesIn(cc.join(", "))).toEqual(cc);
  });

  it("in one bounded pass, however many '@' there are", () => {
    const started = Date.now();
    expect(addressesIn("ü@".repeat(300_000))).toEqual([]);
    expect(addressesIn(`${"ü".repeat(255)}@`.repeat(4000))).toEqual([]);
    expect(addressesIn(`${"x".repeat(250)}@ü`.repeat(4000))).toEqual([]);
    expect(addressesIn("a@b.co ".repeat(100_000))).toHaveLength(100_000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
