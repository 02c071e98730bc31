// text/html to plain text, for analysis only (never rendered): scripts and styles dropped,
// block tags become line breaks, other tags vanish, character references are decoded.
import { ownValue } from "../own";
import { NAMED_ENTITIES } from "./entities";

/** Tags (opening or closing) that end a line, and table cells, which end a word. */
const BLOCK = new Set(
  "br p div tr li ul ol table h1 h2 h3 h4 h5 h6 blockquote pre hr dt dd title".split(" "),
);
const CELL = new Set(["td", "th"]);

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
    return ownValue<string>(NAMED_ENTITIES, ref) ?? whole;
  });
}

export function htmlToText(html: string): string {
  let body = dropRuns(html, "<!--", "--");
  body = dropRuns(dropRuns(body, "<script", "</script"), "<style", "</style");
  const text = body.replace(/<(\/?[A-Za-z][A-Za-z0-9]{0,15})[^<>]{0,2000}>/g, (_, name: string) => {
    const lower = (name.charCodeAt(0) === 0x2f ? name.slice(1) : name).toLowerCase();
    if (BLOCK.has(lower)) return "\n";
    if (CELL.has(lower)) return " ";
    return "";
  });
  // spaces squeezed in one pass (the class holds no line break), then each line trimmed
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
