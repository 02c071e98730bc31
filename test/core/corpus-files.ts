// Reads corpus emails for tests, as the bytes a user's file would hold.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const CORPUS_DIR = join(__dirname, "..", "corpus", "sisimai");

/** An email of the development set, by its name under maildir/bsd. */
export function corpusMail(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, "maildir", "bsd", name)));
}
