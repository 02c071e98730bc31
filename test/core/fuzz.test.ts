// A seeded mutation test: test bounces damaged the ways real mail and careless tools damage them
// (bytes flipped, cut at a structural point, spliced, header and boundary lines doubled or lost,
// huge lines, deep nesting, many recipients, broken encodings, control characters, mixed line
// ends, a corrupted .msg), each run through analyze() and diagnose(). Each must end without the
// guard's help, in bounded time, with the engine's contracts kept. The seed is fixed, so a failure
// reproduces; the mutators of the fuller fuzzer this came from are the same.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, isMailbox } from "../../src/core";
import type { Diagnosis } from "../../src/core";

jest.setTimeout(60_000);

/** Some 250 ms is the slowest a real bounce under 1 MB may take; ten times that on a loaded machine. */
const MAX_MS = 2500;
const RUNS = 800;

const ROOT = join(__dirname, "..");
const SOURCES = [
  "corpus/sisimai/maildir/bsd",
  "corpus/lab",
  "fixtures/bounces",
  "fixtures/pasted",
  "fixtures/exchange-online",
  "fixtures/provider-layouts",
  "fixtures/msg",
];
const seeds = SOURCES.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /\.(eml|txt|msg)$/.test(name))
    .sort()
    .map((name) => ({ name: `${dir}/${name}`, bytes: readFileSync(join(ROOT, dir, name)) })),
);
const msgs = seeds.filter((seed) => seed.name.endsWith(".msg"));
const texts = seeds.filter((seed) => !seed.name.endsWith(".msg"));

/** xorshift32: the same inputs on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
const random = generator(20261206);
const below = (n: number): number => Math.floor(random() * n);
function pick<T>(items: readonly T[]): T {
  return items[below(items.length)] as T;
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");
const lines = (text: string): string[] => text.split(/(?<=\n)/);
const headerLines = (all: readonly string[]): number[] =>
  all.flatMap((line, at) => (/^[A-Za-z-]+:/.test(line) ? [at] : []));

type Mutator = (bytes: Uint8Array) => Uint8Array | string;

const MUTATORS: Record<string, Mutator> = {
  flip: (bytes) => {
    const out = new Uint8Array(bytes);
    for (let k = 1 + below(20); k > 0 && out.length > 0; k--) out[below(out.length)] = below(256);
    return out;
  },
  "cut at a structural point": (bytes) => {
    const text = latin1(bytes);
    const points = [...text.matchAll(/\n(?:--|\r?\n|[A-Za-z-]+:|=\?)/g)].map((m) => m.index);
    return text.slice(0, (points.length > 0 ? pick(points) : below(text.length)) + below(4));
  },
  splice: (bytes) => {
    const text = latin1(bytes);
    const other = latin1(pick(texts).bytes);
    return text.slice(0, below(text.length)) + other.slice(below(other.length));
  },
  "header line doubled or lost": (bytes) => {
    const all = lines(latin1(bytes));
    const at = pick(headerLines(all));
    if (at === undefined) return bytes;
    if (random() < 0.5) all.splice(at, 1);
    else all.splice(at, 0, ...Array<string>(1 + below(300)).fill(all[at] ?? ""));
    return all.join("");
  },
  "boundary line doubled, lost or closed": (bytes) => {
    const text = latin1(bytes);
    const boundary = /boundary="?([^";\r\n]+)/i.exec(text)?.[1];
    if (boundary === undefined) return text;
    const all = lines(text);
    const at = pick(all.flatMap((line, i) => (line.startsWith(`--${boundary}`) ? [i] : [])));
    if (at === undefined) return text;
    const how = below(3);
    if (how === 0) all.splice(at, 1);
    else if (how === 1) all.splice(at, 0, ...Array<string>(1 + below(50)).fill(all[at] ?? ""));
    else all[at] = `--${boundary}--\n`;
    return all.join("");
  },
  "very long line": (bytes) => {
    const text = latin1(bytes);
    const at = below(text.length);
    const unit = pick(["a", " ", "x@", "<", "=", "=?utf-8?B?", "5.1.1 ", "\t", ";", "(", "@", "."]);
    return (
      text.slice(0, at) +
      unit.repeat(Math.ceil((1000 + below(100_000)) / unit.length)) +
      text.slice(at)
    );
  },
  "deep nesting": (bytes) => {
    const depth = 10 + below(500);
    let open = "";
    let close = "";
    for (let i = 0; i < depth; i++) {
      open += `Content-Type: ${random() < 0.5 ? `multipart/mixed; boundary="b${i}"\n\n--b${i}` : "message/rfc822\n"}\n`;
      if (open.endsWith(`--b${i}\n`)) close = `\n--b${i}--\n${close}`;
    }
    return `From: MAILER-DAEMON@x.example\nSubject: Undelivered\n${open}${latin1(bytes)}${close}`;
  },
  "many recipients": (bytes) => {
    const n = 100 + below(1000);
    if (random() < 0.5) {
      // a list under section headings, pasted into the bounce's text
      const list = Array.from({ length: n }, (_, i) => `<u${i}@d.example>: 550 5.1.1 unknown\n`);
      const lists = `----- Delayed -----\n${list.slice(0, n / 2).join("")}\n----- Failed -----\n${list.slice(n / 2).join("")}`;
      return latin1(bytes).replace(/\r?\n\r?\n/, (gap) => gap + lists);
    }
    const blocks = Array.from(
      { length: n },
      (_, i) =>
        `Final-Recipient: rfc822; u${i}@d${i % 50}.example\nAction: failed\nStatus: 5.1.1\n`,
    );
    return `From: MAILER-DAEMON@x.example\nContent-Type: multipart/report; boundary="z"\n\n--z\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n${blocks.join("\n")}\n--z--\n`;
  },
  "many parts": (bytes) => {
    const part = pick([
      "Content-Type: text/plain\n\nx\n",
      "Content-Type: message/rfc822\n\nFrom: a@b.example\n\nhi\n",
      "\n",
    ]);
    return `From: MAILER-DAEMON@x.example\nContent-Type: multipart/report; boundary="p"\n\n${`--p\n${part}`.repeat(100 + below(2000))}--p--\n${latin1(bytes)}`;
  },
  "broken encoding": (bytes) => {
    const text = latin1(bytes);
    switch (below(3)) {
      case 0:
        return text.replace(/[A-Za-z0-9+/]{40,}/g, (run) =>
          random() < 0.3
            ? `${run.slice(0, below(run.length))}${pick(["=", "!", "\u00ff", "=A"])}${run.slice(below(run.length))}`
            : run,
        );
      case 1:
        return text.replace(/=[0-9A-F]{2}/g, (octet) =>
          random() < 0.3 ? pick(["=", "=G", "=\n", "==", "=0"]) : octet,
        );
      default:
        return text.replace(
          /(Subject|From|To): */gi,
          (field) =>
            field +
            pick([
              "=?utf-8?B?",
              "=?utf-8?Q?=E3=8",
              "=?x-unknown?B?AAAA?=",
              "=?iso-2022-jp?B?GyRC?=",
              "=??B??=",
              `=?utf-8?B?${"A".repeat(5000)}?=`,
            ]),
        );
    }
  },
  "control characters": (bytes) => {
    const text = latin1(bytes);
    let out = "";
    let from = 0;
    for (let k = 1 + below(30); k > 0; k--) {
      const to = from + below(Math.max(1, (text.length - from) / k));
      out +=
        text.slice(from, to) +
        pick(["\0", "\x01", "\x1b[2J", "\x7f", "\x0b", "\x0c", "\x1b$B", "\u0085", "\b"]);
      from = to;
    }
    return out + text.slice(from);
  },
  "wrong charset": (bytes) =>
    latin1(bytes).replace(
      /charset="?[\w-]+"?/gi,
      `charset=${pick(["utf-16", "x-unknown", "iso-2022-jp", "utf-7", '"', "utf-8''"])}`,
    ),
  "line ends mixed": (bytes) =>
    latin1(bytes).replace(/\r\n|\r|\n/g, () => pick(["\n", "\r\n", "\r", "\n\r", "\r\r\n"])),
  "corrupted .msg": () => {
    const out = new Uint8Array(pick(msgs).bytes);
    if (random() < 0.3) return out.subarray(0, below(out.length));
    // the compound file's header (sector sizes, counts, the directory's start) or any sector
    const region = random() < 0.5 ? 0x1e : 512 * below(Math.max(1, out.length / 512));
    for (let k = 1 + below(10); k > 0; k--)
      out[Math.min(out.length - 1, region + below(0x60))] = pick([0, 0xff, 0xfe, below(256)]);
    return out;
  },
};

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Every string and number under `value`, with its path. */
function* leaves(value: unknown, path: string): Generator<[string, unknown]> {
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) yield* leaves(inner, `${path}.${key}`);
  } else yield [path, value];
}

/** The engine's promises about its output, broken ones named. */
function broken(d: Diagnosis): string[] {
  const out: string[] = [];
  for (const warning of d.warnings)
    if (warning.code === "not-analysed") out.push(`threw: ${warning.detail}`);
  d.recipients.forEach((r, i) => {
    const e = r.explanation;
    for (const a of [r.address, r.originalRecipient, e.resendTo, e.forwardedFrom])
      if (a !== undefined && a !== "" && !isMailbox(a))
        out.push(`recipient ${i}: ${JSON.stringify(a)} is no mailbox`);
    if (e.summary.en === "" || e.summary.ja === "") out.push(`recipient ${i}: no explanation`);
    // The texts we write (the bounce's own words, kept in evidence and facts, are shown by each
    // presenter with their control characters made visible).
    const ours = Object.fromEntries(
      Object.entries(e).filter(([key]) => key !== "evidence" && key !== "facts"),
    );
    for (const [path, leaf] of leaves(ours, `recipient ${i}`))
      if (typeof leaf === "string" && CONTROL.test(leaf)) out.push(`${path}: control character`);
  });
  for (const [path, leaf] of leaves(d, "report"))
    if (typeof leaf === "number" && !Number.isFinite(leaf)) out.push(`${path}: ${leaf}`);
  return out;
}

describe("seeded mutations of the test bounces", () => {
  it(`keeps its contracts on ${RUNS} mutated bounces`, () => {
    const names = Object.keys(MUTATORS);
    const failures: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const seed = pick(seeds);
      const how = names[run % names.length] as string;
      const mutated = (MUTATORS[how] as Mutator)(seed.bytes);
      const input = typeof mutated === "string" ? Buffer.from(mutated, "latin1") : mutated;
      const started = performance.now();
      const problems = broken(diagnose(analyze(input)));
      const ms = performance.now() - started;
      if (ms > MAX_MS) problems.push(`took ${Math.round(ms)} ms`);
      for (const problem of problems)
        failures.push(`run ${run}, ${how} of ${seed.name}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});
