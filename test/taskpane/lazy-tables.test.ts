// The pane's build starts with no provider table and loads those a bounce names (webpack replaces
// the providers' index, see scripts/provider-index-loader.cjs). Here the same start is made by
// emptying the index's tables, the loader handing over the real ones: for every test bounce the
// pane's diagnosis equals the command line's (every table at start), and it loads few tables.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type * as Core from "../../src/core";
import type * as Explain from "../../src/taskpane/explain";
import type * as ProviderIndex from "../../src/core/catalog/providers/index";
import { CASES as GMAIL_CASES } from "../catalog/providers/gmail.cases";
import { wrap } from "../catalog/providers/wrap";

const INDEX = "../../src/core/catalog/providers/index";
const ROOT = join(__dirname, "..");

function emails(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".eml"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const FILES = [...emails(join(ROOT, "corpus")), ...emails(join(ROOT, "fixtures"))];

/** The command line's engine: every table at start. */
let eager!: typeof Core;
/** The pane's explain() starting with no table, and the ids it asked the loader for. */
let lazy!: typeof Explain;
const asked: string[][] = [];
let providers = 0;
/** Set to make the loader give no table. */
let failing = false;

beforeAll(() => {
  jest.isolateModules(() => {
    eager = jest.requireActual<typeof Core>("../../src/core");
  });
  jest.isolateModules(() => {
    const actual = jest.requireActual<typeof ProviderIndex>(INDEX);
    providers = actual.PROVIDERS.length;
    jest.doMock(INDEX, () => ({
      ...actual,
      PROVIDER_CATALOGS: [],
      loadProviderTables: (ids: readonly string[]) => {
        if (failing) return Promise.resolve([]);
        asked.push([...ids]);
        return actual.loadProviderTables(ids);
      },
    }));
    lazy = jest.requireActual<typeof Explain>("../../src/taskpane/explain");
  });
});

test("the test set is there", () => {
  expect(FILES.length).toBeGreaterThan(1200);
});

test("a table the loader cannot give makes an error state that names it, never a card without it", async () => {
  const dkim = GMAIL_CASES.find((c) => c.expected.id === "gmail-5.7.30-dkim");
  if (dkim === undefined) throw new Error("the Gmail DKIM case is missing");
  failing = true;
  const state = await lazy.explain({
    ok: true,
    bounce: { origin: "paste", input: wrap(dkim, "exo-en") },
  });
  failing = false;
  expect(state).toEqual({
    status: "empty",
    failure: "error",
    detail: "No table for provider gmail",
  });
});

test("every test bounce: the pane's diagnosis with tables loaded on demand equals the eager one", async () => {
  const differ: string[] = [];
  for (const file of FILES) {
    const input = new Uint8Array(readFileSync(file));
    const expected = eager.diagnose(eager.analyze(input));
    const state = await lazy.explain({ ok: true, bounce: { origin: "drop", input } });
    const got = state.status === "ready" ? state.diagnosis : undefined;
    const want = expected.kind === "not-a-bounce" ? undefined : expected;
    if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(file);
  }
  expect(differ).toEqual([]);
  // Each table asked for once (kept once loaded), Gmail's among them, and not every table.
  const loaded = new Set(asked.flat());
  expect(asked.flat().length).toBe(loaded.size);
  expect(loaded.has("gmail")).toBe(true);
  expect(loaded.size).toBeLessThan(providers);
}, 300_000);
