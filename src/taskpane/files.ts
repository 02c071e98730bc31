// A dropped or chosen file becomes the engine's input: its raw bytes, named for display.
import type { LoadResult } from "../office/types";

export const ACCEPTED_FILES = ".eml,.msg,.txt,message/rfc822,text/plain";

export async function readFile(file: File): Promise<LoadResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { ok: true, bounce: { origin: "file", name: file.name, input: bytes } };
}
