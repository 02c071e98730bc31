// Runs batches of messages on worker threads, or on the main thread when there are few. Each
// batch's answers come back as a promise; the caller awaits them in input order.
import { Worker, type MessagePort } from "node:worker_threads";
import { answer, type Answers, type Job } from "./answer";
import type { Item } from "./inputs";

export interface Runner {
  run(items: readonly Item[]): Promise<Answers>;
  close(): Promise<void>;
}

/** What a worker is started with, and what tells the entry script it runs as one. */
export interface WorkerStart {
  readonly ndrExplainWorker: Job;
}

export function isWorkerStart(data: unknown): data is WorkerStart {
  return typeof data === "object" && data !== null && "ndrExplainWorker" in data;
}

/** A batch on its way to a worker: its messages' bytes packed in one buffer (one transfer). */
interface Request {
  readonly id: number;
  readonly items: readonly Omit<Item, "bytes">[];
  /** Each item's end in `bytes`; an item without bytes has an empty range. */
  readonly ends: readonly number[];
  readonly bytes: Uint8Array;
}

function pack(id: number, items: readonly Item[]): Request {
  const ends: number[] = [];
  let total = 0;
  for (const item of items) ends.push((total += item.bytes?.length ?? 0));
  const bytes = new Uint8Array(total);
  const meta = items.map(({ bytes: own, ...rest }, i) => {
    if (own) bytes.set(own, (ends[i] as number) - own.length);
    return rest;
  });
  return { id, items: meta, ends, bytes };
}

function unpack(request: Request): Item[] {
  return request.items.map((item, i) => {
    const start = i === 0 ? 0 : (request.ends[i - 1] as number);
    const end = request.ends[i] as number;
    return item.error === undefined ? { ...item, bytes: request.bytes.subarray(start, end) } : item;
  });
}

type Reply =
  | { readonly id: number; readonly answers: Answers }
  | { readonly id: number; readonly error: string };

/** A worker's loop: answer each batch it is sent. */
export function serveWorker(start: WorkerStart, port: MessagePort): void {
  port.on("message", (request: Request) => {
    let answers: Answers;
    try {
      answers = answer(unpack(request), start.ndrExplainWorker);
    } catch (error) {
      port.postMessage({ id: request.id, error: (error as Error).stack ?? String(error) });
      return;
    }
    // The output's bytes are moved to the main thread, not copied.
    port.postMessage({ id: request.id, answers } satisfies Reply, [
      answers.bytes.buffer as ArrayBuffer,
    ]);
  });
}

/** Batches queued per worker before the main thread answers one itself. */
const QUEUED_PER_WORKER = 2;

interface Pending {
  readonly resolve: (answers: Answers) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The main thread and `workers` worker threads running `script`. A batch goes to a worker
 * with room in its queue, else the main thread answers it at once: the main thread works too
 * (one engine fewer to load and warm up than a pool of `workers + 1`), and while the workers
 * start it is the one answering.
 */
export function pool(job: Job, workers = 0, script?: string): Runner {
  let nextId = 0;
  const threads = Array.from({ length: script === undefined ? 0 : workers }, () => {
    const worker = new Worker(script as string, {
      workerData: { ndrExplainWorker: job } satisfies WorkerStart,
      // A smaller young generation than the default 48 MB: peak memory of a run on the corpus
      // copied ten times 172 -> 155 MB, CPU time within the noise. (No cap on the old
      // generation: a worker out of memory on one huge message would end the run.)
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
      // A worker writes nothing to standard output (its answers come as messages): not piped to
      // ours, whose listeners grew by one per worker and set off Node's leak warning from about
      // ten workers (a 16-core machine) when the reader was slow.
      stdout: true,
    });
    const pending = new Map<number, Pending>();
    worker.on("message", (reply: Reply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if ("error" in reply) p?.reject(new Error(reply.error));
      else p?.resolve(reply.answers);
    });
    worker.on("error", (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
    return { worker, pending };
  });
  return {
    run(items) {
      const free = threads.find((t) => t.pending.size < QUEUED_PER_WORKER);
      if (free === undefined) return Promise.resolve(answer(items, job));
      const id = nextId++;
      return new Promise<Answers>((resolve, reject) => {
        free.pending.set(id, { resolve, reject });
        const request = pack(id, items);
        free.worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
