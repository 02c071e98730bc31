// Outlook .msg files are OLE compound files ([MS-CFB]); every one starts with this signature.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** True when the bytes are a compound file, the container of an Outlook .msg. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}
