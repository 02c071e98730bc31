// Finds which of many fixed strings occur in a text in one pass (Aho-Corasick), instead of one
// search per string: the wording tables hold over a thousand phrases.

/**
 * How many states (the shallowest) get a full row of ASCII moves: a search spends most of its
 * steps near the root, and a full row spares it both the edge scan and the fallback chain.
 */
const DENSE_STATES = 1024;

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
    // The trie first, as child and sibling lists (most states have one move): cheaper to grow
    // than a map per state.
    const firstChild = [-1];
    const sibling = [-1];
    const char = [0];
    const ends: (readonly string[])[] = [NONE];
    let columns = 1;
    for (const needle of needles) {
      if (needle === "") continue;
      let state = 0;
      for (let i = 0; i < needle.length; i++) {
        const c = needle.charCodeAt(i);
        if (c < 128 && this.column[c] === 0) this.column[c] = columns++;
        let to = firstChild[state] as number;
        while (to >= 0 && char[to] !== c) to = sibling[to] as number;
        if (to < 0) {
          to = char.length;
          char.push(c);
          firstChild.push(-1);
          sibling.push(firstChild[state] as number);
          ends.push(NONE);
          firstChild[state] = to;
        }
        state = to;
      }
      ends[state] = [...(ends[state] as readonly string[]), needle];
    }
    // Breadth-first numbering: `order[k]` is the trie state that becomes state k.
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head] as number;
      for (let to = firstChild[state] as number; to >= 0; to = sibling[to] as number)
        order.push(to);
    }
    const id = new Int32Array(order.length);
    order.forEach((state, k) => (id[state] = k));
    this.edgeStart = new Int32Array(order.length + 1);
    this.edgeChar = new Int32Array(order.length - 1);
    this.edgeTo = new Int32Array(order.length - 1);
    let e = 0;
    order.forEach((state, k) => {
      this.edgeStart[k] = e;
      for (let to = firstChild[state] as number; to >= 0; to = sibling[to] as number) {
        this.edgeChar[e] = char[to] as number;
        this.edgeTo[e++] = id[to] as number;
      }
    });
    this.edgeStart[order.length] = e;
    this.fail = new Int32Array(order.length);
    this.out = order.map((state) => ends[state] as readonly string[]);
    this.columns = columns;
    this.dense = Math.min(DENSE_STATES, order.length);
    this.denseMoves = new Int32Array(this.dense * columns);
    this.link();
    this.ending = Uint8Array.from(this.out, (hits) => (hits.length > 0 ? 1 : 0));
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
    const { columns, denseMoves } = this;
    const states = this.fail.length;
    for (let state = 0; state < states; state++) {
      if (state < this.dense && state > 0) {
        const from = (this.fail[state] as number) * columns;
        denseMoves.copyWithin(state * columns, from, from + columns);
      }
      const end = this.edgeStart[state + 1] as number;
      for (let k = this.edgeStart[state] as number; k < end; k++) {
        const c = this.edgeChar[k] as number;
        const to = this.edgeTo[k] as number;
        if (state < this.dense && c < 128)
          denseMoves[state * columns + (this.column[c] as number)] = to;
        if (state === 0) continue;
        let f = this.fail[state] as number;
        let target = this.move(f, c);
        while (target < 0 && f !== 0) {
          f = this.fail[f] as number;
          target = this.move(f, c);
        }
        const fallback = target >= 0 ? target : 0;
        this.fail[to] = fallback;
        const inherited = this.out[fallback] as readonly string[];
        if (inherited.length > 0)
          this.out[to] = [...(this.out[to] as readonly string[]), ...inherited];
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
