// Bytes as a "binary string" (one char per byte, 0-255): boundaries and headers are found with
// plain string search, and only the pieces that need it are turned back into bytes and decoded.

const CHUNK = 0x8000;

export function bytesToBinary(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

/** The low byte of each char: exact for binary strings. */
export function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Whether every char is 7-bit, so no charset changes it. */
export function isAscii(text: string): boolean {
  return !/[\u0080-\uffff]/.test(text);
}

/** Whether the string holds chars above 0xff: text that is already Unicode, not bytes. */
export function isUnicodeText(text: string): boolean {
  return /[\u0100-\uffff]/.test(text);
}
