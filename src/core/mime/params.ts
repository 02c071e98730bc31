// Content-Type and Content-Disposition values: "type/subtype; name=value; ...", with quoted
// strings and RFC 2231 continuations and charsets (name*0*=utf-8''%E6%97%A5; name*1=...).
import { decodeCharset } from "./charset";
import { decodeEncodedWords } from "./encodedWords";
import type { Warning } from "../types";

export interface ParsedValue {
  /** Lower-case "type/subtype" (or disposition), "" when missing. */
  readonly value: string;
  /** Lower-case parameter names. */
  readonly params: ReadonlyMap<string, string>;
}

/**
 * Splits on ";" outside quoted strings, unquoting as it goes. It jumps from one char that matters
 * to the next (";" or a quote outside quotes, a quote or backslash inside) and copies the runs
 * between them.
 */
function splitParams(text: string): string[] {
  if (!text.includes('"')) return text.split(";");
  const out: string[] = [];
  let cur = "";
  let from = 0; // start of the run not yet copied into cur
  let quoted = false;
  for (let i = 0; ;) {
    const quote = text.indexOf('"', i);
    const other = text.indexOf(quoted ? "\\" : ";", i);
    const at = other >= 0 && (quote < 0 || other < quote) ? other : quote;
    if (at < 0) break;
    i = at + 1;
    if (at === quote) {
      cur += text.slice(from, at);
      from = at + 1;
      quoted = !quoted;
    } else if (!quoted) {
      out.push(cur + text.slice(from, at));
      cur = "";
      from = at + 1;
    } else if (at + 1 < text.length) {
      // backslash: the next char is kept as is
      cur += text.slice(from, at);
      from = at + 1;
      i = at + 2;
    }
  }
  out.push(cur + text.slice(from));
  return out;
}

function percentDecode(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

interface Segment {
  readonly index: number;
  readonly extended: boolean;
  readonly text: string;
}

const NO_PARAMS: ReadonlyMap<string, string> = new Map();

/** Parameters with RFC 2231 sections or charsets ("name*0*=utf-8''%E6..."), joined in order. */
function sectionedParams(pieces: readonly string[], warnings: Warning[]): Map<string, string> {
  const segments = new Map<string, Segment[]>();
  for (const piece of pieces.slice(1)) {
    const eq = piece.indexOf("=");
    if (eq < 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    const m = /^([^*]+)(?:\*(\d{1,3}))?(\*)?$/.exec(key);
    if (!m) continue;
    const name = m[1] as string;
    const list = segments.get(name) ?? [];
    list.push({
      index: Number(m[2] ?? 0),
      extended: m[3] === "*",
      text: piece.slice(eq + 1).trim(),
    });
    segments.set(name, list);
  }
  const params = new Map<string, string>();
  for (const [name, list] of segments) {
    list.sort((a, b) => a.index - b.index);
    let charset: string | undefined;
    let binary = "";
    for (const seg of list) {
      if (!seg.extended) {
        binary += seg.text;
        continue;
      }
      let text = seg.text;
      if (seg.index === 0) {
        const parts = text.split("'");
        if (parts.length >= 3) {
          charset = parts[0];
          text = parts.slice(2).join("'");
        }
      }
      binary += percentDecode(text);
    }
    const decoded = charset ? decodeCharset(binary, charset, warnings) : binary;
    params.set(name, decodeEncodedWords(decoded, warnings));
  }
  return params;
}

/** Plain "name=value" parameters (nearly all): a repeated name's values joined, as sections are. */
function plainParams(pieces: readonly string[], warnings: Warning[]): Map<string, string> {
  const params = new Map<string, string>();
  // encoded words are rare in parameters: the values are walked again only when one may hold some
  let words = false;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const eq = piece.indexOf("=");
    if (eq < 0) continue;
    const name = piece.slice(0, eq).trim().toLowerCase();
    if (name === "") continue;
    const text = piece.slice(eq + 1).trim();
    const before = params.get(name);
    const value = before === undefined ? text : before + text;
    params.set(name, value);
    if (!words && value.includes("=?")) words = true;
  }
  if (words)
    for (const [name, value] of params) params.set(name, decodeEncodedWords(value, warnings));
  return params;
}

/** No Content-Disposition (most parts) or no Content-Type. */
const NO_VALUE: ParsedValue = { value: "", params: NO_PARAMS };

export function parseHeaderParams(raw: string, warnings: Warning[]): ParsedValue {
  // most parts have no Content-Disposition, and many values no parameters
  if (raw === "") return NO_VALUE;
  if (!raw.includes(";") && !raw.includes('"')) {
    return { value: raw.trim().toLowerCase(), params: NO_PARAMS };
  }
  const pieces = splitParams(raw);
  const params = raw.includes("*")
    ? sectionedParams(pieces, warnings)
    : plainParams(pieces, warnings);
  return { value: (pieces[0] ?? "").trim().toLowerCase(), params };
}
