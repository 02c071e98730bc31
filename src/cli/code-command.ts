// `ndr-explain code CODE [--text "SMTP text"] [--remote HOST] [--server exchange-online|exchange-server] [--json] [--lang en|ja]`:
// prints what the catalog says a code (or an Exchange token, or a reply as pasted) means. Exit 0,
// 1 when nothing is known, 2 for bad arguments (both said on standard error).
import {
  lookupCode,
  OWNER_LABELS,
  type CatalogEntry,
  type Lang,
  type LookupOptions,
} from "../core";
import { WORDS } from "./labels";

/** The subcommand's arguments, also in the command's own usage. */
export const CODE_ARGUMENTS =
  'code CODE [--text "SMTP text"] [--remote HOST] [--server exchange-online|exchange-server] [--json] [--lang en|ja]';
const USAGE = `usage: ndr-explain ${CODE_ARGUMENTS}`;

interface Parsed {
  readonly code: string;
  readonly opts: LookupOptions;
  readonly json: boolean;
  readonly lang: Lang;
}

function parse(args: readonly string[]): Parsed | string {
  let code: string | undefined;
  let text: string | undefined;
  let remote: string | undefined;
  let server: LookupOptions["server"];
  let json = false;
  let lang: Lang = "en";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const value = (): string | undefined => args[++i];
    if (arg === "--json") json = true;
    else if (arg === "--text" || arg === "--remote") {
      const v = value();
      if (v === undefined) return `${arg} needs a value`;
      if (arg === "--text") text = v;
      else remote = v;
    } else if (arg === "--server") {
      const v = value();
      if (v !== "exchange-online" && v !== "exchange-server") return `bad --server: ${v ?? ""}`;
      server = v;
    } else if (arg === "--lang") {
      const v = value();
      if (v !== "en" && v !== "ja") return `bad --lang: ${v ?? ""}`;
      lang = v;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else if (code === undefined) code = arg;
    else return `unexpected argument ${arg}`;
  }
  if (code === undefined && text === undefined) return "missing CODE";
  return {
    code: code ?? "",
    opts: {
      ...(text !== undefined ? { text } : {}),
      ...(remote !== undefined ? { remote } : {}),
      ...(server !== undefined ? { server } : {}),
    },
    json,
    lang,
  };
}

function asJson(entry: CatalogEntry, lang: Lang): string {
  return JSON.stringify({
    id: entry.id,
    code: entry.code,
    title: entry.title ?? entry.texts[0] ?? "",
    texts: entry.texts,
    source: entry.source,
    ...(entry.page !== undefined ? { page: entry.page } : {}),
    temporary: entry.temporary,
    owner: entry.owner,
    summary: entry.summary[lang],
    cause: entry.cause[lang],
    fix: entry.fix.map((step) => step[lang]),
    adminFix: entry.adminFix.map((step) => step[lang]),
    actions: entry.actions,
  });
}

function asText(entry: CatalogEntry, lang: Lang, out: (line: string) => void): void {
  const kind = entry.temporary ? WORDS.temporary[lang] : WORDS.permanent[lang];
  out(
    `${entry.code || "-"}  ${entry.title ?? entry.texts[0] ?? ""}  [${entry.source}, ${kind}]  (${entry.id})`,
  );
  out(`  ${entry.summary[lang]}`);
  out(`  ${WORDS.cause[lang]}: ${entry.cause[lang]}`);
  out(`  ${WORDS.owner[lang]}: ${OWNER_LABELS[entry.owner][lang]}`);
  out(`  ${WORDS.fix[lang]}:`);
  for (const step of entry.fix) out(`    - ${step[lang]}`);
  out(`  ${WORDS.adminFix[lang]}:`);
  for (const step of entry.adminFix) out(`    - ${step[lang]}`);
  out(`  ${WORDS.actions[lang]}: ${entry.actions.join(", ")}`);
  if (entry.page !== undefined) out(`  ${WORDS.provider[lang]}: <${entry.page}>`);
}

export function runCodeCommand(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const parsed = parse(args);
  if (typeof parsed === "string") {
    err(`ndr-explain code: ${parsed}`);
    err(USAGE);
    return 2;
  }
  const entries = lookupCode(parsed.code, parsed.opts);
  if (entries.length === 0) {
    err(`ndr-explain code: nothing known for ${parsed.code || parsed.opts.text || ""}`);
    return 1;
  }
  entries.forEach((entry, i) => {
    if (parsed.json) out(asJson(entry, parsed.lang));
    else {
      if (i > 0) out("");
      asText(entry, parsed.lang, out);
    }
  });
  return 0;
}
