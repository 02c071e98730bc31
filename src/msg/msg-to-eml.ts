// An Outlook .msg file -> an RFC 822 message the engine reads like any .eml.
// A delivery report saved by Outlook (REPORT.IPM.Note.NDR) keeps its machine-readable facts in
// the recipient table (one row per failed address, with the server's diagnostic text); this turns
// those rows into a message/delivery-status part, next to the body and the returned original.
import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import { NDR_RECIPIENT_PROPS, PROP } from "./msg-props";

/** Header fields of the saved transport headers that describe the old MIME layout, not ours. */
const MIME_LAYOUT_FIELDS = new Set(["content-type", "content-transfer-encoding", "mime-version"]);

/** Part types among file attachments that carry bounce facts as text. */
const TEXT_REPORT_TYPES = [
  "message/delivery-status",
  "message/rfc822",
  "text/rfc822-headers",
  "message/global-delivery-status",
];

type PropValue = string | number | boolean | Uint8Array | undefined;

function prop(fields: FieldsData, id: string): PropValue {
  const raw = fields.rawProps?.find((p) => p.propertyTag?.startsWith(id));
  return raw?.value as PropValue;
}

function text(fields: FieldsData, id: string): string | undefined {
  const value = prop(fields, id);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** One header line: no CR/LF from the file may start a header of its own. */
const oneLine = (value: string): string => value.replace(/[\r\n]+/g, " ").trim();

/** The saved transport headers without the fields describing the original MIME layout. */
function keptTransportHeaders(headers: string): string[] {
  const kept: string[] = [];
  let skipping = false;
  for (const line of headers.split(/\r?\n/)) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (!skipping) kept.push(line);
      continue;
    }
    const name = line
      .slice(0, Math.max(0, line.indexOf(":")))
      .trim()
      .toLowerCase();
    skipping = MIME_LAYOUT_FIELDS.has(name);
    if (!skipping) kept.push(line);
  }
  return kept;
}

function address(fields: FieldsData): string | undefined {
  const smtp = text(fields, PROP.smtpAddress) ?? fields.smtpAddress;
  if (smtp) return smtp;
  const email = text(fields, PROP.emailAddress) ?? fields.email;
  return email?.includes("@") ? email : undefined;
}

function recipientList(fields: FieldsData, kind: "to" | "cc"): string {
  return (fields.recipients ?? [])
    .filter((r) => r.recipType === kind)
    .map((r) => address(r) ?? r.name ?? "")
    .filter((a) => a !== "")
    .map(oneLine)
    .join(", ");
}

/** The header block for a message: its saved transport headers, else what the properties say. */
function headerBlock(fields: FieldsData): string[] {
  const saved = text(fields, PROP.transportHeaders) ?? fields.headers;
  if (saved) return keptTransportHeaders(saved);
  const lines: string[] = [];
  const add = (name: string, value: string | undefined): void => {
    if (value) lines.push(`${name}: ${oneLine(value)}`);
  };
  add("From", fields.senderSmtpAddress ?? fields.senderEmail);
  add("To", recipientList(fields, "to"));
  add("Cc", recipientList(fields, "cc"));
  add("Subject", fields.subject);
  add("Date", fields.clientSubmitTime ?? fields.messageDeliveryTime);
  add("Message-ID", text(fields, PROP.internetMessageId));
  return lines;
}

function bodyPart(fields: FieldsData): string | undefined {
  if (fields.body) return `Content-Type: text/plain; charset=utf-8\r\n\r\n${fields.body}`;
  if (fields.bodyHtml) return `Content-Type: text/html; charset=utf-8\r\n\r\n${fields.bodyHtml}`;
  return undefined;
}

/** The RFC 3464 action the report's message class stands for. */
function reportAction(messageClass: string): string {
  const lower = messageClass.toLowerCase();
  if (lower.includes("delayed")) return "delayed";
  if (lower.endsWith(".dr")) return "delivered";
  return "failed";
}

/** message/delivery-status text from the recipient rows that carry NDR properties. */
function deliveryStatus(fields: FieldsData, messageClass: string): string | undefined {
  const isReport = messageClass.toLowerCase().startsWith("report.");
  const rows = (fields.recipients ?? []).filter(
    (r) => isReport || NDR_RECIPIENT_PROPS.some((id) => prop(r, id) !== undefined),
  );
  if (rows.length === 0) return undefined;
  const reporting = text(fields, PROP.reportingMta);
  const blocks = [
    reporting
      ? `Reporting-MTA: dns; ${oneLine(reporting)}`
      : "X-Source: Outlook .msg recipient table",
  ];
  for (const row of rows) {
    const lines = [`Final-Recipient: rfc822; ${oneLine(address(row) ?? row.name ?? "unknown")}`];
    lines.push(`Action: ${reportAction(messageClass)}`);
    const diagnostic = text(row, PROP.supplementaryInfo);
    const status = diagnostic?.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0];
    if (status) lines.push(`Status: ${status}`);
    const remote = text(row, PROP.remoteMta);
    if (remote) lines.push(`Remote-MTA: dns; ${oneLine(remote)}`);
    if (diagnostic) lines.push(`Diagnostic-Code: smtp; ${oneLine(diagnostic)}`);
    blocks.push(lines.join("\r\n"));
  }
  return `Content-Type: message/delivery-status\r\n\r\n${blocks.join("\r\n\r\n")}\r\n`;
}

function embeddedMessage(inner: FieldsData): string {
  const body = inner.body ?? "";
  return [
    "Content-Type: message/rfc822",
    "",
    ...headerBlock(inner),
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
  ].join("\r\n");
}

function attachmentParts(reader: MsgReader, fields: FieldsData): string[] {
  const parts: string[] = [];
  for (const attachment of fields.attachments ?? []) {
    if (attachment.innerMsgContent && attachment.innerMsgContentFields) {
      parts.push(embeddedMessage(attachment.innerMsgContentFields));
      continue;
    }
    const type = (attachment.attachMimeTag ?? "").toLowerCase();
    const isEml = (attachment.fileName ?? "").toLowerCase().endsWith(".eml");
    if (!TEXT_REPORT_TYPES.includes(type) && !isEml) continue;
    const content = new TextDecoder("utf-8").decode(reader.getAttachment(attachment).content);
    parts.push(`Content-Type: ${isEml ? "message/rfc822" : type}\r\n\r\n${content}`);
  }
  return parts;
}

function boundaryFor(parts: readonly string[]): string {
  for (let n = 0; ; n++) {
    const boundary = `=_ndr-explainer-msg-${n}`;
    if (!parts.some((p) => p.includes(boundary))) return boundary;
  }
}

export function msgToEml(bytes: Uint8Array): string {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  reader.parserConfig = { includeRawProps: true };
  const fields = reader.getFileData();
  if (fields.error) throw new Error(fields.error);
  const messageClass = fields.messageClass ?? "";
  const parts = [
    bodyPart(fields),
    deliveryStatus(fields, messageClass),
    ...attachmentParts(reader, fields),
  ].filter((p): p is string => p !== undefined);
  const boundary = boundaryFor(parts);
  const isReport = parts.some((p) => p.startsWith("Content-Type: message/delivery-status"));
  const type = isReport ? "multipart/report; report-type=delivery-status" : "multipart/mixed";
  return [
    ...headerBlock(fields),
    "MIME-Version: 1.0",
    `Content-Type: ${type}; boundary="${boundary}"`,
    "",
    ...parts.map((p) => `--${boundary}\r\n${p}`),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
