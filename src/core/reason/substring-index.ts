// Finds which of many fixed strings occur in a text in one pass (Aho-Corasick), instead of one
// search per string: the wording tables hold over a thousand phrases.

/** An automaton over a fixed set of strings; `find` is linear in the text's length. */
export class SubstringIndex {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** The strings that end at each state, through its fallback states too. */
  private readonly out: string[][] = [[]];

  /** The root's moves for ASCII chars (0: stay), looked up without a Map: most chars of a
   * text start no phrase, and the search spends most of its steps at the root. */
  private readonly rootAscii = new Int32Array(128);

  constructor(needles: Iterable<string>) {
    for (const needle of needles) if (needle !== "") this.add(needle);
    this.link();
    for (const [c, to] of this.next[0] ?? []) if (c < 128) this.rootAscii[c] = to;
  }

  private add(needle: string): void {
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = needle.charCodeAt(i);
      let to = this.next[state]?.get(c);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[state]?.set(c, to);
      }
      state = to;
    }
    this.out[state]?.push(needle);
  }

  /** Breadth-first: each state falls back to the longest proper suffix that is also a prefix. */
  private link(): void {
    const queue: number[] = [...(this.next[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (const [c, to] of this.next[state] ?? []) {
        let f = this.fail[state] ?? 0;
        while (f !== 0 && !this.next[f]?.has(c)) f = this.fail[f] ?? 0;
        const target = this.next[f]?.get(c);
        const fallback = target !== undefined && target !== to ? target : 0;
        this.fail[to] = fallback;
        this.out[to] = [...(this.out[to] ?? []), ...(this.out[fallback] ?? [])];
        queue.push(to);
      }
    }
  }

  /** Every indexed string that occurs in `text`. */
  find(text: string): Set<string> {
    const found = new Set<string>();
    const { next, fail, out, rootAscii } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (state === 0 && c < 128) {
        state = rootAscii[c] ?? 0;
      } else {
        // one lookup per state tried
        let to = next[state]?.get(c);
        while (to === undefined && state !== 0) {
          state = fail[state] ?? 0;
          to = next[state]?.get(c);
        }
        state = to ?? 0;
      }
      const hits = out[state];
      if (hits !== undefined && hits.length > 0) for (const hit of hits) found.add(hit);
    }
    return found;
  }
}
