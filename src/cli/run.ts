// One run of `ndr-explain`: every file analysed and explained, errors reported per file, the
// exit code 0 when all files were read, 1 when some could not be, 2 for bad arguments.
import { readFileSync } from "node:fs";
import { analyze, diagnose, type AnalyzeInput } from "../core";
import { isCompoundFile } from "../msg/compound-file";
import { msgToEml } from "../msg/msg-to-eml";
import { USAGE, parseArgs } from "./args";
import { collectTargets } from "./files";
import { humanLines, jsonLine } from "./format";

export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** A file's content for the engine: raw message bytes, or an Outlook .msg turned into .eml text. */
function readInput(path: string): AnalyzeInput {
  const bytes = new Uint8Array(readFileSync(path));
  if (!isCompoundFile(bytes)) return bytes;
  try {
    return msgToEml(bytes);
  } catch (error) {
    throw new Error(`not readable as an Outlook .msg file (${(error as Error).message})`, {
      cause: error,
    });
  }
}

export function runAnalyze(args: readonly string[], io: Output): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    io.err(`ndr-explain: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { json, lang, paths } = parsed.options;
  let failed = 0;
  for (const target of collectTargets(paths)) {
    let input: AnalyzeInput;
    try {
      if (target.error) throw new Error(target.error);
      input = readInput(target.path);
    } catch (error) {
      failed += 1;
      io.err(`ndr-explain: ${target.path}: ${(error as Error).message}`);
      continue;
    }
    const diagnosis = diagnose(analyze(input));
    if (json) io.out(jsonLine(target.path, diagnosis));
    else for (const line of humanLines(target.path, diagnosis, lang)) io.out(line);
  }
  return failed > 0 ? 1 : 0;
}
