// Exim writes the bytes of a reply or an address that are not printable ASCII as octal escapes
// ("\303\274" for "ü"), in its notice's text and in the DSN it adds: a Japanese server's reply or
// an internationalised address comes out as runs of them. A run that spells UTF-8 is read back.
import { tryStrict } from "../mime/charset";

/** Two or more escaped bytes of 0x80 and over: a UTF-8 character takes at least two. */
const RUN = /(?:\\[23][0-7]{2}){2,}/g;

/** `text` with every run of escaped bytes that is valid UTF-8 decoded; other runs stay. */
export function unescapeOctalUtf8(text: string): string {
  // most texts hold no escape at all: one search, no regex
  if (!text.includes("\\3")) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("\\"), (octal) => parseInt(octal, 8));
    return tryStrict(bytes, "utf-8") ?? run;
  });
}
