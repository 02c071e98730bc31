// The returned original's facts: Subject, From, To/Cc, Message-ID, Date, Received hops (oldest
// first, with the delay between hops) and Authentication-Results.
import { defined } from "../defined";
import type { HeaderField } from "../dialects/types";
import { addressesIn } from "../dialects/common/text-addresses";
import { isMailbox } from "../mailbox";
import type { Hop, OriginalMessage } from "../types";

/**
 * Every mailbox of address-list header values, each once ("a@b" <a@b> names one), in order:
 * the resend form puts them back in To and Cc, as written.
 */
function addressList(values: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    for (const address of addressesIn(value, { asWritten: true })) {
      if (!isMailbox(address)) continue;
      const key = address.toLowerCase();
      if (!byKey.has(key)) byKey.set(key, address);
    }
  }
  return [...byKey.values()];
}

/** The host (or protocol) after a Received clause's keyword. */
const CLAUSES = {
  from: /(?:^|\s)from\s+([^\s;()]{1,255})/i,
  by: /(?:^|\s)by\s+([^\s;()]{1,255})/i,
  with: /(?:^|\s)with\s+([^\s;()]{1,255})/i,
} as const;

/** A hop's clauses; `delaySeconds` is left for receivedHops to add. */
function hop(value: string): { -readonly [K in keyof Hop]: Hop[K] } {
  const semi = value.lastIndexOf(";");
  const date = semi >= 0 ? value.slice(semi + 1).trim() : undefined;
  const head = semi >= 0 ? value.slice(0, semi) : value;
  const from = CLAUSES.from.exec(head)?.[1];
  const by = CLAUSES.by.exec(head)?.[1];
  const via = CLAUSES.with.exec(head)?.[1];
  // built field by field (not with defined()): one object per hop, keys in this order
  const out: { -readonly [K in keyof Hop]: Hop[K] } = {};
  if (from) out.from = from;
  if (by) out.by = by;
  if (via) out.with = via;
  if (date) out.date = date;
  return out;
}

/** A date's time, without a trailing "(comment)" such as "(JST)"; NaN when it does not parse. */
export function timeOf(date: string): number {
  // the date is trimmed, so only one ending in ")" can carry the comment
  return Date.parse(date.endsWith(")") ? date.replace(/\s*\([^()]*\)\s*$/, "") : date);
}

/** Received hops oldest first (`fields` lists the newest first); delaySeconds where this hop's
 * and the previous hop's dates parse. */
function receivedHops(fields: readonly HeaderField[]): Hop[] {
  const hops: Hop[] = [];
  let previous: number | undefined;
  for (let i = fields.length - 1; i >= 0; i--) {
    const h = hop((fields[i] as HeaderField).value);
    const time = h.date ? timeOf(h.date) : NaN;
    if (Number.isNaN(time)) {
      hops.push(h);
      continue;
    }
    if (previous !== undefined) h.delaySeconds = Math.round((time - previous) / 1000);
    previous = time;
    hops.push(h);
  }
  return hops;
}

const DKIM_DOMAIN = /(?:^|;)\s*d=([^;\s]{1,253})/i;

/** The values of `fields`. */
function values(fields: readonly HeaderField[]): string[] {
  return fields.map((h) => h.value);
}

export function originalMessage(headers: readonly HeaderField[]): OriginalMessage {
  // one pass over the fields, not one per fact: a returned original has dozens of them; the
  // others' values are never decoded
  let subject: HeaderField | undefined;
  let from: HeaderField | undefined;
  let messageId: HeaderField | undefined;
  let date: HeaderField | undefined;
  let returnPath: HeaderField | undefined;
  const to: HeaderField[] = [];
  const cc: HeaderField[] = [];
  const received: HeaderField[] = [];
  const spf: HeaderField[] = [];
  const dkim: HeaderField[] = [];
  const auth: HeaderField[] = [];
  for (const h of headers) {
    switch (h.name) {
      case "subject":
        subject ??= h;
        break;
      case "from":
        from ??= h;
        break;
      case "message-id":
        messageId ??= h;
        break;
      case "date":
        date ??= h;
        break;
      case "return-path":
        returnPath ??= h;
        break;
      case "to":
        to.push(h);
        break;
      case "cc":
        cc.push(h);
        break;
      case "received":
        received.push(h);
        break;
      case "received-spf":
        spf.push(h);
        break;
      case "dkim-signature":
        dkim.push(h);
        break;
      case "authentication-results":
        auth.push(h);
        break;
    }
  }
  // values read (and decoded, which may warn) in the order they always were
  const subjectValue = subject?.value;
  const fromValue = from?.value;
  const messageIdValue = messageId?.value;
  const dateValue = date?.value;
  const returnPathValue = returnPath?.value;
  const receivedSpf = values(spf);
  const dkimDomains: string[] = [];
  for (const h of dkim) {
    const domain = DKIM_DOMAIN.exec(h.value)?.[1];
    if (domain !== undefined) dkimDomains.push(domain);
  }
  return defined({
    subject: subjectValue,
    from: fromValue,
    to: addressList(values(to)),
    cc: addressList(values(cc)),
    messageId: messageIdValue,
    date: dateValue,
    returnPath: returnPathValue,
    received: receivedHops(received),
    authenticationResults: values(auth),
    receivedSpf: receivedSpf.length > 0 ? receivedSpf : undefined,
    dkimDomains: dkimDomains.length > 0 ? dkimDomains : undefined,
  });
}
