// Content-Transfer-Encoding decoders over binary strings. Written here because the kept ones
// (libbase64, libqp) need Node's Buffer, and the core runs in the browser too.
import { bytesToBinary, isAscii } from "./bytes";

const B64 = new Int16Array(256).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});
// URL-safe variants are seen in the wild.
B64[0x2d] = 62;
B64[0x5f] = 63;

/** Base64 to bytes; skips line breaks and junk, stops at padding. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((text.length * 3) / 4));
  let n = 0;
  let bits = 0;
  let nbits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) break;
    const v = code < 256 ? (B64[code] ?? -1) : -1;
    if (v < 0) continue;
    bits = ((bits << 6) | v) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[n++] = (bits >> nbits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hex(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** Quoted-printable to bytes: "=XX" escapes and "=" soft line breaks; anything broken is kept. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3d) {
      out[n++] = code & 0xff;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (next === 0x0a) {
      i += 1;
      continue;
    }
    if (next === 0x0d && text.charCodeAt(i + 2) === 0x0a) {
      i += 2;
      continue;
    }
    const hi = hex(next);
    const lo = hex(text.charCodeAt(i + 2));
    if (hi >= 0 && lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else {
      out[n++] = code;
    }
  }
  return out.subarray(0, n);
}

/** Each byte's char in a binary string, as bytesToBinary maps it (a single-byte charset). */
const BYTE_CHARS = bytesToBinary(Uint8Array.from({ length: 256 }, (_, i) => i));

/**
 * Quoted-printable to a binary string. 7-bit text (nearly all) is copied in runs between its
 * "=" signs, natively and far faster than char by char; other text goes through the bytes,
 * since its chars stand for their low byte. `ascii`: whether the text is 7-bit, when known.
 */
export function quotedPrintableToBinary(text: string, ascii = isAscii(text)): string {
  if (!ascii) return bytesToBinary(decodeQuotedPrintable(text));
  let out = "";
  let from = 0; // start of the run not yet copied
  for (let i = text.indexOf("="); i >= 0; i = text.indexOf("=", i)) {
    out += text.slice(from, i);
    const next = text.charCodeAt(i + 1);
    const hi = hex(next);
    const lo = hex(text.charCodeAt(i + 2));
    if (next === 0x0a) i += 2;
    else if (next === 0x0d && text.charCodeAt(i + 2) === 0x0a) i += 3;
    else if (hi >= 0 && lo >= 0) {
      out += BYTE_CHARS[(hi << 4) | lo] as string;
      i += 3;
    } else {
      // a broken escape: the "=" is kept, and the run goes on from it
      from = i;
      i += 1;
      continue;
    }
    from = i;
  }
  return out + text.slice(from);
}
