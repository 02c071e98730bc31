// The original message's headers quoted inside a bounce's text (non-DSN bounces often append
// "------ This is a copy of the message, including all the headers. ------" and the headers).
import type { HeaderField } from "../dialects/types";
import { isFieldLine, parseHeaderBlock } from "../mime/headers";

/** Fields that mark a block of lines as a message's header rather than a report's fields. */
const MESSAGE_FIELDS =
  /^(received|return-path|message-id|subject|from|to|date|mime-version|dkim-signature|x-mailer|content-type|reply-to|cc):/i;
const KEY_FIELDS = /^(from|subject|message-id|date|to):/i;

/** A line's quote prefix: "> " or ">", else up to 8 spaces or tabs ("" when none). */
function quotePrefix(line: string): string {
  if (line.charCodeAt(0) === 0x3e) return line.charCodeAt(1) === 0x20 ? "> " : ">";
  let n = 0;
  while (n < 8 && (line.charCodeAt(n) === 0x20 || line.charCodeAt(n) === 0x09)) n++;
  return line.slice(0, n);
}

/**
 * The first block of at least three header lines with two message fields (From, Subject,
 * Message-ID, Date, To) in the text, parsed. Undefined when the text quotes no header.
 * A quote prefix ("> ", an indent) on the block's first line is taken off every line.
 */
export function findQuotedHeaders(
  text: string,
  unicode: boolean,
  warnings: string[],
): HeaderField[] | undefined {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as string;
    // most lines are no field at all: no colon, no regex
    if (!head.includes(":")) continue;
    const prefix = quotePrefix(head);
    if (!MESSAGE_FIELDS.test(head.slice(prefix.length))) continue;
    const block: string[] = [];
    let keys = 0;
    for (let j = i; j < lines.length && block.length < 400; j++) {
      const raw = lines[j] as string;
      if (!raw.startsWith(prefix)) break;
      const line = raw.slice(prefix.length);
      if (line.trim() === "") break;
      if (/^[ \t]/.test(line)) {
        block.push(line);
        continue;
      }
      if (!isFieldLine(line)) break;
      if (KEY_FIELDS.test(line)) keys += 1;
      block.push(line);
    }
    const fields = block.filter((l) => !/^[ \t]/.test(l)).length;
    if (fields >= 3 && keys >= 2) return parseHeaderBlock(block.join("\n"), unicode, warnings);
    i += Math.max(0, block.length - 1);
  }
  return undefined;
}
