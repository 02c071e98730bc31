// Charset decoding: TextDecoder does the work (it knows ISO-2022-JP, Shift_JIS, EUC-JP, GBK,
// Big5, KOI8, windows-125x ... in browsers and Node); UTF-7 is ours; unknown names fall back.
import { binaryToBytes, isAscii } from "./bytes";
import { CP1252_C1 } from "./cp1252";
import { ownValue } from "../own";
import { decodeUtf7 } from "./utf7";
import type { Warning } from "../types";

/** Names seen in mail that are not WHATWG labels, mapped to the nearest one that is. */
const ALIASES: Readonly<Record<string, string>> = {
  cp932: "shift_jis",
  ms932: "shift_jis",
  "iso-2022-jp-1": "iso-2022-jp",
  "iso-2022-jp-2": "iso-2022-jp",
  "iso-2022-jp-3": "iso-2022-jp",
  "x-gbk": "gbk",
  cp936: "gbk",
  cp949: "euc-kr",
  cp850: "windows-1252",
  "iso-8859-8-i": "iso-8859-8",
};

/** What this file needs of a decoder (Node's types declare TextDecoder as a value only). */
interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}

/** Decodes, mapping windows-1252's C1 bytes where the runtime read them as Latin-1 (Node 20). */
function decodeWith(decoder: Decoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252" || !/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

const UTF7 = new Set(["utf-7", "utf7", "unicode-1-1-utf-7", "x-utf-7", "csunicode11utf7"]);

const decoders = new Map<string, Decoder | null>();

function decoderFor(label: string): Decoder | null {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(ownValue(ALIASES, label) ?? label);
    } catch {
      d = null;
    }
    decoders.set(label, d);
  }
  return d;
}

const fatal = new Map<string, Decoder>();

/** Whether the bytes spell U+FFFD in UTF-8 (EF BF BD). */
function spellsReplacement(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

/**
 * The bytes decoded in `label` when they are valid in it, else undefined. Read by a decoder that
 * writes U+FFFD for errors, not by a fatal one: its throw on invalid bytes cost 5-20 us. A U+FFFD
 * in the text is an error unless the bytes spell it, which only UTF-8 can (no valid EUC-JP or
 * Shift_JIS sequence decodes to it: checked over every sequence); then a fatal decoder decides.
 */
export function tryStrict(
  bytes: Uint8Array,
  label: "utf-8" | "euc-jp" | "shift_jis",
): string | undefined {
  const text = (decoderFor(label) as Decoder).decode(bytes);
  if (!text.includes("\uFFFD")) return text;
  if (label !== "utf-8" || !spellsReplacement(bytes)) return undefined;
  let d = fatal.get(label);
  if (!d) {
    d = new TextDecoder(label, { fatal: true });
    fatal.set(label, d);
  }
  try {
    return d.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Labels whose bytes for ASCII text are not ASCII, so the ASCII shortcut does not apply. */
function asciiTransparent(label: string): boolean {
  return !/^(utf-?16|utf-?32|ucs|unicode$)/.test(label);
}

/** Whether a char code is a double or single quote. */
function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27;
}

/** A charset parameter as a lower-case label without quotes; most parts name none. */
function charsetLabel(charset: string | undefined): string {
  if (charset === undefined || charset === "") return "";
  const label = charset.trim().toLowerCase();
  // (a pattern replace costs as much as the rest: run only when there is a quote to take off)
  return isQuote(label.charCodeAt(0)) || isQuote(label.charCodeAt(label.length - 1))
    ? label.replace(/^["']|["']$/g, "")
    : label;
}

/**
 * Decodes a binary string in `charset`. Unknown or missing charsets fall back to UTF-8 when the
 * bytes are valid UTF-8, else windows-1252, and say so in `warnings`. `ascii`: the text is known
 * to be 7-bit, so it need not be scanned for 8-bit chars.
 */
export function decodeCharset(
  binary: string,
  charset: string | undefined,
  warnings: Warning[],
  ascii = false,
): string {
  const label = charsetLabel(charset);
  if (UTF7.has(label)) return decodeUtf7(binary);
  if (
    (label === "" || asciiTransparent(label)) &&
    (ascii || isAscii(binary)) &&
    !binary.includes("\x1b")
  ) {
    return binary;
  }
  if (binary.includes("\x1b$")) {
    // Raw ISO-2022-JP escapes, whatever the label claims (common in Japanese mail).
    return (decoderFor("iso-2022-jp") as Decoder).decode(binaryToBytes(binary));
  }
  const bytes = binaryToBytes(binary);
  if (label.startsWith("iso-2022-jp")) {
    // Labelled 7-bit ISO-2022-JP yet 8-bit: Japanese carriers send EUC-JP or Shift_JIS so.
    const guess =
      tryStrict(bytes, "utf-8") ?? tryStrict(bytes, "euc-jp") ?? tryStrict(bytes, "shift_jis");
    if (guess !== undefined) return guess;
  }
  const declared = label === "" ? null : decoderFor(label);
  if (declared && !/^(us-)?ascii$|^ansi_x3/.test(label)) return decodeWith(declared, bytes);
  // No label, plain ASCII declared with 8-bit bytes, or a label no decoder knows.
  const utf8 = tryStrict(bytes, "utf-8");
  if (label !== "" && !declared) {
    warnings.push({
      code: "unknown-charset",
      detail: label.slice(0, 40),
      readAs: utf8 === undefined ? "windows-1252" : "UTF-8",
    });
  }
  return utf8 ?? decodeWith(decoderFor("windows-1252") as Decoder, bytes);
}
