// npm run budget: the pane's two budgets, measured on the production build.
//   1. Initial JavaScript, gzipped: < 250 KB. Initial is every script the page must load before it
//      can show anything: the page's own <script> tags (the entry chunks) and each script without
//      which the pane's shell never appears (found by holding it, unanswered, in a load of its own).
//      A chunk the pane loads beside the shell (the engine, a provider's table) is not initial; the
//      total loaded before the first card, initial or not, is printed as well.
//   2. Page load -> first card in headless chromium, stand-in Outlook serving a fixture bounce:
//      < 500 ms (median of several loads, after one warm-up).
// Builds dist/ first unless run with --no-build and dist/ exists. Exits 1 when a budget is missed.
// --fixture FILE measures another bounce (one whose provider tables load on demand, say), and
// --lang ja-JP another display language.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/e2e/chromium";
import { emlItem, openPane } from "../test/e2e/pane";
import { serveDirectory } from "../test/e2e/static-server";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const FIXTURE_AT = process.argv.indexOf("--fixture");
const FIXTURE =
  (FIXTURE_AT > 0 ? process.argv[FIXTURE_AT + 1] : undefined) ??
  join(ROOT, "test", "corpus", "sisimai", "maildir", "bsd", "lhost-office365-01.eml");
const JS_BUDGET_BYTES = 250 * 1000;
const FIRST_CARD_BUDGET_MS = 500;
const LANG_AT = process.argv.indexOf("--lang");
const DISPLAY_LANGUAGE = (LANG_AT > 0 ? process.argv[LANG_AT + 1] : undefined) ?? "en-US";
const RUNS = 7;

/** How long a load with one script held may take to show the shell before that script counts as needed. */
const SHELL_WAIT_MS = 3000;

/** The pane's shell: its main landmark, which holds the title, the status and the ways in. */
const SHELL = "main";

/**
 * Marks "shell" in the page's performance timeline when the shell enters the DOM, and
 * "first-card" when the first card does.
 */
const MARKS = `new MutationObserver((_, observer) => {
  if (performance.getEntriesByName("shell").length === 0 && document.querySelector("${SHELL}")) {
    performance.mark("shell");
  }
  if (document.querySelector('[data-testid="recipient-card"]')) {
    performance.mark("first-card");
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;

function build(): void {
  if (process.argv.includes("--no-build") && existsSync(join(DIST, "taskpane.html"))) return;
  console.log("Building the production pane...");
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

const spread = (values: number[]): string =>
  `${median(values).toFixed(0)} ms median of ${values.length} ` +
  `(min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;

/** The scripts the page itself names (<script src>): the entry chunks, run before anything else. */
function entryScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^[a-z]+:/i.test(src));
}

async function main(): Promise<void> {
  build();
  const site = await serveDirectory(DIST);
  const browser = await launchChromium();
  const item = emlItem(FIXTURE, "Undeliverable: Nyaan");
  const office = { item, displayLanguage: DISPLAY_LANGUAGE };
  const timings: number[] = [];
  const shells: number[] = [];
  const loaded: number[] = []; // DOMContentLoaded: the entry chunk has been fetched and run
  let beforeCard: string[] = [];
  const needed: string[] = [];
  try {
    for (let run = 0; run <= RUNS; run++) {
      const opened = await openPane(browser, site.origin, office, MARKS);
      const card = opened.page.getByTestId("recipient-card").first();
      await card.waitFor();
      // Every script asked for so far; the pane asks for none after its first card.
      const requested = opened.requests.filter(
        (url) => url.startsWith(site.origin) && url.endsWith(".js"),
      );
      // The times the shell and the first card were in the DOM, from navigation start.
      const [ms, shell, dcl] = await opened.page.evaluate(() => [
        performance.getEntriesByName("first-card")[0]?.startTime ?? NaN,
        performance.getEntriesByName("shell")[0]?.startTime ?? NaN,
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
      ]);
      if (run > 0) {
        timings.push(ms ?? NaN);
        shells.push(shell ?? NaN);
        loaded.push(dcl ?? NaN);
      }
      beforeCard = requested.map((url) => new URL(url).pathname.slice(1));
      await opened.page.context().close();
    }
    // Which of the other scripts the shell cannot appear without: each held in a load of its own.
    const entries = entryScripts();
    for (const file of beforeCard.filter((f) => !entries.includes(f))) {
      const held = await openPane(browser, site.origin, office, MARKS, undefined, {
        matches: (url) => new URL(url).pathname === `/${file}`,
        how: "hold",
      });
      const shown = await held.page
        .locator(SHELL)
        .waitFor({ timeout: SHELL_WAIT_MS })
        .then(
          () => true,
          () => false,
        );
      if (!shown) needed.push(file);
      await held.page.context().close();
    }
    needed.unshift(...entries);
  } finally {
    await browser.close();
    await site.close();
  }

  const sizes = beforeCard.map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
    initial: needed.includes(file),
  }));
  const total = (list: typeof sizes): number => list.reduce((sum, s) => sum + s.gzip, 0);
  const initialJs = total(sizes.filter((s) => s.initial));
  const firstCard = median(timings);

  for (const s of sizes) {
    const role = s.initial ? "initial" : "beside the shell";
    console.log(`  ${s.file}: ${kb(s.gzip)} gzipped (${role})`);
  }
  console.log(`Initial JavaScript: ${kb(initialJs)} gzipped (budget ${JS_BUDGET_BYTES / 1000} KB)`);
  console.log(`JavaScript loaded before the first card: ${kb(total(sizes))} gzipped`);
  console.log(`Page load -> first card: ${spread(timings)}; budget ${FIRST_CARD_BUDGET_MS} ms`);
  console.log(`  the shell in the DOM: ${spread(shells)}`);
  console.log(
    `  of which loading and running the entry chunk (DOMContentLoaded): ${median(loaded).toFixed(0)} ms median`,
  );
  // The machine may be shared: wall-clock figures are only comparable at a similar load.
  console.log(`  load average while measuring: ${loadavg()[0]?.toFixed(2)} (1 min)`);
  if (initialJs >= JS_BUDGET_BYTES || firstCard >= FIRST_CARD_BUDGET_MS) process.exitCode = 1;
}

void main();
