// The contract between the MIME/DSN layer and the dialect decoders (one file per kind of bounce).
import type { BounceKind, Evidence, Reason } from "../types";

/** One header field, unfolded and RFC 2047-decoded. `name` is lower-case. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** One per-recipient block of a message/delivery-status part (RFC 3464 / RFC 6533). */
export interface DsnRecipient {
  readonly finalRecipient: string | undefined;
  readonly originalRecipient: string | undefined;
  readonly action: string | undefined;
  readonly status: string | undefined;
  readonly remoteMta: string | undefined;
  readonly diagnosticCode: string | undefined;
  readonly diagnosticType: string | undefined;
  readonly lastAttemptDate: string | undefined;
  readonly willRetryUntil: string | undefined;
  /** Every field of the block, lower-case names, for evidence and vendor extensions (X-...). */
  readonly fields: readonly HeaderField[];
}

/** A parsed message/delivery-status part. */
export interface DeliveryStatus {
  readonly reportingMta?: string;
  readonly arrivalDate?: string;
  readonly receivedFromMta?: string;
  readonly messageFields: readonly HeaderField[];
  readonly recipients: readonly DsnRecipient[];
}

/** What a dialect decoder sees: the bounce decoded into text, with its structured parts. */
export interface BounceSource {
  /** The bounce's own top-level headers. */
  readonly headers: readonly HeaderField[];
  readonly subject: string;
  readonly from: string;
  /** Content-Type of the top-level message, lower-case "type/subtype". */
  readonly contentType: string;
  /**
   * The human-readable text of the bounce: every text/plain part (or text/html turned into
   * text where there is no plain part), decoded to Unicode, LF line ends, in message order.
   */
  readonly text: string;
  /** The message/delivery-status (or global-delivery-status) part, parsed. */
  readonly deliveryStatus?: DeliveryStatus;
  /**
   * The delivery-status fields were read from the text (a report's details pasted under its
   * notice, a report flattened to text): a paste may hold only some of its blocks.
   */
  readonly deliveryStatusInText?: true;
  /** Headers of the returned original (message/rfc822, text/rfc822-headers, or quoted in text). */
  readonly originalHeaders?: readonly HeaderField[];
  /** message/feedback-report fields (ARF, RFC 5965). */
  readonly feedbackReport?: readonly HeaderField[];
}

/** One recipient as a decoder found it; the pipeline fills in what is missing. */
export interface DecodedRecipient {
  readonly address: string;
  /**
   * The address the message was first sent to, where an alias, list or forward turned it into
   * `address`: a DSN's Original-Recipient, or the words of a text report (original-in-words.ts).
   */
  readonly originalRecipient?: string;
  readonly action?: string;
  readonly status?: string;
  readonly replyCode?: string;
  readonly diagnostic?: string;
  readonly remoteServer?: string;
  readonly command?: string;
  /** A reason the decoder knows for sure (e.g. from an Exchange token); otherwise classified. */
  readonly reason?: Reason;
  /**
   * True when `status` is more precise than the DSN's own Status: the remote answer behind a
   * local queue verdict (Exchange's QUEUE.Expired 4.4.7). The merge then keeps the decoder's.
   */
  readonly preciseStatus?: boolean;
  /**
   * True when `diagnostic` says more than the DSN's Diagnostic-Code: a list manager's report,
   * whose code field holds only the registry's phrase and whose text says why. The merge keeps it.
   */
  readonly preciseDiagnostic?: boolean;
  readonly evidence: readonly Evidence[];
}

/** What a decoder returns for a message it recognises. */
export interface DecodedBounce {
  readonly recipients: readonly DecodedRecipient[];
  readonly kind?: BounceKind;
  readonly generatingServer?: string;
  readonly evidence: readonly Evidence[];
}

/** A decoder for one kind of bounce (one MTA's or provider's layout). */
export interface Dialect {
  /** Stable id, used in `BounceReport.dialect`: "exchange2007", "postfix", ... */
  readonly id: string;
  /** Cheap test: is this bounce likely of this kind? */
  readonly detect: (src: BounceSource) => boolean;
  /** Full decode; undefined when it finds nothing after all. */
  readonly decode: (src: BounceSource) => DecodedBounce | undefined;
}
