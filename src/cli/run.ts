// One run of `ndr-explain`: every message read, analysed and explained on a pool of worker
// threads, answers written in input order, errors reported per input; the exit code is 0 when
// all inputs were read, 1 when some could not be, 2 for bad arguments.
import { USAGE, parseArgs } from "./args";
import { csvHeader } from "./format";
import { items as readItems, totalBytes, type Item } from "./inputs";
import type { Answers } from "./answer";
import { pool, type Runner } from "./pool";
import { Progress } from "./progress";
import { Summary } from "./summary";

export interface Output {
  /** Text or UTF-8 for standard output; a promise when the reader must catch up first (a full pipe). */
  readonly write: (text: string | Uint8Array) => void | Promise<void>;
  /** One line for standard error. */
  readonly err: (line: string) => void;
  /** Draws the progress line (standard error when it is a terminal); absent, no progress. */
  readonly progress?: (text: string) => void;
}

export interface Environment {
  /** Threads to use when --jobs does not say. */
  readonly cores: number;
  /** The script a worker thread runs; absent, everything runs on the main thread. */
  readonly workerScript?: string;
  /** The file "-" names: standard input (fd 0) unless a test says otherwise. */
  readonly stdin?: number;
}

/** A batch is this many messages or this many bytes, whichever comes first. */
const BATCH_ITEMS = 32;
const BATCH_BYTES = 2 << 20;
/** Batches answered or queued but not yet written, per thread: bounds the memory held. */
const WINDOW_PER_THREAD = 8;

function* batches(source: Iterator<Item>): Generator<Item[]> {
  let batch: Item[] = [];
  let bytes = 0;
  for (let next = source.next(); !next.done; next = source.next()) {
    batch.push(next.value);
    bytes += next.value.bytes?.length ?? 0;
    if (batch.length >= BATCH_ITEMS || bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

interface Tally {
  messages: number;
  failed: number;
  bytes: number;
}

/** Lets the event loop deliver what the workers sent back. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs every batch, at most `window` at a time, handing the answers on in input order. One
 * batch is started per turn of the event loop, so the workers' answers are taken in (and their
 * queues refilled) while the main thread answers batches of its own.
 */
async function runAll(
  source: Iterator<Item[]>,
  runner: Runner,
  window: number,
  onAnswers: (answers: Answers) => void | Promise<void>,
): Promise<void> {
  const queue: { answers?: Answers; readonly done: Promise<void> }[] = [];
  const start = (batch: Item[]): void => {
    const entry: { answers?: Answers; done: Promise<void> } = { done: Promise.resolve() };
    entry.done = runner.run(batch).then((answers) => void (entry.answers = answers));
    queue.push(entry);
  };
  let more = true;
  while (more || queue.length > 0) {
    if (more && queue.length < window) {
      const next = source.next();
      if (next.done) more = false;
      else start(next.value);
    } else await (queue[0] as { done: Promise<void> }).done;
    while (queue[0]?.answers !== undefined)
      await onAnswers((queue.shift() as { answers: Answers }).answers);
    await tick();
  }
}

export async function runAnalyze(
  args: readonly string[],
  io: Output,
  env: Environment,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.write(USAGE + "\n");
    return 0;
  }
  const parsed = parseArgs(args, env.cores);
  if (!parsed.ok) {
    io.err(`ndr-explain: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { format, lang, jobs, quiet, paths } = parsed.options;
  const progress =
    io.progress && !quiet ? new Progress(io.progress, totalBytes(paths, env.stdin)) : undefined;

  const summary = new Summary();
  const tally: Tally = { messages: 0, failed: 0, bytes: 0 };
  if (format === "csv") await io.write(csvHeader());
  const onAnswers = async (answers: Answers): Promise<void> => {
    // Waiting for a slow reader keeps memory bounded: answers wait in the window, not in a pipe.
    if (answers.bytes.length > 0) await io.write(answers.bytes);
    if (answers.errors.length > 0) {
      progress?.clear();
      for (const line of answers.errors) io.err(line);
    }
    tally.messages += answers.messages;
    tally.failed += answers.errors.length;
    tally.bytes += answers.size;
    summary.add(answers.rows);
    progress?.update(tally.messages, tally.bytes);
  };

  // A handful of messages is answered on the main thread: starting workers would cost more.
  const source = batches(readItems(paths, env.stdin));
  const first: Item[][] = [];
  while (first.length < 2) {
    const next = source.next();
    if (next.done) break;
    first.push(next.value);
  }
  const workers = first.length > 1 && env.workerScript !== undefined ? jobs - 1 : 0;
  const runner = pool({ format, lang }, workers, env.workerScript);
  const all = (function* () {
    yield* first;
    yield* source;
  })();
  try {
    await runAll(all, runner, (workers + 1) * WINDOW_PER_THREAD, onAnswers);
  } finally {
    await runner.close();
    progress?.clear();
  }
  if (format === "summary") {
    summary.messages = tally.messages;
    summary.unreadable = tally.failed;
    await io.write(summary.render(lang));
  }
  return tally.failed > 0 ? 1 : 0;
}
