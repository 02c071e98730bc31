// Lists of lower-case marks looked for all at once. One regular expression of the escaped marks
// scans a text once, where one includes() per mark scans it once per mark, each call with its own
// set-up: five to ten times slower for the dozens of marks a bounce's text is checked against.

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

export class Marks {
  /** Global, so `firstIn` can start at an offset; every use sets lastIndex first. None for no marks. */
  private readonly pattern: RegExp | undefined;

  /** `list`: lower-case substrings, each on one line (a line break in one is a programming error). */
  constructor(readonly list: readonly string[]) {
    if (list.some((m) => m.includes("\n"))) throw new Error("a mark holds a line break");
    const alternatives = list.map((m) => m.replace(REGEX_SPECIAL, "\\$&"));
    this.pattern = list.length > 0 ? new RegExp(alternatives.join("|"), "g") : undefined;
  }

  /** True when `text` holds any of the marks. */
  in(text: string): boolean {
    if (this.pattern === undefined) return false;
    this.pattern.lastIndex = 0;
    return this.pattern.test(text);
  }

  /** Where the first mark at or after offset `from` starts in `text`; -1 when none does. */
  firstIn(text: string, from: number): number {
    if (this.pattern === undefined) return -1;
    this.pattern.lastIndex = from;
    return this.pattern.exec(text)?.index ?? -1;
  }
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
