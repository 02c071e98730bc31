// A bounce's text as lines, split and lower-cased once per bounce for every decoder that reads it
// (several may try one bounce), and the first line holding some marks, found in one scan.
import type { BounceSource } from "../types";
import type { Marks } from "./marks";
import { perBounce } from "./per-bounce";
import { isSpace } from "./space";

/** The text lower-cased, with where each line starts in it. */
interface LowerText {
  readonly text: string;
  readonly starts: readonly number[];
}

/** The line holding offset `at` of the text: the last line starting at or before it. */
function lineAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** How much of a text `head` holds: a bounce's own words come first. */
const HEAD_CHARS = 4000;

export class TextLines {
  readonly lines: readonly string[];
  private readonly source: string;
  private lowered: LowerText | undefined;
  private lowerHead: string | undefined;

  constructor(text: string) {
    this.source = text;
    this.lines = text.split("\n");
  }

  /**
   * Lower-cased in one call, not line by line (each call costs much on non-Latin text). The same
   * lines result: lower-casing never adds or drops a line break, and a line break is neither a
   * cased nor a case-ignorable char, so no line's letters depend on another line's.
   */
  private lowerText(): LowerText {
    if (this.lowered === undefined) {
      const text = this.source.toLowerCase();
      const starts = [0];
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
        starts.push(at + 1);
      }
      this.lowered = { text, starts };
    }
    return this.lowered;
  }

  /**
   * The first HEAD_CHARS chars, lower-cased: the whole lower-cased text when it is no longer
   * (most are), so the text is lower-cased once.
   */
  head(): string {
    this.lowerHead ??=
      this.source.length <= HEAD_CHARS
        ? this.lowerText().text
        : this.source.slice(0, HEAD_CHARS).toLowerCase();
    return this.lowerHead;
  }

  /** True when the text holds any of `marks`. */
  has(marks: Marks): boolean {
    return marks.in(this.lowerText().text);
  }

  /**
   * The lines, below `limit`, where the sticky `pattern` matches the lower-cased text at the
   * line's start. Only lines whose first char after white space is one of `initials` (codes of
   * lower-case chars) are tried: a pattern that can open only with those rules the others out.
   */
  linesOpening(pattern: RegExp, initials: ReadonlySet<number>, limit: number): number[] {
    const { text, starts } = this.lowerText();
    const found: number[] = [];
    const end = Math.min(limit, starts.length);
    for (let i = 0; i < end; i++) {
      const start = starts[i] as number;
      let at = start;
      // white space up to the line break (isSpace(0x0a) is true, but the line ends there)
      for (let c = text.charCodeAt(at); c !== 0x0a && isSpace(c); c = text.charCodeAt(at)) at++;
      if (!initials.has(text.charCodeAt(at))) continue;
      pattern.lastIndex = start;
      if (pattern.test(text)) found.push(i);
    }
    return found;
  }

  /** Line `i` lower-cased. */
  lower(i: number): string {
    const { text, starts } = this.lowerText();
    const start = starts[i];
    if (start === undefined) return "";
    const next = starts[i + 1];
    return text.slice(start, next === undefined ? text.length : next - 1);
  }

  /** True when line `i`, lower-cased, starts with one of `openings` (which hold no line break). */
  opens(i: number, openings: readonly string[]): boolean {
    const { text, starts } = this.lowerText();
    const at = starts[i];
    return at !== undefined && openings.some((o) => text.startsWith(o, at));
  }

  /**
   * The first line from line `from` on that holds one of `marks`, or the line count when none
   * does. Marks hold no line break, so the first match in the text is in that line.
   */
  firstHolding(marks: Marks, from: number): number {
    const { text, starts } = this.lowerText();
    const start = starts[from];
    const at = start === undefined ? -1 : marks.firstIn(text, start);
    return at < 0 ? this.lines.length : lineAt(starts, at);
  }
}

/** The bounce's text lines, split on the first call for this bounce. */
export const textLines: (src: BounceSource) => TextLines = perBounce(
  (src) => new TextLines(src.text),
);
