// Finds which of many fixed strings occur in a text in one pass (Aho-Corasick), instead of one
// search per string: the wording tables hold over a thousand phrases.

/** An automaton over a fixed set of strings; `find` is linear in the text's length. */
export class SubstringIndex {
  /**
   * The moves, built with a Map per state and then packed: state s's moves are the chars
   * `edgeChar[edgeStart[s] .. edgeStart[s + 1])` to the states in `edgeTo`. Most states have one
   * or two moves, which a short scan finds faster than a hash lookup.
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Int32Array;
  private readonly edgeTo: Int32Array;
  /** The root's moves for ASCII chars (0: none): a search spends most of its steps there. */
  private readonly rootAscii = new Int32Array(128);
  private readonly fail: Int32Array;
  /** The strings that end at each state, through its fallback states too. */
  private readonly out: (readonly string[])[];

  constructor(needles: Iterable<string>) {
    const next: Map<number, number>[] = [new Map()];
    const out: string[][] = [[]];
    for (const needle of needles) {
      if (needle === "") continue;
      let state = 0;
      for (let i = 0; i < needle.length; i++) {
        const moves = next[state] as Map<number, number>;
        const c = needle.charCodeAt(i);
        let to = moves.get(c);
        if (to === undefined) {
          to = next.length;
          next.push(new Map());
          out.push([]);
          moves.set(c, to);
        }
        state = to;
      }
      (out[state] as string[]).push(needle);
    }
    this.edgeStart = new Int32Array(next.length + 1);
    const edges = next.reduce((n, moves) => n + moves.size, 0);
    this.edgeChar = new Int32Array(edges);
    this.edgeTo = new Int32Array(edges);
    let k = 0;
    next.forEach((moves, state) => {
      this.edgeStart[state] = k;
      for (const [c, to] of moves) {
        this.edgeChar[k] = c;
        this.edgeTo[k++] = to;
        if (state === 0 && c < 128) this.rootAscii[c] = to;
      }
    });
    this.edgeStart[next.length] = k;
    this.fail = new Int32Array(next.length);
    this.out = out;
    this.link(next, out);
  }

  /** The state `c` leads to from `state`, or -1. */
  private move(state: number, c: number): number {
    if (state === 0 && c < 128) return this.rootAscii[c] || -1;
    const end = this.edgeStart[state + 1] as number;
    for (let k = this.edgeStart[state] as number; k < end; k++) {
      if (this.edgeChar[k] === c) return this.edgeTo[k] as number;
    }
    return -1;
  }

  /** Breadth-first: each state falls back to the longest proper suffix that is also a prefix. */
  private link(next: readonly Map<number, number>[], out: string[][]): void {
    const queue: number[] = [...(next[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (const [c, to] of next[state] ?? []) {
        let f = this.fail[state] ?? 0;
        while (f !== 0 && this.move(f, c) < 0) f = this.fail[f] ?? 0;
        const target = this.move(f, c);
        const fallback = target >= 0 && target !== to ? target : 0;
        this.fail[to] = fallback;
        out[to] = [...(out[to] ?? []), ...(out[fallback] ?? [])];
        queue.push(to);
      }
    }
  }

  /** Every indexed string that occurs in `text`. */
  find(text: string): Set<string> {
    const found = new Set<string>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = this.move(state, c);
      while (to < 0 && state !== 0) {
        state = this.fail[state] as number;
        to = this.move(state, c);
      }
      state = to < 0 ? 0 : to;
      const hits = this.out[state] as readonly string[];
      if (hits.length > 0) for (const hit of hits) found.add(hit);
    }
    return found;
  }
}
