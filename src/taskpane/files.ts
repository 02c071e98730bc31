// A dropped or chosen file becomes the engine's input (an Outlook .msg is converted by src/office).
import { readBounceFile, type LoadResult } from "../office";

export const ACCEPTED_FILES = ".eml,.msg,.txt,message/rfc822,text/plain";

export async function readFile(file: File): Promise<LoadResult> {
  return readBounceFile(file.name, new Uint8Array(await file.arrayBuffer()));
}
