// The provider tables the matcher has, by provider id, and those it asked for without having.
// The command line has every table from the start (PROVIDER_CATALOGS). The pane's build starts
// with none (webpack.config.js replaces ./index.ts with the providers' identities and a loader of
// each table) and adds the tables a bounce names: the matcher reads the table of a named provider
// only, so once every table it noted is added, a diagnosis equals the one made with all of them
// (see ../../diagnosis/loading.ts).
import { PROVIDER_CATALOGS } from "./index";
import type { ProviderCatalog } from "./types";

const tables = new Map<string, ProviderCatalog>();
const missing = new Set<string>();

/** Adds tables (again is harmless: the latest of one id stands). */
export function addProviderTables(catalogs: readonly ProviderCatalog[]): void {
  for (const catalog of catalogs) {
    tables.set(catalog.provider.id, catalog);
    missing.delete(catalog.provider.id);
  }
}

addProviderTables(PROVIDER_CATALOGS);

/** The provider's table, or undefined (and the id noted) when it has not been added. */
export function providerTable(id: string): ProviderCatalog | undefined {
  const table = tables.get(id);
  if (table === undefined) missing.add(id);
  return table;
}

/** The ids asked for without a table since the last call, in the order asked. */
export function takeMissingProviderTables(): string[] {
  const ids = [...missing];
  missing.clear();
  return ids;
}
