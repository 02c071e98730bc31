// The original message's headers quoted inside a bounce's text (non-DSN bounces often append
// "------ This is a copy of the message, including all the headers. ------" and the headers).
import type { HeaderField } from "../dialects/types";
import { isFieldLine, parseHeaderBlock } from "../mime/headers";
import type { Warning } from "../types";

/**
 * A line opening with a field that marks a block of lines as a message's header rather than a
 * report's fields, after the quote prefix quotePrefix() takes off (">" or "> ", else up to 8
 * spaces or tabs): found by one search over the text, not line by line.
 */
const MESSAGE_FIELD_LINE =
  /(?:^|\n)(?:> ?|[ \t]{0,8})(?:received|return-path|message-id|subject|from|to|date|mime-version|dkim-signature|x-mailer|content-type|reply-to|cc):/gi;
const KEY_FIELDS = /^(from|subject|message-id|date|to):/i;

/** The quote prefix of the line at `pos`: "> " or ">", else up to 8 spaces or tabs ("" when none). */
function quotePrefix(text: string, pos: number): string {
  if (text.charCodeAt(pos) === 0x3e) return text.charCodeAt(pos + 1) === 0x20 ? "> " : ">";
  let n = 0;
  while (n < 8 && (text.charCodeAt(pos + n) === 0x20 || text.charCodeAt(pos + n) === 0x09)) n++;
  return text.slice(pos, pos + n);
}

/**
 * The first block of at least three header lines with two message fields (From, Subject,
 * Message-ID, Date, To) in the text, parsed. Undefined when the text quotes no header.
 * A quote prefix ("> ", an indent) on the block's first line is taken off every line.
 */
export function findQuotedHeaders(
  text: string,
  unicode: boolean,
  warnings: Warning[],
): HeaderField[] | undefined {
  MESSAGE_FIELD_LINE.lastIndex = 0;
  for (let m = MESSAGE_FIELD_LINE.exec(text); m; m = MESSAGE_FIELD_LINE.exec(text)) {
    const start = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index;
    const prefix = quotePrefix(text, start);
    const block: string[] = [];
    let fields = 0;
    let keys = 0;
    let last = start; // the end of the block's last line
    for (let pos = start; pos <= text.length && block.length < 400;) {
      // the prefix holds no line break, so it is on this line when the text has it here
      if (!text.startsWith(prefix, pos)) break;
      let eol = text.indexOf("\n", pos);
      if (eol < 0) eol = text.length;
      const line = text.slice(pos + prefix.length, eol);
      if (line === "") break;
      const first = line.charCodeAt(0);
      // (a line opening with a printable char is not blank: no trimmed copy made to tell)
      if ((first <= 0x20 || first >= 0x7f) && line.trim() === "") break;
      if (first !== 0x20 && first !== 0x09) {
        if (!isFieldLine(line)) break;
        if (KEY_FIELDS.test(line)) keys += 1;
        fields += 1;
      }
      block.push(line);
      last = eol;
      pos = eol + 1;
    }
    if (fields >= 3 && keys >= 2) return parseHeaderBlock(block.join("\n"), unicode, warnings);
    // the search goes on after the block, from the line break ending it
    MESSAGE_FIELD_LINE.lastIndex = last;
  }
  return undefined;
}
