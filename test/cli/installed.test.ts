// The command as installed: the bundled script in its own process, with its worker threads.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, buildCodeCache, cacheFileOf } from "../../scripts/build-cli";

const CORPUS = join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd");
const SCRIPT = join(mkdtempSync(join(tmpdir(), "ndr-cli-build-")), "ndr-explain.js");

beforeAll(() => buildCli(SCRIPT));

function command(args: string[], input?: Buffer) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...(input !== undefined ? { input } : {}),
  });
}

describe("the installed ndr-explain", () => {
  it("is ASCII only, so V8 holds its source one byte per character", () => {
    const bytes = readFileSync(SCRIPT);
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
    // The Japanese words are there, escaped.
    expect(bytes.toString("latin1")).toContain("\\u8ee2\\u9001"); // 転送
  });

  it("answers a folder on worker threads in the order one thread gives", () => {
    const [pooled, single] = [
      command(["--json", "--jobs", "3", CORPUS]),
      command(["--json", "--jobs", "1", CORPUS]),
    ];
    expect([pooled.status, pooled.stderr]).toEqual([0, ""]);
    expect(pooled.stdout.split("\n").length).toBeGreaterThan(300);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it("says nothing on standard error with more workers than Node's listener limit", () => {
    // one worker per core on a 16-core machine; the output to a pipe meets back-pressure
    const many = command(["--json", "--jobs", "16", CORPUS]);
    expect([many.status, many.stderr]).toEqual([0, ""]);
    expect(many.stdout.split("\n").length).toBeGreaterThan(300);
  });

  it("reads one message piped to standard input", () => {
    const file = join(CORPUS, "lhost-postfix-01.eml");
    const piped = command(["--json", "-"], readFileSync(file));
    expect(piped.status).toBe(0);
    const answer = JSON.parse(piped.stdout);
    expect(answer.file).toBe("-");
    expect(answer.recipients.map((r: { address: string }) => r.address)).toEqual([
      "r@p351355.pool.example.ne.jp",
    ]);
    const fromFile = JSON.parse(
      execFileSync(process.execPath, [SCRIPT, "--json", file], { encoding: "utf8" }),
    );
    expect({ ...answer, file }).toEqual(fromFile);
  });

  it("answers an mbox piped to standard input as it streams, before the writer is done", async () => {
    const names = ["lhost-postfix-01.eml", "lhost-exim-01.eml"];
    const message = (name: string) =>
      `From MAILER-DAEMON Sat Dec  5 01:14:12 2026\n${readFileSync(join(CORPUS, name), "latin1")}\n`;
    // more than two batches (32 messages each) first, the last only once answers have come
    const first = Array.from({ length: 80 }, (_, i) => message(names[i % names.length] as string));
    const child = spawn(process.execPath, [SCRIPT, "--json", "--jobs", "1", "-"]);
    child.stdin.write(first.join(""), "latin1");
    let out = "";
    const answered = new Promise<boolean>((resolve) => {
      const guard = setTimeout(() => resolve(false), 10_000);
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        clearTimeout(guard);
        resolve(true);
      });
    });
    const beforeTheEnd = await answered;
    child.stdin.end(message(names[0] as string), "latin1");
    const [code] = (await once(child, "close")) as [number];
    expect(beforeTheEnd).toBe(true);
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(81);
    expect(lines.map((line) => JSON.parse(line).message)).toEqual(
      Array.from({ length: 81 }, (_, i) => i + 1),
    );
  }, 30_000);

  it("reads a file with no positions to read at, as bash's <(command) gives", () => {
    const names = ["lhost-postfix-01.eml", "lhost-exim-01.eml"];
    const mbox = join(mkdtempSync(join(tmpdir(), "ndr-pipe-")), "bounces.mbox");
    writeFileSync(
      mbox,
      names
        .map(
          (name) =>
            `From MAILER-DAEMON Sat Dec  5 01:14:12 2026\n${readFileSync(join(CORPUS, name), "latin1")}\n`,
        )
        .join(""),
      "latin1",
    );
    // bash names the pipe /dev/fd/N: the file is read through it, never at a position
    const piped = spawnSync(
      "bash",
      ["-c", '"$0" "$1" --json <(cat "$2")', process.execPath, SCRIPT, mbox],
      { encoding: "utf8" },
    );
    expect([piped.status, piped.stderr]).toEqual([0, ""]);
    const answers = piped.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((a: { file: string; message: number }) => a.message)).toEqual([1, 2]);
    expect(answers[0].file).toMatch(/^\/dev\/fd\/\d+$/);
    const fromFile = command(["--json", mbox])
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((a: { recipients: unknown }) => a.recipients)).toEqual(
      fromFile.map((a: { recipients: unknown }) => a.recipients),
    );
  });

  it("reports an unreadable input on standard error and exits 1, the rest still answered", () => {
    const missing = join(CORPUS, "no-such.eml");
    const result = command(["--csv", join(CORPUS, "lhost-exim-01.eml"), missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`ndr-explain: ${missing}: no such file or folder\n`);
    expect(result.stdout.split("\r\n").filter(Boolean)).toHaveLength(2);
  });
});

describe("the installed bin and its code cache", () => {
  // bin/ndr-explain.js beside its own lib/, as the package installs them.
  const root = mkdtempSync(join(tmpdir(), "ndr-cli-package-"));
  const bin = join(root, "bin", "ndr-explain.js");
  const cache = join(root, "lib", "ndr-explain.cache");
  const sample = join(CORPUS, "lhost-postfix-01.eml");
  const run = () =>
    spawnSync(process.execPath, [bin, "--json", "--jobs", "2", CORPUS], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });

  beforeAll(() => {
    mkdirSync(join(root, "bin"));
    for (const file of ["ndr-explain.js", "v8-flags.js"])
      copyFileSync(join(__dirname, "..", "..", "bin", file), join(root, "bin", file));
    buildCli(join(root, "lib", "ndr-explain.js"));
    buildCodeCache(bin, sample);
  });

  it("answers from the cache as the bundle does without it", () => {
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
    const [cached, bundle] = [run(), command(["--json", CORPUS])];
    expect([cached.status, cached.stderr]).toEqual([0, ""]);
    expect(cached.stdout).toBe(bundle.stdout);
  });

  it("is removed when the bundle is built again, so a new bundle never runs the old bytecode", () => {
    const again = mkdtempSync(join(tmpdir(), "ndr-cli-rebuild-"));
    const bundle = join(again, "ndr-explain.js");
    writeFileSync(cacheFileOf(bundle), readFileSync(cache));
    buildCli(bundle);
    expect(existsSync(cacheFileOf(bundle))).toBe(false);
  });

  it("refuses a damaged cache and compiles from source", () => {
    const bytes = readFileSync(cache);
    bytes.subarray(bytes.length >> 1, (bytes.length >> 1) + 4000).fill(0x5a);
    writeFileSync(cache, bytes);
    const damaged = run();
    expect([damaged.status, damaged.stderr]).toEqual([0, ""]);
    expect(damaged.stdout).toBe(command(["--json", CORPUS]).stdout);
  });
});
