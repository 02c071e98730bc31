// Scores the engine (and, with --sisimai, Debian's Sisimai) on the Sisimai corpus:
// writes answers JSONL under test-artifacts/ and runs the corpus's own score.py --by-group.
// usage: tsx scripts/corpus-score.ts [--sisimai]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/core";

const CORPUS = join(__dirname, "..", "test", "corpus", "sisimai");
const OUT = join(__dirname, "..", "test-artifacts");

function engineAnswers(): string {
  const dir = join(CORPUS, "maildir", "bsd");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => {
      const report = analyze(new Uint8Array(readFileSync(join(dir, f))));
      const recipients = report.recipients.map((r) => ({
        address: r.address,
        status: r.status ?? null,
        reason: r.reason,
        replycode: r.replyCode ?? null,
      }));
      return JSON.stringify({ file: `maildir/bsd/${f}`, recipients });
    })
    .join("\n");
}

function score(name: string, answers: string): void {
  const file = join(OUT, `${name}-answers.jsonl`);
  writeFileSync(file, answers + "\n");
  const out = execFileSync(
    "python3",
    [join(CORPUS, "score.py"), join(CORPUS, "expected.json"), file, "--by-group"],
    {
      encoding: "utf8",
    },
  );
  console.log(`== ${name} (${file})\n${out}`);
}

mkdirSync(OUT, { recursive: true });
score("ndr-explain", engineAnswers());
if (process.argv.includes("--sisimai")) {
  const peer = execFileSync("perl", [join(CORPUS, "sisimai-peer.pl"), CORPUS], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  score("sisimai", peer.trim());
}
