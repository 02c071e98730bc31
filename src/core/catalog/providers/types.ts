// The shape of a provider's published error table: who the provider is (how a bounce names it) and
// one entry per meaning, in our own words. Matching and precedence live in ../match.ts, not here.
import type { EntryAdvice, Reason } from "../../types";
import type { CatalogEntry } from "../types";

/** How a bounce names the receiver (or filter, or block list) that wrote the refusal. */
export interface ProviderIdentity {
  /** Stable id, the prefix of its entries' ids: "gmail", "outlook-com", "spamhaus". */
  readonly id: string;
  /** The name people know: "Gmail / Google Workspace". */
  readonly name: string;
  /** The provider's page for senders (its error table or postmaster page). */
  readonly page: string;
  /**
   * Host suffixes of its mail servers (".google.com"): matched against the remote server, and the
   * generating server when it is not Microsoft's. Reuse the reason engine's list where it has one.
   */
  readonly hosts: readonly string[];
  /** Lower-case words its replies carry ("gsmtp", "[tss04]", "mimecast"): the provider wrote it. */
  readonly markers: readonly string[];
  /** Recipient domains it hosts ("gmail.com"); weaker: used only for a reply from a remote server. */
  readonly domains: readonly string[];
  /**
   * "receiver": a mailbox provider or filter that writes its own replies. "blocklist": a list any
   * receiver may name; found only by its markers, and tried after the receiver's own table.
   */
  readonly kind: "receiver" | "blocklist";
  /**
   * Microsoft's own consumer service (Outlook.com): its codes are Microsoft-generated, so the
   * Exchange tables' exact texts keep winning and its entries apply by text or marker only.
   */
  readonly microsoft?: boolean;
  /**
   * A catch-all for block lists not described here: it names no list of its own, so the list is
   * the zone the reply names ("blocked using bl.example.net").
   */
  readonly anyList?: boolean;
}

/**
 * One meaning in a provider's table. What holds only while the sending server retries, where a
 * deferral given up on points and the sending server's own verdict are CatalogEntry's fields.
 */
export interface ProviderEntry
  extends
    Omit<EntryAdvice, "source">,
    Pick<CatalogEntry, "whileRetrying" | "lastingDeferral" | "sendersOwn" | "ownRecordsCause"> {
  /** Codes it is published with: "5.7.26", "4.7.0/5.7.1", "5.7.500-699", or "" (any code). */
  readonly code: string;
  /**
   * The provider's own phrasings, as published; the first is the title. `<name>`, `[$Name]`
   * and `$name` are placeholders that match any text (same rules as the Exchange tables).
   */
  readonly texts: readonly string[];
  /**
   * The refusal's name as the user sees it, where the first text is none: a reference code
   * ("[TSS04]", "DT:SPM", "AUP#CXBL") or a text with placeholders.
   */
  readonly title?: string;
  /** The provider's own reference codes found in the reply ("[tss04]", "(s3150)", "cs01"), lower-case. */
  readonly markers?: readonly string[];
  /** The engine's reasons that agree with this meaning: decide between entries of one code. */
  readonly reasons?: readonly Reason[];
  /** The provider's page for this meaning, when more precise than the provider's page. */
  readonly page?: string;
  /**
   * A verdict the provider writes in its own bounce as the sending server (the recipient's domain
   * does not exist, your sending limit): the only entries a bounce it merely wrote can select,
   * since its other bounces quote another server's reply.
   */
  readonly ownBounce?: boolean;
}

/** One provider file's export. */
export interface ProviderCatalog {
  readonly provider: ProviderIdentity;
  readonly entries: readonly ProviderEntry[];
}
