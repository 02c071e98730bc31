// Runs the command in-process (on the main thread only: workers need the built script) and
// collects what it writes.
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAnalyze } from "../../src/cli/run";

export interface RunResult {
  readonly code: number;
  /** Standard output, split into lines (the last, empty one dropped). */
  readonly out: string[];
  readonly err: string[];
  readonly text: string;
}

export async function run(args: string[], stdin = new Uint8Array(0)): Promise<RunResult> {
  let text = "";
  const decoder = new TextDecoder();
  const err: string[] = [];
  // "-" reads a file open in its place, as the command reads fd 0.
  const file = join(mkdtempSync(join(tmpdir(), "ndr-stdin-")), "stdin");
  writeFileSync(file, stdin);
  const fd = openSync(file, "r");
  const code = await runAnalyze(
    args,
    {
      write: (t) => void (text += typeof t === "string" ? t : decoder.decode(t)),
      err: (l) => err.push(l),
    },
    { cores: 1, stdin: fd },
  ).finally(() => closeSync(fd));
  const out = text.split(/\r?\n/);
  if (out[out.length - 1] === "") out.pop();
  return { code, out, err, text };
}
