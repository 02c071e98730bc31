// Matching a status code and the server's text against the catalog, and the one place that
// decides precedence: the identified provider's own table (for a code it generated) > Microsoft's
// tables (for a code Microsoft generated) > the IANA registry > the class fallback.
import type { Confidence, Reason } from "../types";
import type { CatalogEntry } from "./types";
import type { FailureClass } from "./build";
import { BARE_DEFERRAL, BARE_DEFERRAL_WORDS, REASONLESS_RULES, RETRY_REQUESTS } from "./wordings";
import { CONNECTION_ENTRIES } from "./connection-wordings";
import {
  MICROSOFT_ENTRIES,
  TOKEN_ENTRIES,
  WORDING_ENTRIES,
  REPORT_KIND_ENTRIES,
  DELAYED_ENTRY,
  CHALLENGE_ENTRY,
  REASON_MEANINGS,
  DEFERRED_REASON_MEANINGS,
  OWN_SERVER_MEANINGS,
  RECIPIENT_SERVER_MEANINGS,
  REPLY_CODE_MEANINGS,
  classFallbackFor,
  ianaFor,
} from "./index";
import { PROVIDERS, type ProviderCatalog, type ProviderIdentity } from "./providers/index";
import { rowsOf, type ProviderRow } from "./providers/rows";
import { providerTable } from "./providers/tables";
import { identifyProviders, type Identified } from "./providers/identify";
import { UNEXPLAINED } from "./providers/unexplained";
import { SENDING_PROVIDER } from "./providers/sending-provider";
import {
  STATUS,
  normalizeStatus,
  bestText,
  fold,
  foldedScore,
  fragments,
  patternsOf,
} from "./entry-texts";
import { CodeIndex, WordIndex, remember } from "./entry-index";
import { REASON_CODES, isExpiryMeaning } from "./reason-codes";
import type { ReplyCodeMeaning } from "./reply-codes";
import { Marks } from "../dialects/common/marks";
import { normaliseDiagnostic, phrasesIn, wordingOf } from "../reason/match";

/** Who wrote the status: decides between the Exchange Online and Exchange Server meanings of one code. */
export type ServerFamily = "exchange-online" | "exchange-server" | "other";

export interface CatalogMatch {
  readonly entry: CatalogEntry;
  readonly confidence: Confidence;
  /** The catalog text (or token) found in the server's words, when one was. */
  readonly matchedText?: string;
  /** Set when the entry was chosen from the engine's reason, for want of a telling code. */
  readonly viaReason?: Reason;
  /** The SMTP reply code whose meaning in the RFCs chose the entry (REPLY_CODE_MEANINGS). */
  readonly viaReply?: string;
  /** The provider whose table gave the entry, and what named it ("gmail: marker gsmtp"). */
  readonly provider?: ProviderIdentity;
  readonly providerRule?: string;
}

/** Server texts worth matching are short; a huge one is cut before folding. */
const MAX_TEXT = 4000;

/**
 * A multi-line reply's continuation prefixes ("550-5.7.26 ") and its last line's code, mid-text;
 * pages that show a reply on one line often join its lines with "/" ("domain's/550-5.7.26 DMARC"),
 * and a transcript marks each line it received ("<<< 421-4.7.28 ": Courier's, Sendmail's).
 */
const CONTINUATION =
  /(^|\s|\/)(?:<<<\s?)?[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3}\s)?|\s(?:<<<\s?)?[245]\d\d [245]\.\d{1,3}\.\d{1,3}(?=\s)/g;

/**
 * RFC 5321's standard texts of reply codes (section 4.2.2): the name of the code, not a reason.
 * As the first line of a multi-line reply, they only open the lines that say what happened (GMX:
 * "550-Requested action not taken: mailbox unavailable" / "550 Sender address is not allowed").
 */
const STANDARD_TEXTS = [
  "Requested action not taken: mailbox unavailable",
  "Requested mail action not taken: mailbox unavailable",
  "Requested action aborted: local error in processing",
  "Requested action not taken: insufficient system storage",
  "Requested mail action aborted: exceeded storage allocation",
  "Requested action not taken: mailbox name not allowed",
  "Service not available, closing transmission channel",
  "Transaction failed",
];

/**
 * The standard texts that name no cause: the others ("exceeded storage allocation", "mailbox
 * unavailable") say as much as many servers' own words.
 */
const CAUSELESS_WORDS: ReadonlySet<string> = new Set(
  ["Service not available, closing transmission channel", "Transaction failed"].map((text) =>
    bareWords(fold(text)),
  ),
);

/**
 * Does the reply say only a standard text that names no cause, with at most the server's name
 * ("421 mx.example.net Service not available, closing transmission channel")? Then no words name
 * a cause, whatever reason a classifier filed the standard text under.
 */
function saysOnlyStandardText(haystack: string): boolean {
  return CAUSELESS_WORDS.has(bareWords(haystack.replace(/\S+\.\S+/g, " ")));
}

/** A continuation line ("550-") holding only a standard text, followed by another line of the reply. */
const OPENING_LINE = new RegExp(
  `(^|[\\s/'"])[245]\\d\\d-(?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?(?:${STANDARD_TEXTS.join("|")})\\.?(?=\\s*[\\s/][245]\\d\\d[- ])`,
  "gi",
);

/**
 * A text notice's own words around the reply it quotes, which its decoder keeps in the diagnostic
 * (they name the SMTP stage): Exim's "host mx [ip] (Delay reason: )SMTP error from remote mail
 * server after end of data:" (and its older order, the host after the stage), Yahoo's "Remote host
 * said:" and its stage tag ("[RCPT_TO]"). Left in, a reply that is only "451 Deferred" was not
 * read as only that.
 */
const NOTICE_FRAMING =
  /^\s*(?:host \S+ \[[^\]]*\]:?\s+)?(?:delay reason:\s*)?smtp error from remote (?:mail server|mailer) after [^:<]*(?::\s*<[^>]*>)?:\s*(?:host \S+ \[[^\]]*\]:\s*)?|^\s*remote host said:\s*|\s*\[(?:rcpt_to|end_of_message|mail_from|data)\]\s*$/gi;

/**
 * Typographic dashes a reply picks up on its way to the user (a help page's rendering of it, or a
 * word processor's AutoCorrect when it is pasted: "550 5.7.1 ... – gcdp <id> – gsmtp"): read as
 * the hyphen the server wrote, which Gmail's "- gcdp" marker and many catalog texts hold
 * ("Throttled - try again later"). One character for one, so offsets into the text still hold.
 */
const TYPOGRAPHIC_DASH = /[\u2010-\u2015\u2212]/g;

/** The server's words as the catalog's texts are matched against them. */
export function haystackOf(text: string): string {
  const whole = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const cut = whole.replace(TYPOGRAPHIC_DASH, "-").replace(NOTICE_FRAMING, "");
  // A multi-line reply's standard opening gives way to its other lines' words.
  const read = cut.includes("-") ? cut.replace(OPENING_LINE, "$1") : cut;
  return fold(read.replace(CONTINUATION, " "));
}

/** How many characters of `pattern` were found, in order, in `text` (0 when any piece is missing). */
export function textScore(pattern: string, text: string): number {
  return foldedScore(fragments(pattern), haystackOf(text));
}

const SEED_INDEX = new CodeIndex(MICROSOFT_ENTRIES);

const SEED_ORDER = new Map(MICROSOFT_ENTRIES.map((entry, at) => [entry, at]));

function seedOrder(entry: CatalogEntry): number {
  return SEED_ORDER.get(entry) ?? SEED_ORDER.size;
}

/** Made on first use: a run that meets no reply without a code does not split the texts. */
let seedWords: WordIndex | undefined;

/** Lower is better: the generating server's own meanings first. */
function sourceRank(entry: CatalogEntry, family: ServerFamily): number {
  if (entry.source === family) return 0;
  if (entry.source === "both") return 1;
  if (family === "other") return entry.source === "exchange-server" ? 1 : 2;
  return 3;
}

/** An entry of the Exchange that did not write the status (Exchange Server's for Exchange Online's). */
function isOtherExchange(entry: CatalogEntry, input: MatchInput): boolean {
  if (input.family === "other") return false;
  return (
    entry.source === (input.family === "exchange-online" ? "exchange-server" : "exchange-online")
  );
}

/**
 * On a network or routing status (x.4.*, the generating server's own attempt to reach the
 * destination), the generating Exchange's own meaning of the words the other Exchange's entry was
 * found by, under its own code of that class and subject: Exchange Online still writes Exchange's
 * "451 4.4.0 DNS query failed ..." for the failed lookup it documents as 4.4.312 (Microsoft Learn,
 * "How SMTP DANE works"), and its meaning is worded for a Microsoft 365 admin, not for one with an
 * Exchange server's DNS settings and send connectors. Other subjects' meanings (a mail flow rule's
 * 5.7.900) hold for both.
 */
function ownTwin(
  status: string | undefined,
  haystack: string,
  input: MatchInput,
): CatalogMatch | undefined {
  const subject = status === undefined ? undefined : /^[45]\.4\./.exec(status)?.[0];
  if (subject === undefined) return undefined;
  const own = seedHits(undefined, haystack, input.family).filter(
    (hit) => hit.entry.source === input.family && hit.entry.code.startsWith(subject),
  );
  const best = own.sort(bySeedRank(input.family))[0];
  return best && seedMatch(status, best);
}

/** Seed entries whose code covers the status (or any code, without one) and whose text is in `text`. */
export function textMatches(
  status: string | undefined,
  text: string,
  family: ServerFamily,
): CatalogMatch[] {
  return seedTextMatches(status, haystackOf(text), family);
}

interface SeedHit {
  readonly entry: CatalogEntry;
  readonly score: number;
  readonly matched: string;
}

/**
 * The seed entries whose text is in `haystack`, in no particular order; their `commonTexts` only
 * when `microsoftWords`.
 */
function seedHits(
  status: string | undefined,
  haystack: string,
  family: ServerFamily,
  microsoftWords = true,
): SeedHit[] {
  const found: SeedHit[] = [];
  // When the generating Exchange has its own meaning of the code, the other Exchange's does not apply.
  const ownMeaning =
    status !== undefined && SEED_INDEX.covering(status).some((e) => e.source === family);
  const candidates =
    status !== undefined
      ? SEED_INDEX.candidates(status)
      : (seedWords ??= new WordIndex(MICROSOFT_ENTRIES)).candidates(haystack);
  for (const entry of candidates) {
    if (ownMeaning && sourceRank(entry, family) === 3) continue;
    const { score, matched } = bestText(entry, haystack, microsoftWords);
    if (score > 0) found.push({ entry, score, matched });
  }
  return found;
}

/** Best first: the longest text found, the generating server's meanings, then table order. */
function bySeedRank(family: ServerFamily): (a: SeedHit, b: SeedHit) => number {
  return (a, b) =>
    b.score - a.score ||
    sourceRank(a.entry, family) - sourceRank(b.entry, family) ||
    seedOrder(a.entry) - seedOrder(b.entry);
}

function seedMatch(status: string | undefined, hit: SeedHit): CatalogMatch {
  const confidence: Confidence = status === undefined ? "token" : "exact";
  return { entry: hit.entry, confidence, matchedText: hit.matched };
}

function seedTextMatches(
  status: string | undefined,
  haystack: string,
  family: ServerFamily,
): CatalogMatch[] {
  // Ties in table order (the candidates may come in any).
  const found = seedHits(status, haystack, family).sort(bySeedRank(family));
  return found.map((hit) => seedMatch(status, hit));
}

/**
 * The first of seedTextMatches without sorting them all (the order is total: each entry has its
 * own place in the table).
 */
function bestSeedText(
  status: string | undefined,
  haystack: string,
  family: ServerFamily,
  microsoftWords: boolean,
): CatalogMatch | undefined {
  const found = seedHits(status, haystack, family, microsoftWords);
  if (found.length === 0) return undefined;
  const rank = bySeedRank(family);
  let best = found[0] as SeedHit;
  for (let i = 1; i < found.length; i++) {
    const hit = found[i] as SeedHit;
    if (rank(hit, best) < 0) best = hit;
  }
  return seedMatch(status, best);
}

/** Exchange tokens (RESOLVER.ADR.ExRecipNotFound, ...) named in the text, longest first. */
export function tokenMatches(text: string): CatalogMatch[] {
  return tokensIn(haystackOf(text));
}

/** Each token with its folded form, folded once (not for every recipient). */
const FOLDED_TOKENS = TOKEN_ENTRIES.map((entry) => ({
  entry,
  tokens: entry.texts.map((token) => ({ token, folded: fold(token) })),
}));

/**
 * All tokens looked for at once, before one includes() per token: few replies name one (6 of b1's
 * 448 recipients); b2 2.943 -> 2.922 G instructions.
 */
const TOKEN_MARKS = new Marks(FOLDED_TOKENS.flatMap(({ tokens }) => tokens.map((t) => t.folded)));

/** The components that open Exchange's own diagnostic words ("RESOLVER.ADR.RecipientNotFound"). */
const EXCHANGE_COMPONENTS = new Marks([
  "resolver.",
  "storedrv.",
  "smtpsend.",
  "queue.",
  "routing.",
]);

/**
 * Whether lower-case words name an Exchange component: Exchange wrote them, even when another
 * server relays them (a callout's "550-Callout verification failed: 550 5.1.10 RESOLVER...").
 */
export function namesExchangeComponent(lowerText: string): boolean {
  return EXCHANGE_COMPONENTS.in(lowerText);
}

/**
 * Is `token` in `haystack` as a word of its own, not the tail of a longer one? Exchange's
 * "QuotaExceededException" (a mailbox full) is not its "SubmissionQuotaExceededException" (the
 * sender's quota).
 */
function standsInWords(haystack: string, token: string): boolean {
  for (let at = haystack.indexOf(token); at >= 0; at = haystack.indexOf(token, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(haystack[at - 1] ?? "")) return true;
  }
  return false;
}

function tokensIn(haystack: string): CatalogMatch[] {
  if (!TOKEN_MARKS.in(haystack)) return [];
  const found: { entry: CatalogEntry; matched: string }[] = [];
  for (const { entry, tokens } of FOLDED_TOKENS) {
    const matched = tokens.find(({ folded }) => standsInWords(haystack, folded))?.token;
    if (matched !== undefined) found.push({ entry, matched });
  }
  found.sort((a, b) => b.matched.length - a.matched.length);
  return found.map(({ entry, matched }) => ({ entry, confidence: "token", matchedText: matched }));
}

/** Entries known by the code alone, the generating server's meanings first, then IANA's. */
export function codeMatches(status: string, family: ServerFamily): CatalogEntry[] {
  const seeds = SEED_INDEX.covering(status);
  const own = seeds.filter((entry) => sourceRank(entry, family) <= 1);
  const iana = ianaFor(status);
  const rest = seeds.filter((entry) => !own.includes(entry));
  // One meaning of our own server wins; several meanings or a foreign server defer to IANA's generic one.
  if (family !== "other" && own.length === 1) return [...own, ...(iana ? [iana] : []), ...rest];
  return [...(iana ? [iana] : []), ...own, ...rest];
}

/** Worked out once per server family and status: a recipient asks up to three times. */
const meaningsMemo = new Map<string, readonly CatalogEntry[]>();

/**
 * The code's meanings that the code alone may select: a meaning known only by its words
 * (`byTextOnly`) is left to the text match, so the code's other meanings stand without them.
 */
function meaningsByCode(status: string, family: ServerFamily): readonly CatalogEntry[] {
  const key = `${family} ${status}`;
  return (
    meaningsMemo.get(key) ??
    remember(
      meaningsMemo,
      key,
      codeMatches(status, family).filter((entry) => entry.byTextOnly !== true),
    )
  );
}

/**
 * The class fallback: by the status's class, else (no status) success for a recipient the engine
 * read as delivered or relayed by its action, else temporary or permanent failure.
 */
export function classMatch(
  status: string | undefined,
  temporary: boolean,
  succeeded = false,
): CatalogEntry {
  const m = status === undefined ? null : STATUS.exec(status);
  const cls = (m?.[1] ?? (succeeded ? "2" : temporary ? "4" : "5")) as FailureClass;
  return classFallbackFor(cls, m?.[2] === undefined ? "0" : String(Number(m[2])));
}

export interface MatchInput {
  readonly status?: string;
  readonly text?: string;
  readonly family: ServerFamily;
  readonly temporary: boolean;
  /** A delay warning: the sending server still retries. */
  readonly waiting?: boolean;
  /** The engine's reason: decides between a provider's meanings, and stands in for a vague code. */
  readonly reason?: Reason;
  /**
   * What the server's words mean when the reason files them under another: user-unknown words
   * away from RCPT are `filtered`, yet they say the mailbox does not exist. Stands in for a vague
   * code before the reason does.
   */
  readonly wording?: Reason;
  /**
   * The reason came from the status code's table alone, not from the words: a cause's own
   * meaning (`REASON_MEANINGS`) would then claim more than the code says.
   */
  readonly reasonByCode?: boolean;
  /** The server that refused (a bare host name), when the bounce names one apart from its writer. */
  readonly remoteServer?: string;
  /** The server that wrote the bounce (bare host name), when the status is its own. */
  readonly writer?: string;
  /** The recipient's domain. */
  readonly recipientDomain?: string;
  /** The SMTP reply code the refusing server gave ("521"). */
  readonly replyCode?: string;
  /** The SMTP command the reply answered ("MAIL", "RCPT"), where the bounce says it. */
  readonly command?: string;
  /** The sender's domain (the returned original's From, else its return path). */
  readonly senderDomain?: string;
  /** `text` read once by the caller; without it, bestMatch reads it itself. */
  readonly reply?: ReplyScan;
  /** A sender-verification challenge holds the message: its own meaning, whatever the words. */
  readonly challenge?: boolean;
}

/** A reply made ready once: its haystack, and the words a scan for all the providers' markers found in it. */
export interface ReplyScan {
  /** `haystackOf(text)`. */
  readonly haystack: string;
  /** Every provider marker the haystack holds (other words may be in it too). */
  readonly words: ReadonlySet<string>;
}

/** Sender-side causes (authentication, PTR, volume, TLS, connection caps) with a registry code of their own. */
const SENDER_SIDE: ReadonlySet<Reason> = new Set<Reason>([
  "authfailure",
  "requireptr",
  "speeding",
  "failedstarttls",
  "toomanyconn",
]);

/** Causes of a refusal with a meaning of their own (`REASON_MEANINGS`) or a registry code. */
const REFUSAL_CAUSES: ReadonlySet<Reason> = new Set<Reason>([
  ...SENDER_SIDE,
  ...(Object.keys(REASON_MEANINGS) as Reason[]),
]);

/**
 * Registry codes ("subject.detail") too broad for the causes listed: when the words name one,
 * the cause's own meaning explains more. x.7.0 / x.7.1 are security catch-alls; x.3.2 ("not
 * accepting network messages") is what Sendmail and Exchange give a connection cap; x.2.1
 * ("mailbox disabled") is what some servers give an unknown user ("550 5.2.1 ... User Unknown");
 * x.1.0 / x.1.2 on a give-up ("expired") are the sending server's word for its own failed
 * attempts (Haraka's "DNS lookup failure", "Tried all MXs"), not an address anyone refused.
 * x.5.0 ("other or undefined protocol status") is what many servers give any refusal: RFC 5321's
 * "550 Requested action not taken: mailbox unavailable", an unknown user, a full mailbox.
 * x.2.0 ("other or undefined mailbox status") is what some mailbox providers give a refusal of the
 * sender, not of the mailbox: Virgin Media's "5.2.0 Spam content found", Aruba's "5.2.0 ... spam
 * detected".
 */
const BROAD_CODES: Readonly<Record<string, ReadonlySet<Reason>>> = {
  // an unknown user refused under the security catch-all ("550 5.7.1 <a@b>: Recipient address
  // rejected: Recipient not found", Tuta's and other Postfix sites' access maps), and a message
  // too large ("554 5.7.0 Message Size Violation", a hosting provider's knowledge base)
  "7.0": new Set<Reason>([...REFUSAL_CAUSES, "userunknown", "mesgtoobig"]),
  // and a disabled or inactive mailbox refused under it ("540 5.7.1 <a@b>: recipient address
  // rejected: Inactive", Rambler's)
  "7.1": new Set<Reason>([...REFUSAL_CAUSES, "userunknown", "suspend"]),
  "3.2": new Set<Reason>(["toomanyconn"]),
  // a refusal cause (above), or the mailbox status the words name ("550 5.2.0 No such mailbox")
  "2.0": new Set<Reason>([...REFUSAL_CAUSES, "userunknown", "mailboxfull", "suspend"]),
  "2.1": new Set<Reason>(["userunknown"]),
  // a disabled account refused as an unknown address ("550 5.1.1 <a@b> recipient rejected, account
  // administratively disabled"), and a full mailbox ("552 5.1.1 5.2.2 sorry, final recipient
  // mailbox is full (chkuser)", Forpsi's list of its refusals; chkuser's own code for those words
  // is 5.2.2): the mailbox exists, so checking the spelling will not help
  "1.1": new Set<Reason>(["suspend", "mailboxfull"]),
  // the registry's x.7.13 is a sender's own account disabled at sign-in; given to RCPT ("525 5.7.13
  // <a@b>: Recipient address rejected: User account disabled") it is the recipient's mailbox
  "7.13": new Set<Reason>(["suspend"]),
  // "553 5.3.0 ... No such user here", "4.3.0 ... Disk quota exceeded": the mailbox the words
  // name, not the mail system's other status (the recipient's admin's)
  "3.0": new Set<Reason>(["userunknown", "mailboxfull", "suspend"]),
  // Exchange 2003's "5.4.0 The destination server for this recipient could not be found in DNS":
  // the recipient's domain, the address to check
  "4.0": new Set<Reason>(["hostunknown"]),
  // x.1.0 ("other address status") under words that say the mailbox is not there ("550 5.1.0 -
  // Unknown address error 550-'MAILBOX NOT FOUND'"): the unknown address, not a vaguer "something
  // about an address"; "550 5.1.0 Sender rejected": the sender refused, not an address that does
  // not exist; "550 5.1.0 Authentication required" (Comcast's and BigPond's relays, to MAIL FROM):
  // a sign-in the relay wants, not an address
  "1.0": new Set<Reason>(["expired", "userunknown", "rejected", "securityerror"]),
  // "550 5.1.2 Mailbox does not exist." (Stalwart, Strato): a mailbox, not the destination system;
  // Stalwart's "550 5.1.2 Relay not allowed.": a relay refusal, not an address to check
  "1.2": new Set<Reason>(["expired", "userunknown", "norelaying"]),
  "5.0": new Set<Reason>([
    ...REFUSAL_CAUSES,
    "userunknown",
    "hostunknown",
    "mailboxfull",
    "suspend",
    "filtered",
  ]),
};

/** Causes that are a server's setting: deferred or refused, the same meaning and owner. */
const SETTINGS: ReadonlySet<Reason> = new Set<Reason>(["norelaying"]);

/** Is `host` the domain or one of its subdomains? */
function within(host: string, domain: string | undefined): boolean {
  const d = domain?.toLowerCase();
  return d !== undefined && d !== "" && (host === d || host.endsWith(`.${d}`));
}

/**
 * Is `host` the domain's own server: the domain or one of its subdomains, or the domain's Exchange
 * Online MX, which Microsoft names after the domain with its dots as dashes
 * ("fabrikam-com.mail.protection.outlook.com" for fabrikam.com).
 */
function serverOf(host: string, domain: string | undefined): boolean {
  const d = domain?.toLowerCase();
  return (
    within(host, d) ||
    (d !== undefined && host === `${d.replace(/\./g, "-")}.mail.protection.outlook.com`)
  );
}

/**
 * Did the sender's own server refuse: the refusing host is in the sender's domain ("smtp.contoso.com"
 * for sam@contoso.com) or is its Exchange Online MX (an on-premises server routing its outgoing mail
 * through it, Microsoft's KB 2827473), the recipient's domain is another. Mail for another domain reaches such a
 * host only as the sending side's own outgoing relay.
 */
function refusedBySendersServer(input: MatchInput): boolean {
  const host = input.remoteServer?.toLowerCase();
  return (
    host !== undefined &&
    serverOf(host, input.senderDomain) &&
    !within(host, input.recipientDomain) &&
    !within(input.recipientDomain?.toLowerCase() ?? "", input.senderDomain)
  );
}

/**
 * Did the recipient's domain's own server refuse: the refusing host is in the recipient's domain
 * (or is its Exchange Online MX), the sender's domain is another. Its relay refusal is its own
 * domain not set up there, not the sending side's route.
 */
function refusedByRecipientsServer(input: MatchInput): boolean {
  const host = input.remoteServer?.toLowerCase();
  const recipient = input.recipientDomain?.toLowerCase();
  return (
    host !== undefined &&
    serverOf(host, recipient) &&
    !within(recipient ?? "", input.senderDomain) &&
    !within(input.senderDomain?.toLowerCase() ?? "", recipient)
  );
}

/** A cause's meaning for the side whose server refused (the sender's own, the recipient's own). */
function sideMeaning(input: MatchInput, meaning: Reason): CatalogEntry | undefined {
  if (refusedBySendersServer(input)) return OWN_SERVER_MEANINGS[meaning];
  return refusedByRecipientsServer(input) ? RECIPIENT_SERVER_MEANINGS[meaning] : undefined;
}

/**
 * The reason's own meaning (`REASON_MEANINGS`; for a deferral, `DEFERRED_REASON_MEANINGS` or a
 * setting's), else its registry entry in the status's class (or the recipient's), if the reason
 * has one.
 */
function reasonMatch(input: MatchInput, status: string | undefined): CatalogMatch | undefined {
  const meaning = input.wording ?? input.reason;
  if (meaning === undefined) return undefined;
  const cls = status?.[0] ?? (input.temporary ? "4" : "5");
  // a reason's own meaning tells a permanent refusal, and a setting that no retry changes ("454
  // 4.7.1 Relay access denied"); a deferral keeps the registry's words, but for a block of the
  // sending server ("451 4.7.1 ... listed"), which your admin lifts if it lasts
  const refused = cls === "5" || SETTINGS.has(meaning);
  const own =
    input.reasonByCode === true
      ? undefined
      : refused
        ? (sideMeaning(input, meaning) ?? REASON_MEANINGS[meaning])
        : DEFERRED_REASON_MEANINGS[meaning];
  if (own !== undefined) return { entry: own, confidence: "class", viaReason: meaning };
  const code = REASON_CODES[meaning];
  const entry = code === undefined ? undefined : ianaFor(`${cls}.${code}`);
  return entry && { entry, confidence: "class", viaReason: meaning };
}

/**
 * A reply's words alone, without its codes, the DSN's "(in reply to ...)", Courier's transcript
 * before the reply ("host [ip]: >>> RCPT TO:<x> <<< 421 ...", its delay warnings) and punctuation.
 */
function bareWords(haystack: string): string {
  return haystack
    .replace(/^[^]*?>>> [^]*?<<< /, "")
    .replace(/<<< /g, " ")
    .replace(/\(in reply to [^)]*\)/g, " ")
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** Words that name no cause, alone or followed by a retry request that names none either. */
function isBareDeferral(words: string): boolean {
  if (BARE_DEFERRAL_WORDS.includes(words)) return true;
  return RETRY_REQUESTS.some(
    (request) =>
      words.endsWith(` ${request}`) &&
      BARE_DEFERRAL_WORDS.includes(words.slice(0, -request.length - 1)),
  );
}

/**
 * A reply code's meaning in the RFCs (`REPLY_CODE_MEANINGS`), when the reply's words named no other
 * cause and its status says no more than the class, or is the code the RFCs pair with the reply
 * (RFC 7504's "521 5.3.2", "556 5.1.10"): not the engine's reason alone (521 read as a null MX) nor
 * the generating server's own meaning of that code.
 */
function replyMatch(
  reply: string,
  meaning: ReplyCodeMeaning,
  input: MatchInput,
  status: string | undefined,
): CatalogMatch | undefined {
  const own = meaning.deferral === true ? "4" : "5";
  // a deferral's meaning needs the notice's own temporary status: a give-up quoting a last 421
  // ("421 ... Deferred: Connection timed out") keeps its expiry
  const cls = status?.[0] ?? (own === "4" ? undefined : own);
  const code = input.command === "MAIL" ? (meaning.atMail ?? meaning.code) : meaning.code;
  // a reason filed from a causeless standard text names no cause, unless the status does
  const wordless =
    input.reason === undefined ||
    meaning.reasons.includes(input.reason) ||
    ((status === undefined || status.startsWith(".0.", 1)) &&
      saysOnlyStandardText(input.reply?.haystack ?? haystackOf(input.text ?? "")));
  if (cls !== own || !wordless) return undefined;
  // a status that names only the paired code's subject ("535 5.7.0 Invalid login or password":
  // x.7.0, "other security status") says no more than the reply code does
  const subjectOnly = status?.endsWith(".0") === true && status.slice(2, 3) === code.slice(0, 1);
  if (
    status !== undefined &&
    !status.startsWith(".0.", 1) &&
    status.slice(2) !== code &&
    !subjectOnly
  )
    return undefined;
  const entry =
    code === meaning.code
      ? (meaning.entry ?? ianaFor(`${own}.${code}`))
      : ianaFor(`${own}.${code}`);
  return entry && { entry, confidence: "code", viaReply: reply };
}

/** A registry status whose own meaning is a connection's fate (no answer, bad connection, ...). */
const NETWORK_STATUS = /^[45]\.4\.[1-7]$/;

/**
 * A text notice (Exim, Yahoo) gives no status for a reply without an enhanced code: the class a DSN
 * writer gives it ("451 Deferred" is Postfix's 4.0.0), when the notice agrees (a delay warning
 * quoting a 4xx, a failure quoting a 5xx), so the words any server writes are read as they would be
 * in a DSN. A give-up quoting its last 4xx keeps its own verdict.
 */
function replyClass(input: MatchInput): string | undefined {
  const cls = input.replyCode?.[0];
  return (cls === "4" && input.temporary) || (cls === "5" && !input.temporary)
    ? `${cls}.0.0`
    : undefined;
}

/** The first literal piece of every wording's texts: one pass rules most replies out. */
let wordingMarks: Marks | undefined;

/**
 * A meaning any server's words carry (greylisting), whatever code its software gave: after the
 * providers' and Microsoft's own texts, before a code's meaning.
 */
function wordingMatch(
  status: string | undefined,
  haystack: string,
  replied: boolean,
  temporary: boolean,
): CatalogMatch | undefined {
  // a code of its own ("452 4.3.2 try again later": the registry's busy receiver) says more
  const wordless = status?.startsWith("4") === true && saysOnlyNotNow(status, replied);
  if (wordless && isBareDeferral(bareWords(haystack)))
    return { entry: BARE_DEFERRAL, confidence: "exact" };
  wordingMarks ??= new Marks(
    WORDING_ENTRIES.flatMap((entry) => patternsOf(entry).map((p) => p.pieces[0] ?? "")),
  );
  if (!wordingMarks.in(haystack)) return undefined;
  // one meaning worded as a deferral and as a refusal: the status's class picks
  // (without a status, the notice's own verdict: a delay warning's or a failure's)
  const deferred = status === undefined ? temporary : status.startsWith("4");
  let found: CatalogMatch | undefined;
  for (const entry of WORDING_ENTRIES) {
    // the registry's own network meanings (x.4.1 to x.4.7) already say what these words say
    if (NETWORK_STATUS.test(status ?? "") && CONNECTION_ENTRIES.includes(entry)) continue;
    const { score, matched } = bestText(entry, haystack);
    if (score > 0) {
      const confidence: Confidence = status === undefined ? "token" : "exact";
      const match = ruleNamingBlockList({ entry, confidence, matchedText: matched }, haystack);
      if (deferred === undefined || entry.temporary === deferred) return match;
      found ??= match;
    }
  }
  return found;
}

/**
 * A rule's reasonless words followed by a block list's ("550 mail from <ip> rejected:
 * administrative prohibition (host is blacklisted)", Exim's ACL naming why it denied): the
 * rule's reason is a block list of the sending server, your admin's to lift, not a rule only
 * the recipient's side can read.
 */
function ruleNamingBlockList(match: CatalogMatch, haystack: string): CatalogMatch {
  if (!REASONLESS_RULES.includes(match.entry) || match.matchedText === undefined) return match;
  const rest = normaliseDiagnostic(haystack.split(match.matchedText.toLowerCase()).join(" "));
  if (wordingOf(rest, phrasesIn(rest))("blocked") === undefined) return match;
  const meanings = match.entry.temporary ? DEFERRED_REASON_MEANINGS : REASON_MEANINGS;
  return meanings.blocked === undefined ? match : { ...match, entry: meanings.blocked };
}

// --- the provider layer ------------------------------------------------------------------------

interface ProviderTable {
  readonly provider: ProviderIdentity;
  readonly index: CodeIndex<ProviderRow>;
}

/** Each table's rows indexed on its first use. */
const indexed = new WeakMap<ProviderCatalog, ProviderTable>();

/** The named provider's table, when it has been added (see ./providers/tables.ts). */
function tableOf(who: Identified): ProviderTable | undefined {
  const catalog = providerTable(who.provider.id);
  if (catalog === undefined) return undefined;
  let table = indexed.get(catalog);
  if (table === undefined) {
    table = { provider: catalog.provider, index: new CodeIndex(rowsOf(catalog)) };
    indexed.set(catalog, table);
  }
  return table;
}

/**
 * Which of a provider's rows a reply may select: all of them, or only the verdicts it writes as the
 * sending server (`ownBounce`), for a bounce it merely wrote or a refusal of its outgoing server
 * (the sender's own provider): its other rows read its inbound servers' replies.
 */
type Rows = "all" | "own-bounce";

function rowApplies(row: ProviderRow, rows: Rows): boolean {
  return rows === "all" || row.ownBounce;
}

/** The rows of a named provider's table that apply (see Rows). */
function rowsFor(who: Identified, input: MatchInput): Rows {
  return who.by === "writer" || sendersOwn(who, input) ? "own-bounce" : "all";
}

/**
 * A host named as an outgoing (submission) server: "smtp.gmail.com", "mail.gmx.net", "mout.gmx.net",
 * "smtp-mail.outlook.com"; never an inbound one ("gmail-smtp-in.l.google.com", "smtp-in.orange.fr",
 * "mx00.emig.gmx.net", "mta5.am0.yahoodns.net"). The big providers name them so; the same provider's
 * inbound servers also take mail for the companies it hosts (Google Workspace, IONOS).
 */
const OUTGOING_HOST =
  /^(?:smtps?|mail|mout|submit|submission|relay|out)(?:-?(?:mail|out|auth|relay))?\d*(?:\.|-(?!in\b))/;

/**
 * Is the provider named by the refusing host, an outgoing server of its own, the sender's own,
 * writing to someone elsewhere: it refused before the message left for the recipient.
 */
function sendersOwn(who: Identified, input: MatchInput): boolean {
  const sender = input.senderDomain?.toLowerCase();
  if (sender === undefined || who.by !== "host" || !OUTGOING_HOST.test(who.text)) return false;
  const { domains } = who.provider;
  return domains.includes(sender) && !domains.includes(input.recipientDomain?.toLowerCase() ?? "");
}

/** A provider's meaning found in the words: its marker, else its longest published text; the reason breaks ties. */
function providerTextMatch(
  table: ProviderTable,
  status: string | undefined,
  haystack: string,
  reason: Reason | undefined,
  rows: Rows,
): { row: ProviderRow; matched: string; by: "marker" | "text" } | undefined {
  // Empty words (a bounce that quotes no reply) hold no marker and no text.
  if (haystack === "") return undefined;
  let best: { row: ProviderRow; matched: string; by: "marker" | "text"; score: number } | undefined;
  for (const row of table.index.candidates(status)) {
    if (!rowApplies(row, rows)) continue;
    const marker = row.markers.find((m) => haystack.includes(m));
    const text = marker === undefined ? bestText(row.entry, haystack) : undefined;
    const base = marker !== undefined ? 10_000 + marker.length : (text?.score ?? 0);
    if (base === 0) continue;
    const score = base + (reason !== undefined && row.reasons.includes(reason) ? 0.5 : 0);
    if (best === undefined || score > best.score) {
      best =
        marker !== undefined
          ? { row, matched: marker, by: "marker", score }
          : { row, matched: text?.matched ?? "", by: "text", score };
    }
  }
  return best;
}

/**
 * A provider's meaning of the code alone: the one the engine's reason agrees with, else its first.
 * For a reply of its inbound servers, its meanings as a receiver come before the verdicts it writes
 * as the sender's own outgoing server (`ownBounce`): Gmail's 4.2.1 from its MX is a recipient
 * receiving too fast, not the sender's quota.
 */
function providerCodeMatch(
  table: ProviderTable,
  status: string,
  reason: Reason | undefined,
  which: Rows,
): ProviderRow | undefined {
  const rows = table.index.covering(status).filter((row) => rowApplies(row, which));
  const inbound = which === "all" ? rows.filter((row) => !row.ownBounce) : rows;
  const pool = inbound.length > 0 ? inbound : rows;
  return pool.find((row) => reason !== undefined && row.reasons.includes(reason)) ?? pool[0];
}

function viaProvider(
  who: Identified,
  row: ProviderRow,
  confidence: Confidence,
  rule: string,
  matchedText?: string,
): CatalogMatch {
  return {
    entry: row.entry,
    confidence,
    provider: who.provider,
    providerRule: `${who.provider.id}: ${who.by} ${who.text}; ${rule}`,
    ...(matchedText !== undefined ? { matchedText } : {}),
  };
}

/** The provider's meaning in the words (marker or text), first provider first. */
function providerStrong(
  named: readonly Identified[],
  status: string | undefined,
  haystack: string,
  input: MatchInput,
): CatalogMatch | undefined {
  for (const who of named) {
    const table = tableOf(who);
    const rows = rowsFor(who, input);
    const hit = table && providerTextMatch(table, status, haystack, input.reason, rows);
    if (hit !== undefined) {
      const confidence: Confidence = status === undefined ? "token" : "exact";
      return viaProvider(who, hit.row, confidence, `${hit.by} ${hit.matched}`, hit.matched);
    }
  }
  return undefined;
}

/** Do the words name a cause, read from them and not from the code, that this broad code covers? */
function causeOfBroadCode(status: string, input: MatchInput): boolean {
  return (
    input.reason !== undefined &&
    input.reasonByCode !== true &&
    BROAD_CODES[status.slice(2)]?.has(input.wording ?? input.reason) === true
  );
}

/** A code the provider publishes: its meaning, never the registry's (it may redefine the code). */
function providerByCode(
  named: readonly Identified[],
  status: string | undefined,
  input: MatchInput,
): CatalogMatch | undefined {
  if (status === undefined) return undefined;
  const { reason } = input;
  for (const who of named) {
    // A provider that only wrote the bounce may be reporting another server's code.
    if (who.provider.kind !== "receiver" || who.by === "writer") continue;
    const table = tableOf(who);
    const row = table && providerCodeMatch(table, status, reason, rowsFor(who, input));
    if (row !== undefined) {
      const agrees = reason !== undefined && row.reasons.includes(reason);
      // A broad code (x.7.1) whose words name another cause than every meaning the provider
      // gives it: Outlook.com's "550 5.7.1 The messages violates the DMARC policy of ..." is no
      // block list (its first 5.7.1), and the cause's own meaning follows.
      if (!agrees && causeOfBroadCode(status, input)) continue;
      return viaProvider(
        who,
        row,
        "code",
        agrees ? `code ${status}, reason ${reason}` : `code ${status}`,
      );
    }
  }
  return undefined;
}

/** The providers named by the refusing host, the bounce's writer or the reply's markers. */
function providersOf(input: MatchInput, haystack: string): Identified[] {
  return identifyProviders(PROVIDERS, {
    host: input.remoteServer?.toLowerCase(),
    writer: input.family === "other" ? input.writer?.toLowerCase() : undefined,
    haystack,
    recipientDomain: input.recipientDomain?.toLowerCase(),
    markers: input.reply?.words,
  });
}

/**
 * May a provider named only by the recipient's domain give the meaning of the bare code? Only
 * when no server is named as the one that refused and the status is not Microsoft's own: a relay
 * on the way, or Exchange Online itself, may write that code for a gmail.com recipient. Its
 * meaning in its own published words applies either way, after Microsoft's texts.
 */
function domainMayGiveCode(input: MatchInput): boolean {
  return input.family === "other" && (input.remoteServer ?? "") === "";
}

/** Does Microsoft's table give this code one meaning of its own (not the registry's generic one)? */
function hasOwnMeaning(status: string, family: ServerFamily): boolean {
  return (
    meaningsByCode(status, family)[0]?.source !== "iana" && SEED_INDEX.covering(status).length > 0
  );
}

const NONE: readonly Identified[] = [];

/** The named providers `keep` selects; no array made when none is named (most replies). */
function sift(
  list: readonly Identified[],
  keep: (who: Identified) => boolean,
): readonly Identified[] {
  return list.length === 0 ? NONE : list.filter(keep);
}

// Kinds of named providers, for sift().
const isReceiver = (who: Identified): boolean => who.provider.kind === "receiver";
const isBlockList = (who: Identified): boolean => who.provider.kind === "blocklist";
const isMicrosoft = (who: Identified): boolean => who.provider.microsoft === true;
const isNotMicrosoft = (who: Identified): boolean => who.provider.microsoft !== true;
const isNotByDomain = (who: Identified): boolean => who.by !== "domain";
/** Named by the refusing host, the writer or a marker, and not Microsoft-run. */
const isOwnByServer = (who: Identified): boolean => isNotByDomain(who) && isNotMicrosoft(who);
/** Named by the recipient's domain alone, and not Microsoft-run. */
const isOwnByDomain = (who: Identified): boolean => !isNotByDomain(who) && isNotMicrosoft(who);

/** Subjects whose registry meaning says no more than "refused": other (x.0.x) and policy (x.7.x). */
const WORDLESS_SUBJECTS: ReadonlySet<string> = new Set(["0", "7"]);

/** Is the status's subject one of WORDLESS_SUBJECTS? No status counts as "other" (x.0.x). */
function hasWordlessSubject(status: string | undefined): boolean {
  return WORDLESS_SUBJECTS.has(status?.split(".")[1] ?? "0");
}

/**
 * A deferral's status that says no more than "not now": a wordless subject, or, in a server's
 * reply (`replied`: it has a reply code), the mail system's other status (x.3.0, "other or
 * undefined mail system status"), which Gmail gives its passing failure ("451 4.3.0 Mail server
 * temporarily rejected message"). A local mailer's x.3.0 without one (Postfix's "x-unix; temporary
 * failure") is the recipient's system failing, not a receiver asking to be tried later.
 */
function saysOnlyNotNow(status: string, replied: boolean): boolean {
  return hasWordlessSubject(status) || (replied && status.slice(2) === "3.0");
}

/** The registry's meaning of a code, or its class's: no table's own words. */
export function isRegistryMeaning(entry: CatalogEntry): boolean {
  return entry.source === "iana" || entry.source === "rfc3463-class";
}

/**
 * A mailbox provider's reply that gives no reason, for a mailbox it runs itself (the recipient's
 * domain is one of its `domains`): the registry's meaning would hand it to the recipient's admin,
 * and there is none. Only for a registry or class meaning of a wordless subject, owned there, or a
 * deferral reply code's meaning (421), which says no more about the provider's own mailbox.
 */
function unexplained(
  named: readonly Identified[],
  input: MatchInput,
  status: string | undefined,
  haystack: string,
  match: CatalogMatch,
): CatalogMatch {
  const { entry } = match;
  if (
    status === undefined ||
    haystack === "" ||
    (entry.owner !== "recipient-admin" &&
      !(match.viaReply !== undefined && REPLY_CODE_MEANINGS[match.viaReply]?.deferral === true)) ||
    !isRegistryMeaning(entry) ||
    !hasWordlessSubject(status)
  )
    return match;
  const domain = input.recipientDomain?.toLowerCase() ?? "";
  const who = named.find((w) => w.provider.domains.includes(domain));
  if (who === undefined) return match;
  const row = status.startsWith("4") ? UNEXPLAINED.deferred : UNEXPLAINED.refused;
  return {
    entry: row,
    // the provider's meaning of the code it gave (not a guess from the class alone)
    confidence: "code",
    provider: who.provider,
    providerRule: `${who.provider.id}: ${who.by} ${who.text}; no reason given for its own mailbox at ${domain}`,
  };
}

/**
 * A refusal by the sender's own provider's outgoing server (see sendersOwn()): a meaning that
 * hands it to the recipient's side, the registry's or class meaning of a code that says only
 * "refused" (x.0.x, x.7.x), or the general sender refusal or spam verdict, gives way to the sending
 * side's meaning.
 */
function sentByOwnProvider(
  named: readonly Identified[],
  input: MatchInput,
  status: string | undefined,
  match: CatalogMatch,
): CatalogMatch {
  if (input.senderDomain === undefined) return match;
  const { entry } = match;
  const recipientSide = entry.owner === "recipient" || entry.owner === "recipient-admin";
  const generic = isRegistryMeaning(entry) && saysOnlyRefused(status);
  // the general sender refusal and spam verdict speak of the receiving side: here they are the
  // sending provider's (NetEase's "554 DT:SPM" from smtp.163.com: its outgoing filter)
  const receivingSide =
    entry === REASON_MEANINGS.rejected || entry === REASON_MEANINGS.spamdetected;
  if (!recipientSide && !generic && !receivingSide) return match;
  const who = named.find((w) => w.provider.kind === "receiver" && sendersOwn(w, input));
  if (who === undefined) return match;
  const temporary = status?.startsWith("4") ?? input.temporary;
  return {
    entry: temporary ? SENDING_PROVIDER.deferred : SENDING_PROVIDER.refused,
    confidence: "code",
    provider: who.provider,
    providerRule: `${who.provider.id}: ${who.by} ${who.text}; the sender's own provider (${input.senderDomain})`,
  };
}

/**
 * Does the registry's meaning of this status say only "refused"? Other (x.0.x), policy (x.7.x) and
 * "other address status" (x.1.0): an outgoing server's refusal does not fit them. A precise address
 * code ("5.1.3 bad address syntax") means what it says from any server.
 */
function saysOnlyRefused(status: string | undefined): boolean {
  return hasWordlessSubject(status) || status?.slice(2) === "1.0";
}

/**
 * The single best explanation. Never undefined. In order: a sender-verification challenge's
 * meaning (`CHALLENGE_ENTRY`, by the report's dialect); an automatic reply's or a complaint
 * report's meaning (`REPORT_KIND_ENTRIES`, by the reason); the identified receiver's own meaning in
 * its words; Microsoft's tables (text, token); a Microsoft-run receiver's meaning in its words
 * (Outlook.com: Microsoft's exact texts first); a block list the words name; words any server
 * may write (greylisting, `WORDING_ENTRIES`); the receiver's meaning of its code (never the registry's for a code it publishes); the code's meaning
 * (Microsoft's, then the registry's); the engine's reason for a vague code; the class fallback;
 * on a delay warning, the delay's own meaning (`DELAYED_ENTRY`) in place of the registry's expiry.
 */
export function bestMatch(input: MatchInput): CatalogMatch {
  if (input.challenge === true) return { entry: CHALLENGE_ENTRY, confidence: "exact" };
  // An automatic reply or a complaint report is no refusal, whatever words or code it carries.
  const ofKind = input.reason === undefined ? undefined : REPORT_KIND_ENTRIES[input.reason];
  if (ofKind !== undefined) return { entry: ofKind, confidence: "exact" };
  const status = normalizeStatus(input.status);
  const haystack =
    input.reply?.haystack ??
    (input.text === undefined || input.text === "" ? "" : haystackOf(input.text));
  const named = providersOf(input, haystack);
  const best = relayOfOwnServer(
    input,
    sentByOwnProvider(named, input, status, tablesMatch(input, status, haystack, named)),
  );
  // On a delay warning the registry's "delivery time expired" (x.4.7, a code or a reason alone)
  // says the opposite of the notice: the message has not expired, and nobody needs to act yet.
  return input.waiting === true && best.entry.source === "iana" && isExpiryMeaning(best.entry)
    ? { entry: DELAYED_ENTRY, confidence: best.confidence }
    : best;
}

/**
 * A relay refusal by the sender's own server (refusedBySendersServer) is the sending side's relay
 * setting, whichever of Microsoft's tables read the words: Exchange Online's "550 5.4.1 Relay Access
 * Denied" row names the recipient's domain's MX, but from the sender's own Exchange Online MX it is
 * the on-premises connector (KB 2827473). A provider's own row keeps its meaning.
 */
function relayOfOwnServer(input: MatchInput, match: CatalogMatch): CatalogMatch {
  const own = OWN_SERVER_MEANINGS.norelaying;
  const relay = (input.wording ?? input.reason) === "norelaying";
  if (own === undefined || !relay || match.provider !== undefined || match.entry === own)
    return match;
  return refusedBySendersServer(input) ? { entry: own, confidence: match.confidence } : match;
}

/** bestMatch() for a reply that is no automatic reply or complaint: the tables in their order. */
function tablesMatch(
  input: MatchInput,
  status: string | undefined,
  haystack: string,
  named: readonly Identified[],
): CatalogMatch {
  const receivers = sift(named, isReceiver);
  const own = sift(receivers, isOwnByServer);
  const microsoftRun = sift(receivers, isMicrosoft);
  const lists = sift(named, isBlockList);
  const domainOwn = sift(receivers, isOwnByDomain);
  // For a status another server wrote, the recipient's provider's own words say more than
  // Microsoft's generic texts; for one Exchange wrote, Microsoft's texts come first.
  // With no refusing host named (Yahoo's notice names none), the provider that runs the
  // recipient's domain is the server that answered: its own words for a software's text (Sohu's
  // "User unknown in local recipient table") come before the software's table, named by the words.
  const byDomain = (): CatalogMatch | undefined =>
    input.family === "other" ? providerStrong(domainOwn, status, haystack, input) : undefined;
  const byServer = (): CatalogMatch | undefined => providerStrong(own, status, haystack, input);
  const inWords =
    (input.remoteServer ?? "") === "" ? (byDomain() ?? byServer()) : (byServer() ?? byDomain());
  if (inWords !== undefined) return inWords;
  const beside = (): CatalogMatch | undefined => {
    const byText =
      bestSeedText(undefined, haystack, input.family, true) ??
      providerStrong(microsoftRun, status, haystack, input);
    if (byText !== undefined) return byText;
    const byCode =
      status === undefined
        ? undefined
        : meaningsByCode(status, input.family).find((entry) => entry.source !== "iana");
    return byCode === undefined ? undefined : { entry: byCode, confidence: "code" };
  };
  if (haystack !== "") {
    // Words any server writes ("User unknown") are Microsoft's meaning only in Microsoft's report,
    // where a Microsoft-run receiver is named (host, writer, marker or the recipient's domain), or
    // beside Exchange's own component words.
    const microsoftWords =
      input.family !== "other" || microsoftRun.length > 0 || namesExchangeComponent(haystack);
    const exact = bestSeedText(status, haystack, input.family, microsoftWords);
    if (exact !== undefined && !isOtherExchange(exact.entry, input)) return exact;
    // The other Exchange's meaning (Exchange Server's, with its PowerShell steps, on a notice
    // Exchange Online wrote) yields to a token the reply names: both flavours write the tokens.
    // The reply is searched for tokens only then, as before, not for every meaning found.
    const token = tokensIn(haystack)[0];
    if (exact !== undefined && (token === undefined || token.entry.stageOnly === true))
      return ownTwin(status, haystack, input) ?? exact;
    // A token naming only the stage yields to a Microsoft text beside it, whatever its code, a
    // Microsoft-run receiver's words, and Microsoft's own meaning of the code.
    if (token !== undefined) return (token.entry.stageOnly === true && beside()) || token;
  }
  const codeFrom = (list: readonly Identified[]): readonly Identified[] =>
    domainMayGiveCode(input) ? list : sift(list, isNotByDomain);
  const ownByCode = sift(codeFrom(receivers), isNotMicrosoft);
  const microsoftByCode = codeFrom(microsoftRun);
  // (For another server's status, the domain's provider's words were tried above.)
  const byProvider =
    (input.family === "other" ? undefined : providerStrong(domainOwn, status, haystack, input)) ??
    providerStrong(microsoftRun, status, haystack, input) ??
    providerStrong(lists, status, haystack, input) ??
    (haystack === ""
      ? undefined
      : wordingMatch(
          status ?? replyClass(input),
          haystack,
          input.replyCode !== undefined,
          input.temporary,
        )) ??
    providerByCode(ownByCode, status, input) ??
    (status !== undefined && !hasOwnMeaning(status, input.family)
      ? providerByCode(microsoftByCode, status, input)
      : undefined);
  if (byProvider !== undefined) return byProvider;
  // A code without a subject (5.0.0) or no code at all tells less than the reason read from the
  // text; so does a broad code (BROAD_CODES) when the words name a cause with a code of its own.
  const reply = input.replyCode;
  const byReply = reply === undefined ? undefined : REPLY_CODE_MEANINGS[reply];
  const vague =
    status === undefined ||
    // a normalized status's subject is "0" only as "x.0.y"
    status.startsWith(".0.", 1) ||
    causeOfBroadCode(status, input) ||
    (input.reason !== undefined &&
      input.reasonByCode !== true &&
      byReply?.outranks?.includes(input.reason) === true);
  // The registry's or the class meaning, unless the provider runs the mailbox (see unexplained()).
  const generic = (match: CatalogMatch): CatalogMatch =>
    unexplained([...ownByCode, ...microsoftByCode], input, status, haystack, match);
  const replied =
    reply !== undefined && byReply !== undefined
      ? replyMatch(reply, byReply, input, status ?? replyClass(input))
      : undefined;
  if (replied !== undefined) return generic(replied);
  if (status !== undefined) {
    const byCode = meaningsByCode(status, input.family)[0];
    // Microsoft's meaning of a broad code, by the code alone, says no more than the registry's
    // (Exchange gives a remote server's bare "550" its own 5.5.0)
    const registry = byCode === undefined || byCode.source !== "provider";
    if (byCode !== undefined && !(vague && registry))
      return generic({ entry: byCode, confidence: "code" });
  }
  const byReason = vague ? reasonMatch(input, status) : undefined;
  if (byReason !== undefined) return generic(byReason);
  if (status !== undefined) {
    const byCode = meaningsByCode(status, input.family)[0];
    if (byCode !== undefined) return generic({ entry: byCode, confidence: "code" });
  }
  // A code no table knows (Exchange Online's 5.4.310, 5.1.351) tells only its class and subject:
  // the reason read from the words says more.
  return generic(
    reasonMatch(input, status) ?? {
      entry: classMatch(status, input.temporary, input.reason === "delivered"),
      confidence: "class",
    },
  );
}
