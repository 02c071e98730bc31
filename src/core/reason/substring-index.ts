// Finds which of many fixed strings occur in a text in one pass (Aho-Corasick), instead of one
// search per string: the wording tables hold over a thousand phrases.

/**
 * How many states (the shallowest) get a full row of ASCII moves: a search spends most of its
 * steps near the root, and a full row spares it both the edge scan and the fallback chain. With
 * 1,024 of the classifier's 16,778 states, a quarter of the steps on its texts took the edge scan,
 * with 4,096 a seventh (the rows take 0.9 MB): the engine on 406 bounces x15, CPU 1.35 -> 1.32 s.
 */
const DENSE_STATES = 4096;

/** No string ends here: shared by most states. */
const NONE: readonly string[] = [];

/** An automaton over a fixed set of strings; `find` is linear in the text's length. */
export class SubstringIndex {
  /**
   * The moves, numbered breadth-first (so the shallow states come first) and packed: state s's
   * moves are the chars `edgeChar[edgeStart[s] .. edgeStart[s + 1])` to the states in `edgeTo`.
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Int32Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  /** Each ASCII char's column in the dense rows; 0 for chars no string holds (back to the root). */
  private readonly column = new Int32Array(128);
  private readonly columns: number;
  /** States below `dense` have full rows: `denseMoves[s * columns + column[c]]`, fallbacks resolved. */
  private readonly dense: number;
  private readonly denseMoves: Int32Array;
  /** The strings that end at each state, through its fallback states too. */
  private readonly out: (readonly string[])[];
  /** Whether `out` has any for a state: read at every step, so kept apart from the lists. */
  private readonly ending: Uint8Array;

  constructor(needles: Iterable<string>) {
    // Sorted and without repeats, each string shares its opening with the one before: its path
    // up to where they part is known, and every state after it is new, so no state's moves are
    // searched. The trie as child and sibling lists (most states have one move), in arrays
    // sized for the worst case: building the classifier's index took 45 ms, now about 15.
    const sorted = [...new Set(needles)].filter((n) => n !== "").sort();
    let size = 1;
    for (const needle of sorted) size += needle.length;
    const firstChild = new Int32Array(size).fill(-1);
    const sibling = new Int32Array(size).fill(-1);
    const char = new Int32Array(size);
    const ends: (readonly string[])[] = new Array<readonly string[]>(size).fill(NONE);
    const column = this.column;
    let columns = 1;
    let count = 1;
    const path = [0];
    let previous = "";
    for (const needle of sorted) {
      let shared = 0;
      while (shared < previous.length && needle[shared] === previous[shared]) shared++;
      let state = path[shared] as number;
      for (let i = shared; i < needle.length; i++) {
        const c = needle.charCodeAt(i);
        if (c < 128 && column[c] === 0) column[c] = columns++;
        const to = count++;
        char[to] = c;
        sibling[to] = firstChild[state] as number;
        firstChild[state] = to;
        state = to;
        path[i + 1] = state;
      }
      ends[state] = [needle];
      previous = needle;
    }
    // Breadth-first numbering: `order[k]` is the trie state that becomes state k. (Plain loops
    // over locals: this runs once, mostly before the JIT has compiled it.)
    const order = new Int32Array(count);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      for (
        let to = firstChild[order[head] as number] as number;
        to >= 0;
        to = sibling[to] as number
      )
        order[tail++] = to;
    }
    const id = new Int32Array(count);
    for (let k = 0; k < count; k++) id[order[k] as number] = k;
    const edgeStart = new Int32Array(count + 1);
    const edgeChar = new Int32Array(count - 1);
    const edgeTo = new Int32Array(count - 1);
    const out: (readonly string[])[] = new Array<readonly string[]>(count);
    let e = 0;
    for (let k = 0; k < count; k++) {
      const state = order[k] as number;
      edgeStart[k] = e;
      out[k] = ends[state] as readonly string[];
      for (let to = firstChild[state] as number; to >= 0; to = sibling[to] as number) {
        edgeChar[e] = char[to] as number;
        edgeTo[e++] = id[to] as number;
      }
    }
    edgeStart[count] = e;
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTo = edgeTo;
    this.fail = new Int32Array(count);
    this.out = out;
    this.columns = columns;
    this.dense = Math.min(DENSE_STATES, count);
    this.denseMoves = new Int32Array(this.dense * columns);
    this.link();
    const ending = new Uint8Array(count);
    for (let k = 0; k < count; k++) ending[k] = (out[k] as readonly string[]).length > 0 ? 1 : 0;
    this.ending = ending;
  }

  /** The state `c` leads to from `state` by its own moves, or -1. */
  private move(state: number, c: number): number {
    const end = this.edgeStart[state + 1] as number;
    for (let k = this.edgeStart[state] as number; k < end; k++) {
      if (this.edgeChar[k] === c) return this.edgeTo[k] as number;
    }
    return -1;
  }

  /**
   * In breadth-first order: each state falls back to the longest proper suffix that is also a
   * prefix, and takes its outputs; a dense state's row is its fallback's row (already made: a
   * fallback is shallower) with its own moves on top.
   */
  private link(): void {
    const { column, columns, dense, denseMoves, edgeStart, edgeChar, edgeTo, fail, out } = this;
    const states = fail.length;
    for (let state = 0; state < states; state++) {
      if (state < dense && state > 0) {
        const from = (fail[state] as number) * columns;
        denseMoves.copyWithin(state * columns, from, from + columns);
      }
      const end = edgeStart[state + 1] as number;
      for (let k = edgeStart[state] as number; k < end; k++) {
        const c = edgeChar[k] as number;
        const to = edgeTo[k] as number;
        if (state < dense && c < 128) denseMoves[state * columns + (column[c] as number)] = to;
        if (state === 0) continue;
        let f = fail[state] as number;
        // a dense fallback's row has the move made already (a fallback is shallower: done)
        let target =
          f < dense && c < 128
            ? (denseMoves[f * columns + (column[c] as number)] as number)
            : this.move(f, c);
        while (target < 0 && f !== 0) {
          f = fail[f] as number;
          target = this.move(f, c);
        }
        const fallback = target >= 0 ? target : 0;
        fail[to] = fallback;
        const inherited = out[fallback] as readonly string[];
        if (inherited.length > 0) out[to] = [...(out[to] as readonly string[]), ...inherited];
      }
    }
  }

  /** Every indexed string that occurs in `text`. */
  find(text: string): Set<string> {
    const { column, columns, dense, denseMoves, ending, fail, out } = this;
    const found = new Set<string>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (c < 128 && state < dense) {
          state = denseMoves[state * columns + (column[c] as number)] as number;
          break;
        }
        const to = this.move(state, c);
        if (to >= 0) {
          state = to;
          break;
        }
        if (state === 0) break;
        state = fail[state] as number;
      }
      if (ending[state] === 1) for (const hit of out[state] as readonly string[]) found.add(hit);
    }
    return found;
  }
}
