// Source: Exchange Server transport tokens (RESOLVER., QUEUE., SMTPSEND., STOREDRV.) as printed in
// NDRs, Exchange 5.5-2003 MSEXCH error numbers, and the reason Sisimai gives each (Exchange2007 and
// Exchange2003 decoders), so results compare with Sisimai's.
import type { Reason } from "../../types";

/** An Exchange token (or the lower-case start of one) and the reason it means. */
export interface TokenReason {
  readonly token: string;
  readonly reason: Reason;
}

/** Exchange 2007+ tokens, most specific first; matched as lower-case substrings of the diagnostic. */
export const EXCHANGE_TOKENS: readonly TokenReason[] = [
  // the recipient does not exist (ExRecipNotFound: stale X.500 / legacyExchangeDN entry)
  { token: "resolver.adr.recipnotfound", reason: "userunknown" },
  { token: "resolver.adr.recipientnotfound", reason: "userunknown" },
  { token: "resolver.adr.exrecipnotfound", reason: "userunknown" },
  { token: "storedrv.submit; invalid recipient address", reason: "userunknown" },
  // Exchange Online's own wrappers (5.x.35x) around a remote server's answer, named by its meaning
  { token: "remote server returned message detected as spam", reason: "spamdetected" },
  // the 5.1.351 wrapper around a remote server's "no such user" at RCPT
  {
    token: "remote server returned unknown recipient or mailbox unavailable",
    reason: "userunknown",
  },
  // directory or routing set-up problems on the sending side
  { token: "resolver.adr.badprimary", reason: "systemerror" },
  { token: "resolver.adr.invalidinsmtp", reason: "systemerror" },
  { token: "resolver.adr.ambiguous", reason: "systemerror" },
  { token: "resolver.adr.reciplimit", reason: "toomanyconn" },
  // restrictions set on the recipient (size, authenticated senders only, allowed senders)
  { token: "resolver.rst.recipsizelimit", reason: "mesgtoobig" },
  { token: "resolver.rst.sendsizelimit", reason: "mesgtoobig" },
  { token: "resolver.rst.authrequired", reason: "securityerror" },
  { token: "resolver.rst.notauthorized", reason: "rejected" },
  { token: "resolver.rst.restrictedto", reason: "rejected" },
  // the queue gave up before the next hop accepted the message
  { token: "queue.expired", reason: "expired" },
  // DNS: the recipient's domain has no such name / MX points back at ourselves
  { token: "smtpsend.dns.nonexistentdomain", reason: "hostunknown" },
  { token: "smtpsend.dns.mxloopback", reason: "networkerror" },
  { token: "smtpsend.barelinefeedsareillegal", reason: "contenterror" },
  // the next hop advertised a smaller SIZE than the message
  { token: "smtpsend.overadvertisedsize", reason: "mesgtoobig" },
  // the sender went over its sending limit (554 5.2.0 STOREDRV.Submission.Exception:
  // SubmissionQuotaExceededException, Microsoft's Exchange Online sending limits): before the
  // mailbox quota below, whose token is the end of this one
  { token: "submissionquotaexceededexception", reason: "speeding" },
  // mailbox store: over quota, or the mailbox is being flooded
  { token: "quotaexceededexception", reason: "mailboxfull" },
  { token: "storedrv.deliver; mailbox full", reason: "mailboxfull" },
  { token: "mapiexceptionshutoffquotaexceeded", reason: "mailboxfull" },
  { token: "storedrv.deliver; recipient thread limit exceeded", reason: "speeding" },
];

/** Exchange 5.5-2003 "MSEXCH:IMS:... (000C05A6)" error numbers. */
export const MSEXCH_CODES: Readonly<Record<string, Reason>> = {
  "000C05A6": "userunknown", // unknown recipient
  "000C0595": "filtered", // ambiguous recipient
  "000B099C": "onhold", // host unknown / size limit / remote error: no single cause
  "000B09AA": "onhold", // unable to relay / size limit
  "000B09B6": "onhold", // the remote MTA's own error
  "00010256": "systemerror", // too many recipients
  "000D06B5": "systemerror", // no proxy address for the recipient
  "00120270": "networkerror", // too many hops
  "00050311": "contenterror", // conversion to Internet format failed
  "000502CC": "contenterror", // conversion to Internet format failed
  "000B0981": "securityerror", // the server does not support AUTH
};

/** Exchange 2000-2003 plain-English explanations and their reasons (lower-case substrings). */
export const EXCHANGE2003_PHRASES: readonly TokenReason[] = [
  { token: "the e-mail account does not exist", reason: "userunknown" },
  { token: "the recipient name is not recognized", reason: "userunknown" },
  { token: "the e-mail address could not be found", reason: "userunknown" },
  { token: "mailbox is full", reason: "mailboxfull" },
  { token: "could not be found in domain name service", reason: "hostunknown" },
  { token: "could not deliver the message in the time limit specified", reason: "expired" },
  { token: "message was rejected because it was too large", reason: "mesgtoobig" },
];

/** The first entry whose token occurs in `text` (compared lower-case). */
export function reasonOfToken(
  text: string,
  table: readonly TokenReason[],
): TokenReason | undefined {
  const lower = text.toLowerCase();
  return table.find((t) => lower.includes(t.token));
}
