// Bytes as a "binary string" (one char per byte): boundaries and headers are found with plain
// string search, and only the pieces that need it are turned back into bytes and decoded.
// The conversion is TextDecoder's windows-1252 (native and fast everywhere); the bytes it maps
// above U+00FF are mapped back by table, so the round trip is exact.
import { CP1252_C1 } from "./cp1252";

const cp1252 = new TextDecoder("windows-1252");

/** Code points windows-1252 gives bytes 0x80-0x9F, back to the byte (browsers decode so). */
const REVERSE = new Map<number, number>(CP1252_C1.map((code, i) => [code, 0x80 + i]));

export function bytesToBinary(bytes: Uint8Array): string {
  return cp1252.decode(bytes);
}

/** Each char back to its byte: exact for binary strings, the low byte for anything else. */
export function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code > 0xff ? (REVERSE.get(code) ?? code & 0xff) : code;
  }
  return out;
}

// (patterns of hot functions are made once: a literal makes a new RegExp object per call)
const NOT_ASCII = /[\u0080-\uffff]/;
const ABOVE_BYTE = /[\u0100-\uffff]/;

/** Whether every char is 7-bit, so no charset changes it. */
export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}

/** Whether a string holds chars above 0xff: text that is already Unicode, not bytes. */
export function isUnicodeText(text: string): boolean {
  return ABOVE_BYTE.test(text);
}

/** Line ends to LF. */
export function lf(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
