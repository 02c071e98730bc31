// A catalog entry's texts and codes made ready for matching: folded once, split on their
// placeholders, scored against a reply's folded words.
import type { CatalogEntry } from "./types";
import { PLACEHOLDER } from "./placeholders";

export const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** "5.1.1" when the input is a well-formed enhanced status code, else undefined. */
export function normalizeStatus(status: string | undefined): string | undefined {
  const trimmed = status?.trim();
  if (trimmed === undefined) return undefined;
  const m = STATUS.exec(trimmed);
  return m === null ? undefined : `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
}

/** Whitespace that folding changes: any but a space, or two spaces. */
const UNFOLDED_SPACE = /[^\S ]| {2}/;

/** Lower case, runs of whitespace as one space (most replies are one line: nothing to replace). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return UNFOLDED_SPACE.test(lower) ? lower.replace(/\s+/g, " ") : lower;
}

/**
 * Literal pieces of a catalog text between its placeholders. One split, not a walk over each
 * character: this runs once per text in every thread, before V8 has compiled it.
 */
export function fragments(pattern: string): string[] {
  const pieces = pattern.split(PLACEHOLDER);
  const last = pieces.length - 1;
  pieces[last] = (pieces[last] ?? "").replace(/\.\s*$/, "");
  return pieces.map((piece) => fold(piece).trim()).filter((piece) => piece.length > 0);
}

/** A catalog text made ready once: its literal pieces, folded. */
export interface Pattern {
  readonly text: string;
  readonly pieces: readonly string[];
  /** One of the entry's `commonTexts`. */
  readonly common: boolean;
}

/** Each entry's texts, split on first use (one lookup per entry, not one per text). */
const patternCache = new WeakMap<CatalogEntry, readonly Pattern[]>();

export function patternsOf(entry: CatalogEntry): readonly Pattern[] {
  let patterns = patternCache.get(entry);
  if (patterns === undefined) {
    patterns = entry.texts.map((text) => ({
      text,
      pieces: fragments(text),
      common: entry.commonTexts?.includes(text) === true,
    }));
    patternCache.set(entry, patterns);
  }
  return patterns;
}

export function foldedScore(pieces: readonly string[], haystack: string): number {
  let from = 0;
  let score = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return 0;
    from = at + piece.length;
    score += piece.length;
  }
  return score;
}

/** Does the catalog code ("5.7.1", "4.7.500-699", "5.4.6/5.4.14", "") cover this status? */
export function codeCovers(code: string, status: string): boolean {
  if (code === "") return true;
  return code.split("/").some((part) => {
    const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(part);
    if (range === null) return part === status;
    const [cls, low, high] = [range[1] ?? "", Number(range[2]), Number(range[3])];
    const m = STATUS.exec(status);
    if (m === null || `${m[1]}.${m[2]}` !== cls) return false;
    const detail = Number(m[3]);
    return detail >= low && detail <= high;
  });
}

/**
 * The longest of the entry's texts found in `haystack`; its `commonTexts` count only when
 * `microsoftWords` (a Microsoft server wrote the words).
 */
export function bestText(
  entry: CatalogEntry,
  haystack: string,
  microsoftWords = true,
): { score: number; matched: string } {
  let best = { score: 0, matched: "" };
  for (const pattern of patternsOf(entry)) {
    if (pattern.common && !microsoftWords) continue;
    const score = foldedScore(pattern.pieces, haystack);
    if (score > best.score) best = { score, matched: pattern.text };
  }
  return best;
}
