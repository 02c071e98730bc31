// A batch of messages analysed, explained and formatted: the work a worker thread does (or the
// main thread, for a handful of files). What comes back is small and ready to write.
import { analyze, diagnose, type AnalyzeInput, type Diagnosis, type Lang } from "../core";
import { isCompoundFile } from "../msg/compound-file";
import { msgToEml } from "../msg/msg-to-eml";
import type { Format } from "./args";
import { csvRows, humanLines, jsonLine, originLabel, type Origin } from "./format";
import type { Item } from "./inputs";
import { unquoteFromLines } from "./mbox";
import { printable } from "./printable";
import { summaryRows, type SummaryRow } from "./summary";
import { Utf8Builder } from "./utf8";

export interface Job {
  readonly format: Format;
  readonly lang: Lang;
}

export interface Answers {
  /** What goes to standard output, in input order, in UTF-8. */
  readonly bytes: Uint8Array;
  /** One line per input that could not be read, in input order. */
  readonly errors: readonly string[];
  readonly messages: number;
  /** Per recipient, for --summary only. */
  readonly rows: readonly SummaryRow[];
  /** Input bytes these answers account for (for the progress line). */
  readonly size: number;
}

/** A file's content for the engine: an mbox message unquoted, an Outlook .msg turned into .eml. */
function engineInput(item: Item, bytes: Uint8Array): AnalyzeInput {
  if (item.message !== undefined) return unquoteFromLines(bytes);
  if (!isCompoundFile(bytes)) return bytes;
  try {
    return msgToEml(bytes);
  } catch (error) {
    throw new Error(`not readable as an Outlook .msg file (${(error as Error).message})`, {
      cause: error,
    });
  }
}

function format(out: Utf8Builder, origin: Origin, d: Diagnosis, job: Job): void {
  switch (job.format) {
    case "json":
      // Apart: the line and its end joined would be copied once more to be encoded.
      out.append(jsonLine(origin, d));
      out.append("\n");
      return;
    case "csv":
      return out.append(csvRows(origin, d));
    case "human":
      return out.append(humanLines(origin, d, job.lang).join("\n") + "\n");
    case "summary":
      return;
  }
}

export function answer(items: readonly Item[], job: Job): Answers {
  const out = new Utf8Builder();
  const errors: string[] = [];
  const rows: SummaryRow[] = [];
  let messages = 0;
  let size = 0;
  for (const item of items) {
    size += item.size;
    const origin: Origin = item.message === undefined ? { file: item.file } : item;
    let d: Diagnosis;
    try {
      if (item.error !== undefined || item.bytes === undefined) throw new Error(item.error);
      d = diagnose(analyze(engineInput(item, item.bytes)));
    } catch (error) {
      errors.push(
        printable(`ndr-explain: ${originLabel(origin, job.lang)}: ${(error as Error).message}`),
      );
      continue;
    }
    messages += 1;
    format(out, origin, d, job);
    if (job.format === "summary") rows.push(...summaryRows(d, job.lang));
  }
  return { bytes: out.bytes(), errors, messages, rows, size };
}
