// Content-Type and Content-Disposition values: "type/subtype; name=value; ...", with quoted
// strings and RFC 2231 continuations and charsets (name*0*=utf-8''%E6%97%A5; name*1=...).
import { decodeCharset } from "./charset";
import { decodeEncodedWords } from "./encodedWords";

export interface ParsedValue {
  /** Lower-case "type/subtype" (or disposition), "" when missing. */
  readonly value: string;
  /** Lower-case parameter names. */
  readonly params: ReadonlyMap<string, string>;
}

/** Splits on ";" outside quoted strings, unquoting as it goes (copying runs, not chars). */
function splitParams(text: string): string[] {
  if (!text.includes('"')) return text.split(";");
  const out: string[] = [];
  let cur = "";
  let from = 0; // start of the run not yet copied into cur
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted && c === 0x5c && i + 1 < text.length) {
      // backslash: the next char is kept as is
      cur += text.slice(from, i);
      from = ++i;
    } else if (c === 0x22) {
      cur += text.slice(from, i);
      from = i + 1;
      quoted = !quoted;
    } else if (!quoted && c === 0x3b) {
      out.push(cur + text.slice(from, i));
      cur = "";
      from = i + 1;
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

export function parseHeaderParams(raw: string, warnings: string[]): ParsedValue {
  // most parts have no Content-Disposition, and many values no parameters
  if (!raw.includes(";") && !raw.includes('"')) {
    return { value: raw.trim().toLowerCase(), params: NO_PARAMS };
  }
  const [head = "", ...rest] = splitParams(raw);
  const segments = new Map<string, Segment[]>();
  for (const piece of rest) {
    const eq = piece.indexOf("=");
    if (eq < 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    // a plain "name=value" (nearly all) needs no pattern; "name*0*=" (RFC 2231) does
    let name = key;
    let index = 0;
    let extended = false;
    if (key.includes("*")) {
      const m = /^([^*]+)(?:\*(\d{1,3}))?(\*)?$/.exec(key);
      if (!m) continue;
      name = m[1] as string;
      index = Number(m[2] ?? 0);
      extended = m[3] === "*";
    } else if (key === "") continue;
    const segment: Segment = { index, extended, text: piece.slice(eq + 1).trim() };
    const list = segments.get(name);
    if (list) list.push(segment);
    else segments.set(name, [segment]);
  }
  const params = new Map<string, string>();
  for (const [name, list] of segments) {
    if (list.length > 1) list.sort((a, b) => a.index - b.index);
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
  return { value: head.trim().toLowerCase(), params };
}
