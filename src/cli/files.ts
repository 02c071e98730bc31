// The files a run reads: named files as given, folders searched recursively for mail files.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Extensions picked up inside folders (a named file is read whatever its name). */
const MAIL_FILES = /\.(eml|msg|txt|mbox|ndr)$/i;

export interface Target {
  readonly path: string;
  /** Set when the path could not be listed or read as a file or folder. */
  readonly error?: string;
}

function walk(dir: string, out: Target[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    out.push({ path: dir, error: (error as Error).message });
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, out);
      else if (stat.isFile() && MAIL_FILES.test(name)) out.push({ path });
    } catch (error) {
      out.push({ path, error: (error as Error).message });
    }
  }
}

export function collectTargets(paths: readonly string[]): Target[] {
  const out: Target[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path, out);
      else out.push({ path });
    } catch (error) {
      out.push({
        path,
        error:
          (error as NodeJS.ErrnoException).code === "ENOENT"
            ? "no such file or folder"
            : (error as Error).message,
      });
    }
  }
  return out;
}
