// Address checks for a recipient that was not found: a mistyped domain, a stale X.500 / autocomplete entry.
import type { AddressHint, OriginalMessage } from "../types";
import { domainOfAddress } from "./facts";
import { KNOWN_DOMAINS, TLD_TYPOS } from "./known-domains";
import { ownValue } from "../own";

/** editDistance's table, grown when a pair of labels needs more. */
let table = new Int32Array(64 * 64);

/** Optimal string alignment distance (a swap of two neighbours counts as one edit), capped at max + 1. */
function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // One flat table, row i at i * width, reused from call to call: an array per row was half of
  // this function's time.
  const width = b.length + 1;
  if (table.length < (a.length + 1) * width) table = new Int32Array((a.length + 1) * width);
  const d = table;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = i * width;
    d[row] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[row - width + j] as number) + 1,
        (d[row + j - 1] as number) + 1,
        (d[row - width + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[row - 2 * width + j - 2] as number) + 1);
      }
      d[row + j] = best;
    }
  }
  return Math.min(d[a.length * width + b.length] as number, max + 1);
}

function splitDomain(domain: string): { label: string; suffix: string } {
  const dot = domain.indexOf(".");
  return dot < 0
    ? { label: domain, suffix: "" }
    : { label: domain.slice(0, dot), suffix: domain.slice(dot + 1) };
}

/** The suffix with its last label's typo fixed: "co.con" -> "co.com". */
function fixSuffix(suffix: string): string {
  const dot = suffix.lastIndexOf(".");
  const last = suffix.slice(dot + 1);
  const fixed = ownValue(TLD_TYPOS, last);
  return fixed === undefined ? suffix : suffix.slice(0, dot + 1) + fixed;
}

/** The known domains split once, not for every address checked. */
const KNOWN = KNOWN_DOMAINS.map((domain) => ({ domain, ...splitDomain(domain) }));
const IS_KNOWN: ReadonlySet<string> = new Set(KNOWN_DOMAINS);

interface Candidate {
  readonly domain: string;
  readonly label: string;
  readonly suffix: string;
}

/**
 * The domain the user most likely meant, or undefined when the domain looks intended: one of
 * `nearby` (the other domains of the same message, the sender's own and the other recipients',
 * which a user types most often) or a popular mailbox domain, at one or two typing slips.
 */
export function suggestDomain(domain: string, nearby: readonly string[] = []): string | undefined {
  const d = domain.toLowerCase();
  if (IS_KNOWN.has(d)) return undefined;
  const { label, suffix } = splitDomain(d);
  const fixed = fixSuffix(suffix);
  const near: Candidate[] = [];
  for (const n of nearby) {
    const domain = n.toLowerCase();
    if (domain !== d) near.push({ domain, ...splitDomain(domain) });
  }
  let best: { domain: string; cost: number } | undefined;
  // The message's own domains first: at the same cost they win over a popular domain.
  for (const k of near.length === 0 ? KNOWN : [...near, ...KNOWN]) {
    if (k.suffix !== suffix && k.suffix !== fixed) continue;
    // Short labels (aol, msn, me) are too close to real domains to judge.
    const limit = k.label.length >= 6 ? 2 : k.label.length === 5 ? 1 : 0;
    const distance = editDistance(label, k.label, limit);
    if (distance > limit) continue;
    const cost = distance + (k.suffix === suffix ? 0 : 1);
    if (cost > 0 && (best === undefined || cost < best.cost)) best = { domain: k.domain, cost };
  }
  if (best !== undefined) return best.domain;
  return fixed !== suffix ? `${label}.${fixed}` : undefined;
}

/** The domains of the returned original's sender and recipients, once each (suggestDomain). */
export function messageDomains(original: OriginalMessage | undefined): string[] {
  if (original === undefined) return [];
  const domains = new Set<string>();
  for (const address of [original.from, original.returnPath, ...original.to, ...original.cc]) {
    const domain = domainOfAddress(address);
    if (domain !== undefined) domains.add(domain.toLowerCase());
  }
  return [...domains];
}

const X500 = /\/o=[^/]{1,64}\/ou=/i;

/** An Exchange X.500 (legacyExchangeDN) address, as is or encapsulated ("IMCEAEX-..."). */
export function isX500(address: string): boolean {
  return address.toLowerCase().startsWith("imceaex-") || X500.test(address);
}

/**
 * Hints about the failed address: a stale X.500 entry from autocomplete, or a likely typo in the
 * domain of `written`, the address the user wrote (writtenAddress): the failed address, or the
 * one an alias or forward rewrote into it. `nearby`: the message's other domains (suggestDomain).
 */
export function addressHints(
  address: string,
  diagnostic: string,
  written: string | undefined = address,
  nearby: readonly string[] = [],
): AddressHint[] {
  const hints: AddressHint[] = [];
  const x500 = isX500(address) || X500.test(diagnostic);
  if (x500) {
    hints.push({
      kind: "x500-address",
      text: {
        en: "The address is an internal Exchange (X.500 / legacyExchangeDN) address, not a normal email address: it came from an old autocomplete entry or an old message.",
        ja: "このアドレスは通常のメール アドレスではなく、Exchange 内部の X.500 (legacyExchangeDN) アドレスです。古いオートコンプリートの候補や古いメッセージから来ています。",
      },
    });
  }
  if (x500 || /exrecipnotfound/i.test(diagnostic)) {
    hints.push({
      kind: "stale-autocomplete",
      text: {
        en: "Outlook probably offered an out-of-date entry for this person. Remove it from the suggestions (the X next to it) and pick the person again from the address book.",
        ja: "Outlook が古い候補を出した可能性があります。候補から削除し (横の X)、アドレス帳から選び直してください。",
      },
    });
  }
  const at = written?.lastIndexOf("@") ?? -1;
  const suggestion =
    written !== undefined && at > 0 && !x500
      ? suggestDomain(written.slice(at + 1).toLowerCase(), nearby)
      : undefined;
  if (written !== undefined && suggestion !== undefined) {
    const corrected = `${written.slice(0, at)}@${suggestion}`;
    hints.push({
      kind: "domain-typo",
      suggestion: corrected,
      text: {
        en: `The domain looks mistyped: did you mean ${corrected}?`,
        ja: `ドメインの入力ミスの可能性があります。${corrected} ではありませんか？`,
      },
    });
  }
  return hints;
}
