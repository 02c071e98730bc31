// Is the selected item a bounce? Strong signs: the message class, the MIME report type, or the
// engine finding one. The subject is a weak sign: a forward of a bounce shares it.
import type { AnalyzeInput } from "../core";
import { BOUNCE_SUBJECT_MARKERS } from "./bounce-subjects";

/** How much of a raw message is scanned for the report content type. */
const SCAN_BYTES = 65536;

/** REPORT.IPM.Note.NDR and friends (MAPI), or IPM.Report.* as Outlook's docs spell it. */
function isReportClass(itemClass: string | undefined): boolean {
  const lower = (itemClass ?? "").toLowerCase();
  return lower.startsWith("report.") || lower.startsWith("ipm.report");
}

export function subjectSaysBounce(subject: string | undefined): boolean {
  const lower = (subject ?? "").toLowerCase();
  return BOUNCE_SUBJECT_MARKERS.some((marker) => lower.includes(marker));
}

/** The top-level header block of raw message text. */
function headerBlock(text: string): string {
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Whether the message's own MIME says it is a report (not a report attached to it). */
function mimeSaysReport(input: AnalyzeInput): boolean {
  if (typeof input === "object" && !(input instanceof Uint8Array)) {
    const types = (input.attachments ?? []).map((a) => a.contentType ?? "");
    return (
      /multipart\/report/i.test(input.headers ?? "") ||
      types.some((t) => /delivery-status/i.test(t))
    );
  }
  const text =
    typeof input === "string"
      ? input.slice(0, SCAN_BYTES)
      : new TextDecoder("latin1").decode(input.subarray(0, SCAN_BYTES));
  return /multipart\/report/i.test(headerBlock(text));
}

/**
 * Strong signs only; see subjectSaysBounce for the weak one. The engine is asked last: in the
 * pane it is a chunk of its own (src/taskpane/engine-chunk.ts), and a message whose class or MIME
 * already says "report" need not wait for it.
 */
export async function isBounce(input: AnalyzeInput, itemClass?: string): Promise<boolean> {
  if (isReportClass(itemClass) || mimeSaysReport(input)) return true;
  const { analyze } = await import(/* webpackChunkName: "engine" */ "../core");
  return analyze(input).kind !== "not-a-bounce";
}
