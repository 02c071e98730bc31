// npx tsx scripts/provider-score.ts [ENGINE_ROOT]: every provider case (test/catalog/providers/
// *.cases.ts) in its three wrappings (Exchange Online NDR en/ja, Postfix DSN) through analyze() +
// diagnose(): the share whose entry, owner, temporary flag and key terms are all right, and the
// share right on owner, temporary flag and key terms alone (comparable with an engine without the
// provider layer: pass another checkout's root to score its engine on the same cases).
import { join } from "node:path";
import { allProviderCases } from "../test/catalog/providers/cases";
import { problems, wordsOf } from "../test/catalog/providers/check";
import { WRAPPINGS, wrap } from "../test/catalog/providers/wrap";
import type { Diagnosis } from "../src/core";

const root = process.argv[2] ?? join(__dirname, "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(root, "src", "core")) as {
  analyze: (raw: string) => unknown;
  diagnose: (report: unknown) => Diagnosis;
};

let total = 0;
let allRight = 0;
let ownerTermsRight = 0;
for (const { provider, cases } of allProviderCases()) {
  let right = 0;
  for (const c of cases) {
    for (const how of WRAPPINGS) {
      const e = engine.diagnose(engine.analyze(wrap(c, how))).recipients[0]?.explanation;
      total += 1;
      const wrong = problems(c, e);
      if (wrong.length === 0) right += 1;
      const terms =
        e !== undefined &&
        e.owner === c.expected.owner &&
        e.temporary === c.expected.temporary &&
        c.expected.words.every((w) => wordsOf(e, "en").includes(w));
      if (terms) ownerTermsRight += 1;
      else if (process.env["VERBOSE"])
        console.log(`  ${provider} ${c.name} [${how}]: ${wrong.join("; ")}`);
    }
  }
  allRight += right;
  console.log(`${provider}: ${right}/${cases.length * WRAPPINGS.length} all right`);
}
const pct = (n: number): string => `${((100 * n) / total).toFixed(1)}%`;
console.log(`engine ${root}`);
console.log(
  `entry + owner + temporary + terms (en and ja): ${allRight}/${total} = ${pct(allRight)}`,
);
console.log(
  `owner + temporary + terms (en): ${ownerTermsRight}/${total} = ${pct(ownerTermsRight)}`,
);
