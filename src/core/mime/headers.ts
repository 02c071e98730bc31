// Header blocks: split from the body, unfolded, 8-bit bytes and RFC 2047 words decoded.
import type { HeaderField } from "../dialects/types";
import { isAscii } from "./bytes";
import { decodeCharset } from "./charset";
import { decodeEncodedWords } from "./encodedWords";
import { MAX_HEADER_FIELDS } from "./limits";

const FIELD = /^([!-9;-~]{1,76}):/;

/** Whether a line starts a header field ("Name: value"). */
export function isFieldLine(line: string): boolean {
  return FIELD.test(line);
}

const LF_FIRST = ["\n\n", "\n\r\n"] as const;
const CRLF_FIRST = ["\n\r\n", "\n\n"] as const;

/**
 * The first blank line at or after `from`: its start and the body's start. The first line's end
 * says which line ends to look for first, so a long body is not scanned for the other kind.
 */
function blankLine(
  raw: string,
  from: number,
  crlf: boolean,
): { at: number; next: number } | undefined {
  for (const blank of crlf ? CRLF_FIRST : LF_FIRST) {
    const i = raw.indexOf(blank, from);
    if (i >= 0) return { at: i + 1, next: i + blank.length };
  }
  return undefined;
}

/**
 * Where the header block of `raw` ends and the body starts (LF or CRLF line ends). Text that
 * does not open with a field (pasted body text; an mbox "From " line aside) has no headers.
 */
export function splitHeaders(raw: string): { head: string; body: string } {
  let start = 0;
  if (raw.startsWith("From ")) start = raw.indexOf("\n") + 1 || raw.length;
  const firstEnd = raw.indexOf("\n", start);
  const firstLine = raw.slice(start, firstEnd < 0 ? raw.length : firstEnd);
  if (!isFieldLine(firstLine)) return { head: "", body: raw.slice(start) };
  const blank = blankLine(raw, start, firstLine.endsWith("\r"));
  if (!blank) return { head: raw.slice(start), body: "" };
  return { head: raw.slice(start, blank.at), body: raw.slice(blank.next) };
}

/** A header value's bytes to text: UTF-8 when valid, else the 8-bit fallback; then RFC 2047. */
export function decodeHeaderValue(raw: string, unicode: boolean, warnings: string[]): string {
  const text = unicode || isAscii(raw) ? raw : decodeCharset(raw, "", warnings);
  const decoded = decodeEncodedWords(text, warnings);
  return /\s\s|[\t\r\n]/.test(decoded) ? decoded.replace(/\s+/g, " ").trim() : decoded.trim();
}

/** A field whose value is decoded when first read: most fields of a bounce are never read. */
class LazyField implements HeaderField {
  readonly name: string;
  #raw: string;
  #unicode: boolean;
  #warnings: string[];
  #value: string | undefined;
  constructor(name: string, raw: string, unicode: boolean, warnings: string[]) {
    this.name = name;
    this.#raw = raw;
    this.#unicode = unicode;
    this.#warnings = warnings;
  }
  get value(): string {
    this.#value ??= decodeHeaderValue(this.#raw, this.#unicode, this.#warnings);
    return this.#value;
  }
  toJSON(): HeaderField {
    return { name: this.name, value: this.value };
  }
}

/**
 * Unfolded fields of a header block (LF or CRLF line ends). Lines that are neither a field nor a
 * continuation are skipped. Values are decoded on first read.
 */
export function parseHeaderBlock(
  block: string,
  unicode: boolean,
  warnings: string[],
): HeaderField[] {
  const fields: HeaderField[] = [];
  let name = "";
  let value = "";
  // Scanned with indexOf rather than split into lines and matched: header blocks are the bulk
  // of the work on an ordinary bounce.
  for (let pos = 0; pos < block.length && fields.length < MAX_HEADER_FIELDS;) {
    let end = block.indexOf("\n", pos);
    if (end < 0) end = block.length;
    const lineEnd = end > pos && block.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const first = block.charCodeAt(pos);
    if (lineEnd === pos) {
      // blank line: skipped
    } else if (first === 0x20 || first === 0x09) {
      if (name !== "") value += " " + block.slice(pos, lineEnd).trim();
    } else {
      if (name !== "") fields.push(new LazyField(name, value, unicode, warnings));
      const colon = fieldColon(block, pos, lineEnd);
      name = colon < 0 ? "" : block.slice(pos, colon).toLowerCase();
      if (colon >= 0) value = block.slice(colon + 1, lineEnd).trim();
    }
    pos = end + 1;
  }
  if (name !== "" && fields.length < MAX_HEADER_FIELDS) {
    fields.push(new LazyField(name, value, unicode, warnings));
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
  return fields.find((f) => f.name === name)?.value;
}
