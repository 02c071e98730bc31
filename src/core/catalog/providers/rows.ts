// A provider's table as the matcher reads it: each entry as a catalog entry (source "provider",
// the page named), apart from what selects it besides its code and texts.
import type { Reason } from "../../types";
import type { CatalogEntry } from "../types";
import type { ProviderCatalog } from "./types";

/** One provider meaning: its catalog entry, and what selects it besides its code and texts. */
export interface ProviderRow {
  readonly code: string;
  readonly entry: CatalogEntry;
  readonly markers: readonly string[];
  readonly reasons: readonly Reason[];
  readonly ownBounce: boolean;
}

const made = new WeakMap<ProviderCatalog, readonly ProviderRow[]>();

/**
 * A provider's entries as catalog entries (source "provider", the page named), made once per
 * table: the catalog's list and the matcher hold the same entries.
 */
export function rowsOf(catalog: ProviderCatalog): readonly ProviderRow[] {
  let rows = made.get(catalog);
  if (rows === undefined) {
    rows = rowsFrom(catalog);
    made.set(catalog, rows);
  }
  return rows;
}

function rowsFrom({ provider, entries }: ProviderCatalog): ProviderRow[] {
  return entries.map(({ markers, reasons, page, ownBounce, ...entry }) => ({
    code: entry.code,
    markers: markers ?? [],
    reasons: reasons ?? [],
    ownBounce: ownBounce ?? false,
    entry: { ...entry, source: "provider", provider: provider.id, page: page ?? provider.page },
  }));
}
