// One reading of "an address alone on a line" and "a label alone before its address", shared by
// the text reader (textBlocks), the generic last resort and the Microsoft readers. Before it they
// had one each; each row's note says where they differed and why this reading was kept.
import {
  labelledAddress,
  soleAddress,
  WORDS_COLON_ADDRESS,
} from "../../src/core/dialects/common/address-lines";
import { textBlocks } from "../../src/core/dialects/common/text-bounce";
import { analyze } from "../../src/core";

const A = "user@example.com";
const IMCEAEX =
  "IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=ann@contoso.com";

describe("soleAddress: the address a line holds and nothing else", () => {
  it.each([
    // all three readers agreed
    [A, A],
    [`  ${A}`, A],
    [`<${A}>`, A],
    [`<${A}>:`, A],
    [`${A}:`, A],
    [`"${A}"`, A],
    ["taro..x.@docomo.ne.jp", "taro..x.@docomo.ne.jp"],
    ["jürgen@bücher.example", "jürgen@bücher.example"],
    ["太郎@例え.jp", "太郎@例え.jp"],
    // the generic reader's and Exchange's: an address's brackets, quotes or a sentence's end
    // around it leave it alone on its line (the text reader said no)
    [`${A}.`, A],
    [`${A},`, A],
    [`(${A})`, A],
    [`[${A}]`, A],
    [`'${A}'`, A],
    [`<<${A}>>`, A],
    // list items: the generic and text readers' (Exchange's readers took no line with a space)
    [`- ${A}`, A],
    [`* ${A}`, A],
    [`-  <${A}>`, A],
    // "-- addr": the text reader's only
    [`-- ${A}`, A],
    // deep indents: the generic reader's and Exchange's (the text reader stopped at 12 spaces)
    [`              ${A}`, A],
    // as written: callers normalise (the text reader and Exchange gave it normalised)
    [`.${A}`, `.${A}`],
    ["user@EXAMPLE.COM", "user@EXAMPLE.COM"],
    // Exchange's encapsulated X.500 address: a local part past 64 (the text reader's limit)
    [IMCEAEX, IMCEAEX],
    // no dot in the domain: none we report (the generic reader took them)
    ["user@localhost", undefined],
    ["user@example", undefined],
    // a label before it: not alone (the generic and text readers took the whole line as one
    // address, Exchange's its address)
    [`あて先：${A}`, undefined],
    // a link or a label without a space (Exchange's readers took them; none of its notices has one)
    [`mailto:${A}`, undefined],
    [`<mailto:${A}>`, undefined],
    [`Recipient:${A}`, undefined],
    // none of the readers took these
    [`Taro Yamada <${A}>`, undefined],
    [`${A} (${A})`, undefined],
    [`${A} ${A}`, undefined],
    [`${A} 550 5.1.1 unknown`, undefined],
  ])("%j", (line, expected) => {
    expect(soleAddress(line)).toBe(expected);
  });
});

describe("labelledAddress: an address after words that only label it", () => {
  it.each([
    // both readers agreed
    [`Recipient: ${A}`, A],
    [`Recipient: <${A}>`, A],
    [`Failed Recipient:  ${A}`, A],
    [`            Recipient: ${A}`, A],
    // short labels: the generic reader's (the text reader wanted three letters)
    [`To: ${A}`, A],
    [`宛先: ${A}`, A],
    // brackets and a sentence's end around the address: the generic reader's
    [`Recipient: ${A}.`, A],
    [`Recipient: (${A})`, A],
    [`Recipient: "${A}"`, A],
    // a full-width colon, spaced or not: the generic reader's
    [`あて先：${A}`, A],
    [`あて先： <${A}>`, A],
    [`Recipient： ${A}`, A],
    // after an ASCII colon a space: a command and a link are no labels (the generic reader took
    // them)
    [`RCPT TO:<${A}>`, undefined],
    [`mailto:${A}`, undefined],
    [`宛先:<${A}>`, undefined],
    // words giving an error, or more than two words, are the error (both readers)
    [`Unknown user: ${A}`, undefined],
    [`Mailbox full: ${A}`, undefined],
    [`550: ${A}`, undefined],
    [`Invalid final delivery userid: ${A}`, undefined],
    [`SMTP error from remote mail server after RCPT TO:<${A}>:`, undefined],
    // not one address alone after the colon (both readers)
    [`Final-Recipient: rfc822; ${A}`, undefined],
    [`Recipient: ${A} (Taro)`, undefined],
    [`Recipient: Taro <${A}>`, undefined],
    [`Recipient: ${A}, other@example.com`, undefined],
  ])("%j", (line, expected) => {
    expect(labelledAddress(line)).toBe(expected);
  });
});

describe("the text reader's recipient lines", () => {
  it.each([
    // "Unknown user: addr": the words are the recipient's error
    [`Unknown user: ${A}`, ["Unknown user"]],
    [`Recipient: ${A}\n550 5.1.1 no such user`, ["550 5.1.1 no such user"]],
    [`(${A})\n550 5.1.1 no such user`, ["550 5.1.1 no such user"]],
  ])("%j", (text, lines) => {
    expect(textBlocks(text, {})).toEqual([{ address: A, lines }]);
  });

  it("takes a label after an ASCII colon only: a CJK notice's summary line is not the error's", () => {
    expect(WORDS_COLON_ADDRESS.test(`收件人： ${A}`)).toBe(false);
    expect(labelledAddress(`收件人： ${A}`)).toBe(A);
    const netease = [
      `收件人： ${A}`,
      "",
      "退信原因：",
      `您发送给 ${A} 的邮件被对方服务器拒收。`,
      `对方服务器返回：550 5.1.1 User not found: ${A}`,
    ].join("\n");
    expect(textBlocks(netease, {})).toEqual([
      { address: A, lines: ["对方服务器返回：550 5.1.1 User not found"] },
    ]);
  });
});

describe("Exchange 2007's recipient lines: a note after the address names no other one", () => {
  const read = (line: string) => {
    const report = analyze({
      body: [
        "Delivery has failed to these recipients or groups:",
        "",
        "Diagnostic information for administrators:",
        "",
        "Generating server: EX10.contoso.com",
        "",
        line,
        "#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found> #SMTP#",
      ].join("\n"),
      subject: "Undeliverable: x",
      from: "postmaster@contoso.com",
    });
    return [report.dialect, report.recipients.map((r) => r.address)];
  };

  it.each([
    [A, [A]],
    [`${A} (${A})`, [A]],
    [`${A} (Taro Yamada)`, [A]],
    [`(${A})`, [A]],
    [`${A}.`, [A]],
    ["ann@EXAMPLE.COM", ["ann@example.com"]],
    [`Taro Yamada (${A})<mailto:${A}>`, [A]],
    // a list item: Exchange's reader took no line with a space (the text reader read this one)
    [`- ${A}`, [A]],
  ])("%j", (line, expected) => {
    expect(read(line)).toEqual(["exchange2007", expected]);
  });

  it("an address with another in its note is no Exchange recipient line", () => {
    expect(read(`${A} (other@example.net)`)[0]).not.toBe("exchange2007");
  });
});
