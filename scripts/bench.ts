// npm run bench: the engine's throughput on the whole corpus in one process, its time on a
// synthetic 5 MB bounce, and in the same run the same figures for Debian's Sisimai (Perl) and
// for postal-mime and mailparser parsing alone, so the choice of MIME layer rests on numbers.
// The engine is timed as it ships (the CLI and the pane run compiled JavaScript): bundled here by
// esbuild, tsx's own compiler, into one file. The same source loaded through tsx is timed too.
// The engine and Sisimai take turns, a few passes each, so both meet the same load on a machine
// others share; the ratio is of their totals, with each round's own ratio beside it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildSync } from "esbuild";
import { simpleParser } from "mailparser";
import PostalMime from "postal-mime";
import { analyze as analyzeSource } from "../src/core";

const DIR = join(__dirname, "..", "test", "corpus", "sisimai", "maildir", "bsd");
/** Timed passes per engine: ROUNDS turns of PASSES_PER_ROUND (the engine and Sisimai take turns). */
const ROUNDS = 5;
const PASSES_PER_ROUND = 2;
const PASSES = ROUNDS * PASSES_PER_ROUND;
/**
 * Untimed passes first, so the timed ones measure compiled code, not the JIT at work. V8 keeps
 * optimising the engine's hot paths for many passes over the corpus (node --trace-opt): 6 to 14
 * functions compiled per pass up to pass 10, 1 to 9 up to pass 20, then 0 to 2; time per email
 * ~0.20 ms over passes 10-20 and ~0.185 ms after.
 */
const WARMUP_PASSES = 20;

interface Figures {
  readonly emailsPerSecond: number;
  readonly meanMs: number;
  /** Emails per second of CPU time: steadier than wall time on a machine others share. */
  readonly emailsPerCpuSecond: number;
  readonly slowest: { readonly file: string; readonly ms: number };
  /** Mean per email in the fastest pass: the figure least moved by other work on a shared machine. */
  readonly bestPassMs: number;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".eml"))
  .sort();
const mails = files.map((f) => new Uint8Array(readFileSync(join(DIR, f))));

const tmp = mkdtempSync(join(tmpdir(), "ndr-bench-"));

/** The engine bundled into one CommonJS file, as the CLI and the pane run it. */
function bundledAnalyze(): typeof analyzeSource {
  const outfile = join(tmp, "core.cjs");
  buildSync({
    entryPoints: [join(__dirname, "..", "src", "core", "index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "es2022",
    outfile,
    logLevel: "error",
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(outfile) as { analyze: typeof analyzeSource }).analyze;
}

/** A bounce whose returned original carries a 5 MB body, and one whose own text is 5 MB. */
function syntheticBounces(): { readonly name: string; readonly bytes: Uint8Array }[] {
  const line =
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n";
  const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
  const head = [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "<user@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <user@example.net>:",
    "    Recipient address rejected: User unknown in local recipient table",
  ].join("\r\n");
  const dsn = [
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.org",
    "",
    "Final-Recipient: rfc822; user@example.net",
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 <user@example.net>: Recipient address rejected",
    "",
  ].join("\r\n");
  const original = [
    "--B",
    "Content-Type: message/rfc822",
    "",
    "Subject: big",
    "From: sender@example.com",
    "",
    "",
  ].join("\r\n");
  const enc = new TextEncoder();
  return [
    {
      name: "5 MB returned original",
      bytes: enc.encode(`${head}\r\n${dsn}\r\n${original}${big}\r\n--B--\r\n`),
    },
    { name: "5 MB bounce text", bytes: enc.encode(`${head}\r\n${big}\r\n${dsn}\r\n--B--\r\n`) },
  ];
}

/** Timed passes of one engine over the corpus, added up over rounds. */
interface Tally {
  passes: number;
  wallMs: number;
  cpuMs: number;
  readonly perFileMs: number[];
  bestPassMs: number;
}

function newTally(): Tally {
  return { passes: 0, wallMs: 0, cpuMs: 0, perFileMs: mails.map(() => 0), bestPassMs: Infinity };
}

function figuresOf(t: Tally): Figures {
  const emails = mails.length * t.passes;
  const worst = t.perFileMs.reduce((w, ms, i) => (ms > (t.perFileMs[w] as number) ? i : w), 0);
  return {
    emailsPerSecond: (emails * 1000) / t.wallMs,
    meanMs: t.wallMs / emails,
    emailsPerCpuSecond: (emails * 1000) / t.cpuMs,
    slowest: { file: files[worst] as string, ms: (t.perFileMs[worst] as number) / t.passes },
    bestPassMs: t.bestPassMs / mails.length,
  };
}

async function warmUp(run: (bytes: Uint8Array) => unknown): Promise<void> {
  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const mail of mails) await run(mail);
}

/** `passes` timed passes of `run` over the corpus, added to `into`. */
async function timePasses(
  run: (bytes: Uint8Array) => unknown,
  passes: number,
  into: Tally,
): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    const passStart = performance.now();
    for (let i = 0; i < mails.length; i++) {
      const t = performance.now();
      await run(mails[i] as Uint8Array);
      into.perFileMs[i] = (into.perFileMs[i] as number) + (performance.now() - t);
    }
    into.bestPassMs = Math.min(into.bestPassMs, performance.now() - passStart);
  }
  into.wallMs += performance.now() - start;
  const used = process.cpuUsage(cpu);
  into.cpuMs += (used.user + used.system) / 1000;
  into.passes += passes;
}

/** Warm-up, then all timed passes in one go: for the engines that do not take turns with Sisimai. */
async function measure(run: (bytes: Uint8Array) => unknown): Promise<Figures> {
  await warmUp(run);
  const tally = newTally();
  await timePasses(run, PASSES, tally);
  return figuresOf(tally);
}

/** The median of several timed runs of one input, after one warm-up run. */
async function timeOne(
  run: (bytes: Uint8Array) => unknown,
  bytes: Uint8Array,
  runs = 5,
): Promise<number> {
  await run(bytes);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(bytes);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** One round of Sisimai: a warm-up pass, then timed passes; per-file and pass times in ms. */
const SISIMAI = String.raw`
use strict; use warnings; use Sisimai; use Time::HiRes qw(time); use JSON::PP;
my ($dir, $passes, @extra) = @ARGV;
opendir(my $dh, $dir) or die; my @files = sort grep { /\.eml$/ } readdir($dh);
my @mails = map { local $/; open(my $fh, '<:raw', "$dir/$_") or die; my $m = <$fh>; $m } @files;
my $run = sub { my $m = shift; eval { Sisimai->make(\$m, 'delivered' => 1, 'vacation' => 1) } };
$run->($_) for @mails;
my @per = (0) x @mails; my $t0 = time; my @c0 = times; my $best;
for my $p (1..$passes) { my $tp = time; for my $i (0..$#mails) { my $t = time; $run->($mails[$i]); $per[$i] += (time - $t) * 1000 }
  my $d = (time - $tp) * 1000; $best = $d if !defined $best || $d < $best }
my $wall = (time - $t0) * 1000; my @c1 = times; my $cpu = ($c1[0] + $c1[1] - $c0[0] - $c0[1]) * 1000;
my @big = map { local $/; open(my $fh, '<:raw', $_) or die; my $m = <$fh>; $m } @extra;
my @bigms = map { my $m = $_; $run->($m); my $t = time; $run->($m); (time - $t) * 1000 } @big;
print encode_json({ files => \@files, wall => $wall, cpu => $cpu, per => \@per, best => $best, big => \@bigms });
`;

function fmt(name: string, f: Figures, big: readonly number[]): string {
  return (
    `${name.padEnd(24)} ${f.emailsPerSecond.toFixed(0).padStart(6)} emails/s (${f.emailsPerCpuSecond.toFixed(0)} per CPU s)  mean ${f.meanMs.toFixed(3)} ms  ` +
    `best pass ${f.bestPassMs.toFixed(3)} ms  slowest ${f.slowest.ms.toFixed(2)} ms (${f.slowest.file})  5 MB: ${big.map((ms) => ms.toFixed(1) + " ms").join(" / ")}`
  );
}

interface SisimaiRound {
  readonly files: string[];
  readonly wall: number;
  readonly cpu: number;
  readonly per: number[];
  readonly best: number;
  readonly big: number[];
}

/** One round of Sisimai in its own process; the 5 MB files only when given. */
function sisimaiRound(bigFiles: readonly string[]): SisimaiRound {
  const out = execFileSync("perl", ["-e", SISIMAI, DIR, String(PASSES_PER_ROUND), ...bigFiles], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out) as SisimaiRound;
}

function addRound(into: Tally, round: SisimaiRound): void {
  into.passes += PASSES_PER_ROUND;
  into.wallMs += round.wall;
  into.cpuMs += round.cpu;
  into.bestPassMs = Math.min(into.bestPassMs, round.best);
  round.per.forEach((ms, i) => (into.perFileMs[i] = (into.perFileMs[i] as number) + ms));
}

/** The bundled engine and Sisimai in turns; undefined figures for Sisimai when Perl cannot run it. */
async function oursAgainstSisimai(
  run: (bytes: Uint8Array) => unknown,
  bigFiles: readonly string[],
): Promise<{ ours: Figures; sisimai?: { figures: Figures; big: number[]; ratios: number[] } }> {
  await warmUp(run);
  const ours = newTally();
  const sisimai = newTally();
  const ratios: number[] = [];
  let big: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const wallBefore = ours.wallMs;
    await timePasses(run, PASSES_PER_ROUND, ours);
    let theirs: SisimaiRound;
    try {
      theirs = sisimaiRound(round === 0 ? bigFiles : []);
    } catch (error) {
      console.log(`Sisimai (Perl): not run (${(error as Error).message.split("\n")[0]})`);
      await timePasses(run, PASSES - ours.passes, ours);
      return { ours: figuresOf(ours) };
    }
    if (theirs.files.join("\n") !== files.join("\n")) throw new Error("Sisimai read other files");
    if (round === 0) big = theirs.big;
    addRound(sisimai, theirs);
    ratios.push(theirs.wall / (ours.wallMs - wallBefore));
  }
  return { ours: figuresOf(ours), sisimai: { figures: figuresOf(sisimai), big, ratios } };
}

async function main(): Promise<void> {
  const bounces = syntheticBounces();
  console.log(
    `corpus: ${mails.length} emails, ${PASSES} timed passes after ${WARMUP_PASSES} warm-up passes ` +
      `(the bundled engine and Sisimai in ${ROUNDS} turns of ${PASSES_PER_ROUND}); ` +
      `5 MB inputs: ${bounces.map((b) => b.name).join(" / ")}`,
  );
  const bigFiles = bounces.map((b, i) => {
    const path = join(tmp, `big-${i}.eml`);
    writeFileSync(path, b.bytes);
    return path;
  });
  const analyze = bundledAnalyze();
  const engine = (bytes: Uint8Array): unknown => analyze(bytes);
  const { ours, sisimai } = await oursAgainstSisimai(engine, bigFiles);
  const oursBig = await Promise.all(bounces.map((b) => timeOne(engine, b.bytes)));
  console.log(fmt("ndr-explain (bundled)", ours, oursBig));
  if (sisimai) console.log(fmt("Sisimai (Perl)", sisimai.figures, sisimai.big));

  const fromSource = (bytes: Uint8Array): unknown => analyzeSource(bytes);
  console.log(
    fmt(
      "ndr-explain (tsx source)",
      await measure(fromSource),
      await Promise.all(bounces.map((b) => timeOne(fromSource, b.bytes))),
    ),
  );
  const postal = (bytes: Uint8Array): Promise<unknown> => PostalMime.parse(bytes);
  console.log(
    fmt(
      "postal-mime (parse)",
      await measure(postal),
      await Promise.all(bounces.map((b) => timeOne(postal, b.bytes, 3))),
    ),
  );
  const mailparser = (bytes: Uint8Array): Promise<unknown> => simpleParser(Buffer.from(bytes));
  console.log(
    fmt(
      "mailparser (parse)",
      await measure(mailparser),
      await Promise.all(bounces.map((b) => timeOne(mailparser, b.bytes, 3))),
    ),
  );

  if (sisimai) {
    const s = sisimai.figures;
    const sorted = [...sisimai.ratios].sort((a, b) => a - b);
    console.log(
      `ndr-explain / Sisimai throughput: ${(ours.emailsPerSecond / s.emailsPerSecond).toFixed(1)}x wall, ` +
        `${(ours.emailsPerCpuSecond / s.emailsPerCpuSecond).toFixed(1)}x CPU, ` +
        `${(s.bestPassMs / ours.bestPassMs).toFixed(1)}x fastest pass; ` +
        `per turn ${sisimai.ratios.map((r) => r.toFixed(1)).join(" ")} (median ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(1)}x) (target >= 5x)`,
    );
  }
  console.log(`5 MB bounce: ${oursBig.map((ms) => ms.toFixed(1)).join(" / ")} ms (target < 50 ms)`);
}

void main();
