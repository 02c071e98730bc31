// Finds which of many fixed strings occur in a text in one pass, instead of one search per string:
// the wording tables hold over a thousand phrases.

/**
 * How many opening chars of each string the automaton holds; a longer string is confirmed by a
 * native `startsWith` where its opening ends. The classifier's 1,022 phrases whole made 17,208
 * states, and building them cost each thread about 115 M instructions, more than a copy of the
 * development corpus spent searching; their first 10 chars make a quarter of the states, and a
 * search checks a candidate at 1 position in 36.
 */
const KEY = 10;

/**
 * Columns shared by the chars beyond ASCII: 130 distinct ones open the phrases (Japanese,
 * Chinese, accented Latin), and a column each would triple the rows. Sharing can only add
 * candidates, which `startsWith` turns away.
 */
const FOREIGN_COLUMNS = 16;

/**
 * String methods called on the text through `call`, not looked up on it: a text's chars live in
 * strings of many representations (flat, sliced, two-byte, ...), each its own map, and once the
 * lookups in `find` had met more than four, V8 compiled them as megamorphic loads, one per char.
 * Whether they had depended on which texts came before `find` was optimised: 60 more phrases in
 * the classifier's index cost 28 M more instructions per pass of the corpus (437 -> 465 M).
 */
const charCodeAt = String.prototype.charCodeAt;
const startsWith = String.prototype.startsWith;

/** No string's opening ends here: shared by most states. */
const NONE: readonly string[] = [];

/**
 * An automaton (Aho-Corasick) over the strings' openings, each state with a full row of moves,
 * so that a step is one read; `find` is linear in the text's length.
 */
export class SubstringIndex {
  /** Each char's column in the rows; 0 for chars no opening holds (they lead back to the root). */
  private readonly column = new Uint8Array(0x10000);
  private readonly columns: number;
  /** State s's move on a char of column k: `moves[s * columns + k]`. */
  private readonly moves: Int32Array;
  /** The strings whose opening ends at each state, through its fallback states too. */
  private readonly out: (readonly string[])[];
  /** Whether `out` has any for a state: read at every step, so kept apart from the lists. */
  private readonly ending: Uint8Array;

  constructor(needles: Iterable<string>) {
    const strings = [...new Set(needles)].filter((n) => n !== "");
    const column = this.column;
    let ascii = 0;
    let size = 1;
    for (const needle of strings) {
      const length = Math.min(needle.length, KEY);
      for (let i = 0; i < length; i++) {
        const c = needle.charCodeAt(i);
        if (column[c] === 0) {
          column[c] = c < 128 ? 1 + FOREIGN_COLUMNS + ascii++ : 1 + (c % FOREIGN_COLUMNS);
        }
      }
      size += length;
    }
    const columns = 1 + FOREIGN_COLUMNS + ascii;
    // The trie, written in the rows themselves (no trie move leads to the root, 0) and kept as
    // child and sibling lists for the breadth-first pass; sized for the worst case.
    const moves = new Int32Array(size * columns);
    const firstChild = new Int32Array(size).fill(-1);
    const sibling = new Int32Array(size);
    const slot = new Int32Array(size);
    const ends = new Array<string[] | undefined>(size);
    let count = 1;
    for (const needle of strings) {
      const length = Math.min(needle.length, KEY);
      let state = 0;
      for (let i = 0; i < length; i++) {
        const k = column[needle.charCodeAt(i)] as number;
        let to = moves[state * columns + k] as number;
        if (to === 0) {
          to = count++;
          moves[state * columns + k] = to;
          slot[to] = k;
          sibling[to] = firstChild[state] as number;
          firstChild[state] = to;
        }
        state = to;
      }
      (ends[state] ??= []).push(needle);
    }
    // Breadth-first: a state's row becomes its fallback's row (made already: a fallback is
    // shallower) with its own moves on top, and where a move led before is the fallback of the
    // state it leads to now (that state's longest proper suffix that is also an opening).
    const out = new Array<readonly string[]>(count).fill(NONE);
    const ending = new Uint8Array(count);
    const fail = new Int32Array(count);
    const queue = new Int32Array(count);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const state = queue[head] as number;
      const row = state * columns;
      if (state !== 0) {
        const from = (fail[state] as number) * columns;
        moves.copyWithin(row, from, from + columns);
      }
      for (let to = firstChild[state] as number; to >= 0; to = sibling[to] as number) {
        const at = row + (slot[to] as number);
        const fallback = state === 0 ? 0 : (moves[at] as number);
        moves[at] = to;
        fail[to] = fallback;
        const own = ends[to] ?? NONE;
        const inherited = out[fallback] as readonly string[];
        out[to] = inherited.length === 0 ? own : [...own, ...inherited];
        ending[to] = own.length + inherited.length > 0 ? 1 : 0;
        queue[tail++] = to;
      }
    }
    this.columns = columns;
    this.moves = moves.slice(0, count * columns);
    this.out = out;
    this.ending = ending;
  }

  /** Every indexed string that occurs in `text`. */
  find(text: string): Set<string> {
    const { column, columns, moves, ending, out } = this;
    const found = new Set<string>();
    let state = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      state = moves[state * columns + (column[charCodeAt.call(text, i)] as number)] as number;
      if (ending[state] === 1) {
        for (const needle of out[state] as readonly string[]) {
          // where the opening ends: the string starts `KEY` chars back, or its length if shorter
          if (startsWith.call(text, needle, i + 1 - Math.min(needle.length, KEY)))
            found.add(needle);
        }
      }
    }
    return found;
  }
}
