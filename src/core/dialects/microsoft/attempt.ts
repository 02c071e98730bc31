// One server answer as an Exchange NDR prints it, and how several answers for one recipient
// become the recipient's facts.
import { userSentenceReason } from "./user-sentences";
import { defined } from "../../defined";
import type { Evidence, Reason } from "../../types";
import type { DecodedRecipient } from "../types";
import { smtpCodes, squeeze } from "./lines";
import { EXCHANGE_TOKENS, reasonOfToken } from "./tokens";
import { microsoftVerdict } from "./verdict";

/** SMTP reply codes RFC 5321 and its extensions define; Exchange sometimes prints others (441). */
const KNOWN_REPLIES = new Set([
  "211",
  "214",
  "220",
  "221",
  "235",
  "250",
  "251",
  "252",
  "253",
  "334",
  "354",
  "421",
  "422",
  "430",
  "432",
  "450",
  "451",
  "452",
  "453",
  "454",
  "455",
  "458",
  "459",
  "500",
  "501",
  "502",
  "503",
  "504",
  "521",
  "523",
  "524",
  "530",
  "534",
  "535",
  "538",
  "550",
  "551",
  "552",
  "553",
  "554",
  "555",
  "556",
  "557",
]);

export interface Attempt {
  /** The server's words, without Exchange's wrapping ('...', #...##). */
  readonly diagnostic: string;
  readonly status?: string;
  readonly replyCode?: string;
  readonly remoteServer?: string;
  /** The line(s) as found, for evidence. */
  readonly line: string;
}

/** "Remote Server at mx.example.com (192.0.2.1) returned '": bounded, the host captured. */
export const RETURNED = /server(?: at (\S{1,255})[^']{0,300}?)? returned '/i;

/** "<host #5.0.0 smtp;550 ...>" or "< #5.5.0 smtp;550 ...>" as a reply's whole text. */
const WRAPPED =
  /^<\s*([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})?\s*#([245]\.\d{1,3}\.\d{1,3}) ?smtp; ?(.{1,1000}?)\s*>$/i;

/**
 * The wrapper's status when the reply has none: X.5.0 is Exchange's "the SMTP server refused",
 * no more than the reply's class, so the reply's code and words are read instead.
 */
function wrapperStatus(status: string | undefined): string | undefined {
  return status === undefined || /^[45]\.5\.0$/.test(status) ? undefined : status;
}

/**
 * The same line in Exchange's other languages ("Le serveur à l'adresse h (ip) a retourné '...'",
 * "リモート サーバー h (ip) から '...' が返されました"): the words around it are localized, the
 * server's reply in its quotes is not. From a quote that opens a reply code and status to the
 * line's last quote.
 */
const QUOTED_REPLY = /'([245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b.*)'/;

/**
 * The quoted reply of a localized answer line: not one quoted inside a reply of the line's own
 * ("550 5.7.0 Proxy session setup failed on Frontend with '554 5.4.4 ...'").
 */
export function localizedReply(text: string): RegExpExecArray | undefined {
  const quoted = QUOTED_REPLY.exec(text);
  return quoted && !/\b[245]\.\d{1,3}\.\d{1,3}\b/.test(text.slice(0, quoted.index))
    ? quoted
    : undefined;
}

/** The last host name before a localized answer's quoted reply, the IP beside it left out. */
function hostBefore(text: string): string | undefined {
  const names = text.match(/[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,63}\b/g);
  return names?.[names.length - 1];
}

/** Reads one answer line: "#550 5.1.1 ...##", "Remote Server at h (ip) returned '...'", plain text. */
export function readAttempt(line: string): Attempt {
  const text = squeeze(line);
  const returned = RETURNED.exec(text);
  const quoted = returned ? undefined : localizedReply(text);
  // "mx.example.com #550 5.7.1 ... ##": the answering host before Exchange's hash
  const hashed =
    returned || quoted ? undefined : /^([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}) (#.*)$/.exec(text);
  const said = returned
    ? text.slice(returned.index + returned[0].length).replace(/'$/, "")
    : quoted?.[1];
  const answer = said ?? unwrapHash(hashed?.[2] ?? text);
  // "<mx.example.com #5.5.0 smtp;550 Mailbox unavailable>": Exchange's own status before the
  // receiver's reply; the reply's words and codes are what the receiver said.
  const wrapped = WRAPPED.exec(answer);
  const diagnostic = wrapped?.[3] ?? answer;
  const host =
    returned?.[1] ??
    (quoted ? hostBefore(text.slice(0, quoted.index)) : undefined) ??
    hashed?.[1] ??
    wrapped?.[1];
  const codes = smtpCodes(diagnostic);
  const replyCode =
    codes.replyCode && KNOWN_REPLIES.has(codes.replyCode) ? codes.replyCode : undefined;
  return defined({
    diagnostic,
    line: text,
    status: codes.status || wrapperStatus(wrapped?.[2]),
    replyCode,
    remoteServer: host ? host.replace(/\.$/, "") : undefined,
  });
}

/** "#550 5.1.1 RESOLVER...; not found ##" and "#< #5.1.1 smtp;550 ...> #SMTP#" without the hashes. */
function unwrapHash(text: string): string {
  return text
    .replace(/^#<?\s*/, "")
    .replace(/>?\s*#SMTP#$/i, "")
    .replace(/\s*##$/, "")
    .trim();
}

/** True while a multi-line answer is still open (a quote or a ## not yet closed). */
export function isOpen(text: string): boolean {
  const t = text.trim();
  if (/returned '/i.test(t)) return !t.endsWith("'");
  if (/^(?:\S+ )?#/.test(t)) return !/##$|#SMTP#$/i.test(t);
  return false;
}

/** Exchange's own line on its delay notice, newest: the remote server's answers are older. */
const OWN_DELAY = /^400 4\.4\.7 message delayed$/i;

/**
 * The remote server's last answer, when it names a cause of its own: a failure to reach the
 * server (x.4.x, "451 4.4.0 Primary target IP address responded with...") is Exchange's status,
 * and the delay's own 4.4.7 says as much.
 */
function remoteAnswer(attempt: Attempt | undefined): Attempt | undefined {
  return attempt?.status && !/^\d\.4\./.test(attempt.status) ? attempt : undefined;
}

export interface RecipientDraft {
  readonly address: string;
  readonly addressEvidence: Evidence;
  remoteServer?: string;
  readonly attempts: Attempt[];
  /** The user section's sentence under the recipient's line ("The recipient's mailbox is full
   * ..."): its only words where the administrators' section was not pasted. */
  userWords?: string;
}

/** What the report says around the recipients: the receiving server and who wrote the report. */
export interface ReportContext {
  readonly receivingServer?: string;
  readonly generatingServer?: string;
}

/**
 * The recipient's facts from its answers, newest first as Exchange lists them. When the newest is
 * Exchange's own queue verdict (QUEUE.Expired), the status of the answer that made the queue
 * give up is the informative one; the reason stays "expired". When it is the delay notice's own
 * "400 4.4.7 Message delayed", the remote server's last answer is (a full mailbox, say).
 */
export function toRecipient(
  draft: RecipientDraft,
  action: string | undefined,
  context: ReportContext,
): DecodedRecipient {
  const [first, ...older] = draft.attempts;
  const evidence: Evidence[] = [draft.addressEvidence];
  if (!first) {
    if (draft.userWords)
      evidence.push({ fact: "diagnostic", source: "body", text: draft.userWords });
    return defined({
      address: draft.address,
      action: action || undefined,
      diagnostic: draft.userWords || undefined,
      reason: draft.userWords ? userSentenceReason(draft.userWords) : undefined,
      evidence,
      remoteServer: draft.remoteServer || undefined,
    });
  }
  const token = draft.attempts
    .map((a) => reasonOfToken(a.diagnostic, EXCHANGE_TOKENS))
    .find((t) => t !== undefined);
  const cause =
    token?.token === "queue.expired"
      ? older.find((a) => a.status && a.status !== first.status)
      : OWN_DELAY.test(first.diagnostic)
        ? remoteAnswer(older[0])
        : undefined;
  const chosen = cause ?? first;
  const remoteServer =
    draft.remoteServer ?? first.remoteServer ?? cause?.remoteServer ?? context.receivingServer;
  evidence.push({ fact: "diagnostic", source: "body", text: first.line });
  if (cause)
    evidence.push({ fact: "status", source: "body", field: "earlier attempt", text: cause.line });
  if (token)
    evidence.push({ fact: "reason", source: "body", field: "exchange token", text: token.token });
  // no other server answered: the generating server's own verdict, read by Microsoft's table
  const verdict =
    token || remoteServer
      ? undefined
      : microsoftVerdict(context.generatingServer, chosen.status, first.diagnostic);
  if (verdict) evidence.push(verdict.evidence);
  const reason: Reason | undefined = token?.reason ?? verdict?.reason;
  const diagnostic = cause ? `${first.diagnostic} / ${cause.diagnostic}` : first.diagnostic;
  return defined({
    address: draft.address,
    action: action || undefined,
    diagnostic,
    evidence,
    status: chosen.status || undefined,
    replyCode: chosen.replyCode || undefined,
    remoteServer: remoteServer || undefined,
    reason: reason || undefined,
    preciseStatus: cause?.status ? true : undefined,
  });
}
