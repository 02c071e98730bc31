// Writes one Exchange-style bounce per seed case and language to test/fixtures/catalog/
// (run: npx tsx scripts/make-catalog-fixtures.ts). The output is committed; seeds.test.ts checks it is current.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SEED_CASES } from "../test/catalog/seed-rows";
import { allFixtures, buildFixture } from "../test/catalog/seed-fixture";

const dir = join(__dirname, "..", "test", "fixtures", "catalog");
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) if (old.endsWith(".eml")) rmSync(join(dir, old));
const fixtures = allFixtures(SEED_CASES);
for (const { name, seed, lang } of fixtures)
  writeFileSync(join(dir, name), buildFixture(seed, lang));
console.log(`wrote ${fixtures.length} fixtures to ${dir}`);
