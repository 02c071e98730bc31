import { readBounce, readBounceSource } from "../../src/core/source";
import { decodeCharset, tryStrict } from "../../src/core/mime/charset";
import { decodeEncodedWords } from "../../src/core/mime/encodedWords";
import { parseHeaderParams } from "../../src/core/mime/params";
import { decodeUtf7 } from "../../src/core/mime/utf7";
import { decodeBase64, decodeQuotedPrintable } from "../../src/core/mime/transfer";
import { bytesToBinary, binaryToBytes } from "../../src/core/mime/bytes";
import { htmlToText } from "../../src/core/mime/html";
import { corpusMail } from "./corpus-files";
import type { Warning } from "../../src/core";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A two-part report around `inner` (the first part's body), with the given line end. */
function report(firstPart: string, eol = "\n"): string {
  return [
    "From: MAILER-DAEMON@mx.example.org",
    "Subject: Undelivered Mail",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="XX"',
    "",
    "--XX",
    firstPart,
    "--XX",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.org",
    "",
    "Final-Recipient: rfc822; user@example.net",
    "Action: failed",
    "Status: 5.1.1",
    "--XX--",
    "",
  ].join(eol);
}

describe("charsets", () => {
  it("decodes ISO-2022-JP, UTF-7 and windows-1252", () => {
    const jis = "\x1b$B%a%C%;!<%8\x1b(B";
    expect(decodeCharset(jis, "iso-2022-jp", [])).toBe("メッセージ");
    expect(decodeUtf7("Hi +ZeVnLIqe- 1 +- 1")).toBe("Hi 日本語 1 + 1");
    expect(decodeCharset("wasn\x92t \x80", "windows-1252", [])).toBe("wasn’t €");
  });

  it("reads 8-bit text labelled ISO-2022-JP as the EUC-JP it is", () => {
    const eucJp = bytesToBinary(new Uint8Array([0xa5, 0xe1, 0xa1, 0xbc, 0xa5, 0xeb]));
    expect(decodeCharset(eucJp, "iso-2022-jp", [])).toBe("メール");
  });

  it("falls back to UTF-8 or windows-1252 for an unknown charset, with a warning", () => {
    const warnings: Warning[] = [];
    expect(decodeCharset(bytesToBinary(utf8("café")), "x-no-such", warnings)).toBe("café");
    expect(decodeCharset("caf\xe9", "x-no-such", warnings)).toBe("café");
    expect(warnings).toEqual([
      { code: "unknown-charset", detail: "x-no-such", readAs: "UTF-8" },
      { code: "unknown-charset", detail: "x-no-such", readAs: "windows-1252" },
    ]);
  });

  // read without a fatal decoder's throw: a U+FFFD in the text is an error unless spelled
  it.each([
    ["valid UTF-8", [0x63, 0x61, 0x66, 0xc3, 0xa9], "utf-8", "café"],
    ["invalid UTF-8", [0x63, 0x61, 0x66, 0xe9], "utf-8", undefined],
    ["UTF-8 spelling U+FFFD", [0x61, 0xef, 0xbf, 0xbd, 0x62], "utf-8", "a\uFFFDb"],
    ["UTF-8 spelling U+FFFD, with an error", [0xef, 0xbf, 0xbd, 0xe9], "utf-8", undefined],
    ["valid EUC-JP", [0xa5, 0xe1, 0xa1, 0xbc, 0xa5, 0xeb], "euc-jp", "メール"],
    ["invalid EUC-JP", [0xa5, 0xe1, 0xa1], "euc-jp", undefined],
    ["valid Shift_JIS", [0x83, 0x81, 0x81, 0x5b, 0x83, 0x8b], "shift_jis", "メール"],
    ["invalid Shift_JIS", [0x83, 0x81, 0x81], "shift_jis", undefined],
  ] as const)("reads %s strictly", (_, bytes, label, text) => {
    expect(tryStrict(new Uint8Array(bytes), label)).toBe(text);
  });

  it("round-trips every byte through a binary string", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(binaryToBytes(bytesToBinary(all))).toEqual(all);
  });
});

describe("transfer encodings", () => {
  it("decodes base64 across lines and quoted-printable soft breaks", () => {
    expect(new TextDecoder().decode(decodeBase64("5pel5pys\r\n6Kqe"))).toBe("日本語");
    expect(bytesToBinary(decodeQuotedPrintable("a=3Db=\r\nc =XY"))).toBe("a=bc =XY");
  });
});

describe("RFC 2047 and RFC 2231", () => {
  it("joins adjacent encoded words, even a character split between two", () => {
    // "日本" as UTF-8 bytes split inside the second character.
    const split = "=?UTF-8?B?5pel5g==?= =?UTF-8?B?nKw=?= and =?iso-8859-1?q?caf=E9?=";
    expect(decodeEncodedWords(split, [])).toBe("日本 and café");
    expect(decodeEncodedWords("=?utf-8*ja?Q?=E3=81=82_x?=", [])).toBe("あ x");
  });

  it("reads continued and charset-tagged parameters", () => {
    const value = "attachment; filename*0*=UTF-8''%E6%97%A5; filename*1=\"x.txt\"; size=3";
    const parsed = parseHeaderParams(value, []);
    expect(parsed.value).toBe("attachment");
    expect(parsed.params.get("filename")).toBe("日x.txt");
    expect(parseHeaderParams('text/plain; charset="utf-8"; a="b;c"', []).params.get("a")).toBe(
      "b;c",
    );
  });
});

describe("message structure", () => {
  it("reads the same report with LF, CRLF and CR line ends", () => {
    const part = "Content-Type: text/plain\n\n<user@example.net>: 550 5.1.1 unknown user\n";
    for (const eol of ["\n", "\r\n", "\r"]) {
      const src = readBounceSource(utf8(report(part.replace(/\n/g, eol), eol)));
      expect(src.contentType).toBe("multipart/report");
      expect(src.text.trim()).toBe("<user@example.net>: 550 5.1.1 unknown user");
      expect(src.deliveryStatus?.recipients[0]?.status).toBe("5.1.1");
    }
  });

  it("splits nested multiparts and keeps the plain part of an alternative", () => {
    const nested = [
      'Content-Type: multipart/alternative; boundary="in"',
      "",
      "--in",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      "5a6b5YWI44GM6KaL44Gk44GL44KK44G+44Gb44KT",
      "--in",
      "Content-Type: text/html",
      "",
      "<p>ignored</p>",
      "--in--",
    ].join("\n");
    const src = readBounceSource(report(nested));
    expect(src.text.trim()).toBe("宛先が見つかりません");
    expect(src.deliveryStatus?.recipients).toHaveLength(1);
  });

  it("copes with a missing boundary parameter, an indented or unclosed delimiter", () => {
    const broken = [
      "Content-Type: multipart/mixed",
      "",
      "--lost",
      "Content-Type: text/plain",
      "",
      "first part",
      "  --lost",
      "Content-Type: text/plain",
      "",
      "second part, never closed",
    ].join("\n");
    const src = readBounceSource(broken);
    expect(src.text).toBe("first part\nsecond part, never closed");
  });

  it("warns once about a bad parameter in the bounce's own Content-Type", () => {
    const bounce = [
      "From: MAILER-DAEMON@mx.example.org",
      "Content-Type: text/plain; name*=x-bogus''%E6%97%A5",
      "",
      "Delivery to the following recipient failed: user@example.net",
    ].join("\n");
    const warned = readBounce(bounce).warnings.filter((w) => w.detail === "x-bogus");
    expect(warned).toHaveLength(1);
  });

  it("reads text without any header as the body", () => {
    const src = readBounceSource(
      "Delivery to the following recipient failed:\n\n  user@example.net",
    );
    expect(src.headers).toEqual([]);
    expect(src.text).toContain("user@example.net");
  });

  it("turns HTML into text without running or keeping markup", () => {
    const html =
      "<html><head><style>p{}</style><script>alert(1)</script></head><body><p>A&amp;B&nbsp;&#x263A;</p><table><tr><td>x</td><td>y</td></tr></table><!-- hidden --></body></html>";
    expect(htmlToText(html)).toBe("A&B ☺\n\nx y");
  });
});

describe("real bounces", () => {
  it("decodes a windows-1252 quoted-printable Office 365 bounce", () => {
    const src = readBounceSource(corpusMail("lhost-office365-01.eml"));
    expect(src.subject).toBe("Undeliverable: Nyaan");
    expect(src.text).toContain("The email address wasn’t found at the destination domain.");
  });

  it("decodes an ISO-2022-JP subject and body", () => {
    const src = readBounceSource(corpusMail("lhost-interscanmss-01.eml"));
    expect(src.subject).toBe("メッセージを配信できません。");
    expect(src.text).toContain("550 5.1.1 <kijitora@example.co.jp>... user unknown");
  });

  it("finds the returned original's headers in a message/rfc822 part and in a bare part", () => {
    const attached = readBounceSource(corpusMail("lhost-postfix-01.eml"));
    expect(attached.deliveryStatus?.reportingMta).toBe("p351355.pool.example.ne.jp");
    const bare = readBounceSource(corpusMail("lhost-x1-01.eml"));
    expect(bare.originalHeaders?.find((h) => h.name === "subject")?.value).toBe("Nyaaaaan");
  });
});
