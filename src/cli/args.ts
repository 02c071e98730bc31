// Command-line arguments of `ndr-explain [--json|--csv|--summary] [--lang en|ja] [--jobs N] [--quiet] PATH...`.
import type { Lang } from "../core";
import { ownValue } from "../core/own";
import { CODE_ARGUMENTS } from "./code-command";

/** What a run prints: human lines, one JSON line per message, CSV rows per recipient, or a summary. */
export type Format = "human" | "json" | "csv" | "summary";

export interface Options {
  readonly format: Format;
  readonly lang: Lang;
  /** Worker threads; 1 runs everything on the main thread. */
  readonly jobs: number;
  readonly quiet: boolean;
  /** Files, folders, or `-` for standard input (one message or an mbox). */
  readonly paths: readonly string[];
}

export type Parsed =
  { readonly ok: true; readonly options: Options } | { readonly ok: false; readonly error: string };

export const USAGE = [
  "usage: ndr-explain [--json | --csv | --summary] [--lang en|ja] [--jobs N] [--quiet] PATH...",
  `       ndr-explain ${CODE_ARGUMENTS}`,
  "",
  "Reads bounced emails and tells, per failed recipient, what happened and what to do.",
  "PATH is a file (.eml, .msg, plain text, or a Unix mbox of many messages), a folder",
  "(searched recursively, Maildir cur/ and new/ included), or - for standard input (one message",
  "or an mbox, read as it streams).",
  "  --json        one JSON object per message per line",
  "  --csv         one CSV row per recipient (RFC 4180), with a header row",
  "  --summary     counts by reason, owner, recipient domain and remote server, and the fixes",
  "                that would clear the most failures",
  "  --lang en|ja  language of the explanations (default en)",
  "  --jobs N      threads, the main one included (default: one per core)",
  "  --quiet       no progress line on standard error",
].join("\n");

const FORMATS: Readonly<Record<string, Format>> = {
  "--json": "json",
  "--csv": "csv",
  "--summary": "summary",
};

/** `--name value` or `--name=value`: the value, and how many arguments it took. */
function optionValue(args: readonly string[], i: number, name: string): string | undefined {
  const arg = args[i] as string;
  return arg === name ? args[i + 1] : arg.slice(name.length + 1);
}

export function parseArgs(args: readonly string[], cores: number): Parsed {
  let format: Format | undefined;
  let lang: Lang = "en";
  let jobs = cores;
  let quiet = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const named = arg.split("=", 1)[0] as string;
    const asFormat = ownValue(FORMATS, arg);
    if (asFormat !== undefined) {
      if (format !== undefined && format !== asFormat)
        return { ok: false, error: "choose one of --json, --csv and --summary" };
      format = asFormat;
    } else if (arg === "--quiet" || arg === "-q") quiet = true;
    else if (named === "--lang") {
      const value = optionValue(args, i, named);
      if (arg === named) i++;
      if (value !== "en" && value !== "ja")
        return { ok: false, error: `--lang takes en or ja, not "${value ?? ""}"` };
      lang = value;
    } else if (named === "--jobs" || arg === "-j") {
      const value = optionValue(args, i, named === "--jobs" ? named : "-j");
      if (arg === named || arg === "-j") i++;
      if (value === undefined || !/^[1-9][0-9]{0,3}$/.test(value))
        return { ok: false, error: `--jobs takes a number from 1 to 9999, not "${value ?? ""}"` };
      jobs = Number(value);
    } else if (arg === "--") {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith("-") && arg !== "-")
      return { ok: false, error: `unknown option ${arg}` };
    else paths.push(arg);
  }
  if (paths.length === 0) return { ok: false, error: "no file or folder given" };
  if (paths.filter((p) => p === "-").length > 1)
    return { ok: false, error: "standard input (-) can be read once" };
  return { ok: true, options: { format: format ?? "human", lang, jobs, quiet, paths } };
}
