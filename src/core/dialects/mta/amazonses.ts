// Amazon SES notifications delivered by mail (SNS): a JSON object of type Bounce, Complaint or Delivery.
import { addressesIn } from "../common/text-addresses";
import { fromHas } from "../common/signals";
import type { BounceSource, DecodedBounce, DecodedRecipient, Dialect } from "../types";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

const isNotification = (v: unknown): v is Json =>
  isObject(v) && text(v["notificationType"] ?? v["eventType"]) !== undefined;

/**
 * The notification object: from the first "{" to the last "}" of the text, when it parses.
 * An SNS envelope ({"Type": "Notification", "Message": "<escaped JSON>"}) holds it as a string.
 */
function notification(src: BounceSource): Json | undefined {
  const start = src.text.indexOf("{");
  const end = src.text.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  try {
    // Mail transports wrap long lines; JSON never needs a raw line break.
    const parsed: unknown = JSON.parse(src.text.slice(start, end + 1).replace(/\n/g, ""));
    if (isNotification(parsed)) return parsed;
    const inner = isObject(parsed) ? text(parsed["Message"]) : undefined;
    const message: unknown = inner?.startsWith("{") ? JSON.parse(inner) : undefined;
    return isNotification(message) ? message : undefined;
  } catch {
    return undefined;
  }
}

function recipient(
  r: Json,
  fallbackDiagnostic?: string,
  reportingMta?: string,
): DecodedRecipient | undefined {
  const address = addressesIn(text(r["emailAddress"]) ?? "")[0];
  if (!address) return undefined;
  const diagnostic = (text(r["diagnosticCode"]) ?? fallbackDiagnostic)?.replace(/^smtp;\s*/i, "");
  const status = text(r["status"]);
  const action = text(r["action"]);
  return {
    address,
    ...(status ? { status } : {}),
    ...(action ? { action } : {}),
    ...(diagnostic ? { diagnostic } : {}),
    ...(reportingMta ? { remoteServer: reportingMta.replace(/^dns;\s*/i, "") } : {}),
    evidence: [{ fact: "address", source: "body", field: "SES notification", text: address }],
  };
}

function decode(src: BounceSource): DecodedBounce | undefined {
  const note = notification(src);
  if (!note) return undefined;
  const type = (text(note["notificationType"]) ?? text(note["eventType"]) ?? "").toLowerCase();
  const evidence = [
    { fact: "kind", source: "body" as const, field: "notificationType", text: type },
  ];
  if (type === "bounce" && isObject(note["bounce"])) {
    const bounce = note["bounce"];
    const recipients = list(bounce["bouncedRecipients"])
      .map((r) => recipient(r, undefined, text(bounce["reportingMTA"])))
      .filter((r): r is DecodedRecipient => r !== undefined);
    return { recipients, evidence };
  }
  if (type === "complaint" && isObject(note["complaint"])) {
    const complaint = note["complaint"];
    const recipients = list(complaint["complainedRecipients"])
      .map((r) => recipient(r, text(complaint["complaintFeedbackType"])))
      .filter((r): r is DecodedRecipient => r !== undefined)
      .map((r) => ({ ...r, reason: "feedback" as const }));
    return { recipients, kind: "feedback", evidence };
  }
  if (type === "delivery" && isObject(note["delivery"])) {
    const delivery = note["delivery"];
    const said = text(delivery["smtpResponse"]);
    const recipients = (Array.isArray(delivery["recipients"]) ? delivery["recipients"] : [])
      .map((a) =>
        recipient({ emailAddress: a, action: "delivered" }, said, text(delivery["reportingMTA"])),
      )
      .filter((r): r is DecodedRecipient => r !== undefined);
    return { recipients, kind: "delivered", evidence };
  }
  return undefined;
}

export const amazonSes: Dialect = {
  id: "amazonses",
  detect: (src) =>
    fromHas(src, ["amazonaws.com", "amazonses.com"]) && src.text.includes("notificationType"),
  decode,
};
