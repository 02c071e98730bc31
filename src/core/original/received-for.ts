// The address a failed recipient was first sent to, from the returned original alone, for a
// server that reports no original of its own (OpenSMTPD expands an alias and names only the
// member): the one envelope recipient its Received headers name ("for <x>"), when the original's
// To or Cc shows it and does not show the failed address. With two envelope recipients a server
// names none, or each its own: nothing is told then.
import type { HeaderField } from "../dialects/types";
import { isMailbox } from "../mailbox";
import { sameMailbox } from "../same-mailbox";
import { addressKey, addresseeKeys } from "./addressees";
import type { OriginalMessage, RecipientFacts } from "../types";

const FOR = /\sfor\s+<([^<>\s]{1,320})>/i;

/** The one address the Received headers name as the envelope recipient, or undefined. */
function receivedFor(
  headers: readonly HeaderField[],
): { address: string; text: string } | undefined {
  let one: { address: string; text: string } | undefined;
  for (const h of headers) {
    if (h.name !== "received") continue;
    const m = FOR.exec(h.value);
    const address = m?.[1];
    if (m === null || address === undefined || !isMailbox(address)) continue;
    if (one !== undefined && !sameMailbox(one.address, address)) return undefined;
    one ??= { address, text: m[0].trim() };
  }
  return one;
}

/** The recipients, each failed one the original's To and Cc do not show given that address. */
export function withReceivedFor(
  recipients: readonly RecipientFacts[],
  original: Pick<OriginalMessage, "to" | "cc"> | undefined,
  headers: readonly HeaderField[] | undefined,
): readonly RecipientFacts[] {
  if (original === undefined || headers === undefined) return recipients;
  const written = addresseeKeys(original);
  const sent = written.size > 0 ? receivedFor(headers) : undefined;
  if (sent === undefined || !written.has(addressKey(sent.address))) return recipients;
  return recipients.map((r) =>
    r.originalRecipient !== undefined || !r.address || written.has(addressKey(r.address))
      ? r
      : Object.assign({}, r, {
          originalRecipient: sent.address,
          evidence: [
            ...r.evidence,
            { fact: "originalRecipient", source: "attachment", field: "Received", text: sent.text },
          ],
        }),
  );
}
