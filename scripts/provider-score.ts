// npx tsx scripts/provider-score.ts [ENGINE_ROOT]: every provider case (test/catalog/providers/
// *.cases.ts) in each wrapping it meets (Exchange Online NDR en/ja and current layout, Postfix DSN,
// and the Gmail, Yahoo and cPanel Exim notices) through analyze() + diagnose(): the share whose
// entry, owner, temporary flag and key terms are all right, per wrapping too, and the share right
// on owner, temporary flag and key terms alone (comparable with an engine without the provider
// layer: pass another checkout's root to score its engine on the same cases).
import { join } from "node:path";
import { allProviderCases } from "../test/catalog/providers/cases";
import { problems, wordsOf } from "../test/catalog/providers/check";
import { wrap, wrappingsOf, type Wrapping } from "../test/catalog/providers/wrap";
import type { Diagnosis } from "../src/core";

const root = process.argv[2] ?? join(__dirname, "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(root, "src", "core")) as {
  analyze: (raw: string) => unknown;
  diagnose: (report: unknown) => Diagnosis;
};

/** Per wrapping: cases, and those right on entry, owner, temporary flag, terms, and all of them. */
interface Tally {
  cases: number;
  entry: number;
  owner: number;
  temporary: number;
  terms: number;
  all: number;
}
const tallies = new Map<Wrapping, Tally>();

let total = 0;
let allRight = 0;
let ownerTermsRight = 0;
for (const { provider, cases } of allProviderCases()) {
  let right = 0;
  let wrapped = 0;
  for (const c of cases) {
    for (const how of wrappingsOf(c)) {
      const e = engine.diagnose(engine.analyze(wrap(c, how))).recipients[0]?.explanation;
      total += 1;
      wrapped += 1;
      const wrong = problems(c, e);
      if (wrong.length === 0) right += 1;
      const t = tallies.get(how) ?? {
        cases: 0,
        entry: 0,
        owner: 0,
        temporary: 0,
        terms: 0,
        all: 0,
      };
      tallies.set(how, t);
      t.cases += 1;
      if (e?.id === c.expected.id) t.entry += 1;
      if (e?.owner === c.expected.owner) t.owner += 1;
      if (e?.temporary === c.expected.temporary) t.temporary += 1;
      if (!wrong.some((w) => w.includes(" lacks ") || w.startsWith("a placeholder"))) t.terms += 1;
      if (wrong.length === 0) t.all += 1;
      const terms =
        e !== undefined &&
        e.owner === c.expected.owner &&
        e.temporary === c.expected.temporary &&
        c.expected.words.every((w) => wordsOf(e, "en").includes(w));
      if (terms) ownerTermsRight += 1;
      if (wrong.length > 0 && process.env["VERBOSE"])
        console.log(`  ${provider} ${c.name} [${how}]: ${wrong.join("; ")}`);
    }
  }
  allRight += right;
  console.log(`${provider}: ${right}/${wrapped} all right`);
}
const pct = (n: number): string => `${((100 * n) / total).toFixed(1)}%`;
console.log(`engine ${root}`);
console.log("wrapping: cases, right on entry / owner / temporary / terms / all");
for (const [how, t] of tallies) {
  console.log(
    `  ${how}: ${t.cases}, ${t.entry} / ${t.owner} / ${t.temporary} / ${t.terms} / ${t.all}`,
  );
}
console.log(
  `entry + owner + temporary + terms (en and ja): ${allRight}/${total} = ${pct(allRight)}`,
);
console.log(
  `owner + temporary + terms (en): ${ownerTermsRight}/${total} = ${pct(ownerTermsRight)}`,
);
