// Walks a MIME tree and keeps only what a bounce needs: the human text, the delivery-status
// part, the returned original's headers and an ARF report. Other bodies are never decoded.
import type { DeliveryStatus, HeaderField } from "../dialects/types";
import { parseDeliveryStatus } from "../dsn/parse";
import type { MimeEntity, ParseContext } from "./entity";
import { decodedText, transferDecoded } from "./entity";
import { parseHeaderBlock, splitHeaders } from "./headers";

/** An attached message: its headers read, its body left raw unless it turns out to be a bounce. */
export interface AttachedMessage {
  readonly headers: readonly HeaderField[];
  readonly raw: string;
  /** Whether `raw` is Unicode text rather than a binary string. */
  readonly unicode: boolean;
}

export interface CollectedParts {
  /** Text parts decoded, with LF line ends. */
  readonly plain: string[];
  /** text/html parts decoded but still HTML: turned into text only when no plain part has any. */
  readonly html: string[];
  // (always present, undefined until found: one object shape for every bounce)
  deliveryStatus: DeliveryStatus | undefined;
  originalHeaders: readonly HeaderField[] | undefined;
  feedbackReport: readonly HeaderField[] | undefined;
  /** Attached messages (message/rfc822, message/global): returned originals or forwarded bounces. */
  readonly messages: AttachedMessage[];
}

export function emptyParts(): CollectedParts {
  return {
    plain: [],
    html: [],
    deliveryStatus: undefined,
    originalHeaders: undefined,
    feedbackReport: undefined,
    messages: [],
  };
}

const DSN_TYPES = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
  "text/delivery-status",
]);
const MESSAGE_TYPES = new Set(["message/rfc822", "message/global", "message/partial"]);
const HEADER_TYPES = new Set([
  "text/rfc822-headers",
  "message/global-headers",
  "text/rfc822-header",
]);

/** Adds a delivery-status part; a second one (two MTAs reporting) adds its recipients. */
export function addDeliveryStatus(into: CollectedParts, text: string, ctx: ParseContext): void {
  const dsn = parseDeliveryStatus(text, ctx.unicode, ctx.warnings);
  const prev = into.deliveryStatus;
  into.deliveryStatus = prev
    ? { ...prev, recipients: [...prev.recipients, ...dsn.recipients] }
    : dsn;
}

/** Adds an attached message; its headers are the original's when it is the first. */
export function addMessage(into: CollectedParts, raw: string, ctx: ParseContext): void {
  const headers = parseHeaderBlock(splitHeaders(raw).head, ctx.unicode, ctx.warnings);
  into.messages.push({ headers, raw, unicode: ctx.unicode });
  if (!into.originalHeaders && headers.length > 0) into.originalHeaders = headers;
}

const MESSAGE_FIELDS = new Set(["from", "to", "subject", "message-id", "date", "received"]);

/** A part that carries a message's own headers: a returned original missing its wrapper. */
function isBareMessage(part: MimeEntity): boolean {
  let found = 0;
  for (const h of part.headers) if (MESSAGE_FIELDS.has(h.name) && ++found >= 3) return true;
  return false;
}

export function collectParts(
  entity: MimeEntity,
  ctx: ParseContext,
  into: CollectedParts,
  nested = false,
): void {
  const { type } = entity;
  if (nested && !type.startsWith("multipart/") && isBareMessage(entity)) {
    into.originalHeaders ??= entity.headers;
  } else if (type === "multipart/alternative") {
    const plain = entity.parts.find((p) => p.type === "text/plain");
    if (plain) collectParts(plain, ctx, into, true);
    else for (const part of entity.parts) collectParts(part, ctx, into, true);
  } else if (type.startsWith("multipart/")) {
    for (const part of entity.parts) collectParts(part, ctx, into, true);
  } else if (DSN_TYPES.has(type)) {
    const charset = type === "message/global-delivery-status" ? "utf-8" : undefined;
    // decodedText() gives Unicode: its fields are not decoded a second time as bytes (a UTF-8
    // Diagnostic-Code's Chinese or Japanese came out as noise)
    addDeliveryStatus(into, decodedText(entity, ctx, charset), { ...ctx, unicode: true });
  } else if (MESSAGE_TYPES.has(type)) {
    addMessage(into, transferDecoded(entity, ctx), ctx);
  } else if (HEADER_TYPES.has(type)) {
    const text = decodedText(entity, ctx, type === "message/global-headers" ? "utf-8" : undefined);
    into.originalHeaders ??= parseHeaderBlock(splitHeaders(text).head, true, ctx.warnings);
  } else if (type === "message/feedback-report") {
    into.feedbackReport ??= parseHeaderBlock(decodedText(entity, ctx), true, ctx.warnings);
  } else if (type === "text/html") {
    into.html.push(decodedText(entity, ctx));
  } else if (type === "text/plain" || type === "text/enriched") {
    into.plain.push(decodedText(entity, ctx));
  }
}
