// text/html to plain text, for analysis only (never rendered): scripts and styles dropped,
// block tags become line breaks, other tags vanish, character references are decoded.
import { NAMED_ENTITIES } from "./entities";

const BLOCK = /^\/?(br|p|div|tr|li|ul|ol|table|h[1-6]|blockquote|pre|hr|dt|dd|title)$/;
const CELL = /^\/?(td|th)$/;

/** Cuts every run from `open` to the ">" after `close`, scanning, so an unclosed run costs one pass. */
function dropRuns(html: string, open: string, close: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let i = 0;
  for (;;) {
    const start = lower.indexOf(open, i);
    if (start < 0) break;
    out += html.slice(i, start);
    const stop = lower.indexOf(close, start + open.length);
    const end = stop < 0 ? -1 : lower.indexOf(">", stop);
    if (end < 0) return out;
    i = end + 1;
  }
  return out + html.slice(i);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return (NAMED_ENTITIES as Readonly<Record<string, string>>)[ref] ?? whole;
  });
}

export function htmlToText(html: string): string {
  let body = dropRuns(html, "<!--", "--");
  body = dropRuns(dropRuns(body, "<script", "</script"), "<style", "</style");
  const text = body.replace(/<(\/?[A-Za-z][A-Za-z0-9]{0,15})[^<>]{0,2000}>/g, (_, name: string) => {
    const lower = name.toLowerCase();
    if (BLOCK.test(lower)) return "\n";
    if (CELL.test(lower)) return " ";
    return "";
  });
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
