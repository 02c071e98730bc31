// The bounces the data-wide tables check: the lab's two sets (real mail servers), our fixtures and the
// development corpus, every .eml below them.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const ROOTS = [
  join(__dirname, "..", "corpus", "lab", "maildir"),
  join(__dirname, "..", "corpus", "lab-filters", "maildir"),
  join(__dirname, "..", "fixtures"),
  join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd"),
];

function* emails(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* emails(path);
    else if (entry.name.endsWith(".eml")) yield path;
  }
}

/** Every test bounce's path. */
export function testSetEmails(): string[] {
  return ROOTS.flatMap((root) => [...emails(root)]);
}
