// Stands in for iconv-lite in the browser bundle (webpack `resolve.alias`: iconv-lite needs Node's
// Buffer) and in the command's (esbuild `alias`: iconv-lite's tables were 0.55 MB of its 1.83 MB).
// @kenjiuno/msgreader only calls decode() for 8-bit string properties, which TextDecoder handles in
// every browser and in Node.
export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function encode(): never {
  throw new Error("Writing .msg files is not supported.");
}
