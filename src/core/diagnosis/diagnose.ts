// diagnose(report) -> Diagnosis: each recipient with its best catalog entry, confidence and evidence,
// plus address hints (typos, stale autocomplete), authentication results and retry timing.
import type {
  ActionId,
  BounceReport,
  CatalogSource,
  DiagnosedRecipient,
  Diagnosis,
  Evidence,
  Explanation,
  Localized,
  RecipientFacts,
} from "../types";
import { bestMatch, normalizeStatus, type CatalogMatch, type MatchInput } from "../catalog/match";
import { REASON_CODES } from "../catalog/reason-codes";
import type { CatalogEntry } from "../catalog/types";
import { WHILE_RETRYING } from "../catalog/while-retrying";
import { SENDER } from "../catalog/steps";
import { FROM_STATUS_TABLE, UNKNOWN_USER_AWAY_FROM_RCPT } from "../reason/classify";
import { findReplyCode } from "../status/codes";
import { addressHints } from "./address";
import { authCheck, isAuthenticationProblem } from "./auth";
import { bounceFacts, domainOfAddress, fillLocalized, type FillValues } from "./facts";
import { givenUp, quotedDeferral, type QuotedDeferral } from "./gave-up";
import { forwardAdvice, forwardOf } from "./forwarded";
import { notWritten, notWrittenAdvice, writtenAddress } from "./not-written";
import { readReply } from "./reply";
import { serverFamily } from "./server";
import { onSharedPool } from "./shared-ip";

function matchEvidence(match: CatalogMatch, status: string | undefined): Evidence[] {
  const out: Evidence[] = [];
  if (status !== undefined && match.confidence !== "token") {
    out.push({ fact: "explanation", source: "inferred", field: "code", text: status });
  }
  if (match.matchedText !== undefined) {
    const field = match.entry.source === "exchange-token" ? "token" : "text";
    out.push({ fact: "explanation", source: "inferred", field, text: match.matchedText });
  }
  if (match.providerRule !== undefined) {
    out.push({
      fact: "explanation",
      source: "inferred",
      field: "provider",
      text: match.providerRule,
    });
  }
  if (match.viaReason !== undefined) {
    out.push({ fact: "explanation", source: "inferred", field: "reason", text: match.viaReason });
  } else if (match.confidence === "class") {
    out.push({ fact: "explanation", source: "inferred", field: "class", text: match.entry.code });
  }
  return out;
}

function retryStep(recipient: RecipientFacts): Localized | undefined {
  if (recipient.willRetryUntil === undefined) return undefined;
  return {
    en: `The sending server keeps trying until ${recipient.willRetryUntil}; you get another report only if it gives up.`,
    ja: `送信サーバーは ${recipient.willRetryUntil} まで再試行を続けます。最終的に失敗した場合にのみ、改めて通知が届きます。`,
  };
}

/** Adds an action (moved to the front when `first`), keeping each action once. */
function withAction(actions: readonly ActionId[], action: ActionId, first = false): ActionId[] {
  if (!first) return actions.includes(action) ? [...actions] : [...actions, action];
  return [action, ...actions.filter((a) => a !== action)];
}

/** Actions that end the sending server's work on a recipient without a failure. */
export const NOT_FAILED: ReadonlySet<string> = new Set(["delivered", "relayed", "expanded"]);

/** The steps as they stand while the sending server still retries (WHILE_RETRYING), each once. */
function whileRetrying(fix: readonly Localized[]): Localized[] {
  const out: Localized[] = [];
  for (const step of fix) {
    const kept = WHILE_RETRYING.has(step) ? WHILE_RETRYING.get(step) : step;
    if (kept !== undefined && !out.includes(kept)) out.push(kept);
  }
  return out;
}

/** The recipient as the quoted deferral's server answered: its words, status, code and host. */
function deferredAttempt(recipient: RecipientFacts, deferral: QuotedDeferral): RecipientFacts {
  const replyCode = findReplyCode(deferral.text);
  return Object.assign({}, recipient, {
    diagnostic: deferral.text,
    status: deferral.status,
    replyCode,
    remoteServer: recipient.remoteServer ?? deferral.remote,
  });
}

/**
 * An expiry meaning (x.4.7: "could not be delivered before it expired") on a delay warning: the
 * message has not expired yet, and a reader told it has sends it again.
 */
const NOT_EXPIRED_YET: Localized = {
  en: "The message has not been delivered yet: the sending server keeps it in its queue and tries again until its time limit for the message runs out.",
  ja: "メッセージはまだ配信されていません。送信側のサーバーがメッセージをキューに保持し、期限が切れるまで再試行を続けます。",
};

function explain(report: BounceReport, recipient: RecipientFacts): Explanation {
  const status = normalizeStatus(recipient.status);
  const diagnostic = recipient.diagnostic ?? "";
  const waiting = recipient.action === "delayed" || report.kind === "delayed";
  // The sending server is done with this recipient: no retry is coming.
  const final = !waiting && !recipient.temporary && !NOT_FAILED.has(recipient.action ?? "");
  // A final notice's status that names no cause: the temporary reply it quotes does, as its
  // server's reply.
  const deferral = final ? quotedDeferral(status, diagnostic) : undefined;
  const attempt = deferral === undefined ? recipient : deferredAttempt(recipient, deferral);
  const words = attempt.diagnostic ?? "";
  const server = serverFamily(report, attempt);
  const reply = readReply(words);
  const facts = bounceFacts(report, attempt, reply.words);
  const matchStatus = deferral?.status ?? status;
  // Set field by field: spreads of optional parts were a fifth of explain()'s own time.
  const input: { -readonly [K in keyof MatchInput]: MatchInput[K] } = {
    text: words,
    family: server.family,
    temporary: recipient.temporary,
    reason: recipient.reason,
    reply,
  };
  if (matchStatus !== undefined) input.status = matchStatus;
  if (server.remote !== undefined) input.remoteServer = server.remote;
  if (server.writer !== undefined) input.writer = server.writer;
  if (facts.recipientDomain !== undefined) input.recipientDomain = facts.recipientDomain;
  const senderDomain =
    domainOfAddress(report.original?.from) ?? domainOfAddress(report.original?.returnPath);
  if (senderDomain !== undefined) input.senderDomain = senderDomain;
  const read = recipient.evidence;
  // By index: a for-of over an array costs more in V8's baseline code (this runs per recipient).
  for (let i = 0; i < read.length; i++) {
    const e = read[i] as Evidence;
    if (e.fact !== "reason") continue;
    if (e.field === UNKNOWN_USER_AWAY_FROM_RCPT) input.wording = "userunknown";
    else if (e.field === FROM_STATUS_TABLE) input.reasonByCode = true;
  }
  const match = bestMatch(input);
  const shared = onSharedPool(match.entry, facts.ip, match.provider?.id);
  const entry = shared?.entry ?? match.entry;
  let values: FillValues =
    match.provider !== undefined ? { ...facts, provider: match.provider.name } : facts;
  if (shared !== undefined) values = { ...values, ...shared.values };
  const fill = (text: Localized): Localized => fillLocalized(text, values);
  let actions: ActionId[] = [...entry.actions];
  let fix: Localized[] = entry.fix.map(fill);

  const isAddressProblem =
    status?.slice(1, 4) === ".1." ||
    recipient.reason === "userunknown" ||
    recipient.reason === "hostunknown" ||
    entry.actions.includes("resend-corrected-address");
  const written = writtenAddress(report.original, recipient);
  let hints = isAddressProblem ? addressHints(recipient.address, diagnostic, written) : [];
  const typo = hints.some((h) => h.kind === "domain-typo");
  if (hints.some((h) => h.kind === "stale-autocomplete")) {
    actions = withAction(actions, "clear-autocomplete-entry", true);
    fix = [SENDER.clearAutocomplete, ...fix.filter((step) => step !== SENDER.clearAutocomplete)];
  }
  // A known forward says more than the original's To and Cc: which address sent it on.
  const forward = forwardOf(recipient);
  const forwarded =
    forward &&
    forwardAdvice({ fix, actions, hints }, forward, isAddressProblem, fill(entry.summary));
  // An X.500 address is not the form To and Cc show, so it cannot be looked for there.
  const sentOn =
    forward === undefined &&
    report.original !== undefined &&
    !hints.some((h) => h.kind === "x500-address") &&
    notWritten(report.original, recipient)
      ? notWrittenAdvice({ fix, actions, hints }, report.original, isAddressProblem)
      : undefined;
  const advice = forwarded ?? sentOn;
  if (advice !== undefined) {
    fix = [...advice.fix];
    actions = [...advice.actions];
    hints = [...advice.hints];
  }
  if (typo) {
    actions = withAction(actions, "resend-corrected-address", true);
  }

  // A temporary refusal's meaning on a final notice: nothing retries it any more. The server
  // retried it and gave up, unless the last answer was itself permanent (a 5xx reply): a block
  // that lifts in a day, given as 550, was refused at once.
  const over = final && entry.temporary;
  const gaveUp = over && (attempt.replyCode ?? matchStatus)?.startsWith("5") !== true;
  let summary =
    waiting && entry.code.slice(2) === REASON_CODES.expired ? NOT_EXPIRED_YET : fill(entry.summary);
  if (over) {
    // An expiry meaning (x.4.7) says so itself.
    if (gaveUp && entry.code.slice(2) !== REASON_CODES.expired) summary = givenUp(summary);
    actions = actions.filter((action) => action !== "wait-for-retry");
    fix = fix.filter((step) => step !== SENDER.waitForRetry);
    if (!entry.actions.includes("retry-later") && !fix.includes(SENDER.retryLater))
      fix = [SENDER.retryLater, ...fix];
  }
  if (waiting || recipient.temporary || entry.temporary) {
    // While the server still retries, sending again now would only duplicate the message.
    if (waiting) {
      actions = actions.filter((action) => action !== "retry-later");
      fix = whileRetrying(fix);
    }
    actions = withAction(actions, waiting ? "wait-for-retry" : "retry-later", true);
    // while it retries the sender is told so, with the date it gives up when the report has one
    const step = over
      ? undefined
      : (retryStep(recipient) ?? (waiting ? SENDER.waitForRetry : undefined));
    // (the dated step says what waitForRetry says)
    if (step !== undefined) fix = [step, ...fix.filter((s) => s !== SENDER.waitForRetry)];
  }

  const auth =
    isAuthenticationProblem(status, diagnostic) || entry.actions.includes("check-spf-dkim-dmarc")
      ? authCheck(report.original)
      : undefined;
  if (auth !== undefined) actions = withAction(actions, "check-spf-dkim-dmarc");
  actions = withAction(actions, "copy-summary");

  const evidence = [...matchEvidence(match, matchStatus), server.evidence];
  if (shared !== undefined) evidence.push(shared.evidence);
  if (recipient.willRetryUntil !== undefined) {
    evidence.push({
      fact: "explanation",
      source: "dsn",
      field: "Will-Retry-Until",
      text: recipient.willRetryUntil,
    });
  }
  const explanation: { -readonly [K in keyof Explanation]: Explanation[K] } = {
    id: entry.id,
    code: entry.code,
    title: titleOf(entry, match.matchedText),
    source: entry.source,
    // Nobody else acts once the server has given up: sending again is the sender's.
    owner: typo || (over && entry.owner === "nobody") ? "you" : (forwarded?.owner ?? entry.owner),
    temporary: recipient.temporary,
    summary,
    cause: fill(entry.cause),
    fix,
    adminFix: entry.adminFix.map(fill),
    actions,
    confidence: match.confidence,
    evidence,
    addressHints: hints,
  };
  if (forward !== undefined) explanation.forwardedFrom = forward.written;
  if (sentOn !== undefined) explanation.notWritten = true;
  const resendTo = actions.includes("resend-corrected-address")
    ? (hints.find((h) => h.kind === "domain-typo")?.suggestion ?? written)
    : undefined;
  if (resendTo !== undefined) explanation.resendTo = resendTo;
  // Optional parts set one by one, in the output's order (spreads of them cost more).
  if (auth !== undefined) explanation.auth = auth;
  if (match.provider !== undefined) {
    const { id, name, page } = match.provider;
    explanation.provider = { id, name, page: entry.page ?? page };
  }
  explanation.facts = facts;
  return explanation;
}

const MICROSOFT_SOURCES: ReadonlySet<CatalogSource> = new Set([
  "exchange-online",
  "exchange-server",
  "both",
]);

/**
 * The entry's title, else its first text, or for an entry of Microsoft's tables the text the
 * reply matched: Microsoft's first text is its own token ("RESOLVER.ADR.ExRecipNotFound; not
 * found"), which a Postfix bounce matched by "User unknown" does not hold. Providers' first texts
 * are their names for the refusal, or a `title` names it (a first text that is a reference code).
 */
function titleOf(entry: CatalogEntry, matched: string | undefined): string {
  if (entry.title !== undefined) return entry.title;
  return MICROSOFT_SOURCES.has(entry.source) &&
    matched !== undefined &&
    entry.texts.includes(matched)
    ? matched
    : (entry.texts[0] ?? entry.code);
}

export function diagnose(report: BounceReport): Diagnosis {
  // Object.assign, not spreads: the reports and recipients come in dozens of shapes, where a
  // spread falls back to the runtime's slow copy.
  const recipients: DiagnosedRecipient[] = report.recipients.map((recipient) =>
    Object.assign({}, recipient, { explanation: explain(report, recipient) }),
  );
  return Object.assign({}, report, { recipients });
}
