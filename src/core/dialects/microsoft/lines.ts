// Line-level readers shared by the Microsoft decoders: labels in any language, SMTP replies,
// enhanced status codes and host names. All patterns are bounded and linear.
import type { BounceSource } from "../types";
import { headerValue } from "../../mime/headers";
import { escapeRegex } from "../common/marks";
import { lastAnswer } from "../../last-answer";
import { isSpace } from "../common/space";
import { LineOpening, textLines } from "../common/text-lines";
import { LABELS, type LabelRole } from "./labels";

/** Lower-case, single spaces, full-width colon and non-breaking space folded. */
export function fold(line: string): string {
  const lower = line.trim().toLowerCase();
  if (!/[\u00a0\u3000\t：]| {2}/.test(lower)) return lower;
  return lower
    .replace(/[\u00a0\u3000\t]/g, " ")
    .replace(/：/g, ":")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Labels are short: only a line's beginning is folded, and the last line's fold is reused. */
const LABEL_PREFIX = 120;

/** A label's first word: up to its first space (the whole label when it has none). */
function firstWordOf(label: string): string {
  return label.split(" ", 1)[0] ?? label;
}

/**
 * The labels by their first word, then by role, in table order. A line opens a label only when
 * its own first word is that label's, so most lines are turned away by one lookup, and folded
 * only when some label shares their first word.
 */
const BY_FIRST_WORD = new Map<string, Map<LabelRole, string[]>>();
for (const role of Object.keys(LABELS) as LabelRole[]) {
  for (const label of LABELS[role] as readonly string[]) {
    const word = firstWordOf(label);
    let byRole = BY_FIRST_WORD.get(word);
    if (byRole === undefined) BY_FIRST_WORD.set(word, (byRole = new Map()));
    const list = byRole.get(role);
    if (list) list.push(label);
    else byRole.set(role, [label]);
  }
}

/** The longest first word of any label: a line whose first word is longer opens no label. */
const MAX_WORD = Math.max(
  ...Object.values(LABELS).flatMap((labels: readonly string[]) =>
    labels.map((l) => firstWordOf(l).length),
  ),
);

/**
 * A line's first word, lower-cased: after its leading space, up to a space, a colon (full-width
 * too) or the end of the label prefix, as it ends in the folded prefix; "" when longer than any
 * label's first word. A char loop: this runs on many lines of every bounce.
 */
function firstWord(line: string): string {
  const limit = Math.min(line.length, LABEL_PREFIX);
  let start = 0;
  while (start < limit && isSpace(line.charCodeAt(start))) start++;
  let end = start;
  for (; end < limit && end - start <= MAX_WORD; end++) {
    const c = line.charCodeAt(end);
    if (c === 0x3a || c === 0xff1a || isSpace(c)) break;
  }
  return end - start > MAX_WORD ? "" : line.slice(start, end).toLowerCase();
}

let lastLine = "";
let lastLabels: ReadonlyMap<LabelRole, readonly string[]> | undefined;
let lastFold: string | undefined;

/**
 * If `line` starts with one of the role's labels, the text after the label and its colon
 * ("" when the line is the label alone); otherwise undefined.
 */
export function labelValue(line: string, role: LabelRole): string | undefined {
  if (line !== lastLine) {
    lastLine = line;
    lastLabels = BY_FIRST_WORD.get(firstWord(line));
    lastFold = undefined;
  }
  const labels = lastLabels?.get(role);
  if (labels === undefined) return undefined;
  lastFold ??= fold(line.slice(0, LABEL_PREFIX));
  const folded = lastFold;
  for (const label of labels) {
    if (!folded.startsWith(label)) continue;
    const rest = folded.slice(label.length).trimStart();
    if (rest === "" || rest === ":") return "";
    if (!rest.startsWith(":")) continue;
    // return the original-case value: find the colon in the original line
    const colon = line.search(/[:：]/);
    return colon < 0 ? "" : line.slice(colon + 1).trim();
  }
  return undefined;
}

/** The headings of the modern layout (exchange-online.ts): two alone on their lines tell it. */
export const MODERN_HEADINGS = [
  "detailsHeading",
  "errorHeading",
  "moreInfoHeading",
  "hopsHeading",
] as const;

/** Labels that open a line of Exchange 2007's layout only (exchange2007.ts). */
export const EXCHANGE2007_LABELS = [
  "adminHeading",
  "generatingServer",
  "failedHeading",
  "delayedHeading",
  "relayedHeading",
] as const;

/** The roles that tell Microsoft's layouts apart: looked for on every line of every bounce. */
const LAYOUT_ROLES = [...MODERN_HEADINGS, ...EXCHANGE2007_LABELS] as const;
export type LayoutRole = (typeof LAYOUT_ROLES)[number];

/** The layout roles having a label that starts with each first word. */
const ROLES_BY_WORD = new Map<string, LayoutRole[]>();
for (const [word, byRole] of BY_FIRST_WORD) {
  const roles = LAYOUT_ROLES.filter((role) => byRole.has(role));
  if (roles.length > 0) ROLES_BY_WORD.set(word, roles);
}

/** A label as a regex source whose words may be apart by any run of the spaces the fold joins. */
function labelSource(label: string): string {
  return label
    .split(" ")
    .map(escapeRegex)
    .join(String.raw`[ \t\u00a0\u3000]+`);
}

/**
 * A line that opens with a layout label, in the lower-cased text: the only lines lineRoles reads.
 * Some lines it finds are no label as the fold reads them, so they are checked label by label.
 */
const LAYOUT_LINE = new LineOpening(
  String.raw`[^\S\n]*(?:${LAYOUT_ROLES.flatMap((role) => LABELS[role].map(labelSource)).join("|")})`,
);

/** The layout roles whose label opens some line of a report, and those whose label stands alone. */
export interface LineRoles {
  readonly opening: ReadonlySet<LayoutRole>;
  readonly alone: ReadonlySet<LayoutRole>;
}

interface FoundRoles {
  readonly opening: Set<LayoutRole>;
  readonly alone: Set<LayoutRole>;
}

function addRoles(line: string, roles: readonly LayoutRole[], into: readonly FoundRoles[]): void {
  for (const role of roles) {
    const value = labelValue(line, role);
    if (value === undefined) continue;
    for (const found of into) {
      found.opening.add(role);
      if (value === "") found.alone.add(role);
    }
  }
}

/** No layout role, as written or trimmed: what most bounces have, shared instead of built each. */
const NO_ROLES: LineRoles = { opening: new Set(), alone: new Set() };
const NO_LINE_ROLES = { raw: NO_ROLES, trimmed: NO_ROLES };

/** The layout roles of a bounce's report lines, as written and trimmed. */
const rolesOf = lastAnswer((src: BounceSource): { raw: LineRoles; trimmed: LineRoles } => {
  const lines = reportLines(src);
  const candidates = textLines(src).linesOpening(LAYOUT_LINE, lines.length);
  if (candidates.length === 0) return NO_LINE_ROLES;
  const raw: FoundRoles = { opening: new Set(), alone: new Set() };
  const trim: FoundRoles = { opening: new Set(), alone: new Set() };
  for (const i of candidates) {
    const line = lines[i] as string;
    const bare = line.trim();
    const roles = ROLES_BY_WORD.get(firstWord(line));
    if (bare === line) {
      if (roles) addRoles(line, roles, [raw, trim]);
      continue;
    }
    if (roles) addRoles(line, roles, [raw]);
    // the trimmed line's label prefix holds more of its first word when the line is indented
    const bareRoles = ROLES_BY_WORD.get(firstWord(bare));
    if (bareRoles) addRoles(bare, bareRoles, [trim]);
  }
  return { raw, trimmed: trim };
});

/**
 * The layout roles of a report's lines, as written or trimmed: found in one pass per bounce,
 * so the detectors of each layout need not fold every line again.
 */
export function lineRoles(src: BounceSource, trimmed: boolean): LineRoles {
  const found = rolesOf(src);
  return trimmed ? found.trimmed : found.raw;
}

/** True when the line is (or starts with) one of the role's labels. */
export function isLabel(line: string, role: LabelRole): boolean {
  return labelValue(line, role) !== undefined;
}

const REPLY_AND_STATUS = /(?:^|[^\d.])([245]\d\d)[ -]#?([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/;
const STATUS_ONLY = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/;
const REPLY_AT_START = /^\s*#?([245]\d\d)(?:\s|$)/;

export interface SmtpCodes {
  readonly replyCode?: string;
  readonly status?: string;
}

/** The SMTP reply code and enhanced status code a line carries ("550 5.1.1", "#5.0.0"). */
export function smtpCodes(text: string): SmtpCodes {
  const both = REPLY_AND_STATUS.exec(text);
  if (both?.[1] && both[2] && both[1][0] === both[2][0]) {
    return { replyCode: both[1], status: both[2] };
  }
  if (both?.[2]) return { status: both[2] };
  const status = STATUS_ONLY.exec(text)?.[1];
  const reply = REPLY_AT_START.exec(text)?.[1];
  return {
    ...(status ? { status } : {}),
    ...(reply && (!status || status[0] === reply[0]) ? { replyCode: reply } : {}),
  };
}

const HOST = /^\[?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,20}[A-Za-z0-9-]{1,63}\]?\.?$/;

/** The host name a value starts with ("mx.example.com (192.0.2.1)" -> "mx.example.com"). */
export function hostIn(value: string): string | undefined {
  const first = value.trim().split(/[\s(]/, 1)[0] ?? "";
  return HOST.test(first) && /[A-Za-z]/.test(first) ? first.replace(/^\[|\]?\.?$/g, "") : undefined;
}

/** The value of a top-level header, or "". */
export function header(src: BounceSource, name: string): string {
  return headerValue(src.headers, name) ?? "";
}

/** True when any top-level header of that name is present. */
export function hasHeader(src: BounceSource, name: string): boolean {
  return headerValue(src.headers, name) !== undefined;
}

/** White space to squeeze to one space: a lone space is left alone, not replaced by itself. */
const SQUEEZE = /\s{2,}|[^\S ]/g;

/** Collapses runs of white space, for diagnostics. */
export function squeeze(text: string): string {
  return text.replace(SQUEEZE, " ").trim();
}

/**
 * Lines with a label whose value sits on the next line (HTML renderings put them in separate
 * blocks) joined into one "Label: value" line; other lines unchanged.
 */
export function joinLabelledValues(
  lines: readonly string[],
  roles: readonly LabelRole[],
): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const bare = line !== "" && roles.some((role) => labelValue(line, role) === "");
    let next = i + 1;
    while (bare && next < lines.length && next <= i + 2 && (lines[next] ?? "").trim() === "")
      next++;
    const value = bare ? (lines[next] ?? "").trim() : "";
    if (value && !roles.some((role) => labelValue(value, role) !== undefined)) {
      out.push(`${line.replace(/[:：]?\s*$/, "")}: ${value}`);
      i = next;
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * Exchange writes its report, labels and answers in the first few hundred lines; past this many
 * a text is a quoted original or padding, so decoders read no further (bounded work on huge input).
 */
const MAX_REPORT_LINES = 3000;

/** The report's lines, at most MAX_REPORT_LINES of them (the text split once for all decoders). */
export function reportLines(src: BounceSource): readonly string[] {
  const { lines } = textLines(src);
  return lines.length <= MAX_REPORT_LINES ? lines : lines.slice(0, MAX_REPORT_LINES);
}
