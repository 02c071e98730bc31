// RFC 2047 encoded words in header values: =?charset?B|Q?text?=. Adjacent words lose the
// whitespace between them, and consecutive words in one charset are decoded together, so a
// multi-byte character split across two words survives.
import { bytesToBinary } from "./bytes";
import { decodeCharset } from "./charset";
import { decodeBase64, quotedPrintableToBinary } from "./transfer";
import type { Warning } from "../types";

const WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, text: string): string {
  if (encoding === "b" || encoding === "B") return bytesToBinary(decodeBase64(text));
  return quotedPrintableToBinary(text.replace(/_/g, " "));
}

export function decodeEncodedWords(value: string, warnings: Warning[]): string {
  if (!value.includes("=?")) return value;
  let out = "";
  let last = 0;
  let pendingCharset = "";
  let pending = "";
  const flush = (): void => {
    if (pending !== "") out += decodeCharset(pending, pendingCharset, warnings);
    pending = "";
  };
  let afterWord = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(value); m !== null; m = WORD.exec(value)) {
    const gap = value.slice(last, m.index);
    // RFC 2231 adds "*language" to the charset.
    const charset = (m[1] ?? "").split("*")[0]?.toLowerCase() ?? "";
    if (!afterWord || gap.trim() !== "") {
      flush();
      out += gap;
    } else if (charset !== pendingCharset) {
      flush();
    }
    pendingCharset = charset;
    pending += wordBytes(m[2] ?? "b", m[3] ?? "");
    last = m.index + m[0].length;
    afterWord = true;
  }
  flush();
  return out + value.slice(last);
}
