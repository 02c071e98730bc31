// Which providers a refusal names: by the remote server's host, the reply's own markers, and the
// recipient's domain. Data comes from the provider files; the host-suffix index is the reason
// engine's, so both layers name a provider the same way.
import { positionsNaming } from "../../reason/match";
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
}

/** Hosts and recipient domains in one list, so one suffix index serves both. */
function hostList(providers: readonly ProviderIdentity[]): { hosts: readonly string[] }[] {
  return providers.map((p) => ({ hosts: p.hosts }));
}

const lists = new WeakMap<readonly ProviderIdentity[], { hosts: readonly string[] }[]>();
const domainLists = new WeakMap<readonly ProviderIdentity[], { hosts: readonly string[] }[]>();

function cached(
  map: WeakMap<readonly ProviderIdentity[], { hosts: readonly string[] }[]>,
  providers: readonly ProviderIdentity[],
  make: () => { hosts: readonly string[] }[],
): { hosts: readonly string[] }[] {
  let list = map.get(providers);
  if (list === undefined) {
    list = make();
    map.set(providers, list);
  }
  return list;
}

/**
 * The providers a refusal names, strongest first: the refusing host, then the reply's markers,
 * then the recipient's domain (receivers only); block lists named in the words come last.
 */
export function identifyProviders(
  providers: readonly ProviderIdentity[],
  input: IdentifyInput,
): Identified[] {
  const found: Identified[] = [];
  const add = (provider: ProviderIdentity | undefined, by: IdentifiedBy, text: string): void => {
    if (provider !== undefined && !found.some((f) => f.provider.id === provider.id)) {
      found.push({ provider, by, text });
    }
  };
  const hosts = cached(lists, providers, () => hostList(providers));
  if (input.host !== undefined && input.host !== "") {
    for (const at of positionsNaming(hosts, input.host)) add(providers[at], "host", input.host);
  }
  if (input.writer !== undefined && input.writer !== "") {
    for (const at of positionsNaming(hosts, input.writer))
      add(providers[at], "writer", input.writer);
  }
  const receivers = providers.filter((p) => p.kind === "receiver");
  for (const provider of receivers) {
    const marker = provider.markers.find((m) => input.haystack.includes(m));
    if (marker !== undefined) add(provider, "marker", marker);
  }
  // The recipient's domain names its provider only when no other server is named as the one
  // that refused (a relay on the way may refuse mail for gmail.com).
  const domain = input.host === undefined || input.host === "" ? input.recipientDomain : undefined;
  if (domain !== undefined && domain !== "") {
    const byDomain = cached(domainLists, providers, () =>
      providers.map((p) => ({ hosts: p.kind === "receiver" ? [...p.domains, ...p.hosts] : [] })),
    );
    for (const at of positionsNaming(byDomain, domain)) add(providers[at], "domain", domain);
  }
  for (const provider of providers) {
    if (provider.kind !== "blocklist") continue;
    const marker = provider.markers.find((m) => input.haystack.includes(m));
    if (marker !== undefined) add(provider, "marker", marker);
  }
  return found;
}
