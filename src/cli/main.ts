// Entry point of the `ndr-explain` command, and of its worker threads (the same script).
import { once } from "node:events";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runCodeCommand } from "./code-command";
import { isWorkerStart, serveWorker } from "./pool";
import { runAnalyze } from "./run";

const entryScript = require.main?.filename ?? __filename;

async function main(args: readonly string[]): Promise<number> {
  const err = (line: string): void => void process.stderr.write(line + "\n");
  if (args[0] === "code")
    return runCodeCommand(args.slice(1), (line) => process.stdout.write(line + "\n"), err);
  return runAnalyze(
    args,
    {
      write: (text) =>
        process.stdout.write(text)
          ? undefined
          : once(process.stdout, "drain").then(() => undefined),
      err,
      ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
    },
    {
      // Every core: on 2 cores two threads took 3.6 s where one took 4.8 s on 20,300 files, and
      // 1.70 s against 1.80 s on 6,090; a run of one batch (32 messages) starts no worker anyway.
      cores: availableParallelism(),
      // The script Node started (bin/ndr-explain.js, which loads the bundle from its code cache, or
      // the bundle itself). Source run through tsx cannot start a worker from a .ts file: it runs
      // on one thread.
      ...(entryScript.endsWith(".js") ? { workerScript: entryScript } : {}),
    },
  );
}

if (!isMainThread && isWorkerStart(workerData) && parentPort) serveWorker(workerData, parentPort);
else {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`ndr-explain: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
