// npm run build:cli: the installed command as one file, lib/ndr-explain.js, bundled by esbuild.
// One file starts faster than the 135 modules tsc would emit (one bounce, 15 runs each: 0.12 s of
// CPU against 0.15 to 0.16 s; Node alone 0.05 s), and the same file is the script of the
// command's worker threads.
import { buildSync, type BuildOptions } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

const CLI_BUILD: BuildOptions = {
  entryPoints: [join(ROOT, "src", "cli", "main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  // As in the pane's bundle: TextDecoder does what msgreader asks of iconv-lite.
  alias: { "iconv-lite": join(ROOT, "src", "msg", "iconv-lite-shim.ts") },
};

/**
 * The bundle in ASCII only. esbuild escapes non-ASCII characters in strings but leaves them in
 * regular expressions and comments (60 of them: "：", "転送", "é", ...); one such character makes
 * V8 hold the whole source as UTF-16 and decode it from UTF-8 at every start, in every
 * thread. Escaped (\uXXXX means the same character in a regular expression), the source stays one
 * byte per character: about 20 M instructions fewer per process, with the code cache or without.
 */
function asciiOnly(text: string): string {
  // A backslash before such a character (an identity escape) would escape the escape instead.
  if (/\\[\u0080-\uffff]/.test(text)) throw new Error("the bundle escapes a non-ASCII character");
  return text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Where the bundle's V8 code cache lives (bin/ndr-explain.js reads it from there). */
export const cacheFileOf = (bundle: string): string => bundle.replace(/\.js$/, ".cache");

export function buildCli(outfile: string): void {
  // A new bundle never meets the old one's cache: V8 checks a cache against the source's length
  // only (on Node 20 a same-length script given another's cache ran the other's functions), so
  // after a small edit the sample run failed with SyntaxErrors. buildCodeCache writes a new one.
  rmSync(cacheFileOf(outfile), { force: true });
  buildSync({ ...CLI_BUILD, outfile });
  writeFileSync(outfile, asciiOnly(readFileSync(outfile, "utf8")));
}

/** Bounces the sample run reads: the bytecode of every function their answers need is cached. */
const SAMPLE = join(ROOT, "test", "corpus", "sisimai", "maildir", "bsd");

/**
 * lib/ndr-explain.cache, the V8 code cache bin/ndr-explain.js compiles the bundle from: written by
 * the command itself at the end of a run on the sample (so with its own V8 flags and Node's
 * version; another Node refuses it and compiles from source). Without the sample (a package
 * built elsewhere) there is no cache, and each thread starts ~17 ms of CPU slower.
 */
export function buildCodeCache(bin = join(ROOT, "bin", "ndr-explain.js"), sample = SAMPLE): void {
  if (!existsSync(sample)) return;
  const run = spawnSync(process.execPath, [bin, "--json", "--jobs", "1", "--quiet", sample], {
    env: { ...process.env, NDR_EXPLAIN_WRITE_CODE_CACHE: "1" },
    stdio: "ignore",
  });
  if (run.status !== 0) throw new Error(`the code cache's sample run failed (${run.status})`);
}

if (require.main === module) {
  buildCli(join(ROOT, "lib", "ndr-explain.js"));
  buildCodeCache();
}
