// A bounce's text as lines, split and lower-cased once per bounce for every decoder that reads it
// (several may try one bounce), and the first line holding some marks, found in one scan.
import type { BounceSource } from "../types";
import type { Marks } from "./marks";
import { lastAnswer } from "../../last-answer";

/** The text lower-cased, with where each line starts in it. */
interface LowerText {
  readonly text: string;
  readonly starts: readonly number[];
}

/**
 * The line holding offset `at` of the text: the last line starting at or before it. (Any sorted
 * list of starts: a notice's section headings too.)
 */
export function lineAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * What opens a line (a regex source over lower-cased text, not crossing a line break), found in
 * one scan of the text for a line break followed by it: a test at each line's start cost about
 * twice as much, most of it in the loop over the lines.
 */
export class LineOpening {
  /** Sticky, at the text's first line. */
  readonly first: RegExp;
  /** Global, a line break and the next line's opening. */
  readonly next: RegExp;

  constructor(source: string) {
    this.first = new RegExp(source, "y");
    this.next = new RegExp(String.raw`\n(?:${source})`, "g");
  }
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
  lowerText(): LowerText {
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

  /** The lines, below `limit`, that open with `opening` in the lower-cased text. */
  linesOpening(opening: LineOpening, limit: number): number[] {
    const { text, starts } = this.lowerText();
    const found: number[] = [];
    if (limit <= 0) return found;
    opening.first.lastIndex = 0;
    if (opening.first.test(text)) found.push(0);
    // a match at a line break opens the line after it; lines from `limit` on are not read
    const end = limit < starts.length ? (starts[limit] as number) : text.length + 1;
    opening.next.lastIndex = 0;
    for (let m = opening.next.exec(text); m !== null && m.index + 1 < end;) {
      found.push(lineAt(starts, m.index + 1));
      m = opening.next.exec(text);
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
    if (at === undefined) return false;
    // an index loop: this runs on every line of a report
    for (let k = 0; k < openings.length; k++)
      if (text.startsWith(openings[k] as string, at)) return true;
    return false;
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
export const textLines: (src: BounceSource) => TextLines = lastAnswer(
  (src) => new TextLines(src.text),
);

/**
 * The bounce with each pair of lines (a line and the next) that `rewrite` gives new words for
 * replaced, read in order over the lines as rewritten so far; the bounce itself when none changes.
 */
export function rewriteLinePairs(
  src: BounceSource,
  rewrite: (line: string, next: string) => readonly [string, string] | undefined,
): BounceSource {
  const original = textLines(src).lines;
  // a copy of the lines once one changes
  let lines: string[] | undefined;
  for (let i = 0; i + 1 < original.length; i++) {
    const read = lines ?? original;
    const pair = rewrite(read[i] ?? "", read[i + 1] ?? "");
    if (pair === undefined) continue;
    lines ??= [...original];
    [lines[i], lines[i + 1]] = pair;
  }
  return lines ? { ...src, text: lines.join("\n") } : src;
}
