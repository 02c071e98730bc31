// Plain-text matching for the reason classifier: substring tables, ordered parts, hosts, SMTP commands.
import type { ProviderRule, ProviderRules, ReasonInput } from "./types";
import { SubstringIndex } from "./substring-index";
import type { TextRule } from "./text-patterns";
import { TEXT_RULES } from "./text-patterns";
import type { Reason } from "../types";

/**
 * Lower-case, one space between words, and the "550-5.2.1 " prefixes of continued lines removed,
 * in one pass: a prefix goes with the white space before it, and a lone space between words is
 * not matched at all (replacing each by itself would rebuild the whole string). OpenSMTPD joins
 * a multi-line reply's lines with no space, leaving "rate of4.7.28 unsolicited": that status goes
 * too. (Its digit is matched before the letter behind it is checked: a look-behind that opens
 * an alternative is tried at every char, and the scan took twice as long.)
 */
const SQUEEZE_AND_UNPREFIX =
  /\s+[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3}\s+)?|[245](?<=[a-z][245])\.\d{1,3}\.\d{1,3}\s+|\s{2,}|[^\S ]/g;

export function normaliseDiagnostic(text: string): string {
  return text.toLowerCase().replace(SQUEEZE_AND_UNPREFIX, " ").trim();
}

/**
 * Wording that places a refusal at RCPT TO when no command is named: Postfix's smtpd
 * restrictions ("Recipient address rejected: User unknown in local recipient table"), and
 * Gmail's summary of a remote server's refusal of the address ("** Address not found **").
 */
export const RCPT_WORDING: readonly string[] = [
  "recipient address rejected",
  "because the address couldn't be found",
  "in local recipient table",
  "in virtual mailbox table",
  "in virtual alias table",
  "in relay recipient table",
];

/** A local delivery agent's refusal: the mailbox is missing, no content filter took part. */
export const LOCAL_DELIVERY_WORDING: readonly string[] = [
  "mail.local:",
  "local delivery failed",
  "local delivery:",
];

/** A `PhraseUse` rank: the phrase is one of the rule's ordered parts (`seq`). */
const ORDERED_PART = Number.MAX_SAFE_INTEGER;

/**
 * How one phrase takes part in a wording rule: its position in `any`, -1 for a veto, or
 * ORDERED_PART (which any position outranks).
 */
interface PhraseUse {
  readonly reason: Reason;
  readonly rank: number;
}

/** Every phrase the classifier looks for, indexed once, with the rules that use it. */
interface Phrases {
  readonly index: SubstringIndex;
  readonly uses: ReadonlyMap<string, readonly PhraseUse[]>;
}

/**
 * Built on first use: building it is the engine's largest start-up cost, and the pane asks the
 * host for the bounce before it needs the index.
 */
let phrases: Phrases | undefined;

function phraseTable(): Phrases {
  if (phrases) return phrases;
  const uses = new Map<string, PhraseUse[]>();
  const use = (phrase: string, reason: Reason, rank: number): void => {
    const list = uses.get(phrase);
    if (list) list.push({ reason, rank });
    else uses.set(phrase, [{ reason, rank }]);
  };
  for (const [reason, rule] of Object.entries(TEXT_RULES) as [Reason, TextRule][]) {
    rule.any.forEach((phrase, i) => use(phrase, reason, i));
    for (const phrase of rule.unless ?? []) use(phrase, reason, -1);
    for (const phrase of (rule.seq ?? []).flat()) use(phrase, reason, ORDERED_PART);
  }
  const index = new SubstringIndex([
    ...uses.keys(),
    ...COMMAND_WORDS.map(([words]) => words),
    ...RCPT_WORDING,
    ...LOCAL_DELIVERY_WORDING,
  ]);
  phrases = { index, uses };
  return phrases;
}

/** The classifier's phrases (wording rules, command words) a text holds. */
export function phrasesIn(text: string): ReadonlySet<string> {
  return phraseTable().index.find(text);
}

/** Whether a normalised text holds a whole phrase of some reason's wording (not a part of one). */
export function namesAReason(text: string): boolean {
  const { uses } = phraseTable();
  for (const phrase of phrasesIn(text))
    if ((uses.get(phrase) ?? []).some((u) => u.rank !== ORDERED_PART)) return true;
  return false;
}

/**
 * Each reason's wording in a normalised diagnostic: the rule's first phrase (in the rule's own
 * order) the text holds, else its first ordered parts the text holds in order, else undefined
 * (also when one of the rule's vetoes is there). `found` is `phrasesIn(text)`: a text holds a
 * few phrases and the rules hold a thousand, so the rules are read from the found ones, once.
 */
export function wordingOf(
  text: string,
  found: ReadonlySet<string>,
): (reason: Reason) => string | undefined {
  const { uses } = phraseTable();
  const first = new Map<Reason, number>();
  for (const phrase of found) {
    for (const { reason, rank } of uses.get(phrase) ?? []) {
      const had = first.get(reason);
      if (had !== -1 && (rank < 0 || had === undefined || rank < had)) first.set(reason, rank);
    }
  }
  return (reason) => {
    // Most reasons have no phrase in the text: answered without reading their rule.
    const at = first.get(reason);
    const rule = at === undefined || at === -1 ? undefined : TEXT_RULES[reason];
    if (rule === undefined) return undefined;
    if (at !== ORDERED_PART) return rule.any[at as number];
    const parts = rule.seq?.find((seq) => seq.every((p) => found.has(p)) && inOrder(text, seq));
    return parts?.join("...");
  };
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
export const COMMAND_WORDS: readonly (readonly [string, string])[] = [
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

/** Each command phrase's position in COMMAND_WORDS (set last to first: a repeat keeps its first). */
const COMMAND_RANK: ReadonlyMap<string, number> = new Map(
  COMMAND_WORDS.map(([words], i) => [words, i] as const).reverse(),
);

/**
 * The command the phrases found in a text (`phrasesIn`) name, by COMMAND_WORDS' order: the few
 * found phrases are looked up in the table, not each of the table's phrases in the found ones.
 */
export function commandIn(found: ReadonlySet<string>): string | undefined {
  let first: number | undefined;
  for (const phrase of found) {
    const at = COMMAND_RANK.get(phrase);
    if (at !== undefined && (first === undefined || at < first)) first = at;
  }
  return first === undefined ? undefined : COMMAND_WORDS[first]?.[1];
}

/** A provider list's hosts, without their leading dot, each to the positions of its providers. */
interface HostIndex {
  readonly positions: ReadonlyMap<string, readonly number[]>;
  /** The hosts and each domain above them ("mail.example.com", "example.com", "com"). */
  readonly above: ReadonlySet<string>;
}

/** Anything named by host suffixes: the reason engine's provider rules, the catalog's providers. */
export interface HostNamed {
  readonly hosts: readonly string[];
}

/** Each list's index, made on its first use (the lists are constant tables). */
const hostIndexes = new WeakMap<readonly HostNamed[], HostIndex>();

function hostIndexOf(list: readonly HostNamed[]): HostIndex {
  let index = hostIndexes.get(list);
  if (index === undefined) {
    const positions = new Map<string, number[]>();
    const above = new Set<string>();
    list.forEach((provider, at) => {
      for (const host of provider.hosts) {
        const bare = host.startsWith(".") ? host.slice(1) : host;
        positions.set(bare, [...(positions.get(bare) ?? []), at]);
        above.add(bare);
        for (let dot = bare.indexOf("."); dot >= 0; dot = bare.indexOf(".", dot + 1)) {
          above.add(bare.slice(dot + 1));
        }
      }
    });
    index = { positions, above };
    hostIndexes.set(list, index);
  }
  return index;
}

/**
 * Adds the positions of the providers whose hosts name `host`: a host ".example.com" or
 * "example.com" names example.com and every name under it, so each domain above `host` and
 * `host` itself ("com" -> "example.com" -> "a.example.com") are looked up, not every provider's
 * hosts. The first that is above no host ends it: no name under it can be one (most hosts end
 * at their top-level domain; the engine on 812 bounces, 2,566.3 -> 2,563.1 M instructions).
 */
function addProvidersOf(host: string, index: HostIndex, into: number[]): void {
  if (host === "") return;
  for (
    let dot = host.lastIndexOf(".");
    dot >= 0;
    dot = dot === 0 ? -1 : host.lastIndexOf(".", dot - 1)
  ) {
    const name = host.slice(dot + 1);
    if (!index.above.has(name)) return;
    addPositions(name, index, into);
  }
  addPositions(host, index, into);
}

function addPositions(name: string, index: HostIndex, into: number[]): void {
  const positions = index.positions.get(name);
  if (positions !== undefined) for (const at of positions) into.push(at);
}

/** Positions in `list` of the entries whose hosts name `host` (or a domain above it), in list order. */
export function positionsNaming(list: readonly HostNamed[], host: string): number[] {
  const found: number[] = [];
  addProvidersOf(host.toLowerCase(), hostIndexOf(list), found);
  return [...new Set(found)].sort((a, b) => a - b);
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
  if (rule.status !== undefined && !statusMatches(rule.status, status)) return false;
  if (rule.text !== undefined && !diag.includes(rule.text)) return false;
  if (rule.code !== undefined && !codeMatches(rule.code, diag)) return false;
  return rule.command === undefined || rule.command === command;
}

export interface ProviderHit {
  readonly id: string;
  readonly reason: ProviderRule["reason"];
  readonly text: string;
}

/** What `address.split("@")[1]` gives ("" for none), without splitting the whole address. */
function domainOf(address: string): string {
  const at = address.indexOf("@");
  if (at < 0) return "";
  const next = address.indexOf("@", at + 1);
  return address.slice(at + 1, next < 0 ? address.length : next);
}

/** Host names of three labels or more in a server's reply (not the domain of an address). */
const HOST_IN_TEXT = /(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+){2,}(?![\w-])/g;

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
  const index = hostIndexOf(list);
  const chosen: number[] = [];
  addProvidersOf(input.remoteServer?.toLowerCase() ?? "", index, chosen);
  addProvidersOf(domainOf(input.address?.toLowerCase() ?? ""), index, chosen);
  // A report that names no remote host (OpenSMTPD's "rcpt: reply" lines): the server's own name
  // in its reply ("[...prod.outlook.com]", "- mta1001.mail.gq1.yahoo.com") or its help URL.
  if (chosen.length === 0) {
    for (const host of diag.match(HOST_IN_TEXT) ?? []) addProvidersOf(host, index, chosen);
  }
  chosen.sort((a, b) => a - b);
  for (let i = 0; i < chosen.length; i++) {
    if (chosen[i] === chosen[i - 1]) continue;
    const provider = list[chosen[i] as number] as ProviderRules;
    const rule = provider.rules.find((r) => ruleMatches(r, diag, status, command));
    if (rule) {
      const code = rule.code ? `${rule.code.marker}${rule.code.range}` : undefined;
      const said = [rule.status, rule.text, code].filter(Boolean).join(" + ");
      return { id: provider.id, reason: rule.reason, text: said };
    }
  }
  return undefined;
}
