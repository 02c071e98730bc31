// The JSON line of one message, written straight into UTF-8: the same bytes as JSON.stringify of
// { file, message?, kind, ..., recipients: [{ address, ..., explanation }], warnings } encoded.
// About a third of a line (two fifths of its bytes) is catalog text, an entry's summary, cause and
// steps in English and Japanese, that is the same object in every bounce the entry explains: its
// JSON is made and encoded once per object and copied after. The rest is JSON.stringify's, in a
// few pieces, and mostly ASCII: one Japanese character in a string makes V8 encode all of it
// twelve times slower. Per line (406 bounces, development corpus + held-out set, in one thread):
// 197,000 -> 164,000 instructions (JSON.stringify and encoding); whole command 0.9% fewer.
import type { Diagnosis, DiagnosedRecipient, Explanation, Localized } from "../core";
import type { Origin } from "./format";
import type { Utf8Builder } from "./utf8";

/** A catalog text's JSON, in UTF-8, per text object (a text filled with facts is one of its own). */
const localizedJson = new WeakMap<Localized, Uint8Array>();

function localized(text: Localized): Uint8Array {
  let json = localizedJson.get(text);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(text));
    localizedJson.set(text, json);
  }
  return json;
}

const ascii = (text: string): Uint8Array => Buffer.from(text, "latin1");
const COMMA = ascii(",");
const RECIPIENTS = ascii(',"recipients":[');
const SUMMARY = ascii(',"summary":');
const CAUSE = ascii(',"cause":');
const FIX = ascii(',"fix":[');
const ADMIN_FIX = ascii('],"adminFix":[');
const END_STEPS = ascii("]");
const END_OBJECT = ascii("}");

function steps(out: Utf8Builder, list: readonly Localized[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.appendBytes(COMMA);
    out.appendBytes(localized(list[i] as Localized));
  }
}

/** The explanation's fields before and after its texts, in the explanation's own order. */
type Texts = "summary" | "cause" | "fix" | "adminFix";
type Before = "id" | "code" | "title" | "source" | "owner" | "temporary";
type After = "actions" | "confidence" | "evidence" | "addressHints" | "auth" | "provider" | "facts";
/** Compiles only while these lists name every field of an explanation. */
const everyField: Record<Exclude<keyof Explanation, Texts | Before | After>, never> = {};
void everyField;

function recipient(out: Utf8Builder, r: DiagnosedRecipient): void {
  const e = r.explanation;
  const before: Pick<Explanation, Before> = {
    id: e.id,
    code: e.code,
    title: e.title,
    source: e.source,
    owner: e.owner,
    temporary: e.temporary,
  };
  const json = JSON.stringify({
    address: r.address,
    action: r.action ?? null,
    status: r.status ?? null,
    replyCode: r.replyCode ?? null,
    reason: r.reason,
    temporary: r.temporary,
    diagnostic: r.diagnostic ?? null,
    remoteServer: r.remoteServer ?? null,
    command: r.command ?? null,
    evidence: r.evidence,
    explanation: before,
  });
  // Without its last "}}": the explanation goes on with its texts.
  out.append(json.slice(0, -2));
  out.appendBytes(SUMMARY);
  out.appendBytes(localized(e.summary));
  out.appendBytes(CAUSE);
  out.appendBytes(localized(e.cause));
  out.appendBytes(FIX);
  steps(out, e.fix);
  out.appendBytes(ADMIN_FIX);
  steps(out, e.adminFix);
  out.appendBytes(END_STEPS);
  // Absent parts stay undefined, and JSON.stringify leaves them out as it does the explanation's.
  const after: { [K in After]: Explanation[K] | undefined } = {
    actions: e.actions,
    confidence: e.confidence,
    evidence: e.evidence,
    addressHints: e.addressHints,
    auth: e.auth,
    provider: e.provider,
    facts: e.facts,
  };
  // From its first field on: the explanation's rest, and its end.
  out.appendBytes(COMMA);
  out.append(JSON.stringify(after).slice(1));
  out.appendBytes(END_OBJECT);
}

/** Writes the JSON line of one message, and its end of line. */
export function writeJsonLine(out: Utf8Builder, origin: Origin, d: Diagnosis): void {
  const json = JSON.stringify({
    file: origin.file,
    ...(origin.message !== undefined ? { message: origin.message } : {}),
    kind: d.kind,
    dialect: d.dialect,
    generatingServer: d.generatingServer ?? null,
    subject: d.subject ?? null,
    original: d.original ?? null,
  });
  // Without its last "}": the line goes on with the recipients.
  out.append(json.slice(0, -1));
  out.appendBytes(RECIPIENTS);
  for (let i = 0; i < d.recipients.length; i++) {
    if (i > 0) out.appendBytes(COMMA);
    recipient(out, d.recipients[i] as DiagnosedRecipient);
  }
  out.append(`],"warnings":${JSON.stringify(d.warnings)}}\n`);
}
