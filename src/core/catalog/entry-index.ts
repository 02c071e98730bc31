// Indexes over catalog entries, so that a reply is matched against the few entries that may fit:
// by the status their codes cover, and by the whole words their texts hold.
import type { CatalogEntry } from "./types";
import { codeCovers, patternsOf } from "./entry-texts";
import { Marks } from "../dialects/common/marks";

/**
 * Statuses come from the emails: a memo of answers per status stops growing here, so a run over
 * many odd codes keeps its memory bounded (the 406 test bounces hold 51 statuses).
 */
const MEMO_LIMIT = 2000;

export function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size < MEMO_LIMIT) memo.set(key, value);
  return value;
}

/**
 * Entries by the status they cover, worked out once per status: exact codes from a map made at
 * load, ranges (few) checked once. Entries without a code are kept apart (they match any status).
 */
export class CodeIndex<T extends { readonly code: string }> {
  private readonly exact = new Map<string, T[]>();
  private readonly ranged: T[] = [];
  readonly anyCode: readonly T[];
  private readonly memo = new Map<string, { covering: readonly T[]; candidates: readonly T[] }>();

  constructor(readonly all: readonly T[]) {
    const anyCode: T[] = [];
    for (const item of all) {
      if (item.code === "") anyCode.push(item);
      else if (item.code.includes("-")) this.ranged.push(item);
      else
        for (const part of item.code.split("/"))
          this.exact.set(part, [...(this.exact.get(part) ?? []), item]);
    }
    this.anyCode = anyCode;
  }

  /** Both lists below for `status`, worked out on its first use. */
  private forStatus(status: string): { covering: readonly T[]; candidates: readonly T[] } {
    let found = this.memo.get(status);
    if (found === undefined) {
      const exact = this.exact.get(status) ?? [];
      const ranged = this.ranged.filter((e) => codeCovers(e.code, status));
      // Most tables have no row for a given status: nothing to filter.
      if (exact.length === 0 && ranged.length === 0) {
        found = { covering: [], candidates: this.anyCode };
      } else {
        const hits = new Set([...exact, ...ranged]);
        const covering = this.all.filter((e) => hits.has(e));
        const candidates =
          this.anyCode.length === 0
            ? covering
            : this.all.filter((e) => e.code === "" || hits.has(e));
        found = { covering, candidates };
      }
      remember(this.memo, status, found);
    }
    return found;
  }

  /** The entries with a code that covers `status`, in table order. */
  covering(status: string): readonly T[] {
    return this.forStatus(status).covering;
  }

  /** The entries a text match may consider: those covering the status, and those without a code. */
  candidates(status: string | undefined): readonly T[] {
    return status === undefined ? this.all : this.forStatus(status).candidates;
  }
}

/** Letters and digits make words here; any other character parts them. */
const NON_WORD = /[^a-z0-9]+/;

/**
 * Entries by the words their texts hold whole (a separator on each side, inside the text): any
 * haystack that holds such a text has that word among its words. A reply without a code makes
 * every seed entry a candidate; its words leave a few of 104, and the others are passed over
 * without a search for their texts: whole command on 812 files, 3.045 -> 2.979 G instructions (the
 * cold passes gain most); with the candidates in no order (ties are settled by table order after)
 * and the entries without a whole word ruled out at once, 2.922 -> 2.917 G.
 */
export class WordIndex {
  private readonly byWord = new Map<string, CatalogEntry[]>();
  /** Entries with a text that holds no whole word ("Mailbox full"): searched when their opening is. */
  private readonly always: CatalogEntry[] = [];
  /** Their texts' first pieces, looked for all at once: a text can only be where its first piece is. */
  private readonly openings: Marks;

  constructor(entries: readonly CatalogEntry[]) {
    for (const entry of entries) {
      const anchors = patternsOf(entry).map(({ pieces }) => longestWholeWord(pieces));
      if (anchors.includes(undefined)) this.always.push(entry);
      else for (const word of new Set(anchors)) this.add(word ?? "", entry);
    }
    this.openings = new Marks(
      this.always.flatMap((entry) => patternsOf(entry).flatMap(({ pieces }) => pieces.slice(0, 1))),
    );
  }

  private add(word: string, entry: CatalogEntry): void {
    const list = this.byWord.get(word);
    if (list === undefined) this.byWord.set(word, [entry]);
    else list.push(entry);
  }

  /** The entries whose texts may be in `haystack`, each once, in no particular order. */
  candidates(haystack: string): CatalogEntry[] {
    const found = this.openings.in(haystack) ? [...this.always] : [];
    for (const word of haystack.split(NON_WORD)) {
      const list = this.byWord.get(word);
      if (list !== undefined)
        for (const entry of list) if (!found.includes(entry)) found.push(entry);
    }
    return found;
  }
}

/** The longest word standing whole inside one of the pieces (split's first and last do not). */
function longestWholeWord(pieces: readonly string[]): string | undefined {
  let longest: string | undefined;
  for (const piece of pieces) {
    const words = piece.split(NON_WORD);
    for (const word of words.slice(1, -1)) {
      if (longest === undefined || word.length > longest.length) longest = word;
    }
  }
  return longest;
}
