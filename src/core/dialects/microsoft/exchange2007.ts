// Exchange 2007-2019 and the older Exchange Online / Office 365 layout: a user section
// ("Delivery has failed to these recipients or groups:"), then "Diagnostic information for
// administrators:" with "Generating server:", each recipient's address on its own line and its
// answers ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "Remote Server returned '...'"),
// then "Original message headers:". Labels are localised; addresses, codes and tokens are not.
import type { Evidence } from "../../types";
import type { BounceSource, DecodedBounce, Dialect } from "../types";
import {
  isOpen,
  localizedReply,
  readAttempt,
  RETURNED,
  toRecipient,
  type Attempt,
  type RecipientDraft,
} from "./attempt";
import {
  EXCHANGE2007_LABELS,
  hostIn,
  isLabel,
  labelValue,
  lineRoles,
  reportLines,
  smtpCodes,
} from "./lines";
import { addressesIn, normaliseAddress } from "../common/text-addresses";
import { soleAddress } from "../common/address-lines";
import { EXCHANGE_TOKEN, fromMicrosoft, hasExchangeToken, subjectKind } from "./signals";

/** The first header lines of the returned original end the section in any language. */
const ORIGINAL_HEADER = /^(?:Received: from |Return-Path: |DKIM-Signature: |Message-ID: <)/i;

/** A "Label: value" line (the original's "Subject: ...", "Objet : ...", in any language): no
 * sentence of the notice's. */
const FIELD = /^[^\s:]{1,40} ?[:：]\s/;

/** A recipient's own line is short: a name and an address or two. */
const MAX_RECIPIENT_LINE = 700;

/** Longest answer Exchange wraps over several lines that we keep joining. */
const MAX_CONTINUATION_LINES = 12;

/** Where the recipients are read: the administrators' section, else the user section. */
function startOfRecipients(lines: readonly string[]): number {
  const admin = lines.findIndex((l) => isLabel(l, "adminHeading"));
  if (admin >= 0) return admin + 1;
  const generating = lines.findIndex((l) => labelValue(l, "generatingServer") !== undefined);
  if (generating >= 0) return generating;
  const heading = lines.findIndex(
    (l) =>
      isLabel(l, "failedHeading") || isLabel(l, "delayedHeading") || isLabel(l, "relayedHeading"),
  );
  if (heading >= 0) return heading + 1;
  // a language we have no labels for: read from the top when Exchange's answer lines are there
  return lines.some((l) => isAnswer(l.trim())) ? 0 : -1;
}

/** The next non-empty line after `i`, for a label whose value sits on its own line. */
function nextLine(lines: readonly string[], i: number): string {
  for (let k = i + 1; k < lines.length && k <= i + 2; k++) {
    const line = (lines[k] ?? "").trim();
    if (line) return line;
  }
  return "";
}

/** Whether one of this layout's labels opens a line. */
function labelled(src: BounceSource): boolean {
  const opening = lineRoles(src, false).opening;
  // most bounces have no layout label: no callback per role for them
  return opening.size > 0 && EXCHANGE2007_LABELS.some((role) => opening.has(role));
}

function detect(src: BounceSource): boolean {
  if (labelled(src)) return true;
  // no label we know: Exchange's answer lines from a Microsoft sender, or in Exchange's own shape
  // with its tokens. A reply that merely holds a token ("554 5.2.2 ...; STOREDRV.Deliver...") is
  // an Exchange receiver's, quoted by any server's notice (Exim's, Sendmail's).
  if (fromMicrosoft(src)) return reportLines(src).some((l) => isAnswer(l.trim()));
  return hasExchangeToken(src) && reportLines(src).some((l) => isExchangeAnswer(l.trim()));
}

/** An answer line in Exchange's own shape: "#550 5.1.1 ... ##", "Remote Server returned '...'". */
function isExchangeAnswer(line: string): boolean {
  return (
    /^(?:[A-Za-z0-9.-]{1,253} )?#[<\s]{0,4}#?[245]/.test(line) ||
    RETURNED.test(line) ||
    localizedReply(line) !== undefined
  );
}

function isAnswer(line: string): boolean {
  return (
    isExchangeAnswer(line) || (EXCHANGE_TOKEN.test(line) && smtpCodes(line).status !== undefined)
  );
}

/**
 * A line that is only a recipient: "addr", "addr (addr)", "Name (addr)<mailto:addr>", and the
 * user section's "Name (addr)" (a notice without the administrators' section names no other way).
 */
function recipientLine(line: string): string | undefined {
  if (line.length > MAX_RECIPIENT_LINE) return undefined;
  const mailto = /<mailto:([^<>\s]{3,320})>$/i.exec(line)?.[1];
  const named = /^[^:'"<>@()]{1,200} \(([^()\s]{3,320}@[^()\s]{1,255})\)$/.exec(line)?.[1];
  // "addr (addr)", "addr (note)": the note after the address names no other one
  const note = mailto || named ? null : /\s*\(([^()]*)\)$/.exec(line);
  // ("(addr)" alone is the address in its brackets)
  const bare = note && note.index > 0 ? line.slice(0, note.index) : line;
  const sole = soleAddress(mailto ?? named ?? bare);
  if (sole === undefined) return undefined;
  const address = normaliseAddress(sole);
  const others = addressesIn(note?.[1] ?? "").filter(
    (a) => a.toLowerCase() !== address.toLowerCase(),
  );
  return others.length === 0 ? address : undefined;
}

/**
 * Exchange's delay warning quotes its own "400 4.4.7 Message delayed" as the latest answer (an
 * expired message's report says "550 4.4.7 QUEUE.Expired" instead): the diagnostic block pasted
 * without the warning's heading is still a delay.
 */
const DELAY_ANSWER = /^4\d\d\b.{0,20}\b4\.4\.7 message delayed\b/i;

function delayAnswered(draft: RecipientDraft): boolean {
  return draft.attempts.some((a) =>
    DELAY_ANSWER.test(`${a.replyCode ?? ""} ${a.diagnostic}`.trim()),
  );
}

/** Whether the report says in words, or by its subject, that delivery failed. */
function labelledFailed(lines: readonly string[], src: BounceSource): boolean {
  return lines.some((l) => isLabel(l, "failedHeading")) || subjectKind(src.subject) === "failed";
}

function decode(src: BounceSource): DecodedBounce | undefined {
  const lines = reportLines(src);
  const start = startOfRecipients(lines);
  if (start < 0) return undefined;
  const delayed =
    lines.some((l) => isLabel(l, "delayedHeading")) || subjectKind(src.subject) === "delayed";
  const evidence: Evidence[] = [];
  const drafts: RecipientDraft[] = [];
  const byAddress = new Map<string, RecipientDraft>();
  let generatingServer: string | undefined;
  // "The following organization rejected your message: mx.example.com" in the user section
  let receivingServer = lines
    .slice(0, start)
    .map((l) => labelValue(l.trim(), "rejectingOrganization"))
    .map((v) => (v ? hostIn(v) : undefined))
    .find((h) => h !== undefined);
  let current: RecipientDraft | undefined;
  // whether the line is the first with words under a recipient's
  let underName = false;
  // answers before any address: a pasted part of the report that left the address out
  const unnamed: Attempt[] = [];

  // where the report's own lines end: the returned original's headers
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (isLabel(line, "originalHeaders") || ORIGINAL_HEADER.test(line)) {
      end = i;
      break;
    }
    const generating = labelValue(line, "generatingServer");
    if (generating !== undefined) {
      generatingServer ??= hostIn(generating || nextLine(lines, i));
      evidence.push({ fact: "generatingServer", source: "body", text: line });
      continue;
    }
    const receiving = labelValue(line, "receivingServer");
    if (receiving !== undefined) {
      receivingServer ??= hostIn(receiving);
      continue;
    }
    const firstUnder = underName;
    underName = false;
    const address = recipientLine(line);
    if (address) {
      underName = true;
      current = byAddress.get(address.toLowerCase());
      if (!current) {
        current = {
          address,
          addressEvidence: { fact: "address", source: "body", text: line },
          attempts: [],
        };
        drafts.push(current);
        byAddress.set(address.toLowerCase(), current);
      }
      continue;
    }
    if (isAnswer(line)) {
      let text = line;
      for (let k = 0; isOpen(text) && k < MAX_CONTINUATION_LINES && i + 1 < lines.length; k++) {
        i++;
        text += " " + (lines[i] ?? "").trim();
      }
      (current?.attempts ?? unnamed).push(readAttempt(text));
    } else if (!current) {
      continue;
    } else if (current.attempts.length === 0 && hostIn(line) === line) {
      // the server that refused, printed between the address and its answer
      current.remoteServer ??= line;
    } else if (current.attempts.length === 0 && firstUnder && !FIELD.test(line)) {
      // the user section's sentence, the first line with words under the recipient's
      current.userWords ??= line;
    }
  }
  if (drafts.length === 0) {
    // Only when the report's own labels show the layout (a pasted part of it) and its lines name
    // no address at all (a paste that hid them, "[EMAIL-16]"): one the lines above could not
    // read is another reader's to find. The returned original's addresses are not the report's.
    if (
      unnamed.length === 0 ||
      !labelled(src) ||
      addressesIn(lines.slice(start, end).join("\n")).length > 0
    ) {
      return undefined;
    }
    drafts.push({
      address: "",
      // our finding, not a line of the report: the pane quotes only the report's own lines
      addressEvidence: {
        fact: "address",
        source: "inferred",
        field: "layout",
        text: "the report names no address",
      },
      attempts: unnamed,
    });
  }
  // a report that says neither (Exchange's relay and delivery notices) leaves the kind to the DSN
  const saysFailed = labelledFailed(lines, src);
  const failed = saysFailed || drafts.some((d) => d.attempts.length > 0);
  // its relay notice says so in words, where a text-only copy has no DSN to say it
  const relayed = !failed && lines.some((l) => isLabel(l, "relayedHeading"));
  const kind =
    delayed || (!saysFailed && drafts.some(delayAnswered))
      ? "delayed"
      : failed
        ? "failed"
        : relayed
          ? "relayed"
          : undefined;
  return {
    ...(kind ? { kind } : {}),
    recipients: drafts.map((d) =>
      toRecipient(d, kind, {
        ...(receivingServer ? { receivingServer } : {}),
        ...(generatingServer ? { generatingServer } : {}),
      }),
    ),
    evidence,
    ...(generatingServer ? { generatingServer } : {}),
  };
}

export const exchange2007: Dialect = { id: "exchange2007", detect, decode };
