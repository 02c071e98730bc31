// A domain list's refusal (Spamhaus DBL, SURBL, URIBL, NordSpam's DBL) tells the sender two steps,
// one for a reply that names the sender's own address or server name as listed and one for a
// reply that names none (a link, then). Where the reply does name it, in the forms receivers
// write (Postfix's "Sender address [..]", "Helo command [..]" and "Client host [name]" before
// "blocked using", Microsoft's "MailFrom domain listed" and "Helo domain is listed"), only the
// first applies, said as a fact: the seventh help-desk review's row 27 left the user to read the
// reply to choose.
import { YOU } from "../catalog/providers/steps";
import type { CatalogEntry } from "../catalog/types";

/** The sender's own name before a domain list's verdict (a client host's name, not its IP). */
const SENDER_NAME_LISTED =
  /\b(?:sender address \[[^\]]*\] blocked using|helo command \[[^\]]*\] blocked using|client host \[(?![\d.:]+\])[^\]]+\] blocked using|(?:mailfrom|helo) domain (?:is )?listed)\b/;

/** The entry as told for this reply: its one step that applies, where the reply names the sender. */
export function forNamedSender(entry: CatalogEntry, diagnostic: string): CatalogEntry {
  if (!entry.fix.includes(YOU.domainListed)) return entry;
  if (!SENDER_NAME_LISTED.test(diagnostic.toLowerCase())) return entry;
  return {
    ...entry,
    fix: entry.fix.flatMap((step) =>
      step === YOU.domainListed ? [YOU.senderNameListed] : step === YOU.linkListed ? [] : [step],
    ),
  };
}
