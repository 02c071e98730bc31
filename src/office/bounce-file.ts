// A dropped or picked file (.eml, .msg, .txt) -> the engine's input. Outlook .msg files are
// compound files; everything else is passed on as raw message bytes for the engine to decode.
import { isCompoundFile } from "../msg/compound-file";
import type { BounceOrigin, LoadResult } from "./types";

/** Larger files are not bounces anyone needs explained, and would stall the pane. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export async function readBounceFile(
  name: string,
  bytes: Uint8Array,
  origin: BounceOrigin = "file",
): Promise<LoadResult> {
  if (bytes.length === 0) {
    return { ok: false, failure: "error", message: `${name} is empty.` };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = Math.round(bytes.length / 1048576);
    return {
      ok: false,
      failure: "unsupported",
      message: `${name} is ${mb} MB; files over 25 MB are not read.`,
    };
  }
  if (!isCompoundFile(bytes)) return { ok: true, bounce: { origin, name, input: bytes } };
  try {
    // Loaded on demand: only classic Outlook on Windows drags .msg files.
    const { msgToEml } = await import(/* webpackChunkName: "msg" */ "../msg/msg-to-eml");
    return { ok: true, bounce: { origin, name, input: msgToEml(bytes) } };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      failure: "unsupported",
      message: `${name} could not be read as an Outlook .msg file (${why}).`,
    };
  }
}
