// Unix mbox files: told apart from single messages by content, split into messages as they are
// read (a mailbox of any size is never held whole), and unquoted.
//
// A message starts at a "From " line that looks like an mbox separator: "From SENDER DATE" with a
// time in the date (mutt's rule, looser than requiring the blank line before it, which some
// writers omit). Both quoting styles are read with the mboxrd rule (one ">" is taken off a line
// of ">...>From "): mboxo only quoted "From " itself, so the two differ only for a body line that
// began with ">From " before quoting, which mboxo cannot tell from a quoted one anyway.

/** "From SENDER DATE": the sender is one word, the date carries a time (hh:mm). */
const SEPARATOR = /^From \S+ +[^\r\n]*\b\d{1,2}:\d{2}/;
/** A header field line ("Name: value"), or a continuation. */
const HEADER_LINE = /^(?:[!-9;-~]+:|[ \t])/;

const FROM = Buffer.from("\nFrom ");
/** A separator line longer than this is not one (keeps the look-ahead bounded). */
const MAX_SEPARATOR = 1000;

function lineAt(bytes: Uint8Array, start: number): string | undefined {
  const end = bytes.indexOf(10, start);
  if (end < 0 && bytes.length - start < MAX_SEPARATOR) return undefined;
  const stop = end < 0 ? start + MAX_SEPARATOR : Math.min(end, start + MAX_SEPARATOR);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, stop - start).toString("latin1");
}

/** True when the bytes begin as an mbox does: a separator line, then a header field. */
export function looksLikeMbox(head: Uint8Array): boolean {
  for (let i = 0; i < 5; i++) if (head[i] !== FROM[i + 1]) return false;
  const first = lineAt(head, 0);
  if (first === undefined || !SEPARATOR.test(first)) return false;
  const second = lineAt(head, head.indexOf(10) + 1);
  return second === undefined || HEADER_LINE.test(second);
}

/**
 * True when `bytes`, the start of an input, are an mbox with a second separator line that begins
 * at or after `from`: the mbox holds two messages or more, so it can be read on as it streams.
 */
export function holdsSecondMessage(bytes: Uint8Array, from: number): boolean {
  if (!looksLikeMbox(bytes)) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // from a line that may have begun before `from` and ended after it
  for (let at = buf.indexOf(FROM, Math.max(0, from - MAX_SEPARATOR)); at >= 0;) {
    // a separator line counts once it is whole
    const line = buf.indexOf(10, at + 1) > 0 ? lineAt(bytes, at + 1) : undefined;
    if (line !== undefined && SEPARATOR.test(line)) return true;
    at = buf.indexOf(FROM, at + 1);
  }
  return false;
}

/** One message of an mbox, 1-based `position`; `broken` says why it cannot be a message. */
export interface MboxMessage {
  readonly position: number;
  readonly bytes: Uint8Array;
  readonly broken?: string;
}

/** Reads more of the file into `into` at `offset`; returns the count read (0 at the end). */
export type ReadMore = (into: Uint8Array, offset: number) => number;

function trimSeparatorGap(bytes: Uint8Array): Uint8Array {
  // The writer's blank line before the next separator is not part of the message.
  let end = bytes.length;
  if (bytes[end - 1] === 10) end--;
  if (bytes[end - 1] === 13) end--;
  return end === bytes.length ? bytes : bytes.subarray(0, end);
}

function messageOf(position: number, body: Uint8Array): MboxMessage {
  const bytes = new Uint8Array(trimSeparatorGap(body)); // its own buffer, to hand to a worker
  // The whole message is here: a first line with no newline after it ends where the message does
  // (lineAt leaves such a line unread, since a separator could still go on).
  const first = lineAt(bytes, 0) ?? Buffer.from(bytes).toString("latin1");
  const broken =
    bytes.length === 0
      ? "empty message"
      : !HEADER_LINE.test(first)
        ? "no header at its start"
        : undefined;
  return { position, bytes, ...(broken !== undefined ? { broken } : {}) };
}

/**
 * The messages of an mbox whose first bytes are `head`, reading on with `readMore` (none when
 * `head` is the whole mailbox). A message longer than `keep` bytes keeps its first `keep` (the
 * engine reads no further) and the rest is skipped, so memory stays bounded by `keep` and the
 * chunk size whatever the mailbox holds.
 */
export function* mboxMessages(
  head: Uint8Array,
  readMore: ReadMore | undefined,
  keep: number,
  chunk = 1 << 20,
): Generator<MboxMessage> {
  // The head is read in place; a buffer of our own only once more must be read.
  let buf = Buffer.from(head.buffer, head.byteOffset, head.length);
  let len = head.length;
  let eof = readMore === undefined;
  let position = 0;
  /** Whether the first separator has been read. */
  let started = false;
  /** Start of the current message (after its separator line). */
  let start = 0;
  /** Where the next search for "\nFrom " begins. */
  let scan = 0;
  /** The first `keep` bytes of a message that outgrew them; its rest is skipped. */
  let kept: Uint8Array | undefined;

  /** Moves the bytes still needed to the front, makes room for a chunk, reads one. */
  const fill = (): void => {
    if (eof) return;
    const from = Math.max(0, kept !== undefined || !started ? scan : Math.min(start, scan));
    const rest = len - from;
    if (buf.length < rest + chunk || buf.buffer === head.buffer) {
      const next = Buffer.allocUnsafe(Math.max(buf.length * 2, rest + chunk));
      buf.copy(next, 0, from, len);
      buf = next;
    } else buf.copyWithin(0, from, len);
    len = rest;
    scan -= from;
    start -= from;
    const n = (readMore as ReadMore)(buf.subarray(len), 0);
    if (n === 0) eof = true;
    len += n;
  };

  const take = (end: number): MboxMessage => {
    const message = messageOf(++position, kept ?? buf.subarray(start, end));
    kept = undefined;
    return message;
  };

  for (;;) {
    // The first separator is at offset 0 (looksLikeMbox said so); later ones follow a newline.
    const lineStart = started ? buf.subarray(0, len).indexOf(FROM, scan) + 1 : 0;
    if (lineStart > 0 || !started) {
      const nl = buf.subarray(0, len).indexOf(10, lineStart);
      if (nl < 0 && !eof && len - lineStart < MAX_SEPARATOR) {
        fill();
        continue;
      }
      const line = lineAt(buf.subarray(0, len), lineStart) ?? "";
      if (SEPARATOR.test(line)) {
        if (started) yield take(lineStart);
        started = true;
        start = nl < 0 ? len : nl + 1;
        scan = start - 1;
      } else if (!started)
        return; // not an mbox after all
      else scan = lineStart;
      continue;
    }
    if (eof) break;
    // No separator in what is read: past `keep`, the message's rest need not be held.
    if (started && kept === undefined && len - start > keep) {
      kept = new Uint8Array(buf.subarray(start, start + keep));
    }
    scan = Math.max(scan, len - FROM.length + 1);
    fill();
  }
  if (started) yield take(len);
}

const QUOTED = Buffer.from(">From ");

/** The message with one ">" taken off each line of ">...>From " (the mboxrd rule). */
export function unquoteFromLines(bytes: Uint8Array): Uint8Array {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (src.indexOf(QUOTED) < 0) return bytes;
  const out = Buffer.alloc(src.length);
  let o = 0;
  let lineStart = 0;
  while (lineStart < src.length) {
    const nl = src.indexOf(10, lineStart);
    const lineEnd = nl < 0 ? src.length : nl + 1;
    let q = lineStart;
    while (q < lineEnd && src[q] === 62) q++; // '>'
    const drop =
      q > lineStart && src.subarray(q, Math.min(q + 5, lineEnd)).toString("latin1") === "From "
        ? 1
        : 0;
    o += src.copy(out, o, lineStart + drop, lineEnd);
    lineStart = lineEnd;
  }
  return new Uint8Array(out.buffer, out.byteOffset, o);
}
