// The shape of one catalog entry: one meaning of a code (or token), in the product's own words.
import type { CatalogSource, EntryAdvice, Localized } from "../types";

export interface CatalogEntry extends EntryAdvice {
  /** "5.1.1", a range "4.7.500-699", a pair "5.4.6/5.4.14", or "" (matches any code by text). */
  readonly code: string;
  /**
   * The SMTP texts this meaning is known by; the first is its title. `<name>`, `[$Name]` and
   * `$name` are placeholders that match any text.
   */
  readonly texts: readonly string[];
  /** The refusal's name, where the first text is none (a reference code, placeholders). */
  readonly title?: string;
  /** For a provider's entry: the provider's id ("gmail") and its page for senders on this meaning. */
  readonly provider?: string;
  readonly page?: string;
  /**
   * Known only by its words: the code alone does not select it. For a meaning the generating
   * server always words the same way, when other servers' replies under the same code mean
   * something else (Exchange Online's submission quota vs a remote "552 5.2.2 Mailbox full").
   */
  readonly byTextOnly?: boolean;
  /**
   * Of `texts`, those other mail software writes too (Postfix's "User unknown", RFC 5321's
   * "Requested action not taken: mailbox unavailable"). They select a Microsoft meaning only
   * where a Microsoft server wrote the words: its advice (X.500 proxies, Exchange's queue) fits
   * no other server.
   */
  readonly commonTexts?: readonly string[];
  /**
   * An Exchange token that names only the stage that failed ("STOREDRV.Submit"), not why: a
   * Microsoft text of any code beside it ("message size exceeds ...") says more.
   */
  readonly stageOnly?: boolean;
  /**
   * A delay that no server retries: a person decides (a mailing list holds the post for its
   * moderator). Its notice says neither that the server keeps trying nor to wait for a retry.
   */
  readonly heldForReview?: boolean;
  /**
   * The words are a sending server's own verdict (Exim's retry hints and DNS lookups, Postfix's SMTP
   * client, the operating system's network errors): its steps are for that server, whichever
   * server's notice quotes them.
   */
  readonly sendersOwn?: boolean;
  /**
   * What the summary and the cause say of the message still waiting or of the sending server
   * retrying it ("The message waits in your server's queue."): true only while it retries, so it
   * is told after its text on any notice but a final one, and left out once the server has given
   * up (diagnosis/retries.ts). Each part is written to follow its text as it stands.
   */
  readonly whileRetrying?: WhileRetrying;
  /**
   * Where a deferral that lasted the whole retry period (a give-up) points, when the meaning says
   * such a deferral does not pass by waiting: greylisting whose retries never counted, a probe or
   * lookup that failed for days, a recipient cap the sending server never split, and every
   * meaning whose own words say who acts "if it lasts" (a busy receiver, a rate limit: after days
   * of retries it has lasted). A give-up of it leads with that fix and offers no "wait an hour"
   * (diagnose, LASTING_DEFERRAL).
   */
  readonly lastingDeferral?: LastingDeferral;
  /**
   * The cause tells the failing domain's own records or setup as what is wrong ("the record is
   * missing", "a service that sends as your domain but is missing from the record"): where that
   * domain is a public mail service's (gmail.com), whose records no sender can change, the cause
   * is told as public-domain-steps.ts words it instead (diagnosis/public-domain.ts).
   */
  readonly ownRecordsCause?: boolean;
}

/**
 * The fix a deferral given up on calls for: the sending side's admin, the receiving side's admin,
 * the recipient themselves (their own forwarding), the address, fewer recipients, the sender's
 * own step (the message's size or form, the password), the sender's own account (its sending
 * limit, a stolen password).
 */
export type LastingDeferral =
  | "sending-side"
  | "receiving-side"
  | "recipient"
  | "address"
  | "recipient-count"
  | "sender"
  | "own-account";

/** The parts of a summary and a cause that hold only while the sending server retries. */
export interface WhileRetrying {
  readonly summary?: Localized;
  readonly cause?: Localized;
}

/** Microsoft's own tables: their entries are worded for Microsoft's notices. */
export const MICROSOFT_SOURCES: ReadonlySet<CatalogSource> = new Set([
  "exchange-online",
  "exchange-server",
  "both",
]);

/** Builds a text in both languages (keeps the data files short). */
export function t(en: string, ja: string): Localized {
  return { en, ja };
}
