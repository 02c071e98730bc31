// What a run reads, one message at a time and in order: named files as given, folders searched
// recursively (Maildir's cur/ and new/ included), mbox files split into their messages, and `-`
// (standard input). Nothing is collected up front: a folder of any size or a mailbox of any
// length is walked as the run goes, so memory stays bounded.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { MAX_INPUT_CHARS } from "../core/mime/limits";
import { isCompoundFile } from "../msg/compound-file";
import { holdsSecondMessage, looksLikeMbox, mboxMessages, type ReadMore } from "./mbox";

/** One message to analyse, or a file that could not be read. */
export interface Item {
  /** The file as named on the command line (or found in a folder); "-" for standard input. */
  readonly file: string;
  /** The message's position (from 1) when the file is an mbox. */
  readonly message?: number;
  readonly bytes?: Uint8Array;
  /** Why the file or the message cannot be read. */
  readonly error?: string;
  /** Bytes of the input this item accounts for (for the progress line). */
  readonly size: number;
}

/** Extensions picked up inside folders (a named file is read whatever its name). */
const MAIL_FILES = /\.(eml|msg|txt|mbox|mbx|ndr)$/i;
/** Maildir keeps one message per file, with no extension, in these two folders. */
const MAILDIR_FOLDERS = new Set(["cur", "new"]);

/** Bytes of a message the engine reads (one over its cap, so its size warning still fires). */
const KEEP_BYTES = MAX_INPUT_CHARS + 1;

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return (error as Error).message;
}

/** A file found or named, or one that could not be listed. */
interface Found {
  /** The path as shown: a name that is not UTF-8 shows U+FFFD where its bytes were not. */
  readonly path: string;
  /** Such a path's bytes, to open it by. */
  readonly bytes?: Buffer;
  readonly error?: string;
}

/**
 * The bytes of a folder's names that are not UTF-8, by the name as shown (a Shift_JIS or
 * Latin-1 name from an old archive): listed apart, only in a folder that has one.
 */
function rawNames(dir: string | Buffer): Map<string, Buffer[]> {
  const byShown = new Map<string, Buffer[]>();
  for (const name of readdirSync(dir, { encoding: "buffer" })) {
    const shown = name.toString();
    if (shown.includes("\ufffd")) byShown.set(shown, [...(byShown.get(shown) ?? []), name]);
  }
  return byShown;
}

/**
 * What join(dir, name) puts before `name`, for any name a folder lists (never "." or "..", never
 * with a separator): the folder normalised once, not each of its files' paths (path.join cost
 * ~12,000 instructions a file).
 */
export function folderPrefix(dir: string): string {
  return join(dir, "_").slice(0, -1);
}

/**
 * Each folder once: a symbolic link back up the tree would otherwise be walked forever. `bytes`
 * is the folder's path as bytes when a name in it is not UTF-8.
 */
function* walk(dir: string, seen = new Set<string>(), bytes?: Buffer): Generator<Found> {
  const at = bytes ?? dir;
  let entries;
  try {
    const { dev, ino } = statSync(at);
    if (seen.has(`${dev}:${ino}`)) return;
    seen.add(`${dev}:${ino}`);
    entries = readdirSync(at, { withFileTypes: true });
  } catch (error) {
    yield { path: dir, error: reason(error) };
    return;
  }
  const maildir = MAILDIR_FOLDERS.has(basename(dir));
  const prefix = folderPrefix(dir);
  const raw = entries.some((e) => e.name.includes("\ufffd")) ? rawNames(at) : undefined;
  const prefixBytes = bytes && Buffer.from(folderPrefix(bytes.toString("latin1")), "latin1");
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = prefix + entry.name;
    const name = raw?.get(entry.name)?.shift();
    const found: Found =
      name !== undefined || prefixBytes !== undefined
        ? {
            path,
            bytes: Buffer.concat([
              prefixBytes ?? Buffer.from(prefix),
              name ?? Buffer.from(entry.name),
            ]),
          }
        : { path };
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(found.bytes ?? path);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (error) {
        yield { path, error: reason(error) };
        continue;
      }
    }
    if (isDir) yield* walk(path, seen, found.bytes);
    else if (isFile && (maildir || MAIL_FILES.test(entry.name))) yield found;
  }
}

/** Every file the paths name, folders walked in name order; "-" passes through. */
function* files(paths: readonly string[]): Generator<Found> {
  for (const path of paths) {
    if (path === "-") {
      yield { path };
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      yield { path, error: reason(error) };
      continue;
    }
    if (isDir) yield* walk(path);
    else yield { path };
  }
}

/**
 * The messages of one input: the whole file, or each message of an mbox. A file of one message
 * that starts with an mbox "From " line (as mail servers deliver to a pipe or a file) is read
 * whole, as a single message.
 */
function* messagesOf(
  file: string,
  head: Uint8Array,
  more: ReadMore | undefined,
  size: number,
): Generator<Item> {
  const whole: Item = { file, bytes: head, size };
  if (!looksLikeMbox(head)) {
    yield whole;
    return;
  }
  let done = 0;
  let first: Item | undefined;
  for (const m of mboxMessages(head, more, KEEP_BYTES)) {
    // Progress by bytes: a message accounts for its share of the file as read so far.
    const read = Math.min(size, done + m.bytes.length + 1);
    const item: Item = m.broken
      ? { file, message: m.position, error: m.broken, size: read - done }
      : { file, message: m.position, bytes: m.bytes, size: read - done };
    done = read;
    if (m.position === 1) first = item;
    else {
      if (first !== undefined) yield first;
      first = undefined;
      yield item;
    }
  }
  if (first !== undefined) yield whole;
}

/**
 * Most bounces are smaller than this: a file is read up to it first, and its size is asked only
 * when it fills (one system call fewer per file; fstat was 1% of a run on 4,060 files).
 */
const READ_AHEAD = 256 * 1024;
/**
 * Files are read one after the other into a shared chunk, each a view of its part: one buffer
 * per chunk, not one per file (a buffer of its own, copied, cost ~8,000 instructions a file).
 * A batch's bytes are taken (answered, or copied for a worker) when it is run, and a full chunk
 * is left to the garbage collector, never written again.
 */
const CHUNK = 4 * READ_AHEAD;
let chunk = new Uint8Array(CHUNK);
let used = 0;

/** What a file's reading gives: its first bytes, its size, and how to read on past them. */
interface Opened {
  readonly head: Uint8Array;
  readonly size: number;
  readonly more?: ReadMore;
}

/** A file read at positions: a regular file, or a device. Undefined when it has no positions. */
function readSeekable(fd: number): Opened | undefined {
  if (CHUNK - used < READ_AHEAD) {
    chunk = new Uint8Array(CHUNK);
    used = 0;
  }
  let n: number;
  try {
    n = readSync(fd, chunk, used, READ_AHEAD, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESPIPE") return undefined;
    throw error;
  }
  let size: number;
  let head: Uint8Array;
  if (n < READ_AHEAD) {
    // The whole file, in one read and without asking its size.
    size = n;
    head = chunk.subarray(used, used + n);
    used += n;
  } else {
    size = fstatSync(fd).size;
    head = new Uint8Array(Math.min(size, KEEP_BYTES));
    const m = readSync(fd, head, 0, head.length, 0);
    head = m === head.length ? head : head.slice(0, m);
  }
  // An Outlook .msg is a compound file that is read whole.
  if (size > head.length && isCompoundFile(head)) {
    const whole = new Uint8Array(size);
    whole.set(head);
    readSync(fd, whole, head.length, size - head.length, head.length);
    head = whole;
  }
  if (size <= head.length) return { head, size };
  let position = head.length;
  const more: ReadMore = (into) => {
    const got = readSync(fd, into, 0, into.length, position);
    position += got;
    return got;
  };
  return { head, size, more };
}

/** A wait of a few milliseconds, without spinning, for a pipe that has nothing yet. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * readSync at the pipe's own position. A pipe another process left non-blocking (standard input
 * is shared with the writer) says EAGAIN until the writer catches up: it is waited for, not an
 * error.
 */
function readOn(fd: number, into: Uint8Array, offset: number, length: number): number {
  for (;;) {
    try {
      return readSync(fd, into, offset, length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/**
 * A file with no positions, read in turn: a pipe to standard input, a named pipe, `<(command)`.
 * Its first KEEP_BYTES are the head, and an mbox is read on as it streams: its head ends where
 * its second message begins, so the first answers need not wait for more of the pipe.
 */
function readPipe(fd: number): Opened {
  const head = new Uint8Array(KEEP_BYTES);
  let n = 0;
  let got = -1;
  while (got !== 0 && n < head.length) {
    got = readOn(fd, head, n, head.length - n);
    n += got;
    if (got > 0 && holdsSecondMessage(head.subarray(0, n), n - got)) break;
  }
  const more: ReadMore = (into) => readOn(fd, into, 0, into.length);
  return { head: head.slice(0, n), size: n, ...(got !== 0 ? { more } : {}) };
}

/** The messages of an open file, `name` in their answers. */
function* readOpened(name: string, fd: number): Generator<Item> {
  let opened: Opened;
  try {
    opened = readSeekable(fd) ?? readPipe(fd);
  } catch (error) {
    yield { file: name, error: reason(error), size: 0 };
    return;
  }
  try {
    yield* messagesOf(name, opened.head, opened.more, opened.size);
  } catch (error) {
    yield { file: name, error: reason(error), size: 0 };
  }
}

function* readFile(path: string, bytes?: Buffer): Generator<Item> {
  let fd: number;
  try {
    fd = openSync(bytes ?? path, "r");
  } catch (error) {
    yield { file: path, error: reason(error), size: 0 };
    return;
  }
  try {
    yield* readOpened(path, fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Every message the paths hold, in order; "-" is the file open as `stdin` (standard input, fd 0),
 * read as it streams like any pipe: an mbox of any length piped in is held a message at a time.
 */
export function* items(paths: readonly string[], stdin = 0): Generator<Item> {
  for (const found of files(paths)) {
    if (found.error !== undefined) yield { file: found.path, error: found.error, size: 0 };
    else if (found.path === "-") yield* readOpened("-", stdin);
    else yield* readFile(found.path, found.bytes);
  }
}

/** Bytes of all the files the paths name (for the progress line's time left); a pipe counts 0. */
export function totalBytes(paths: readonly string[], stdin = 0): number {
  let total = 0;
  for (const found of files(paths)) {
    if (found.error !== undefined) continue;
    try {
      total += (found.path === "-" ? fstatSync(stdin) : statSync(found.bytes ?? found.path)).size;
    } catch {
      // counted as an error when it is read
    }
  }
  return total;
}
