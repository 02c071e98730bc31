// `ndr-explain code CODE [--text "SMTP text"] [--server exchange-online|exchange-server] [--json] [--lang en|ja]`:
// prints what the catalog says a code (or an Exchange token) means. Exit 0, or 2 for bad arguments.
import {
  lookupCode,
  OWNER_LABELS,
  type CatalogEntry,
  type Lang,
  type LookupOptions,
} from "../core";

const USAGE =
  'usage: ndr-explain code CODE [--text "SMTP text"] [--server exchange-online|exchange-server] [--json] [--lang en|ja]';

const HEAD = {
  en: {
    cause: "Why",
    owner: "Who must fix it",
    fix: "What to do",
    admin: "For the admin",
    actions: "Actions",
    temporary: "temporary",
    permanent: "permanent",
  },
  ja: {
    cause: "原因",
    owner: "対応する人",
    fix: "対処",
    admin: "管理者向け",
    actions: "操作",
    temporary: "一時的",
    permanent: "恒久的",
  },
} as const;

interface Parsed {
  readonly code: string;
  readonly opts: LookupOptions;
  readonly json: boolean;
  readonly lang: Lang;
}

function parse(args: readonly string[]): Parsed | string {
  let code: string | undefined;
  let text: string | undefined;
  let server: LookupOptions["server"];
  let json = false;
  let lang: Lang = "en";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const value = (): string | undefined => args[++i];
    if (arg === "--json") json = true;
    else if (arg === "--text") text = value();
    else if (arg === "--server") {
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
    opts: { ...(text !== undefined ? { text } : {}), ...(server !== undefined ? { server } : {}) },
    json,
    lang,
  };
}

function asJson(entry: CatalogEntry, lang: Lang): string {
  return JSON.stringify({
    id: entry.id,
    code: entry.code,
    title: entry.texts[0] ?? "",
    texts: entry.texts,
    source: entry.source,
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
  const h = HEAD[lang];
  const kind = entry.temporary ? h.temporary : h.permanent;
  out(`${entry.code || "-"}  ${entry.texts[0] ?? ""}  [${entry.source}, ${kind}]  (${entry.id})`);
  out(`  ${entry.summary[lang]}`);
  out(`  ${h.cause}: ${entry.cause[lang]}`);
  out(`  ${h.owner}: ${OWNER_LABELS[entry.owner][lang]}`);
  out(`  ${h.fix}:`);
  for (const step of entry.fix) out(`    - ${step[lang]}`);
  out(`  ${h.admin}:`);
  for (const step of entry.adminFix) out(`    - ${step[lang]}`);
  out(`  ${h.actions}: ${entry.actions.join(", ")}`);
}

export function runCodeCommand(args: string[], out: (line: string) => void): number {
  const parsed = parse(args);
  if (typeof parsed === "string") {
    out(`ndr-explain code: ${parsed}`);
    out(USAGE);
    return 2;
  }
  const entries = lookupCode(parsed.code, parsed.opts);
  if (entries.length === 0) {
    out(`ndr-explain code: nothing known for ${parsed.code || parsed.opts.text || ""}`);
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
