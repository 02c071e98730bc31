// message/delivery-status (RFC 3464) and message/global-delivery-status (RFC 6533) bodies:
// the per-message block and every per-recipient block. Lenient by design: blank lines inside a
// block, a missing blank line between blocks, folded fields and unknown "X-" fields all occur.
import type { DeliveryStatus, DsnRecipient, HeaderField } from "../dialects/types";
import { parseHeaderBlock } from "../mime/headers";
import { findStatusCode } from "../status/codes";
import { addressValue, typedValue } from "./fields";

/** Fields that can only belong to a recipient, so they open one when none is open. */
const RECIPIENT_FIELDS = new Set([
  "final-recipient",
  "original-recipient",
  "action",
  "status",
  "remote-mta",
  "diagnostic-code",
  "last-attempt-date",
  "will-retry-until",
  "final-log-id",
]);

/** Groups the fields into blocks: a recipient field seen again opens the next recipient. */
function groupRecipients(fields: readonly HeaderField[]): {
  message: HeaderField[];
  recipients: HeaderField[][];
} {
  const message: HeaderField[] = [];
  const recipients: HeaderField[][] = [];
  let current: HeaderField[] | undefined;
  for (const f of fields) {
    if (!RECIPIENT_FIELDS.has(f.name)) {
      (current ?? message).push(f);
      continue;
    }
    const has = (name: string): boolean => current?.some((g) => g.name === name) ?? false;
    const opensNext =
      current === undefined ||
      (f.name === "final-recipient" && has("final-recipient")) ||
      (f.name === "original-recipient" && (has("final-recipient") || has("original-recipient"))) ||
      (f.name !== "final-recipient" &&
        f.name !== "original-recipient" &&
        has(f.name) &&
        has("final-recipient") &&
        f.name !== "diagnostic-code");
    if (opensNext) {
      current = [];
      recipients.push(current);
    }
    (current as HeaderField[]).push(f);
  }
  return { message, recipients };
}

function toRecipient(fields: readonly HeaderField[]): DsnRecipient {
  const get = (name: string): string | undefined => fields.find((f) => f.name === name)?.value;
  const out: { -readonly [K in keyof DsnRecipient]: DsnRecipient[K] } = { fields };
  const final = get("final-recipient");
  if (final) out.finalRecipient = addressValue(final);
  const original = get("original-recipient");
  if (original) out.originalRecipient = addressValue(original);
  const action = get("action");
  if (action) out.action = action.toLowerCase().split(/[\s(;]/)[0] ?? action;
  const status = get("status");
  if (status) out.status = findStatusCode(status) ?? status;
  const remote = get("remote-mta");
  if (remote) out.remoteMta = typedValue(remote).value;
  const diag = get("diagnostic-code");
  if (diag) {
    const { type, value } = typedValue(diag);
    out.diagnosticCode = value;
    if (type) out.diagnosticType = type;
  }
  const last = get("last-attempt-date");
  if (last) out.lastAttemptDate = last;
  const retry = get("will-retry-until");
  if (retry) out.willRetryUntil = retry;
  return out;
}

/** Parses a delivery-status body (decoded text, LF line ends). */
export function parseDeliveryStatus(
  text: string,
  unicode: boolean,
  warnings: string[],
): DeliveryStatus {
  // Blank lines separate blocks, but the grouping does not rely on them: join them away.
  const fields = parseHeaderBlock(text.replace(/\n[ \t]*\n/g, "\n"), unicode, warnings);
  const { message, recipients } = groupRecipients(fields);
  const get = (name: string): string | undefined => message.find((f) => f.name === name)?.value;
  const out: { -readonly [K in keyof DeliveryStatus]: DeliveryStatus[K] } = {
    messageFields: message,
    recipients: recipients.map(toRecipient),
  };
  const reporting = get("reporting-mta");
  if (reporting) out.reportingMta = typedValue(reporting).value;
  const arrival = get("arrival-date");
  if (arrival) out.arrivalDate = arrival;
  const from = get("received-from-mta");
  if (from) out.receivedFromMta = typedValue(from).value;
  return out;
}
