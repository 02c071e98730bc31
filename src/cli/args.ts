// Command-line arguments of `ndr-explain [--json] [--lang en|ja] PATH...`.
import type { Lang } from "../core";

export interface Options {
  readonly json: boolean;
  readonly lang: Lang;
  readonly paths: readonly string[];
}

export type Parsed =
  { readonly ok: true; readonly options: Options } | { readonly ok: false; readonly error: string };

export const USAGE = [
  "usage: ndr-explain [--json] [--lang en|ja] PATH...",
  '       ndr-explain code CODE [--text "SMTP text"] [--server exchange-online|exchange-server] [--json] [--lang en|ja]',
  "",
  "Reads bounced emails (.eml, .msg where supported, or plain text; folders are searched",
  "recursively) and tells, per failed recipient, what happened and what to do.",
  "  --json        one JSON object per file per line",
  "  --lang en|ja  language of the explanations (default en)",
].join("\n");

export function parseArgs(args: readonly string[]): Parsed {
  let json = false;
  let lang: Lang = "en";
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
      if (value !== "en" && value !== "ja")
        return { ok: false, error: `--lang takes en or ja, not "${value ?? ""}"` };
      lang = value;
    } else if (arg === "--") {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith("--")) return { ok: false, error: `unknown option ${arg}` };
    else paths.push(arg);
  }
  if (paths.length === 0) return { ok: false, error: "no file or folder given" };
  return { ok: true, options: { json, lang, paths } };
}
