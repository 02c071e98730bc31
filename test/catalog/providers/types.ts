// One table-driven case of a provider's published refusal, and what its explanation must say.
import type { Owner } from "../../../src/core/types";

export interface ProviderCase {
  /** A short label for the test name. */
  readonly name: string;
  /** The whole SMTP reply as the provider publishes it (a multi-line reply as "550-5.7.26 ... 550 5.7.26 ..."). */
  readonly reply: string;
  /** The enhanced status code the bounce carries. */
  readonly status: string;
  /** The refusing host, as a bounce names it; leave out to test the reply's markers alone. */
  readonly remote?: string;
  /**
   * The Exchange server that writes Microsoft's wrappings (exo-*), for a reply its source shows in
   * an on-premises Exchange Server's report (defaults to an Exchange Online host): Exchange Online
   * gives its own meaning to some of the same words.
   */
  readonly writer?: string;
  /** The failed recipient (defaults to kim@fabrikam.example). */
  readonly recipient?: string;
  readonly expected: {
    /** The catalog entry id. */
    readonly id: string;
    readonly owner: Owner;
    readonly temporary: boolean;
    /** Terms and facts that must appear in the English words (summary, cause, steps). */
    readonly words: readonly string[];
    /** Terms that must appear in the Japanese words (defaults to the facts among `words`). */
    readonly wordsJa?: readonly string[];
  };
}
