// The MIME tree of a message: headers decoded, multiparts split on their boundaries (nested,
// unclosed, or with the boundary parameter missing), every body left raw until asked for.
import type { HeaderField } from "../dialects/types";
import { bytesToBinary, isAscii, lf } from "./bytes";
import { decodeCharset } from "./charset";
import { headerValue, parseHeaderBlock, splitHeaders } from "./headers";
import { MAX_DEPTH, MAX_PARTS, MAX_TEXT_CHARS } from "./limits";
import { parseHeaderParams } from "./params";
import { decodeBase64, quotedPrintableToBinary } from "./transfer";
import type { Warning } from "../types";

export interface MimeEntity {
  readonly headers: readonly HeaderField[];
  /** Lower-case "type/subtype"; "text/plain" when missing, as RFC 2045 says. */
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  /** The Content-Type's "type/subtype" as written, lower-case ("" when missing). */
  readonly declaredType: string;
  readonly disposition: string;
  /** The body as found (binary string, or Unicode text for Unicode input), encoding not undone. */
  readonly body: string;
  readonly parts: readonly MimeEntity[];
}

/** Shared by one parse: the input's nature, the part budget, and the warnings it raises. */
export interface ParseContext {
  /** True when the input was a Unicode string, not bytes: bodies are text already. */
  readonly unicode: boolean;
  /** True when the input is known to be 7-bit throughout (most mail): its slices need no scan. */
  readonly ascii?: boolean;
  readonly warnings: Warning[];
  parts: number;
}

/** Whether a char code is a space or a tab. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Splits a multipart body on "--boundary" lines; an unclosed last part runs to the end. */
function splitMultipart(body: string, boundary: string): string[] {
  const marker = "--" + boundary;
  const parts: string[] = [];
  let start = -1;
  let pos = 0;
  for (;;) {
    const at = body.indexOf(marker, pos);
    if (at < 0) break;
    pos = at + marker.length;
    // A delimiter opens its line; a little stray indentation before it is tolerated.
    let lineStart = at;
    while (lineStart > 0 && at - lineStart < 8 && isBlank(body.charCodeAt(lineStart - 1))) {
      lineStart--;
    }
    if (lineStart > 0 && body[lineStart - 1] !== "\n") continue;
    const eol = body.indexOf("\n", pos);
    const rest = body.slice(pos, eol < 0 ? body.length : eol);
    // A longer boundary that merely starts with ours is not ours.
    if (rest.trim() !== "" && !rest.startsWith("--")) continue;
    if (start >= 0)
      parts.push(
        body.slice(start, Math.max(start, lineStart - (body[lineStart - 2] === "\r" ? 2 : 1))),
      );
    if (rest.startsWith("--")) return parts;
    start = eol < 0 ? body.length : eol + 1;
  }
  if (start >= 0) parts.push(body.slice(start));
  return parts;
}

/** A boundary guessed from the first "--token" line, for multiparts that lost the parameter. */
function guessBoundary(body: string): string | undefined {
  const m = /(?:^|\n)--([^\s]{1,200})[ \t]*\r?\n/.exec(body.slice(0, 65536));
  return m?.[1];
}

/** A usable "type/subtype". */
const MEDIA_TYPE = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/;

export function parseEntity(raw: string, ctx: ParseContext, depth = 0): MimeEntity {
  ctx.parts += 1;
  const { head, body } = splitHeaders(raw, depth === 0);
  const headers = parseHeaderBlock(head, ctx.unicode, ctx.warnings);
  const contentType = headerValue(headers, "content-type") ?? "";
  const ct = parseHeaderParams(contentType, ctx.warnings);
  const cd = parseHeaderParams(headerValue(headers, "content-disposition") ?? "", ctx.warnings);
  const type = MEDIA_TYPE.test(ct.value) ? ct.value : "text/plain";
  const parts: MimeEntity[] = [];
  if (type.startsWith("multipart/")) {
    const boundary = ct.params.get("boundary") || guessBoundary(body);
    if (depth >= MAX_DEPTH) {
      ctx.warnings.push({ code: "parts-too-deep" });
    } else if (boundary) {
      for (const piece of splitMultipart(body, boundary)) {
        if (ctx.parts >= MAX_PARTS) {
          ctx.warnings.push({ code: "too-many-parts" });
          break;
        }
        parts.push(parseEntity(piece, ctx, depth + 1));
      }
    }
  }
  return {
    headers,
    // A multipart without usable parts is read as text, so its words are not lost.
    type: type.startsWith("multipart/") && parts.length === 0 ? "text/plain" : type,
    params: ct.params,
    declaredType: ct.value,
    disposition: cd.value,
    body,
    parts,
  };
}

/** The lower-case Content-Transfer-Encoding ("" when missing). */
function transferEncoding(entity: MimeEntity): string {
  return (headerValue(entity.headers, "content-transfer-encoding") ?? "").toLowerCase().trim();
}

function undoTransfer(body: string, cte: string, ascii: boolean): string {
  if (cte === "base64") return bytesToBinary(decodeBase64(body));
  if (cte === "quoted-printable") return quotedPrintableToBinary(body, ascii || isAscii(body));
  return body;
}

/** The body with its Content-Transfer-Encoding undone, as a binary string (or Unicode text). */
export function transferDecoded(entity: MimeEntity, ctx: ParseContext): string {
  return undoTransfer(entity.body, transferEncoding(entity), ctx.ascii === true);
}

/** The body as Unicode text in its declared charset (or `charset` when given). */
export function decodedText(entity: MimeEntity, ctx: ParseContext, charset?: string): string {
  const limited = entity.body.length > MAX_TEXT_CHARS * 2;
  if (limited) ctx.warnings.push({ code: "part-cut" });
  const cte = transferEncoding(entity);
  const ascii = ctx.ascii === true;
  const binary = undoTransfer(
    limited ? entity.body.slice(0, MAX_TEXT_CHARS * 2) : entity.body,
    cte,
    ascii,
  );
  const encoded = cte === "base64" || cte === "quoted-printable";
  // Unicode input: 8-bit text is already decoded; 7-bit text may still be ISO-2022-JP or UTF-7.
  const text =
    ctx.unicode && !encoded && !isAscii(binary)
      ? binary
      : decodeCharset(
          binary,
          charset ?? entity.params.get("charset"),
          ctx.warnings,
          ascii && !encoded,
        );
  return lf(text);
}
