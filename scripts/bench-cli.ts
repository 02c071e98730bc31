// npm run bench (second part), or npm run bench:cli: the speed a user meets. The installed
// command (bin/ndr-explain.js, freshly bundled) runs as a whole process on a folder, the
// development corpus copied COPIES times (19 by default: 5,928 files, the "about 5,900" issue 10
// asks for), beside Perl Sisimai 4.25 and, when
// it is found, Go Sisimai 5 (on one core: GOMAXPROCS=1, its fastest setting on a 2-core machine),
// each printing JSON to /dev/null. The tools take turns, ROUNDS rounds; the best round of each
// counts, so that a burst of other work on a shared machine does not decide the ratio.
// usage: tsx scripts/bench-cli.ts [--copies N] [--rounds N]
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCli, buildCodeCache } from "./build-cli";
import { GO_NOT_FOUND, goPeer } from "./peers";

const ROOT = resolve(__dirname, "..");
const CORPUS = join(ROOT, "test", "corpus", "sisimai", "maildir", "bsd");

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}
const COPIES = option("--copies", 19);
const ROUNDS = option("--rounds", 3);

/** Go Sisimai 5 beside the repository (../shared in the team's layout), or where GO_SISIMAI says. */
interface Tool {
  readonly name: string;
  readonly command: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

interface Run {
  readonly wall: number;
  readonly cpu?: number;
  readonly rssMb?: number;
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** One run of a tool, stdout to /dev/null; CPU and peak memory from /usr/bin/time when present. */
function runOnce(tool: Tool): Run {
  const devNull = openSync("/dev/null", "w");
  const [cmd, ...args] = TIME
    ? [TIME, "-f", "%e %U %S %M", ...tool.command]
    : (tool.command as string[]);
  const start = performance.now();
  const result = spawnSync(cmd as string, args, {
    stdio: ["ignore", devNull, "pipe"],
    env: { ...process.env, ...tool.env },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${tool.name} failed: ${result.stderr.slice(-500)}`);
  if (!TIME) return { wall };
  const [, user, sys, rss] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { wall, cpu: (user as number) + (sys as number), rssMb: (rss as number) / 1024 };
}

function makeSet(): { dir: string; files: number } {
  const dir = mkdtempSync(join(tmpdir(), "ndr-bench-cli-"));
  let files = 0;
  const names = readdirSync(CORPUS).filter((f) => f.endsWith(".eml"));
  for (let copy = 0; copy < COPIES; copy++) {
    const to = join(dir, `copy-${copy}`);
    mkdirSync(to);
    for (const name of names) {
      copyFileSync(join(CORPUS, name), join(to, name));
      files += 1;
    }
  }
  return { dir, files };
}

function answers(tool: Tool): number {
  const out = spawnSync(tool.command[0] as string, tool.command.slice(1), {
    env: { ...process.env, ...tool.env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  return out.stdout.split("\n").filter(Boolean).length;
}

const fmt = (s: number): string => `${s.toFixed(2)} s`;

function main(): void {
  buildCli(join(ROOT, "lib", "ndr-explain.js"));
  buildCodeCache();
  const { dir, files } = makeSet();
  const bin = join(ROOT, "bin", "ndr-explain.js");
  const go = goPeer();
  const tools: Tool[] = [
    { name: "ndr-explain", command: [process.execPath, bin, "--json", dir] },
    {
      name: "ndr-explain --jobs 1",
      command: [process.execPath, bin, "--json", "--jobs", "1", dir],
    },
    {
      name: "Sisimai 4.25 (Perl)",
      command: ["perl", join(ROOT, "test", "corpus", "sisimai", "sisimai-peer.pl"), dir],
    },
    ...(go
      ? [{ name: "Go Sisimai 5 (1 core)", command: [go, dir], env: { GOMAXPROCS: "1" } }]
      : []),
  ];
  console.log(
    `whole process: ${files} files (development corpus, ${COPIES} copies), ` +
      `${availableParallelism()} cores, best of ${ROUNDS} rounds; load average before ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  if (!go) console.log(GO_NOT_FOUND);
  const runs = new Map<string, Run[]>(tools.map((t) => [t.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Turns rotate, so no tool always runs right after the same one.
    for (let i = 0; i < tools.length; i++) {
      const tool = tools[(i + round) % tools.length] as Tool;
      runs.get(tool.name)?.push(runOnce(tool));
    }
  }
  const best = (name: string): Run =>
    (runs.get(name) as Run[]).reduce((a, b) => (b.wall < a.wall ? b : a));
  for (const tool of tools) {
    const all = runs.get(tool.name) as Run[];
    const b = best(tool.name);
    console.log(
      `${tool.name.padEnd(24)} best ${fmt(b.wall)} (rounds ${all.map((r) => r.wall.toFixed(2)).join(" ")})` +
        (b.cpu !== undefined ? `  CPU ${fmt(b.cpu)}  peak ${b.rssMb?.toFixed(0)} MB` : "") +
        `  answers ${answers(tool)}`,
    );
  }
  const ours = best("ndr-explain").wall;
  const ratio = (name: string): string => `${(best(name).wall / ours).toFixed(2)}x`;
  console.log(
    `ndr-explain / Sisimai 4.25 (Perl): ${ratio("Sisimai 4.25 (Perl)")} (target >= 5x)` +
      (go
        ? `; ndr-explain / Go Sisimai 5 (1 core): ${ratio("Go Sisimai 5 (1 core)")} (target >= 3x)`
        : ""),
  );
  console.log(
    `load average after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main();
