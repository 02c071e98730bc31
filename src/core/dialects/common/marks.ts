// Lists of lower-case marks looked for all at once. One regular expression of the escaped marks
// scans a text once, where one includes() per mark scans it once per mark, each call with its own
// set-up: five to ten times slower for the dozens of marks a bounce's text is checked against.

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A regular expression's source matching `text` literally. */
export function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, "\\$&");
}

/** A regular expression's source matching any of `words` literally. */
function alternation(words: readonly string[]): string {
  return words.map(escapeRegex).join("|");
}

export class Marks {
  /** Global, so `firstIn` can start at an offset; every use sets lastIndex first. None for no marks. */
  private readonly pattern: RegExp | undefined;

  /** `list`: lower-case substrings, each on one line (a line break in one is a programming error). */
  constructor(readonly list: readonly string[]) {
    if (list.some((m) => m.includes("\n"))) throw new Error("a mark holds a line break");
    this.pattern = list.length > 0 ? new RegExp(alternation(list), "g") : undefined;
  }

  /** True when `text` holds any of the marks. */
  in(text: string): boolean {
    if (this.pattern === undefined) return false;
    this.pattern.lastIndex = 0;
    return this.pattern.test(text);
  }

  /** Where the first mark at or after offset `from` starts in `text`; -1 when none does. */
  firstIn(text: string, from: number): number {
    return this.first(text, from)?.index ?? -1;
  }

  /**
   * The first mark at or after offset `from` in `text` and where it starts: of the marks that
   * start there, the first in the list. Undefined when none does.
   */
  first(text: string, from = 0): { readonly mark: string; readonly index: number } | undefined {
    if (this.pattern === undefined) return undefined;
    this.pattern.lastIndex = from;
    const m = this.pattern.exec(text);
    return m === null ? undefined : { mark: m[0], index: m.index };
  }
}

/**
 * A phrase table's lookup: the value of the first entry, in table order, whose phrase `text`
 * holds. One scan for all the phrases first rules out the many texts that hold none.
 */
export function phraseLookup<T>(
  table: readonly (readonly [string, T])[],
): (text: string) => T | undefined {
  const phrases = new Marks(table.map(([phrase]) => phrase));
  return (text) =>
    phrases.in(text) ? table.find(([phrase]) => text.includes(phrase))?.[1] : undefined;
}

const compiled = new WeakMap<readonly string[], Marks>();

/** The marks of a constant list, compiled once per list. */
export function marksOf(list: readonly string[]): Marks {
  let marks = compiled.get(list);
  if (marks === undefined) {
    marks = new Marks(list);
    compiled.set(list, marks);
  }
  return marks;
}
