// analyze(input) -> BounceReport: read the bounce, tell what kind it is, decode its recipients
// (dialects first, merged with the RFC 3464 report; a generic scan last), then finish each one.
// Never throws: any failure becomes a report with a plain-language warning.
import { noticeStage } from "./analysis/delay";
import { withSectionActions } from "./analysis/sections";
import { isDeliveryProblem } from "./kinds";
import { genericRecipients } from "./analysis/generic";
import { finishRecipient, normalizeAddress } from "./analysis/finish";
import { hasBounceSigns } from "./analysis/signs";
import { autoReplyRecipient, feedbackRecipients } from "./analysis/special";
import { CHALLENGE_DIALECT, challengeRecipient } from "./analysis/challenge";
import { defined } from "./defined";
import { dialects } from "./dialects";
import type {
  BounceSource,
  DecodedBounce,
  DecodedRecipient,
  Dialect,
  DsnRecipient,
} from "./dialects/types";
import { fromDsn, mergeRecipients, missingFromPastedReport } from "./dsn/recipients";
import { withReceivedFor } from "./original/received-for";
import { isMailbox } from "./mailbox";
import { headerValue } from "./mime/headers";
import { originalMessage } from "./original/facts";
import { readBounce } from "./source";
import { listMembershipNotice } from "./dialects/mta/listmanager";
import type {
  AnalyzeInput,
  BounceKind,
  BounceReport,
  Evidence,
  EvidenceSource,
  RecipientFacts,
} from "./types";

/** The recipients whose address is a mailbox: a reader's guess at anything else is no recipient. */
function mailboxesOnly(recipients: readonly DecodedRecipient[]): DecodedRecipient[] {
  return recipients.filter((r) => isMailbox(normalizeAddress(r.address)));
}

interface DialectRun {
  /** The first dialect that recognises the bounce and finds recipients in it. */
  readonly found?: { readonly id: string; readonly decoded: DecodedBounce };
  /** Else the first that recognised its layout but found no mailbox in it. */
  readonly recognised?: string;
  /** That layout's answers read without an address (a pasted part that left the address out). */
  readonly unnamed?: readonly DecodedRecipient[];
}

/** Recipients a decoder read with no address at all but with the server's words. */
function unnamedOnly(recipients: readonly DecodedRecipient[]): DecodedRecipient[] {
  return recipients.filter((r) => r.address === "" && r.diagnostic);
}

function runDialects(src: BounceSource): DialectRun {
  let recognised: string | undefined;
  let unnamed: DecodedRecipient[] = [];
  // an index loop: for-of costs an iterator step per dialect in baseline code, 25 per bounce
  for (let i = 0; i < dialects.length; i++) {
    const dialect = dialects[i] as Dialect;
    if (!dialect.detect(src)) continue;
    const decoded = dialect.decode(src);
    const recipients = decoded ? mailboxesOnly(decoded.recipients) : [];
    if (!decoded || recipients.length === 0) {
      if (recognised === undefined) {
        recognised = dialect.id;
        unnamed = decoded ? unnamedOnly(decoded.recipients) : [];
      }
      continue;
    }
    // a copy only when a guess was dropped: a spread is a slow copy in V8
    const kept =
      recipients.length === decoded.recipients.length ? decoded : { ...decoded, recipients };
    return { found: { id: dialect.id, decoded: kept } };
  }
  if (recognised === undefined) return {};
  return unnamed.length > 0 ? { recognised, unnamed } : { recognised };
}

/**
 * The kind the recipients' actions say, when the decoder did not say. A recipient without an
 * action failed, whatever its code: a report that is no delay warning is the final one.
 */
function kindOf(recipients: readonly DecodedRecipient[]): BounceKind {
  const actions = recipients.map(
    (r) => r.action ?? (r.status?.startsWith("2") ? "delivered" : "failed"),
  );
  for (const kind of ["failed", "delayed", "delivered", "relayed", "expanded"] as const) {
    if (actions.includes(kind)) return kind;
  }
  return "failed";
}

/**
 * Recipients of a text report without actions: "delayed" when the notice says delivery is
 * still being tried. A report without a status part has no other word for it.
 */
function stillTried(
  src: BounceSource,
  recipients: readonly DecodedRecipient[],
): readonly DecodedRecipient[] {
  if (recipients.length === 0 || recipients.every((r) => r.action)) return recipients;
  if (noticeStage(src) !== "delayed") return recipients;
  // Our conclusion from the notice's words, not a line of it: the pane shows no inferred fact
  // under "What the report says".
  const evidence: Evidence = {
    fact: "action",
    source: "inferred",
    field: "notice",
    text: "the notice says delivery is still being tried",
  };
  return recipients.map((r) =>
    r.action ? r : { ...r, action: "delayed", evidence: [...r.evidence, evidence] },
  );
}

/**
 * Recipients of a report that says the server gave up (noticeStage "final"): a block still marked
 * "delayed" is failed, since nothing will retry it, and expired, since it was given up on after
 * temporary failures (nullmailer's notice past its queue lifetime says no more). Undefined when
 * nothing changes.
 */
function givenUp(
  src: BounceSource,
  recipients: readonly DecodedRecipient[],
): readonly DecodedRecipient[] | undefined {
  if (!recipients.some((r) => r.action === "delayed") || noticeStage(src) !== "final") return;
  const evidence: Evidence = {
    fact: "action",
    source: "body",
    text: "the notice says the server gave up",
  };
  return recipients.map((r) =>
    r.action === "delayed"
      ? {
          ...r,
          action: "failed",
          reason: r.reason ?? "expired",
          evidence: [...r.evidence, evidence],
        }
      : r,
  );
}

interface Decoded {
  readonly kind: BounceKind;
  readonly dialect: string;
  readonly recipients: readonly DecodedRecipient[];
  /** The DSN block each recipient came from, by position. */
  readonly dsnBlocks: readonly (DsnRecipient | undefined)[];
  readonly generatingServer?: string;
  readonly evidence: readonly Evidence[];
}

/** The evidence a bounce's kind was read from. */
function kindEvidence(source: EvidenceSource, text: string, field?: string): Evidence {
  return field === undefined
    ? { fact: "kind", source, text }
    : { fact: "kind", source, field, text };
}

/** A reading of a bounce that has no DSN blocks. */
function withoutDsn(
  kind: BounceKind,
  dialect: string,
  recipients: readonly DecodedRecipient[],
  evidence: readonly Evidence[],
): Decoded {
  return { kind, dialect, recipients, dsnBlocks: [], evidence };
}

/**
 * A bounce with DSN blocks: their recipients, with what the dialect that knows the layout found
 * in the text (else, when the DSN lacks the server's words or a block's mailbox, the generic scan).
 */
function decodeWithDsn(
  src: BounceSource,
  dsn: readonly DecodedRecipient[],
  blocks: readonly DsnRecipient[],
  found: DialectRun["found"],
): Decoded {
  const complete = dsn.every((d) => d.diagnostic && isMailbox(d.address));
  const fromText = found || complete ? undefined : genericRecipients(src);
  const read = mergeRecipients(dsn, found?.decoded.recipients ?? fromText ?? [], src.text);
  // details pasted under a notice: the notice's recipients their blocks left out are added
  const left =
    src.deliveryStatusInText && found
      ? missingFromPastedReport(read, found.decoded.recipients)
      : [];
  const merged = left.length > 0 ? [...read, ...left] : read;
  const final = givenUp(src, merged);
  const recipients = final ?? merged;
  const blocksRead = kindEvidence(
    "dsn",
    `${dsn.length} recipient block(s)`,
    "message/delivery-status",
  );
  return defined({
    kind: (final ? undefined : found?.decoded.kind) ?? kindOf(recipients),
    dialect: found ? found.id : "rfc3464",
    recipients,
    dsnBlocks: blocks,
    generatingServer: found?.decoded.generatingServer || undefined,
    evidence: [blocksRead, ...(found?.decoded.evidence ?? [])],
  });
}

function decode(src: BounceSource): Decoded {
  const feedback = feedbackRecipients(src);
  if (feedback) {
    const evidence = src.feedbackReport
      ? kindEvidence("attachment", "feedback report (RFC 5965)", "message/feedback-report")
      : kindEvidence("attachment", "feedback report (JMRP)", "X-HmXmrOriginalRecipient");
    return withoutDsn("feedback", "arf", mailboxesOnly(feedback), [evidence]);
  }
  const blocks: DsnRecipient[] = [];
  const dsn: DecodedRecipient[] = [];
  for (const block of src.deliveryStatus?.recipients ?? []) {
    const recipient = fromDsn(block);
    if (recipient === undefined) continue;
    blocks.push(block);
    dsn.push(recipient);
  }
  if (dsn.length === 0 && listMembershipNotice(src)) {
    return withoutDsn(
      "not-a-bounce",
      "listmanager",
      [],
      [
        kindEvidence(
          "body",
          "a list's notice about a member's own bouncing address: no delivery of this sender's failed",
        ),
      ],
    );
  }
  // Before the text readers: a challenge's "has not been delivered" is no failure, and its
  // Auto-Submitted no out-of-office reply.
  const challenge = dsn.length === 0 ? challengeRecipient(src) : undefined;
  if (challenge !== undefined && isMailbox(normalizeAddress(challenge.address))) {
    return withoutDsn(
      "held",
      CHALLENGE_DIALECT,
      [challenge],
      [
        kindEvidence(
          "body",
          "a sender-verification challenge holds the message until the sender answers",
          CHALLENGE_DIALECT,
        ),
      ],
    );
  }
  const { found, recognised, unnamed } = runDialects(src);
  if (dsn.length > 0) return decodeWithDsn(src, dsn, blocks, found);
  if (found) {
    const sorted = withSectionActions(src, found.decoded.recipients);
    const final = givenUp(src, sorted);
    const recipients = final ?? stillTried(src, sorted);
    return defined({
      kind: (final ? undefined : found.decoded.kind) ?? kindOf(recipients),
      dialect: found.id,
      recipients,
      dsnBlocks: [],
      generatingServer: found.decoded.generatingServer || undefined,
      evidence: found.decoded.evidence,
    });
  }
  const away = autoReplyRecipient(src);
  if (away && isMailbox(normalizeAddress(away.address))) {
    return withoutDsn(
      "autoreply",
      "rfc3834",
      [away],
      [kindEvidence("header", src.subject, "Auto-Submitted/Subject")],
    );
  }
  const signs = hasBounceSigns(src);
  const generic = signs
    ? stillTried(src, withSectionActions(src, mailboxesOnly(genericRecipients(src))))
    : [];
  if (generic.length > 0) {
    return withoutDsn(kindOf(generic), "generic", generic, [
      kindEvidence("body", "addresses next to error lines"),
    ]);
  }
  // A known report layout in a message sent as a bounce, whose failed address is in no form we
  // read (a quoted local part in text, say, or a pasted part without it): a report with its
  // answers and no address, not "not a bounce". A layout's own answers are bounce signs enough.
  if (recognised !== undefined && (unnamed !== undefined || signs)) {
    // (the layout's own answers may say it: Exchange's "400 4.4.7 Message delayed")
    const stillTrying =
      noticeStage(src) === "delayed" ||
      (unnamed !== undefined && unnamed.length > 0 && unnamed.every((r) => r.action === "delayed"));
    const kind = stillTrying ? "delayed" : "failed";
    return withoutDsn(kind, recognised, unnamed ?? [], [
      kindEvidence("body", "a delivery report's layout, without an address that could be read"),
    ]);
  }
  return withoutDsn(
    "not-a-bounce",
    "none",
    [],
    [kindEvidence("inferred", "no delivery report, known layout or failed address found")],
  );
}

function analyzeUnguarded(input: AnalyzeInput): BounceReport {
  const read = readBounce(input);
  const src = read.source;
  const found = decode(src);
  const recipients: RecipientFacts[] = found.recipients.map((r, i) =>
    finishRecipient(r, found.kind, found.dsnBlocks[i], found.dialect),
  );
  const original =
    src.originalHeaders && src.originalHeaders.length > 0
      ? originalMessage(src.originalHeaders)
      : undefined;
  const ds = src.deliveryStatus;
  const generatingServer = found.generatingServer ?? ds?.reportingMta;
  const date = headerValue(src.headers, "date");
  return defined({
    kind: found.kind,
    dialect: found.dialect,
    generatingServer: generatingServer || undefined,
    reportingMta: ds?.reportingMta || undefined,
    arrivalDate: ds?.arrivalDate || undefined,
    subject: src.subject || undefined,
    from: src.from || undefined,
    date: date || undefined,
    // (a delivery report's only: an auto-reply's or a complaint's original went elsewhere)
    recipients: isDeliveryProblem(found.kind)
      ? withReceivedFor(recipients, original, src.originalHeaders)
      : recipients,
    original,
    evidence: found.evidence,
    warnings: read.warnings,
  });
}

export function analyze(input: AnalyzeInput): BounceReport {
  try {
    return analyzeUnguarded(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: "not-a-bounce",
      dialect: "none",
      recipients: [],
      evidence: [],
      warnings: [{ code: "not-analysed", detail: detail.slice(0, 200) }],
    };
  }
}
