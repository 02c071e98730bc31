// The returned original's facts: Subject, From, To/Cc, Message-ID, Date, Received hops (oldest
// first, with the delay between hops) and Authentication-Results.
import { defined } from "../defined";
import type { HeaderField } from "../dialects/types";
import type { Hop, OriginalMessage } from "../types";

const ADDRESS = /[^\s<>"'(),;:]{1,64}@[A-Za-z0-9.-]{1,255}/g;

/** Addresses in an address-list header value ("A <a@x>, b@y"). */
export function addressesIn(value: string): string[] {
  const out: string[] = [];
  if (!value.includes("@")) return out;
  // an exec loop on one regex: matchAll would clone the regex on every call
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(value); m; m = ADDRESS.exec(value)) out.push(m[0]);
  return out;
}

/** Every address of address-list header values, each once ("a@b" <a@b> names one), in order. */
function addressList(values: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    for (const address of addressesIn(value)) {
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
function timeOf(date: string): number {
  // the date is trimmed, so only one ending in ")" can carry the comment
  return Date.parse(date.endsWith(")") ? date.replace(/\s*\([^()]*\)\s*$/, "") : date);
}

/** Received hops oldest first; delaySeconds where this hop's and the previous hop's dates parse. */
export function receivedHops(headers: readonly HeaderField[]): Hop[] {
  const hops: Hop[] = [];
  let previous: number | undefined;
  // headers list the newest hop first
  for (let i = headers.length - 1; i >= 0; i--) {
    const field = headers[i] as HeaderField;
    if (field.name !== "received") continue;
    const h = hop(field.value);
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

/** The header fields the facts are read from; the others' values are never decoded. */
const FACT_FIELDS = new Set([
  "subject",
  "from",
  "message-id",
  "date",
  "return-path",
  "received-spf",
  "dkim-signature",
  "to",
  "cc",
  "authentication-results",
]);

export function originalMessage(headers: readonly HeaderField[]): OriginalMessage {
  // one pass over the fields, not one per fact: a returned original has dozens of them
  const byName = new Map<string, HeaderField[]>();
  for (const h of headers) {
    if (!FACT_FIELDS.has(h.name)) continue;
    const fields = byName.get(h.name);
    if (fields) fields.push(h);
    else byName.set(h.name, [h]);
  }
  // values are read (and decoded) only for the fields used
  const get = (name: string): string | undefined => byName.get(name)?.[0]?.value;
  const all = (name: string): string[] => (byName.get(name) ?? []).map((h) => h.value);
  const subject = get("subject");
  const from = get("from");
  const messageId = get("message-id");
  const date = get("date");
  const returnPath = get("return-path");
  const receivedSpf = all("received-spf");
  const dkimDomains: string[] = [];
  for (const v of all("dkim-signature")) {
    const domain = /(?:^|;)\s*d=([^;\s]{1,253})/i.exec(v)?.[1];
    if (domain !== undefined) dkimDomains.push(domain);
  }
  return defined({
    subject,
    from,
    to: addressList(all("to")),
    cc: addressList(all("cc")),
    messageId,
    date,
    returnPath,
    received: receivedHops(headers),
    authenticationResults: all("authentication-results"),
    receivedSpf: receivedSpf.length > 0 ? receivedSpf : undefined,
    dkimDomains: dkimDomains.length > 0 ? dkimDomains : undefined,
  });
}
