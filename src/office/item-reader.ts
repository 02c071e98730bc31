// Reads the selected Outlook item, in order: the whole message (getAsFileAsync, Mailbox 1.14),
// else its body, internet headers (1.8) and attachments (1.8). Then: is it a bounce, or does it
// carry one as an attached message (a forwarded bounce, or an attached .eml/.msg)?
import type { AnalyzeInput, BounceParts, InputAttachment } from "../core";
import { base64ToBytes } from "./base64";
import { readBounceFile } from "./bounce-file";
import { isBounce, subjectSaysBounce } from "./bounce-check";
import { HostCallError, hostCall, supportsMailbox } from "./host-call";
import type { LoadResult } from "./types";

type ReadItem = Office.MessageRead;

/** Attachments larger than this are not fetched: no bounce needs them. */
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

async function wholeMessage(item: ReadItem): Promise<AnalyzeInput> {
  const base64 = await hostCall<string>("return the whole message (getAsFileAsync)", (cb) =>
    item.getAsFileAsync(cb),
  );
  return base64ToBytes(base64);
}

async function bodyText(item: ReadItem): Promise<Pick<BounceParts, "body" | "bodyType">> {
  try {
    const text = await hostCall<string>("return the message body as text", (cb) =>
      item.body.getAsync(Office.CoercionType.Text, cb),
    );
    if (text.trim() !== "") return { body: text, bodyType: "text" };
  } catch (error) {
    if (!(error instanceof HostCallError) || error.failure === "timeout") throw error;
  }
  const html = await hostCall<string>("return the message body as HTML", (cb) =>
    item.body.getAsync(Office.CoercionType.Html, cb),
  );
  return { body: html, bodyType: "html" };
}

/** One attachment's content: item attachments come as .eml text, files as base64. */
async function attachmentContent(
  item: ReadItem,
  details: Office.AttachmentDetails,
): Promise<InputAttachment | undefined> {
  const content = await hostCall<Office.AttachmentContent>(
    `return the attachment "${details.name}"`,
    (cb) => item.getAttachmentContentAsync(details.id, cb),
  );
  const name = details.name;
  switch (content.format) {
    case Office.MailboxEnums.AttachmentContentFormat.Eml:
      return { name, contentType: "message/rfc822", content: content.content };
    case Office.MailboxEnums.AttachmentContentFormat.Base64:
      return { name, contentType: details.contentType, content: base64ToBytes(content.content) };
    default:
      return undefined; // cloud links and calendar items carry no bounce
  }
}

async function attachments(item: ReadItem): Promise<InputAttachment[]> {
  if (!supportsMailbox("1.8")) return [];
  const wanted = (item.attachments ?? []).filter(
    (a) => !a.isInline && a.size <= MAX_ATTACHMENT_BYTES,
  );
  const read: InputAttachment[] = [];
  for (const details of wanted) {
    const attachment = await attachmentContent(item, details).catch(() => undefined);
    if (attachment) read.push(attachment);
  }
  return read;
}

async function messageParts(item: ReadItem): Promise<BounceParts> {
  const body = await bodyText(item);
  const headers = supportsMailbox("1.8")
    ? await hostCall<string>("return the internet headers", (cb) =>
        item.getAllInternetHeadersAsync(cb),
      ).catch(() => undefined)
    : undefined;
  return {
    ...body,
    ...(headers ? { headers } : {}),
    ...(item.subject ? { subject: item.subject } : {}),
    ...(item.from?.emailAddress ? { from: item.from.emailAddress } : {}),
    attachments: await attachments(item),
  };
}

/** An attached message that is itself a bounce (a forwarded NDR, an attached .eml or .msg). */
async function attachedBounce(list: readonly InputAttachment[]): Promise<LoadResult | undefined> {
  for (const attachment of list) {
    const name = attachment.name ?? "attachment";
    const bytes =
      typeof attachment.content === "string"
        ? new TextEncoder().encode(attachment.content)
        : attachment.content;
    const looksLikeMessage =
      attachment.contentType === "message/rfc822" ||
      /\.(eml|msg)$/i.test(name) ||
      attachment.contentType === "application/vnd.ms-outlook";
    if (!looksLikeMessage) continue;
    const result = await readBounceFile(name, bytes, "attachment");
    if (result.ok && (await isBounce(result.bounce.input))) return result;
  }
  return undefined;
}

function failureOf(error: unknown): LoadResult {
  if (error instanceof HostCallError)
    return { ok: false, failure: error.failure, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    failure: "error",
    message: `Outlook could not read this message: ${message}`,
  };
}

export async function loadItem(item: ReadItem | null | undefined): Promise<LoadResult> {
  if (!item) {
    return {
      ok: false,
      failure: "no-item",
      message: "No message is selected. Select a message, or drop or paste a bounce.",
    };
  }
  const name = item.subject || undefined;
  let input: AnalyzeInput;
  let origin: "item-file" | "item-parts" = "item-parts";
  let fileError: unknown;
  if (supportsMailbox("1.14") && typeof item.getAsFileAsync === "function") {
    try {
      input = await wholeMessage(item);
      origin = "item-file";
    } catch (error) {
      fileError = error;
    }
  }
  try {
    input ??= await messageParts(item);
  } catch (error) {
    return failureOf(fileError ?? error);
  }
  const itself: LoadResult = { ok: true, bounce: { origin, ...(name ? { name } : {}), input } };
  if (await isBounce(input, item.itemClass)) return itself;
  const parts =
    typeof input === "object" && !(input instanceof Uint8Array)
      ? (input.attachments ?? [])
      : await attachments(item).catch(() => []);
  const forwarded = await attachedBounce(parts);
  if (forwarded) return forwarded;
  if (subjectSaysBounce(item.subject)) return itself;
  return {
    ok: false,
    failure: "not-a-bounce",
    message: "This message is not a delivery report. Drop a bounce here or paste its text.",
  };
}
