// Matching a status code and the server's text against the catalog: exact (code + text), token, code, class.
import type { Confidence, Reason } from "../types";
import type { CatalogEntry } from "./types";
import type { FailureClass } from "./build";
import { SEED_ENTRIES, TOKEN_ENTRIES, classFallbackFor, ianaFor } from "./index";
import { REASON_CODES } from "./reason-codes";

/** Who wrote the status: decides between the Exchange Online and Exchange Server meanings of one code. */
export type ServerFamily = "exchange-online" | "exchange-server" | "other";

export interface CatalogMatch {
  readonly entry: CatalogEntry;
  readonly confidence: Confidence;
  /** The catalog text (or token) found in the server's words, when one was. */
  readonly matchedText?: string;
  /** Set when the entry was chosen from the engine's reason, for want of a telling code. */
  readonly viaReason?: Reason;
}

const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** "5.1.1" when the input is a well-formed enhanced status code, else undefined. */
export function normalizeStatus(status: string | undefined): string | undefined {
  const trimmed = status?.trim();
  if (trimmed === undefined) return undefined;
  const m = STATUS.exec(trimmed);
  return m === null ? undefined : `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

/** Literal pieces of a catalog text between its placeholders (`<x>`, `[$X]`, `$x`). */
function fragments(pattern: string): string[] {
  const pieces: string[] = [];
  let current = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? "";
    const close =
      ch === "<"
        ? pattern.indexOf(">", i)
        : ch === "[" && pattern[i + 1] === "$"
          ? pattern.indexOf("]", i)
          : -1;
    if (close > i) {
      pieces.push(current);
      current = "";
      i = close;
    } else if (ch === "$" && /[A-Za-z]/.test(pattern[i + 1] ?? "")) {
      pieces.push(current);
      current = "";
      while (/[A-Za-z]/.test(pattern[i + 1] ?? "")) i++;
    } else {
      current += ch;
    }
  }
  pieces.push(current.replace(/\.\s*$/, ""));
  return pieces.map((piece) => fold(piece).trim()).filter((piece) => piece.length > 0);
}

const fragmentCache = new Map<string, string[]>();

function cachedFragments(pattern: string): string[] {
  let pieces = fragmentCache.get(pattern);
  if (pieces === undefined) {
    pieces = fragments(pattern);
    fragmentCache.set(pattern, pieces);
  }
  return pieces;
}

/** Server texts worth matching are short; a huge one is cut before folding. */
const MAX_TEXT = 4000;

function haystackOf(text: string): string {
  return fold(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
}

/** How many characters of `pattern` were found, in order, in `text` (0 when any piece is missing). */
export function textScore(pattern: string, text: string): number {
  return foldedScore(pattern, haystackOf(text));
}

function foldedScore(pattern: string, haystack: string): number {
  let from = 0;
  let score = 0;
  for (const piece of cachedFragments(pattern)) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return 0;
    from = at + piece.length;
    score += piece.length;
  }
  return score;
}

/** Does the catalog code ("5.7.1", "4.7.500-699", "5.4.6/5.4.14", "") cover this status? */
export function codeCovers(code: string, status: string): boolean {
  if (code === "") return true;
  return code.split("/").some((part) => {
    const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(part);
    if (range === null) return part === status;
    const [cls, low, high] = [range[1] ?? "", Number(range[2]), Number(range[3])];
    const m = STATUS.exec(status);
    if (m === null || `${m[1]}.${m[2]}` !== cls) return false;
    const detail = Number(m[3]);
    return detail >= low && detail <= high;
  });
}

function bestText(entry: CatalogEntry, haystack: string): { score: number; matched: string } {
  let best = { score: 0, matched: "" };
  for (const pattern of entry.texts) {
    const score = foldedScore(pattern, haystack);
    if (score > best.score) best = { score, matched: pattern };
  }
  return best;
}

/** Lower is better: the generating server's own meanings first. */
function sourceRank(entry: CatalogEntry, family: ServerFamily): number {
  if (entry.source === family) return 0;
  if (entry.source === "both") return 1;
  if (family === "other") return entry.source === "exchange-server" ? 1 : 2;
  return 3;
}

/** Seed entries whose code covers the status (or any code, without one) and whose text is in `text`. */
export function textMatches(
  status: string | undefined,
  text: string,
  family: ServerFamily,
): CatalogMatch[] {
  const found: { entry: CatalogEntry; score: number; matched: string }[] = [];
  const haystack = haystackOf(text);
  // When the generating Exchange has its own meaning of the code, the other Exchange's does not apply.
  const ownMeaning =
    status !== undefined &&
    SEED_ENTRIES.some((e) => e.source === family && e.code !== "" && codeCovers(e.code, status));
  for (const entry of SEED_ENTRIES) {
    if (status !== undefined && !codeCovers(entry.code, status)) continue;
    if (ownMeaning && sourceRank(entry, family) === 3) continue;
    const { score, matched } = bestText(entry, haystack);
    if (score > 0) found.push({ entry, score, matched });
  }
  found.sort(
    (a, b) => b.score - a.score || sourceRank(a.entry, family) - sourceRank(b.entry, family),
  );
  const confidence: Confidence = status === undefined ? "token" : "exact";
  return found.map(({ entry, matched }) => ({ entry, confidence, matchedText: matched }));
}

/** Exchange tokens (RESOLVER.ADR.ExRecipNotFound, ...) named in the text, longest first. */
export function tokenMatches(text: string): CatalogMatch[] {
  const found: { entry: CatalogEntry; matched: string }[] = [];
  const haystack = haystackOf(text);
  for (const entry of TOKEN_ENTRIES) {
    const matched = entry.texts.find((token) => haystack.includes(fold(token)));
    if (matched !== undefined) found.push({ entry, matched });
  }
  found.sort((a, b) => b.matched.length - a.matched.length);
  return found.map(({ entry, matched }) => ({ entry, confidence: "token", matchedText: matched }));
}

/** Entries known by the code alone, the generating server's meanings first, then IANA's. */
export function codeMatches(status: string, family: ServerFamily): CatalogEntry[] {
  const seeds = SEED_ENTRIES.filter((entry) => entry.code !== "" && codeCovers(entry.code, status));
  const own = seeds.filter((entry) => sourceRank(entry, family) <= 1);
  const iana = ianaFor(status);
  const rest = seeds.filter((entry) => !own.includes(entry));
  // One meaning of our own server wins; several meanings or a foreign server defer to IANA's generic one.
  if (family !== "other" && own.length === 1) return [...own, ...(iana ? [iana] : []), ...rest];
  return [...(iana ? [iana] : []), ...own, ...rest];
}

export function classMatch(status: string | undefined, temporary: boolean): CatalogEntry {
  const m = status === undefined ? null : STATUS.exec(status);
  const cls = (m?.[1] ?? (temporary ? "4" : "5")) as FailureClass;
  return classFallbackFor(cls, m?.[2] === undefined ? "0" : String(Number(m[2])));
}

export interface MatchInput {
  readonly status?: string;
  readonly text?: string;
  readonly family: ServerFamily;
  readonly temporary: boolean;
  /** The engine's reason, used when the code says nothing specific (none, or x.0.x). */
  readonly reason?: Reason;
}

/** The registry entry for the reason, in the status's class (or the recipient's), if the reason has one. */
function reasonMatch(input: MatchInput, status: string | undefined): CatalogMatch | undefined {
  const code = input.reason === undefined ? undefined : REASON_CODES[input.reason];
  if (code === undefined || input.reason === undefined) return undefined;
  const cls = status?.[0] ?? (input.temporary ? "4" : "5");
  const entry = ianaFor(`${cls}.${code}`);
  return entry && { entry, confidence: "class", viaReason: input.reason };
}

/** The single best explanation: exact > token > code > class. Never undefined. */
export function bestMatch(input: MatchInput): CatalogMatch {
  const status = normalizeStatus(input.status);
  const text = input.text ?? "";
  if (text !== "") {
    const exact = textMatches(status, text, input.family)[0];
    if (exact !== undefined) return exact;
    const token = tokenMatches(text)[0];
    if (token !== undefined) return token;
  }
  // A code without a subject (5.0.0) or no code at all tells less than the reason read from the text.
  const vague = status === undefined || status.split(".")[1] === "0";
  if (status !== undefined) {
    const byCode = codeMatches(status, input.family)[0];
    const generic = byCode === undefined || byCode.source === "iana";
    if (byCode !== undefined && !(vague && generic)) return { entry: byCode, confidence: "code" };
  }
  const byReason = vague ? reasonMatch(input, status) : undefined;
  if (byReason !== undefined) return byReason;
  if (status !== undefined) {
    const byCode = codeMatches(status, input.family)[0];
    if (byCode !== undefined) return { entry: byCode, confidence: "code" };
  }
  return { entry: classMatch(status, input.temporary), confidence: "class" };
}
