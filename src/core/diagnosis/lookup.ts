// lookupCode: the catalog entries a code (and optionally the server's text) can mean, best first.
import type { CatalogEntry } from "../catalog/types";
import { CATALOG } from "../catalog/index";
import {
  classMatch,
  codeMatches,
  normalizeStatus,
  textMatches,
  tokenMatches,
  type ServerFamily,
} from "../catalog/match";

export interface LookupOptions {
  readonly text?: string;
  readonly server?: "exchange-online" | "exchange-server";
}

function unique(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return entries.filter((entry, i) => entries.findIndex((e) => e.id === entry.id) === i);
}

/**
 * Entries for a status code ("5.7.1"), an Exchange token ("RESOLVER.ADR.ExRecipNotFound") or ""
 * with a text. With a text, the entries whose text it contains come first; the code's other
 * meanings follow. A code in no table still gets its class-and-subject fallback.
 */
export function lookupCode(code: string, opts: LookupOptions = {}): CatalogEntry[] {
  const family: ServerFamily = opts.server ?? "other";
  const status = normalizeStatus(code);
  const text = opts.text ?? "";
  const byText = text !== "" ? textMatches(status, text, family).map((m) => m.entry) : [];
  const byToken = tokenMatches(text === "" ? code : text).map((m) => m.entry);
  if (status === undefined) {
    // A catalog code as written in the tables: "4.7.500-699", "5.4.6/5.4.14".
    const byName = code === "" ? [] : CATALOG.filter((entry) => entry.code === code.trim());
    return unique([...byText, ...byName, ...byToken]);
  }
  const byCode = codeMatches(status, family).filter(
    (entry) =>
      opts.server === undefined ||
      entry.source === opts.server ||
      entry.source === "both" ||
      entry.source === "iana",
  );
  const found = unique([...byText, ...(text !== "" ? byToken : []), ...byCode]);
  return found.length > 0 ? found : [classMatch(status, status.startsWith("4"))];
}
