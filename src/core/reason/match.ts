// Plain-text matching for the reason classifier: substring tables, ordered parts, hosts, SMTP commands.
import type { ProviderRule, ProviderRules, ReasonInput } from "./types";
import { SubstringIndex } from "./substring-index";
import type { TextRule } from "./text-patterns";
import { TEXT_RULES } from "./text-patterns";

/** Lower-case, one space between words, and the "550-5.2.1 " prefixes of continued lines removed. */
export function normaliseDiagnostic(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/ [245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3} )?/g, " ")
    .trim();
}

/**
 * Every phrase of every wording rule, indexed once, on first use: building it is the engine's
 * largest start-up cost, and the pane asks the host for the bounce before it needs the index.
 */
let phrases: SubstringIndex | undefined;

/** The wording-table phrases a normalised diagnostic holds. */
export function phrasesIn(text: string): ReadonlySet<string> {
  phrases ??= new SubstringIndex(
    Object.values(TEXT_RULES).flatMap((rule) => [
      ...rule.any,
      ...(rule.unless ?? []),
      ...(rule.seq ?? []).flat(),
    ]),
  );
  return phrases.find(text);
}

/** A rule's vetoes, and the position of each of its phrases in `any`, made once per rule. */
interface RuleLookup {
  readonly vetoes: ReadonlySet<string>;
  readonly rank: ReadonlyMap<string, number>;
}

const lookups = new WeakMap<TextRule, RuleLookup>();

function lookupOf(rule: TextRule): RuleLookup {
  let lookup = lookups.get(rule);
  if (lookup === undefined) {
    const rank = new Map<string, number>();
    rule.any.forEach((needle, i) => {
      if (!rank.has(needle)) rank.set(needle, i);
    });
    lookup = { vetoes: new Set(rule.unless ?? []), rank };
    lookups.set(rule, lookup);
  }
  return lookup;
}

/**
 * The pattern of `rule` found in `text`, or undefined; `found` holds the phrases `text` has
 * (from `phrasesIn`), so only ordered parts need a look at the text itself. A text holds a few
 * phrases and a rule lists dozens: the found ones are looked up in the rule, not the other way.
 */
export function findText(
  text: string,
  rule: TextRule,
  found: ReadonlySet<string>,
): string | undefined {
  const { vetoes, rank } = lookupOf(rule);
  let first: number | undefined;
  for (const phrase of found) {
    if (vetoes.has(phrase)) return undefined;
    const at = rank.get(phrase);
    if (at !== undefined && (first === undefined || at < first)) first = at;
  }
  // the rule's first phrase the text holds, in the rule's own order
  if (first !== undefined) return rule.any[first];
  const parts = rule.seq?.find((seq) => seq.every((p) => found.has(p)) && inOrder(text, seq));
  return parts?.join("...");
}

function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** The SMTP command a diagnostic names ("in reply to RCPT TO command", Exim's "after RCPT TO", qmail, dma, Sendmail transcripts). */
const COMMAND_WORDS: readonly (readonly [string, string])[] = [
  ["in reply to rcpt to", "RCPT"],
  ["after rcpt to", "RCPT"],
  ["after rcpt command", "RCPT"],
  ["lmtp error after rcpt", "RCPT"],
  ["in reply to end of data", "DATA"],
  ["after end of data", "DATA"],
  ["in reply to data", "DATA"],
  ["after data", "DATA"],
  ["in reply to mail from", "MAIL"],
  ["after mail from", "MAIL"],
  ["after mail command", "MAIL"],
  ["in reply to ehlo", "EHLO"],
  ["in reply to helo", "HELO"],
  ["after ehlo", "EHLO"],
  ["after helo", "HELO"],
  ["after initial connection", "CONN"],
  // Postfix's "refused to talk to me": the greeting or HELO never succeeded.
  ["refused to talk to me", "HELO"],
  ["did not like our rcpt to", "RCPT"],
  ["did not like our final data", "DATA"],
  ["did not like our data", "DATA"],
  ["did not like our mail from", "MAIL"],
  ["most progress was rcpt to response", "RCPT"],
  ["[rcpt_to]", "RCPT"],
  ["[mail_from]", "MAIL"],
  ["smtp:rcpt ", "RCPT"],
  ["smtp:data ", "DATA"],
  ["smtp:mail ", "MAIL"],
  [">>> rcpt to:", "RCPT"],
  ["<<< rcpt to:", "RCPT"],
  [">>> data", "DATA"],
  [">>> mail from:", "MAIL"],
  ["rcpt to: 5", "RCPT"],
  ["rcpt to: 4", "RCPT"],
];

export function findCommand(diag: string): string | undefined {
  return COMMAND_WORDS.find(([words]) => diag.includes(words))?.[1];
}

/** `host` is the suffix's domain or one under it (".example.com" and "example.com" alike).
 * Compared in place: every provider's hosts are tried for every recipient. */
function hostMatches(host: string, suffix: string): boolean {
  if (suffix.startsWith(".")) {
    return host.endsWith(suffix) || (host.length === suffix.length - 1 && suffix.endsWith(host));
  }
  if (!host.endsWith(suffix)) return false;
  return host.length === suffix.length || host.charCodeAt(host.length - suffix.length - 1) === 0x2e;
}

function statusMatches(pattern: string, status: string): boolean {
  const dash = pattern.indexOf("-");
  if (dash < 0) return pattern === status;
  const head = pattern.slice(0, pattern.lastIndexOf(".", dash) + 1);
  if (!status.startsWith(head)) return false;
  const low = Number(pattern.slice(head.length, dash));
  const high = Number(pattern.slice(dash + 1));
  const detail = Number(status.slice(head.length));
  return Number.isInteger(detail) && detail >= low && detail <= high;
}

/** The digits that follow `marker` (within a few characters), as a number. */
function numberAfter(diag: string, marker: string): number | undefined {
  const at = diag.indexOf(marker);
  if (at < 0) return undefined;
  const digits = /\d{1,6}/.exec(diag.slice(at + marker.length, at + marker.length + 16))?.[0];
  return digits === undefined ? undefined : Number(digits);
}

function codeMatches(code: NonNullable<ProviderRule["code"]>, diag: string): boolean {
  const found = numberAfter(diag, code.marker);
  if (found === undefined) return false;
  const [low, high] = code.range.split("-").map(Number);
  return low !== undefined && found >= low && found <= (high ?? low);
}

function ruleMatches(rule: ProviderRule, diag: string, status: string, command?: string): boolean {
  if (rule.status === undefined && rule.text === undefined && rule.code === undefined) return false;
  if (rule.code !== undefined && !codeMatches(rule.code, diag)) return false;
  if (rule.status !== undefined && !statusMatches(rule.status, status)) return false;
  if (rule.text !== undefined && !diag.includes(rule.text)) return false;
  return rule.command === undefined || rule.command === command;
}

export interface ProviderHit {
  readonly id: string;
  readonly reason: ProviderRule["reason"];
  readonly text: string;
}

/**
 * The first rule of the first provider whose hosts name the remote server or the recipient's
 * domain (not hosts merely mentioned in the text: a sending provider's help links would count).
 */
export function findProvider(
  list: readonly ProviderRules[],
  input: ReasonInput,
  diag: string,
  status: string,
  command?: string,
): ProviderHit | undefined {
  const remote = input.remoteServer?.toLowerCase() ?? "";
  const domain = input.address?.toLowerCase().split("@")[1] ?? "";
  for (const provider of list) {
    let chosen = false;
    for (const h of provider.hosts) {
      chosen =
        (remote !== "" && hostMatches(remote, h)) || (domain !== "" && hostMatches(domain, h));
      if (chosen) break;
    }
    if (!chosen) continue;
    const rule = provider.rules.find((r) => ruleMatches(r, diag, status, command));
    if (rule) {
      const code = rule.code ? `${rule.code.marker}${rule.code.range}` : undefined;
      const said = [rule.status, rule.text, code].filter(Boolean).join(" + ");
      return { id: provider.id, reason: rule.reason, text: said };
    }
  }
  return undefined;
}
