// Which providers a refusal names: by the remote server's host, the reply's own markers, and the
// recipient's domain. Data comes from the provider files; the host-suffix index is the reason
// engine's, so both layers name a provider the same way.
import { positionsNaming, type HostNamed } from "../../reason/match";
import { SubstringIndex } from "../../reason/substring-index";
import type { ProviderIdentity } from "./types";

export type IdentifiedBy = "host" | "writer" | "marker" | "domain";

export interface Identified {
  readonly provider: ProviderIdentity;
  readonly by: IdentifiedBy;
  /** What named it: the host, the marker, the domain. */
  readonly text: string;
}

export interface IdentifyInput {
  /** The server that refused, when the bounce names one. */
  readonly host?: string | undefined;
  /** The server that wrote the bounce, when the status is its own (not Microsoft's). */
  readonly writer?: string | undefined;
  /** The server's words, lower-case. */
  readonly haystack: string;
  /** The recipient's domain, lower-case. */
  readonly recipientDomain?: string | undefined;
  /**
   * The markers `haystack` holds, when the caller scanned it already: a set holding every
   * marker it holds (other words may be in it too).
   */
  readonly markers?: ReadonlySet<string> | undefined;
}

/** A provider list made ready once: its host and domain indexes, its receivers and block lists. */
interface Prepared {
  readonly hosts: readonly HostNamed[];
  readonly domains: readonly HostNamed[];
  readonly receivers: readonly ProviderIdentity[];
  readonly lists: readonly ProviderIdentity[];
  /**
   * Every provider's markers, found in one pass over the words (not one search per marker). Made
   * on first use: diagnose() passes the markers it found, and each thread would build it for nothing.
   */
  markers: SubstringIndex | undefined;
  readonly markerSet: ReadonlySet<string>;
}

const NO_MARKERS: ReadonlySet<string> = new Set();

function holdsAny(words: ReadonlySet<string>, markers: ReadonlySet<string>): boolean {
  for (const word of words) if (markers.has(word)) return true;
  return false;
}

const prepared = new WeakMap<readonly ProviderIdentity[], Prepared>();

function prepare(providers: readonly ProviderIdentity[]): Prepared {
  let ready = prepared.get(providers);
  if (ready === undefined) {
    ready = {
      hosts: providers.map((p) => ({ hosts: p.hosts })),
      // A receiver's hosts name its own domains too ("yahoo.com"); block lists host no mailboxes.
      domains: providers.map((p) => ({
        hosts: p.kind === "receiver" ? [...p.domains, ...p.hosts] : [],
      })),
      receivers: providers.filter((p) => p.kind === "receiver"),
      lists: providers.filter((p) => p.kind === "blocklist"),
      markers: undefined,
      markerSet: new Set(providers.flatMap((p) => p.markers)),
    };
    prepared.set(providers, ready);
  }
  return ready;
}

/**
 * The providers a refusal names, strongest first: the refusing host, the bounce's writer, the
 * reply's markers, then the recipient's domain (receivers only; named even when a host is, since a
 * host naming no provider says nothing against it); block lists named in the words come last.
 */
export function identifyProviders(
  providers: readonly ProviderIdentity[],
  input: IdentifyInput,
): Identified[] {
  const ready = prepare(providers);
  const { hosts, domains, receivers, lists, markerSet } = ready;
  const words =
    input.markers ?? (ready.markers ??= new SubstringIndex(markerSet)).find(input.haystack);
  // A caller's set may hold other words: without a marker among them, no provider loop below.
  const named = holdsAny(words, markerSet) ? words : NO_MARKERS;
  const found: Identified[] = [];
  const add = (provider: ProviderIdentity | undefined, by: IdentifiedBy, text: string): void => {
    if (provider !== undefined && !found.some((f) => f.provider.id === provider.id)) {
      found.push({ provider, by, text });
    }
  };
  // The recipient's domain is the weakest sign (a relay on the way may refuse mail for
  // gmail.com): the matcher decides what it may select.
  const domain = input.recipientDomain ?? "";
  const byDomain = domain === "" ? [] : positionsNaming(domains, domain).map((at) => providers[at]);
  const byMarker = (list: readonly ProviderIdentity[]): void => {
    if (named.size === 0) return;
    // Networks sharing one platform write the same codes (Virgin Media's and Ziggo's MXIN): the
    // one that runs the recipient's domain comes first.
    const shared = byDomain.filter(
      (p): p is ProviderIdentity => p !== undefined && list.includes(p),
    );
    for (const provider of [...shared, ...list]) {
      const marker = provider.markers.find((m) => named.has(m));
      if (marker !== undefined) add(provider, "marker", marker);
    }
  };
  const host = input.host ?? "";
  if (host !== "") for (const at of positionsNaming(hosts, host)) add(providers[at], "host", host);
  const writer = input.writer ?? "";
  if (writer !== "") {
    for (const at of positionsNaming(hosts, writer)) add(providers[at], "writer", writer);
  }
  byMarker(receivers);
  for (const provider of byDomain) add(provider, "domain", domain);
  byMarker(lists);
  return found;
}
