// A transcript session inside a text report (Sendmail's "... while talking to HOST:", then
// ">>> COMMAND" and "<<< reply" lines): whose block it sits in and which reply it ends on, so that
// it stays with the recipient whose own line carries that reply. A server that talks to several
// hosts writes each session under the last address it listed, which may be another host's
// recipient ("user@refused... Deferred: Connection refused by refused.example").

/** The line that opens a session with one receiving host. */
const TALKING = /^\.\.\. while talking to\b/i;
/** A line of the receiver's reply, its code first. */
const REPLY = /^<<< ?([245]\d\d)\b/;
/** A reply code anywhere in a line. */
const ANY_CODE = /\b[245]\d\d\b/;

/** One session's lines, as they were added to a block. */
export class SessionLines {
  private holder: string[] | undefined;
  private start = 0;
  private code: string | undefined;

  /** Whether `line` opens a session: never the error a list of addresses shares. */
  static opens(line: string): boolean {
    return TALKING.test(line);
  }

  /** Notes `line`, about to be added to `block` at its end. */
  add(line: string, block: string[]): void {
    if (TALKING.test(line)) {
      this.holder = block;
      this.start = block.length;
      this.code = undefined;
      return;
    }
    const code = REPLY.exec(line)?.[1];
    if (code !== undefined && this.holder !== undefined) this.code = code;
  }

  /**
   * The transcript names whose lines follow (">>> RCPT To:<addr>", `block`'s): the session's
   * opening, written under another block, moves to it.
   */
  named(block: string[]): void {
    const holder = this.holder;
    if (holder !== undefined && holder !== block) block.push(...holder.splice(this.start));
    this.holder = undefined;
  }

  /** An address line with no words of its own: the session is left where it is. */
  close(): void {
    this.holder = undefined;
  }

  /**
   * A recipient's own whole-error line (`words`) comes for `block`: the open session is taken
   * out of the block it was written under when another recipient's own line carries its reply,
   * or when the block's own line gives no reply code at all (Sendmail's own words on another
   * host: "Deferred: Connection refused by refused.example").
   */
  ownLine(words: string, block: readonly string[]): void {
    const holder = this.holder;
    if (holder === undefined || this.code === undefined) return;
    const other = holder === block ? !ANY_CODE.test(words) : words.includes(this.code);
    if (other) holder.splice(this.start);
    this.holder = undefined;
  }
}
