// The facts a refusal names, read from the server's words and the report: the sending IP, the
// domain that failed authentication and its policy, the block list and its lookup page, a limit,
// the domain that does not exist, the retry deadline. Each is validated before use (an IP is an IP,
// a domain a domain) and stays plain text: it is filled into explanations, never rendered as markup.
import type { BounceFacts, BounceReport, Localized, RecipientFacts } from "../types";
import { PROVIDERS } from "../catalog/providers/index";
import { SubstringIndex } from "../reason/substring-index";
import { timeOf } from "../original/facts";

const IPV4 =
  /(?<![\d.:])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?!\d|\.\d)/g;
const IPV6 = /(?<![\w:.])([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})(?![\w:.])/g;
/**
 * What any IPv6 address holds: two colons at most four hex digits apart. Most replies hold none,
 * and this search, unlike IPV6's lookbehind at every position, skips to each colon.
 */
const IPV6_HINT = /:[0-9a-f]{0,4}:/;

/** Eight groups, or fewer with one "::" standing for the rest. */
function isIpv6(candidate: string): boolean {
  const groups = candidate.split(":");
  const gaps = candidate.split("::").length - 1;
  const filled = groups.filter((g) => g !== "");
  if (!filled.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return false;
  return gaps === 1 ? filled.length < 8 : gaps === 0 && groups.length === 8;
}
const DOMAIN =
  /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/i;

/**
 * Where a reply names an address that is not the sender's: the receiver's own (the one this server
 * connected to), another machine's, or a number that only looks like an address. `before` ends
 * where the address starts, `after` starts where it ends, both in lower case; an entry holds when
 * all its parts do.
 */
interface NotSenderContext {
  readonly what: string;
  readonly before?: RegExp;
  readonly after?: RegExp;
}

const NOT_SENDER: readonly NotSenderContext[] = [
  {
    // Postfix's "host mx.example.com[192.0.2.1] said", Exim's and qmail's "mx.example.com
    // [192.0.2.1]: 550", Gmail's "by mx.example.jp. [192.0.2.1]", Exim's "host 192.0.2.1
    // [192.0.2.1]". Not Postfix smtpd's own "<client.example.com[192.0.2.7]>: Client host
    // rejected", which names the client in angle brackets.
    what: "the receiver, after its host name",
    before:
      /(?:^|[^<\w.-])(?:[a-z0-9-]*[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+|\d+\.\d+\.\d+\.\d+)\.? ?\[$/,
  },
  {
    // "remote host 192.0.2.1 said", hMailServer's "Remote server (192.0.2.1) issued an error",
    // "SMTP Server <192.0.2.1> refused", "unable to connect to remote server [192.0.2.1:25]",
    // "SMTP:RCPT host 192.0.2.1: 553".
    what: "the receiver, named the remote server",
    before: /\b(?:(?:remote|smtp)[- ](?:server|host|mta):? ?[[(<]?|smtp:[a-z]+ host )$/,
  },
  // Exchange's "Server at mx.example.com (192.0.2.1) returned '400 4.4.7 ...'".
  { what: "the receiver Exchange tried", before: /\bserver at [a-z0-9.-]+ \($/ },
  // Exim's "host 192.0.2.1 [192.0.2.1]" (a host without a name), 1&1's "host: mx.example.com
  // (192.0.2.1)".
  { what: "the receiver, named twice", before: /\bhost $/, after: /^ \[/ },
  { what: "the receiver, after 'host:' and its name", before: /\bhost: [a-z0-9.-]+ \($/ },
  // qmail-remote: "Connected to 192.0.2.1 but ...", "192.0.2.1 does not like recipient.",
  // "192.0.2.1 failed after I sent the message."
  { what: "the receiver qmail connected to", before: /\bconnected to $/ },
  { what: "the receiver qmail names", after: /^ (?:does not like|failed after i sent)\b/ },
  // A connection that failed: "[mx.example.com 192.0.2.1: timed out]", "[192.0.2.1]:25".
  { what: "the receiver's SMTP port", after: /^\]?:25\b/ },
  {
    what: "the receiver in Gmail's connection error",
    before: /\[[a-z0-9.-]+\.[a-z]{2,}\.? $/,
    after: /^: /,
  },
  // Spamhaus's "open resolver" page names the receiver's DNS resolver that queried the list.
  { what: "the receiver's resolver", before: /\/returnc\/pub\/$/ },
  // Yahoo's status detail, "... user complaints - 4.16.55.1; see ...".
  { what: "Yahoo's status detail", before: /\s- $/, after: /^;/ },
];

/** One regular expression for the parts that stand alone, the entries with both apart. */
function joined(parts: readonly (RegExp | undefined)[]): RegExp {
  const sources = parts.flatMap((re) => (re === undefined ? [] : [`(?:${re.source})`]));
  return new RegExp(sources.join("|"));
}
const BEFORE_ONLY = joined(NOT_SENDER.map((c) => (c.after === undefined ? c.before : undefined)));
const AFTER_ONLY = joined(NOT_SENDER.map((c) => (c.before === undefined ? c.after : undefined)));
const BOTH = NOT_SENDER.filter((c) => c.before !== undefined && c.after !== undefined);

/** Whether the address at [at, end) is named where replies name another party than the sender. */
function isNotSender(text: string, at: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (AFTER_ONLY.test(after)) return true;
  const before = text.slice(Math.max(0, at - 80), at);
  if (BEFORE_ONLY.test(before)) return true;
  for (const c of BOTH)
    if (c.after?.test(after) === true && c.before?.test(before) === true) return true;
  return false;
}

/** The first address `re` finds that is not another party's. */
function senderAddress(text: string, re: RegExp): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const ip = m[1] ?? "";
    if (re === IPV6 && !isIpv6(ip)) continue;
    if (!isNotSender(text, m.index, m.index + m[0].length)) return ip;
  }
  return undefined;
}

/** The sending IP in the words, read in lower case (an IPv6 address as RFC 5952 writes it). */
function sendingIp(text: string): string | undefined {
  return (
    senderAddress(text, IPV4) ?? (IPV6_HINT.test(text) ? senderAddress(text, IPV6) : undefined)
  );
}

function domainOrUndefined(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  // String steps, not replace(): this runs twice for every recipient.
  const domain = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return DOMAIN.test(domain) ? domain : undefined;
}

/**
 * A phrasing that names a domain, and a word it cannot match without: the regular expression runs
 * only on words that hold it (most refusals hold none, and this runs for every recipient), and on
 * the words in lower case (a pattern without the "i" flag is smaller to compile and to run).
 */
type Phrasing = readonly [needle: string, pattern: RegExp];

/** A domain name as replies write it, alone or in brackets: "contoso.com", "[contoso.com]". */
const NAME = String.raw`\[?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\]?`;

/**
 * Phrasings that name the sender's domain a refusal is about, in receivers' published texts: the
 * domain whose authentication failed, or the sender address a domain list refused.
 */
const AUTH_DOMAIN: readonly Phrasing[] = [
  // Postfix's reject_rhsbl_sender, "Sender address [sam@contoso.com] blocked using
  // dbl.spamhaus.org": the listed domain is the envelope sender's, which the From's need not be.
  ["sender address [", /sender address \[[^\]\s@]*@([a-z0-9.-]+)\] blocked using /],
  ["unauthenticated", /unauthenticated (?:email|mail) from ([a-z0-9.-]+)/],
  ["sending domain", /sending domain \[?([a-z0-9.-]+?)\]? (?:does|doesn't|is|has|fails)/],
  ["header.from=", /header\.from=([a-z0-9.-]+)/],
  ["dmarc policy ", /\bdmarc policy (?:of|for) ([a-z0-9.-]+)/],
  ["'s dmarc policy", /\b([a-z0-9.-]+)'s dmarc policy/],
  // "DMARC failure for domain yahoo.com, policy reject"; Mail.ru's "not accepted due to domain
  // (mail.ru) owner DMARC policy".
  ["dmarc failure for domain", /\bdmarc failure for domain ([a-z0-9-]+(?:\.[a-z0-9-]+)+)/],
  ["owner dmarc policy", /\bdue to domain \(([a-z0-9.-]+)\) owner dmarc policy/],
  // Gmail's "SPF check for [contoso.com] does not pass", "SPF [contoso.com] with ip: [...]".
  [
    "spf ",
    new RegExp(String.raw`\bspf (?:(?:record|check) (?:of|for) )?${NAME}(?: with ip|[ ,.;:]|$)`),
  ],
  // Gmail's "The MAIL FROM domain [contoso.com] has an SPF record ...".
  ["mail from domain", new RegExp(String.raw`\bmail from domain ${NAME} has\b`)],
  // Exim's SPF refusal, "IP is not allowed to send mail from DOMAIN", and its variants.
  ["allowed to send", new RegExp(String.raw`\bis not allowed to send (?:mail )?from <?${NAME}`)],
  ["smtp.mailfrom=", /\bsmtp\.mailfrom=([a-z0-9.-]+)/],
  ["header.d=", /\bheader\.d=([a-z0-9.-]+)/],
  // "domain X has/is/fails ...", but not a domain that "does not exist" or "does not accept
  // mail" (a recipient's domain, as in Exchange's 5.4.310 and a null MX refusal).
  [
    "domain ",
    /\bdomain ([a-z0-9-]+(?:\.[a-z0-9-]+)+) (?!does not (?:exist|accept))(?:has|does|is|fails|failed)\b/,
  ],
];

/** Phrasings that name a domain that does not exist. */
const MISSING_DOMAIN: readonly Phrasing[] = [
  ["nxdomain", /lookup of ([a-z0-9.-]+) responded with code nxdomain/],
  // Postfix's NXDOMAIN ("...: Host not found"), not a lookup that failed ("Host not found, try
  // again", "Malformed or unexpected name server reply"): that domain may well exist.
  [
    "name service error",
    /name service error for name=([a-z0-9.-]+) type=[a-z]+: host not found(?!, try again)/,
  ],
  ["domain ", /domain ([a-z0-9-]+(?:\.[a-z0-9-]+)+) (?:does not exist|not found)/],
  [": domain not found", /([a-z0-9-]+(?:\.[a-z0-9-]+)+): domain not found/],
  [": host not found", /([a-z0-9-]+(?:\.[a-z0-9-]+)+): host not found/],
  ["unrouteable", /unrouteable (?:mail )?domain "?([a-z0-9.-]+)/],
];

const POLICY =
  /\bp=(reject|quarantine|none)\b|\bdmarc policy (?:of |is )?\(?(reject|quarantine)\)?/i;

const LIMIT =
  /\b(?:limits?|quota|maximum|max)(?: size)?(?: of| is|:)?\s+(\d[\d,.]*\s?(?:bytes|[kmg]i?b|kb|mb|gb|messages?(?: per (?:hour|day|minute))?|recipients?|emails?))/i;

function firstMatch(
  lower: string,
  found: ReadonlySet<string>,
  phrasings: readonly Phrasing[],
): string | undefined {
  // Read by index: destructuring a tuple runs the iterator protocol in V8's baseline code, 1,300
  // instructions a phrasing, 15 phrasings for every recipient.
  for (const phrasing of phrasings) {
    if (!found.has(phrasing[0])) continue;
    const domain = domainOrUndefined(phrasing[1].exec(lower)?.[1]);
    if (domain !== undefined) return domain;
  }
  return undefined;
}

export function domainOfAddress(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  if (address === undefined || at < 0) return undefined;
  // The domain ends at a ">" after it, if any.
  const end = address.indexOf(">", at + 1);
  return domainOrUndefined(address.slice(at + 1, end < 0 ? address.length : end));
}

/**
 * The zone a DNS block-list refusal names (Postfix "blocked using", a deferral's "deferred using",
 * Exim "black list at", spamdyke "listed in the RBL at").
 */
const LIST_ZONE =
  /(?:blocked using|deferred using|in a black ?list at|listed at|listed in the rbl at) ([a-z0-9][a-z0-9.-]*[a-z0-9])/;
/** LIST_ZONE's openings: without one, it cannot match. */
const LIST_ZONE_WORDS = [
  "blocked using",
  "deferred using",
  "in a black list at",
  "in a blacklist at",
  "listed at",
  "listed in the rbl at",
];

/** The lists with a table of their own (not the catch-all for any other list). */
const BLOCK_LISTS = PROVIDERS.filter(
  (provider) => provider.kind === "blocklist" && provider.anyList !== true,
);
/** Words whose presence decides whether a fact's pattern may match at all. */
const POLICY_WORDS = ["p=", "dmarc policy"] as const;
const LIMIT_WORDS = ["limit", "quota", "max"] as const;
const RECIPIENT_DOMAIN_MISSING = "find the recipient domain";

/**
 * The block lists' markers and every word above: found in one pass over the words (this runs for
 * every recipient), one set lookup each instead of 23 includes(). Each a word that folding and
 * the removal of continuation codes (`haystackOf`) cannot break (no 2, 4, 5, "/" or whitespace
 * other than single inner or trailing spaces): the words found in a reply's haystack then hold
 * every one its lower-case text holds, and `diagnose` scans the haystack once for these words
 * and the providers' markers together.
 */
export const FACT_WORDS: readonly string[] = [
  ...BLOCK_LISTS.flatMap((provider) => provider.markers),
  ...AUTH_DOMAIN.map((phrasing) => phrasing[0]),
  ...MISSING_DOMAIN.map((phrasing) => phrasing[0]),
  ...POLICY_WORDS,
  ...LIMIT_WORDS,
  RECIPIENT_DOMAIN_MISSING,
  ...LIST_ZONE_WORDS,
];
for (const word of FACT_WORDS) {
  if (/[245/]|[^\S ]| {2}|^ /.test(word)) throw new Error(`a fact word folding may break: ${word}`);
}
/** Made on first use: diagnose() passes the words it found (see `factsOf`). */
let factIndex: SubstringIndex | undefined;

/** Is any of `words` among those found? */
function anyOf(found: ReadonlySet<string>, words: readonly string[]): boolean {
  for (const word of words) if (found.has(word)) return true;
  return false;
}

/**
 * Does `lower` hold any of `words`? Where a word is a fact by itself, not a test before a pattern:
 * the words found may be those of the haystack, which can hold more.
 */
function anyIn(found: ReadonlySet<string>, lower: string, words: readonly string[]): boolean {
  for (const word of words) if (found.has(word) && lower.includes(word)) return true;
  return false;
}

/**
 * The block list the words name, with its lookup page: the block-list providers' own data; for a
 * list none of them describes, the zone the reply names.
 */
function blockList(
  lower: string,
  found: ReadonlySet<string>,
): { list: string; listPage?: string } | undefined {
  for (const provider of BLOCK_LISTS) {
    if (anyIn(found, lower, provider.markers)) {
      return { list: provider.name, listPage: provider.page };
    }
  }
  const zone = anyOf(found, LIST_ZONE_WORDS)
    ? domainOrUndefined(LIST_ZONE.exec(lower)?.[1])
    : undefined;
  return zone === undefined ? undefined : { list: zone };
}

/** What besides the server's words tells a fact: the report's recipient and returned original. */
export interface FactContext {
  readonly recipient?: string | undefined;
  /** The returned original's From (the sender's domain stands in for an unnamed failing domain). */
  readonly originalFrom?: string | undefined;
  readonly willRetryUntil?: string | undefined;
}

/**
 * Everything a server's words (and the context) name. `words`: the fact words (`FACT_WORDS`)
 * found in the words' haystack, when the caller scanned it already; other words may be in it.
 */
export function factsOf(
  diagnostic: string,
  context: FactContext = {},
  words?: ReadonlySet<string>,
): BounceFacts {
  const text = diagnostic.slice(0, 4000);
  const lower = text.toLowerCase();
  const found = words ?? (factIndex ??= new SubstringIndex(FACT_WORDS)).find(lower);
  const ip = sendingIp(lower);
  const domain = firstMatch(lower, found, AUTH_DOMAIN) ?? domainOfAddress(context.originalFrom);
  const policy = anyOf(found, POLICY_WORDS) ? POLICY.exec(text) : null;
  const limit = anyOf(found, LIMIT_WORDS) ? LIMIT.exec(text)?.[1]?.trim() : undefined;
  const recipientDomain = domainOfAddress(context.recipient);
  // "We weren't able to find the recipient domain": the domain that does not exist is the recipient's.
  const missingDomain =
    firstMatch(lower, found, MISSING_DOMAIN) ??
    (anyIn(found, lower, [RECIPIENT_DOMAIN_MISSING]) ? recipientDomain : undefined);
  const until = context.willRetryUntil && retryDate(context.willRetryUntil);
  const list = found.size === 0 ? undefined : blockList(lower, found);
  // Set field by field, in this order (the JSON output's): spreads of optional parts cost more.
  const facts: { -readonly [K in keyof BounceFacts]: BounceFacts[K] } = {};
  if (ip !== undefined) facts.ip = ip;
  if (domain !== undefined) facts.domain = domain;
  if (policy !== null) facts.policy = (policy[1] ?? policy[2] ?? "").toLowerCase();
  if (list !== undefined) facts.list = list.list;
  if (list?.listPage !== undefined) facts.listPage = list.listPage;
  if (limit !== undefined) facts.limit = limit;
  if (missingDomain !== undefined) facts.missingDomain = missingDomain;
  if (until !== undefined) facts.until = until;
  if (recipientDomain !== undefined) facts.recipientDomain = recipientDomain;
  return facts;
}

/**
 * A DSN's Will-Retry-Until as a sentence of either language shows it: "2026-12-05 07:48 UTC"
 * ("Sat, 05 Dec 2026 16:48:15 +0900" read as a date in a Japanese sentence); as written when it
 * does not parse. The evidence keeps the notice's own words.
 */
function retryDate(written: string): string {
  const time = timeOf(written.trim());
  if (Number.isNaN(time)) return written.slice(0, 80);
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Everything the bounce names about this recipient's refusal. */
export function bounceFacts(
  report: BounceReport,
  recipient: RecipientFacts,
  words?: ReadonlySet<string>,
): BounceFacts {
  return factsOf(
    recipient.diagnostic ?? "",
    {
      recipient: recipient.address,
      originalFrom: report.original?.from,
      willRetryUntil: recipient.willRetryUntil,
    },
    words,
  );
}

/** What entry texts may fill in: the facts, the provider's name, a group (not-written.ts), a forward (forwarded.ts). */
export const PLACEHOLDERS = [
  "ip",
  "domain",
  "policy",
  "list",
  "listPage",
  "limit",
  "missingDomain",
  "until",
  "recipientDomain",
  "provider",
  // a shared outgoing server's company and the published range that holds the IP (diagnose.ts)
  "ipPool",
  "ipRange",
  "group",
  // the address the user wrote and the one its alias, list or forward sent the message on to
  "written",
  "target",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What a sentence says when the bounce does not name the fact. */
export const FALLBACK: Record<Placeholder, Localized> = {
  ip: { en: "your sending server's IP address", ja: "送信サーバーの IP アドレス" },
  domain: { en: "your domain", ja: "あなたのドメイン" },
  policy: { en: "its published policy", ja: "公開されたポリシー" },
  list: { en: "a public block list", ja: "公開ブロック リスト" },
  listPage: { en: "the block list's lookup page", ja: "ブロック リストの検索ページ" },
  limit: { en: "the receiver's limit", ja: "受信側の上限" },
  missingDomain: { en: "the recipient's domain", ja: "宛先のドメイン" },
  until: { en: "the end of its retry period", ja: "再試行期間の終わり" },
  recipientDomain: { en: "the recipient's domain", ja: "宛先のドメイン" },
  provider: { en: "the receiving server", ja: "受信側のサーバー" },
  ipPool: { en: "the mail provider", ja: "メール プロバイダー" },
  ipRange: { en: "its published range", ja: "公開された範囲" },
  group: { en: "the group or list", ja: "グループやリスト" },
  written: { en: "the address you wrote", ja: "あなたが入力したアドレス" },
  target: { en: "the mailbox it forwards to", ja: "転送先のメールボックス" },
};

export type FillValues = Partial<Record<Placeholder, string>>;
