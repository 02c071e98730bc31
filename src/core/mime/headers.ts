// Header blocks: split from the body, unfolded, 8-bit bytes and RFC 2047 words decoded.
import type { HeaderField } from "../dialects/types";
import { isAscii } from "./bytes";
import { decodeCharset } from "./charset";
import { decodeEncodedWords } from "./encodedWords";
import { MAX_HEADER_FIELDS } from "./limits";
import type { Warning } from "../types";

/** Whether a line starts a header field ("Name: value"). */
export function isFieldLine(line: string): boolean {
  return fieldColon(line, 0, line.length) >= 0;
}

/**
 * Whether the line after the first (which ends at `firstEnd`) is prose: neither a field, nor a
 * folded line, nor the blank line ending a header block. A pasted notice whose first line only
 * looks like a field ("MailEnable: Message could not be delivered ...") is then all body.
 */
function opensProse(raw: string, firstEnd: number): boolean {
  if (firstEnd >= raw.length) return false;
  const start = firstEnd + 1;
  const end = raw.indexOf("\n", start);
  const lineEnd = end < 0 ? raw.length : end;
  const c = raw.charCodeAt(start);
  if (lineEnd === start || c === 0x20 || c === 0x09 || c === 0x0d) return false;
  return fieldColon(raw, start, lineEnd) < 0;
}

/**
 * Where the header block of `raw` ends and the body starts (LF or CRLF line ends). Text that
 * does not open with a field (pasted body text; an mbox "From " line aside) has no headers.
 * The first line's end says which blank line to look for first, so a long body is not scanned
 * for the other kind. `pasted`: the outermost text, maybe a notice pasted without headers whose
 * first line only looks like a field (opensProse); a part's header block, however mangled, stays
 * headers.
 */
export function splitHeaders(raw: string, pasted = false): { head: string; body: string } {
  let start = 0;
  if (raw.startsWith("From ")) start = raw.indexOf("\n") + 1 || raw.length;
  const firstEnd = raw.indexOf("\n", start);
  const lineEnd = firstEnd < 0 ? raw.length : firstEnd;
  if (fieldColon(raw, start, lineEnd) < 0 || (pasted && opensProse(raw, lineEnd)))
    return { head: "", body: raw.slice(start) };
  const crlf = raw.charCodeAt(lineEnd - 1) === 0x0d;
  const first = crlf ? "\n\r\n" : "\n\n";
  let blank = raw.indexOf(first, start);
  let size = first.length;
  if (blank < 0) {
    const second = crlf ? "\n\n" : "\n\r\n";
    blank = raw.indexOf(second, start);
    size = second.length;
  }
  if (blank < 0) return { head: raw.slice(start), body: "" };
  return { head: raw.slice(start, blank + 1), body: raw.slice(blank + size) };
}

/**
 * Two spaces, an encoded word's start, or any char but printable ASCII: a value that may need
 * decoding or squeezing. (The literal alternatives first: the pattern runs a third faster so.)
 */
const NOT_PLAIN = / {2}|=\?|[^ -~]/;
/** A whitespace run or a blank other than a space: what squeezing changes. */
const SQUEEZABLE = /\s\s|[\t\r\n]/;

/** A header value's bytes to text: UTF-8 when valid, else the 8-bit fallback; then RFC 2047. */
function decodeHeaderValue(raw: string, unicode: boolean, warnings: Warning[]): string {
  // most values are plain: one pattern rules out 8-bit bytes, tabs, space runs and RFC 2047
  if (!NOT_PLAIN.test(raw)) return raw.trim();
  const text = unicode || isAscii(raw) ? raw : decodeCharset(raw, "", warnings);
  const decoded = decodeEncodedWords(text, warnings);
  // whitespace runs to one space: only runs of two or more, and lone non-space blanks, change
  return SQUEEZABLE.test(decoded) ? decoded.replace(/\s{2,}|[^\S ]/g, " ").trim() : decoded.trim();
}

/** What decoding a block's values needs; one per block, shared by its fields. */
interface BlockContext {
  readonly unicode: boolean;
  readonly warnings: Warning[];
}

/**
 * A field whose value is unfolded and decoded when first read: most fields of a bounce are
 * never read. It keeps the block and where its value runs, from after the colon to the start
 * of the next field's line (continuation and blank lines in between).
 */
class LazyField implements HeaderField {
  readonly name: string;
  #block: string;
  #start: number;
  #end: number;
  #ctx: BlockContext;
  #value: string | undefined;
  constructor(name: string, block: string, start: number, end: number, ctx: BlockContext) {
    this.name = name;
    this.#block = block;
    this.#start = start;
    this.#end = end;
    this.#ctx = ctx;
  }
  get value(): string {
    this.#value ??= decodeHeaderValue(
      unfold(this.#block, this.#start, this.#end),
      this.#ctx.unicode,
      this.#ctx.warnings,
    );
    return this.#value;
  }
  toJSON(): HeaderField {
    return { name: this.name, value: this.value };
  }
}

/** The end of the line at `end` without its CR. */
function withoutCr(block: string, start: number, end: number): number {
  return end > start && block.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}

/** A folded value (first line from `start`, continuation lines up to `end`) on one line: each
 * line trimmed, joined by one space; blank lines skipped. */
function unfold(block: string, start: number, end: number): string {
  let eol = block.indexOf("\n", start);
  if (eol < 0 || eol >= end) return block.slice(start, withoutCr(block, start, end)).trim();
  // one line (the usual case): its line break ends the value, and no array is built
  if (eol === end - 1) return block.slice(start, withoutCr(block, start, eol)).trim();
  // joined once into a flat string: one built by += is a rope, which every pattern that reads
  // the value (and there are several) would first have to flatten
  const lines = [block.slice(start, withoutCr(block, start, eol)).trim()];
  for (let pos = eol + 1; pos < end; pos = eol + 1) {
    eol = block.indexOf("\n", pos);
    if (eol < 0 || eol > end) eol = end;
    const lineEnd = withoutCr(block, pos, eol);
    if (lineEnd > pos) lines.push(block.slice(pos, lineEnd).trim());
  }
  return lines.join(" ");
}

/**
 * Unfolded fields of a header block (LF or CRLF line ends). Lines that are neither a field nor a
 * continuation are skipped. Values are unfolded and decoded on first read.
 */
export function parseHeaderBlock(
  block: string,
  unicode: boolean,
  warnings: Warning[],
): HeaderField[] {
  const ctx: BlockContext = { unicode, warnings };
  const fields: HeaderField[] = [];
  let name = "";
  let valueStart = 0;
  // Scanned with indexOf rather than split into lines and matched: header blocks are the bulk
  // of the work on an ordinary bounce. Only field lines need a look; the lines that continue
  // a field (or are blank) belong to its value, which is cut out when read.
  const length = block.length;
  let pos = 0;
  while (pos < length && fields.length < MAX_HEADER_FIELDS) {
    let end = block.indexOf("\n", pos);
    if (end < 0) end = length;
    const first = block.charCodeAt(pos);
    // neither a continuation (space, tab) nor blank (LF, or CR LF): tested inline, as a call
    // per line cost 7% of the parse
    if (first !== 0x20 && first !== 0x09 && first !== 0x0a && (first !== 0x0d || end > pos + 1)) {
      if (name !== "") fields.push(new LazyField(name, block, valueStart, pos, ctx));
      const colon = fieldColon(block, pos, end);
      name = colon < 0 ? "" : block.slice(pos, colon).toLowerCase();
      valueStart = colon + 1;
    }
    pos = end + 1;
  }
  if (name !== "" && fields.length < MAX_HEADER_FIELDS) {
    fields.push(new LazyField(name, block, valueStart, Math.min(pos, length), ctx));
  }
  return fields;
}

/** The colon ending a field name (1-76 printable chars) that opens the line, or -1. */
function fieldColon(text: string, start: number, end: number): number {
  const stop = Math.min(end, start + 77);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return i > start ? i : -1;
    if (c < 0x21 || c > 0x7e) return -1;
  }
  return -1;
}

/** The first field of that (lower-case) name. */
export function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  for (const f of fields) if (f.name === name) return f.value;
  return undefined;
}
