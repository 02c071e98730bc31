// readBounceSource(input) -> BounceSource: the bounce as the dialect decoders see it, from raw
// bytes, a string, or the parts Office.js hands over. A forwarded bounce (attached to a
// message that is not itself a bounce) is read in place of its envelope.
import { isForward, looksLikeBounce } from "./analysis/signs";
import { looksLikeDeliveryStatus } from "./dsn/parse";
import type { BounceSource, HeaderField } from "./dialects/types";
import { bytesToBinary, isUnicodeText, lf } from "./mime/bytes";
import { tryStrict } from "./mime/charset";
import type { MimeEntity, ParseContext } from "./mime/entity";
import { parseEntity } from "./mime/entity";
import { headerValue, parseHeaderBlock, splitHeaders } from "./mime/headers";
import { htmlToText } from "./mime/html";
import { MAX_INPUT_CHARS, MAX_LINE_CHARS, MAX_TEXT_CHARS } from "./mime/limits";
import { parseHeaderParams } from "./mime/params";
import { unquoted } from "./mime/unquote";
import { withoutCodeSpans } from "./mime/code-spans";
import type { AttachedMessage, CollectedParts } from "./mime/walk";
import { addDeliveryStatus, addMessage, collectParts, emptyParts } from "./mime/walk";
import { findQuotedHeaders } from "./original/quoted";
import type { AnalyzeInput, BounceParts, InputAttachment, Warning } from "./types";

export interface ReadBounce {
  readonly source: BounceSource;
  /** Plain-language notes about the input: cut short, unknown charset, forwarded, ... */
  readonly warnings: readonly Warning[];
  /** True when the bounce was found attached to a message that forwarded it. */
  readonly forwarded: boolean;
}

/** The input cut to the analysed size; bare-CR line ends (old Macs) to LF. CRLF stays: the
 * parser reads it, and rewriting megabytes of returned original would cost more than the rest. */
function prepare(raw: string, warnings: Warning[]): string {
  let text = raw;
  if (text.length > MAX_INPUT_CHARS) {
    warnings.push({ code: "input-cut" });
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  const cr = text.indexOf("\r");
  return cr >= 0 && text[cr + 1] !== "\n" ? lf(text) : text;
}

/** Whether some line of `text` is longer than MAX_LINE_CHARS. */
function hasLongLine(text: string): boolean {
  for (let start = 0; ;) {
    const end = text.indexOf("\n", start);
    if ((end < 0 ? text.length : end) - start > MAX_LINE_CHARS) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

/** Joins the chosen text parts; long lines and very long text are cut. */
function humanText(parts: CollectedParts, warnings: Warning[]): string {
  // plain parts have LF line ends already; HTML made text may hold CRs from character references
  let text = parts.plain.some((t) => t.trim() !== "")
    ? parts.plain.join("\n")
    : lf(parts.html.map(htmlToText).join("\n"));
  if (text.length > MAX_TEXT_CHARS) {
    warnings.push({ code: "text-cut" });
    text = text.slice(0, MAX_TEXT_CHARS);
  }
  // most texts are longer than a line's cap, few have a line that long: found before splitting
  if (text.length > MAX_LINE_CHARS && hasLongLine(text)) {
    text = text
      .split("\n")
      .map((line) => (line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line))
      .join("\n");
  }
  return text;
}

/**
 * The Content-Type's "type/subtype" of a bounce's headers: an entity's was read by parseEntity
 * (its warnings raised then, once), and is taken from it; parsing it again cost as much as the
 * rest of build and repeated its warnings.
 */
function declaredType(
  headers: readonly HeaderField[],
  entity: MimeEntity | undefined,
  warnings: Warning[],
): string {
  if (entity !== undefined) return entity.declaredType;
  return parseHeaderParams(headerValue(headers, "content-type") ?? "", warnings).value;
}

function build(
  headers: readonly HeaderField[],
  entity: MimeEntity | undefined,
  parts: CollectedParts,
  ctx: ParseContext,
  overrides: { subject?: string; from?: string } = {},
): BounceSource {
  // a notice pasted as a quote, or with a line of it marked as code, is read as the notice
  const text = withoutCodeSpans(unquoted(humanText(parts, ctx.warnings)));
  // DSN fields written into the text (a report whose parts were lost or flattened, a report's
  // details pasted under its text): a Final-Recipient with its Status or Action, since Haraka
  // writes no Status for a reply without an enhanced code.
  // (the unanchored search first: it is twice as fast, and most texts have no such field)
  const statusInText =
    !parts.deliveryStatus &&
    /final-recipient:/i.test(text) &&
    /^[ \t]*final-recipient:/im.test(text) &&
    /^[ \t]*(?:status|action):/im.test(text);
  if (statusInText) {
    const start = text.search(
      /^[ \t]*(reporting-mta|final-recipient|original-recipient|action):/im,
    );
    // the text is decoded (Unicode, maybe 8-bit), not a slice of the input
    addDeliveryStatus(parts, reportFields(text, start), { ...ctx, unicode: true, ascii: false });
  }
  const originalHeaders =
    parts.originalHeaders ?? findQuotedHeaders(text, ctx.unicode, ctx.warnings);
  // built field by field rather than by defined(): its keyed stores cost more than the rest
  const source: { -readonly [K in keyof BounceSource]: BounceSource[K] } = {
    headers,
    subject: overrides.subject ?? headerValue(headers, "subject") ?? "",
    from: overrides.from ?? headerValue(headers, "from") ?? "",
    contentType: declaredType(headers, entity, ctx.warnings) || "text/plain",
    text,
  };
  if (parts.deliveryStatus !== undefined) source.deliveryStatus = parts.deliveryStatus;
  if (statusInText) source.deliveryStatusInText = true;
  if (originalHeaders !== undefined) source.originalHeaders = originalHeaders;
  if (parts.feedbackReport !== undefined) source.feedbackReport = parts.feedbackReport;
  return source;
}

/**
 * A returned message's part line, its headers' too: the report's fields end there (pasted with its
 * parts). Not message/global-delivery-status, a report part itself.
 */
const RETURNED_PART =
  /^[ \t]*content-type:[ \t]*(?:message\/(?:rfc822|global(?:-headers)?)|text\/rfc822-headers?)(?![\w-])/im;

/**
 * The report's fields written in a text, from their first line to the returned message, if one
 * follows: a report pasted with its parts may return a report (a failure of a delay warning),
 * whose recipients are not the user's.
 */
function reportFields(text: string, start: number): string {
  const fields = text.slice(start);
  const end = fields.search(RETURNED_PART);
  return end > 0 ? fields.slice(0, end) : fields;
}

/** How many forwards deep a bounce is looked for ("FW: FW: Undeliverable: ..."). */
const MAX_FORWARDS = 4;

/** A report part's type in a message's raw text: a forward that carries a bounce further down. */
const REPORT_INSIDE =
  /^content-type:\s*(?:multipart\/report|message\/(?:global-)?delivery-status)/im;

/** Decodes the envelope fields looksLikeBounce reads, in its order, without its tests. */
function decodeBounceFields(envelope: readonly HeaderField[]): void {
  const type = headerValue(envelope, "content-type") ?? "";
  headerValue(envelope, "subject");
  if (!/multipart\/report/i.test(type)) headerValue(envelope, "from");
}

/**
 * The attached message to read instead, when the envelope merely forwards a bounce: a message
 * with no report part of its own that is no bounce, or is a forward even if sent from a daemon's
 * or postmaster's mailbox. The attachment is a bounce, or another forward with a report inside.
 */
function forwardedBounce(
  envelope: readonly HeaderField[],
  parts: CollectedParts,
): AttachedMessage | undefined {
  if (parts.deliveryStatus || parts.feedbackReport) return undefined;
  if (parts.messages.length === 0) {
    // Nothing attached to read instead: the envelope's tests are left to hasBounceSigns, which
    // makes them anyway (0.14% fewer instructions in all), but its fields are decoded here still,
    // so that their warnings (an unknown charset) keep their place before the text's.
    decodeBounceFields(envelope);
    return undefined;
  }
  if (looksLikeBounce(envelope) && !isForward(envelope)) return undefined;
  return (
    parts.messages.find((m) => looksLikeBounce(m.headers)) ??
    parts.messages.find((m) => isForward(m.headers) && REPORT_INSIDE.test(m.raw))
  );
}

/** The attached bounce read in place of the message(s) that forwarded it. */
function readForwarded(attached: AttachedMessage, outer: ParseContext): ReadBounce {
  let inner = attached;
  for (let depth = 1; ; depth++) {
    // (an attached message may have been base64: not known to be 7-bit)
    const ctx: ParseContext = { ...outer, unicode: inner.unicode, ascii: false };
    const entity = parseEntity(inner.raw, ctx, depth);
    const parts = emptyParts();
    collectParts(entity, ctx, parts);
    const deeper = depth < MAX_FORWARDS ? forwardedBounce(entity.headers, parts) : undefined;
    if (deeper !== undefined) {
      inner = deeper;
      continue;
    }
    ctx.warnings.push({ code: "forwarded" });
    return {
      source: build(entity.headers, entity, parts, ctx),
      forwarded: true,
      warnings: ctx.warnings,
    };
  }
}

function readEntity(entity: MimeEntity, ctx: ParseContext): ReadBounce {
  const parts = emptyParts();
  collectParts(entity, ctx, parts);
  const inner = forwardedBounce(entity.headers, parts);
  if (inner !== undefined) return readForwarded(inner, ctx);
  return {
    source: build(entity.headers, entity, parts, ctx),
    forwarded: false,
    warnings: ctx.warnings,
  };
}

function readRaw(raw: string, unicode: boolean, ascii = false): ReadBounce {
  const ctx: ParseContext = { unicode, ascii, warnings: [], parts: 0 };
  return readEntity(parseEntity(prepare(raw, ctx.warnings), ctx), ctx);
}

/** Whether an attachment is a whole message (by type, name, or its opening header lines). */
function isMessageAttachment(att: InputAttachment, text: string): boolean {
  const type = (att.contentType ?? "").toLowerCase();
  if (type.startsWith("message/rfc822") || type.startsWith("message/global")) return true;
  if (/\.(eml|msg822)$/i.test(att.name ?? "")) return true;
  const head = splitHeaders(text.slice(0, 65536)).head;
  return (
    /^(received|from|message-id|return-path):/im.test(head) && /^(from|subject|date):/im.test(head)
  );
}

function readAttachment(att: InputAttachment, parts: CollectedParts, outer: ParseContext): void {
  const content = asText(att.content);
  const ctx: ParseContext = { ...outer, unicode: content.unicode };
  const text = prepare(content.text, ctx.warnings);
  const type = (att.contentType ?? "").toLowerCase();
  if (type.includes("delivery-status")) addDeliveryStatus(parts, text, ctx);
  else if (type.includes("feedback-report")) {
    parts.feedbackReport ??= parseHeaderBlock(text, ctx.unicode, ctx.warnings);
  } else if (type.includes("rfc822-headers")) {
    parts.originalHeaders ??= parseHeaderBlock(splitHeaders(text).head, ctx.unicode, ctx.warnings);
  } else if (isMessageAttachment(att, text)) addMessage(parts, text, ctx);
  else if (looksLikeDeliveryStatus(text)) addDeliveryStatus(parts, text, ctx);
}

function readParts(input: BounceParts): ReadBounce {
  // Office.js hands over JavaScript strings: the body and headers are text, never bytes.
  const ctx: ParseContext = { unicode: true, warnings: [], parts: 0 };
  const headers = parseHeaderBlock(
    splitHeaders(prepare(input.headers ?? "", ctx.warnings)).head,
    ctx.unicode,
    ctx.warnings,
  );
  const parts = emptyParts();
  const body = lf(prepare(input.body, ctx.warnings));
  const bodyText = input.bodyType === "html" ? lf(htmlToText(body)) : body;
  parts.plain.push(bodyText);
  for (const att of input.attachments ?? []) readAttachment(att, parts, ctx);
  const inner = forwardedBounce(headers, parts);
  if (inner !== undefined) return readForwarded(inner, ctx);
  const overrides = {
    ...(input.subject !== undefined ? { subject: input.subject } : {}),
    ...(input.from !== undefined ? { from: input.from } : {}),
  };
  return {
    source: build(headers, undefined, parts, ctx, overrides),
    forwarded: false,
    warnings: ctx.warnings,
  };
}

/**
 * Text to parse, whether it is Unicode, and whether it is known to be 7-bit. Bytes that are
 * valid UTF-8 (all 7-bit mail is) are decoded in one native step; others become a binary
 * string. A string with chars above 0xFF is Unicode; one without is taken as bytes, as a file
 * read as Latin-1 would be.
 */
function asText(content: string | Uint8Array): { text: string; unicode: boolean; ascii: boolean } {
  if (typeof content === "string") {
    return { text: content, unicode: isUnicodeText(content), ascii: false };
  }
  const utf8 = tryStrict(content, "utf-8");
  // Fewer chars than bytes means some were multi-byte: the text is Unicode, not bytes; as many
  // means every byte was one char, so all are 7-bit.
  if (utf8 !== undefined) {
    const ascii = utf8.length === content.length;
    return { text: utf8, unicode: !ascii, ascii };
  }
  return { text: bytesToBinary(content), unicode: false, ascii: false };
}

/** Reads any input into a BounceSource, with the warnings the reading raised. */
export function readBounce(input: AnalyzeInput): ReadBounce {
  if (typeof input === "string") return readRaw(input, isUnicodeText(input));
  if (input instanceof Uint8Array) {
    // Cut before decoding (one byte over, so the size warning still fires).
    const bytes = input.length > MAX_INPUT_CHARS ? input.subarray(0, MAX_INPUT_CHARS + 1) : input;
    const { text, unicode, ascii } = asText(bytes);
    return readRaw(text, unicode, ascii);
  }
  return readParts(input);
}

export function readBounceSource(input: AnalyzeInput): BounceSource {
  return readBounce(input).source;
}
