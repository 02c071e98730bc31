// Office.js hands whole messages and file attachments over as base64 text.
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/[^A-Za-z0-9+/=]/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
