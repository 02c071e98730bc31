// The reason classifier's input, and the per-provider rule tables it consults.
import type { BounceKind, Evidence, Reason } from "../types";

/**
 * What is known about one recipient when its reason is decided. A field may be left out or
 * undefined alike: the input is read, never kept, so callers need not strip it.
 */
export interface ReasonInput {
  readonly kind: BounceKind;
  readonly status?: string | undefined;
  readonly replyCode?: string | undefined;
  readonly diagnostic?: string | undefined;
  readonly action?: string | undefined;
  readonly remoteServer?: string | undefined;
  readonly command?: string | undefined;
  /** Diagnostic-Code's type ("smtp", "x-unix", ...). */
  readonly diagnosticType?: string | undefined;
  /** The recipient's address; its domain can name the receiving provider. */
  readonly address?: string | undefined;
  /** A reason a dialect decoder is sure of; it wins unless it is a weak one. */
  readonly explicit?: Reason | undefined;
}

export interface ReasonResult {
  readonly reason: Reason;
  readonly evidence: Evidence;
}

/** One rule of a receiving provider: a status (exact, or "5.7.606-649" range) and/or a text, and its reason. */
export interface ProviderRule {
  readonly status?: string;
  /** Lower-case substring of the diagnostic. */
  readonly text?: string;
  /**
   * A provider's numbered code: the number that follows `marker` ("aup#") in the diagnostic,
   * within `range` ("1300-1340", or one number).
   */
  readonly code?: { readonly marker: string; readonly range: string };
  /** The SMTP command the rule is limited to ("RCPT", "DATA", ...). */
  readonly command?: string;
  readonly reason: Reason;
}

/** A receiving provider's rules, chosen when the remote or generating host ends with one of `hosts`. */
export interface ProviderRules {
  readonly id: string;
  readonly hosts: readonly string[];
  readonly rules: readonly ProviderRule[];
}
