// Exim writes the bytes of a reply or an address that are not printable ASCII as octal escapes
// ("\303\274" for "ü"), in its notice's text and in the DSN it adds: a Japanese server's reply or
// an internationalised address comes out as runs of them. A run that spells UTF-8 is read back.
import { tryStrict } from "../mime/charset";

/** Two or more escaped bytes of 0x80 and over: a UTF-8 character takes at least two. */
const RUN = /(?:\\[23][0-7]{2}){2,}/g;

/** The bytes a UTF-8 lead byte starts (2 to 4), 0 for a byte that starts no character. */
const sequenceLength = (byte: number): number =>
  byte >= 0xc2 && byte <= 0xdf
    ? 2
    : byte >= 0xe0 && byte <= 0xef
      ? 3
      : byte >= 0xf0 && byte <= 0xf4
        ? 4
        : 0;

/**
 * The bytes of a run with a last character the server cut in half dropped: Exim cuts a long reply
 * at a length of its own ("...\320\276\320[truncated]"), often inside a character, and the
 * characters before the cut are still the reply's words. Null when the run does not end so.
 */
function uncut(bytes: Uint8Array): Uint8Array | null {
  for (let tail = 1; tail <= 3 && tail < bytes.length; tail += 1) {
    const lead = bytes[bytes.length - tail] ?? 0;
    if (sequenceLength(lead) > tail) return bytes.slice(0, bytes.length - tail);
    if (lead < 0x80 || lead > 0xbf) return null;
  }
  return null;
}

/** `text` with every run of escaped bytes that is valid UTF-8 decoded (but for a last character
 * the server cut in half, dropped); other runs stay. */
export function unescapeOctalUtf8(text: string): string {
  // most texts hold no escape at all: one search, no regex
  if (!text.includes("\\3")) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("\\"), (octal) => parseInt(octal, 8));
    const whole = tryStrict(bytes, "utf-8");
    if (whole !== undefined) return whole;
    const cut = uncut(bytes);
    return (cut && cut.length >= 2 ? tryStrict(cut, "utf-8") : undefined) ?? run;
  });
}
