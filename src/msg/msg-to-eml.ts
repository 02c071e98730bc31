// An Outlook .msg file -> an RFC 822 message the engine reads like any .eml.
// A delivery report saved by Outlook (REPORT.IPM.Note.NDR, .Delayed.DR, ...) keeps its
// machine-readable facts in the recipient table (one row per recipient it reports on, with the
// server's diagnostic text and the NDR codes); this turns those rows into a
// message/delivery-status part, next to the body and the attachments. An attached message (the
// returned original, a forwarded report) is converted the same way, table and all.
import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import { looksLikeDeliveryStatus } from "../core/dsn/parse";
import { codePageEncoding } from "./code-pages";
import { NDR_RECIPIENT_PROPS, PROP } from "./msg-props";
import { reportAction, statusFromCode, successStatus } from "./report-facts";

/** Header fields of the saved transport headers that describe the old MIME layout, not ours. */
const MIME_LAYOUT_FIELDS = new Set(["content-type", "content-transfer-encoding", "mime-version"]);

/** Part types among file attachments that carry bounce facts as text. */
const TEXT_REPORT_TYPES = [
  "message/delivery-status",
  "message/rfc822",
  "text/rfc822-headers",
  "message/global-delivery-status",
];

/** Attachments with no telling type are read for a delivery-status body up to this size. */
const MAX_LOOSE_REPORT_BYTES = 65536;

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

/** An MTA field's value: a name MAPI kept with its type ("dns; mx.example.org") stays as it is. */
const mtaValue = (value: string): string =>
  /^[a-z0-9-]{1,20};/i.test(value) ? oneLine(value) : `dns; ${oneLine(value)}`;

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

/**
 * An Exchange (EX) address as SMTP, the way Exchange writes one that has no SMTP address
 * ([MS-OXCMAIL] 2.1.3.1.8, IMCEA encapsulation): "/" as "_", other characters than letters,
 * digits, "-" and "=" as "+" and their hex code, then "@" and the writer's local domain.
 */
function imceaex(x500: string, domain: string): string {
  const encoded = x500.replace(/[^A-Za-z0-9=-]/g, (c) =>
    c === "/" ? "_" : `+${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `IMCEAEX-${encoded}@${domain}`;
}

/**
 * A report row's recipient: its SMTP address, else its Exchange address encapsulated in the
 * domain of the report's writer (`domain`: the system mailbox Exchange sends reports from),
 * else its name.
 */
function finalRecipient(row: FieldsData, domain: string | undefined): string {
  const smtp = address(row);
  if (smtp) return `rfc822; ${oneLine(smtp)}`;
  const email = text(row, PROP.emailAddress);
  if (email && domain && text(row, PROP.addressType)?.toUpperCase() === "EX") {
    return `rfc822; ${imceaex(oneLine(email), domain)}`;
  }
  return `rfc822; ${oneLine(row.name ?? "unknown")}`;
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

/**
 * The body: plain text, else HTML (a string, or PidTagHtml's bytes in the message's charset),
 * else a report's own text (MAPI leaves PR_BODY to the client that shows the report).
 */
function bodyPart(fields: FieldsData): string | undefined {
  if (fields.body) return `Content-Type: text/plain; charset=utf-8\r\n\r\n${fields.body}`;
  const html =
    fields.bodyHtml ??
    (fields.html
      ? new TextDecoder(codePageEncoding(prop(fields, PROP.internetCodepage)) ?? "utf-8").decode(
          fields.html,
        )
      : undefined);
  if (html) return `Content-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  const report = text(fields, PROP.reportText);
  return report ? `Content-Type: text/plain; charset=utf-8\r\n\r\n${report}` : undefined;
}

const STATUS = /\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** One row's per-recipient fields; `action` is what the report's class says of every row. */
function recipientBlock(row: FieldsData, action: string, domain: string | undefined): string {
  const lines = [`Final-Recipient: ${finalRecipient(row, domain)}`, `Action: ${action}`];
  const diagnostic = text(row, PROP.supplementaryInfo);
  const status =
    diagnostic?.match(STATUS)?.[0] ??
    statusFromCode(prop(row, PROP.ndrStatusCode)) ??
    successStatus(action);
  if (status) lines.push(`Status: ${status}`);
  const remote = text(row, PROP.remoteMta);
  if (remote) lines.push(`Remote-MTA: ${mtaValue(remote)}`);
  if (diagnostic) lines.push(`Diagnostic-Code: smtp; ${oneLine(diagnostic)}`);
  return lines.join("\r\n");
}

/** message/delivery-status text from the rows of a report, or the rows that carry NDR properties. */
function deliveryStatus(fields: FieldsData): string | undefined {
  const messageClass = fields.messageClass ?? "";
  const classAction = reportAction(messageClass);
  // A report that is not about delivery (a read receipt) has no delivery-status to give.
  if (classAction === undefined && messageClass.toLowerCase().startsWith("report."))
    return undefined;
  const rows = (fields.recipients ?? []).filter(
    (r) => classAction !== undefined || NDR_RECIPIENT_PROPS.some((id) => prop(r, id) !== undefined),
  );
  if (rows.length === 0) return undefined;
  const reporting = text(fields, PROP.reportingMta);
  const writer = fields.senderSmtpAddress ?? fields.senderEmail ?? "";
  const domain = /@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(writer)?.[1];
  const blocks = [
    reporting ? `Reporting-MTA: ${mtaValue(reporting)}` : "X-Source: Outlook .msg recipient table",
    ...rows.map((row) => recipientBlock(row, classAction ?? "failed", domain)),
  ];
  return `Content-Type: message/delivery-status\r\n\r\n${blocks.join("\r\n\r\n")}\r\n`;
}

/** A file attachment with no telling type whose text is a delivery-status body. */
function looseReport(reader: MsgReader, attachment: FieldsData): string | undefined {
  const type = (attachment.attachMimeTag ?? "").toLowerCase();
  if ((type !== "" && type !== "text/plain") || attachment.innerMsgContent) return undefined;
  if ((attachment.contentLength ?? Infinity) > MAX_LOOSE_REPORT_BYTES) return undefined;
  const content = new TextDecoder("utf-8").decode(reader.getAttachment(attachment).content);
  return looksLikeDeliveryStatus(content)
    ? `Content-Type: message/delivery-status\r\n\r\n${content}`
    : undefined;
}

function attachmentParts(reader: MsgReader, fields: FieldsData): string[] {
  const parts: string[] = [];
  for (const attachment of fields.attachments ?? []) {
    if (attachment.innerMsgContent && attachment.innerMsgContentFields) {
      parts.push(
        `Content-Type: message/rfc822\r\n\r\n${toEml(reader, attachment.innerMsgContentFields)}`,
      );
      continue;
    }
    const type = (attachment.attachMimeTag ?? "").toLowerCase();
    const isEml = (attachment.fileName ?? "").toLowerCase().endsWith(".eml");
    if (!TEXT_REPORT_TYPES.includes(type) && !isEml) {
      const loose = looseReport(reader, attachment);
      if (loose !== undefined) parts.push(loose);
      continue;
    }
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

/** One message of the file (the top one or an attached one) as MIME text. */
function toEml(reader: MsgReader, fields: FieldsData): string {
  const parts = [
    bodyPart(fields),
    deliveryStatus(fields),
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

function read(bytes: Uint8Array, ansiEncoding?: string): { reader: MsgReader; fields: FieldsData } {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  reader.parserConfig = { includeRawProps: true, ...(ansiEncoding ? { ansiEncoding } : {}) };
  const fields = reader.getFileData();
  if (fields.error) throw new Error(fields.error);
  return { reader, fields };
}

export function msgToEml(bytes: Uint8Array): string {
  let { reader, fields } = read(bytes);
  // A non-Unicode .msg: its 8-bit strings are read again in the file's code page (they were read
  // as Latin-1, before the code page among them was known).
  const encoding = codePageEncoding(prop(fields, PROP.messageCodepage));
  if (encoding !== undefined && fields.rawProps?.some((p) => p.propertyTag?.endsWith("001e"))) {
    ({ reader, fields } = read(bytes, encoding));
  }
  return toEml(reader, fields);
}
