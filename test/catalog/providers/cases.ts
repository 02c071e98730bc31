// Every provider's cases file (test/catalog/providers/<id>.cases.ts), found by its name: adding a
// provider adds its cases here without touching any list.
import { readdirSync } from "node:fs";
import type { ProviderCase } from "./types";

export interface ProviderCases {
  readonly provider: string;
  readonly cases: readonly ProviderCase[];
}

export function allProviderCases(): ProviderCases[] {
  return readdirSync(__dirname)
    .filter((name) => name.endsWith(".cases.ts"))
    .sort()
    .map((name) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(`./${name}`) as { CASES: readonly ProviderCase[] };
      return { provider: name.replace(/\.cases\.ts$/, ""), cases: mod.CASES };
    });
}
