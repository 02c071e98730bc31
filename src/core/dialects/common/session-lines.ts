// A transcript session inside a text report (Sendmail's "... while talking to HOST:", then
// ">>> COMMAND" and "<<< reply" lines): whose block it sits in and which reply it answers with, so
// that it stays with the recipient whose own line carries that reply. A server that talks to
// several hosts writes each session under the last address it listed, which may be another host's
// recipient ("user@refused... Deferred: Connection refused by refused.example").
import { squeeze } from "../microsoft/lines";

/** The line that opens a session with one receiving host. */
const TALKING = /^\.\.\. while talking to\b/i;
/** A line of the receiver's reply, its code first. */
const REPLY = /^<<< ?(([245]\d\d)\b.{0,2000})$/;
/** A reply code anywhere in a line. */
const ANY_CODE = /\b[245]\d\d\b/;
/** Sendmail's "(reason: <the reply's first line>)" under a listed address. */
const REASON = /^\(reason: (.{1,2000})\)$/;

/** One session's lines, as they were added to a block. */
export class SessionLines {
  private holder: string[] | undefined;
  private start = 0;
  /** The code of the session's first reply. */
  private code: string | undefined;
  /** The first line of each of its replies, white space squeezed. */
  private replies: string[] = [];

  /** `blocks`: every block's lines so far. */
  constructor(private readonly blocks: () => readonly (readonly string[])[]) {}

  /** Whether `line` opens a session: never the error a list of addresses shares. */
  static opens(line: string): boolean {
    return TALKING.test(line);
  }

  /** Notes `line`, about to be added to `block` at its end. */
  add(line: string, block: string[]): void {
    if (TALKING.test(line)) {
      this.settle();
      this.holder = block;
      this.start = block.length;
      this.code = undefined;
      this.replies = [];
      return;
    }
    const reply = REPLY.exec(line);
    if (reply === null || this.holder === undefined) return;
    this.code ??= reply[2];
    this.replies.push(squeeze(reply[1] ?? "").trim());
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
   * A recipient's own whole-error line (`words`) comes for `block`. The session is taken out of
   * the block it was written under when another recipient's line carries its first reply; when
   * the block's own line gives no reply code at all (Sendmail's own words on another host:
   * "Deferred: Connection refused by refused.example"); or when another block's "(reason: ...)"
   * quotes one of its replies and the block's own none. Another recipient's line on a later reply
   * of the session (pipelined RCPTs) leaves it open.
   */
  ownLine(words: string, block: readonly string[]): void {
    const holder = this.holder;
    if (holder === undefined || this.code === undefined) return;
    if (holder === block) {
      if (!ANY_CODE.test(words) || this.quotedElsewhere(holder)) holder.splice(this.start);
    } else if (words.includes(this.code)) holder.splice(this.start);
    else return;
    this.holder = undefined;
  }

  /** The session ends with no own line of its block's (Sendmail's "554 5.0.0 Service unavailable"). */
  settle(): void {
    const holder = this.holder;
    this.holder = undefined;
    if (holder !== undefined && this.quotedElsewhere(holder)) holder.splice(this.start);
  }

  /** Whether another block's "(reason: ...)" quotes one of the session's replies, `holder`'s none. */
  private quotedElsewhere(holder: readonly string[]): boolean {
    const quotes = (lines: readonly string[]) =>
      lines.some((l) => {
        const quoted = REASON.exec(l)?.[1];
        return quoted !== undefined && this.replies.includes(squeeze(quoted).trim());
      });
    return !quotes(holder) && this.blocks().some((b) => b !== holder && quotes(b));
  }
}
