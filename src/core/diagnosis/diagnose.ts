// diagnose(report) -> Diagnosis: each recipient with its best catalog entry, confidence and evidence,
// plus address hints (typos, stale autocomplete), authentication results and retry timing.
import type {
  ActionId,
  BounceFacts,
  BounceReport,
  DiagnosedRecipient,
  Diagnosis,
  Evidence,
  Explanation,
  Localized,
  RecipientFacts,
} from "../types";
import { causeGivenUp, causeNotRetried, causeStillRetried } from "../catalog/class-fallback";
import { ianaFor } from "../catalog/index";
import { bestMatch, type CatalogMatch, type MatchInput } from "../catalog/match";
import { normalizeStatus } from "../catalog/entry-texts";
import { titleInReply } from "../catalog/placeholders";
import { isExpiryMeaning, isUnreachableMeaning } from "../catalog/reason-codes";
import { onDelayWarning, onFinalNotice, resendWait } from "../catalog/step-kinds";
import { DELAYED_ENTRY } from "../catalog/report-kinds";
import { MICROSOFT_SOURCES, type CatalogEntry } from "../catalog/types";
import {
  LASTING_DEFERRAL,
  OUTLIVED_WAITS,
  onGiveUp,
  SEND_AGAIN_ACTIONS,
  retryingSteps,
} from "../catalog/while-retrying";
import { SENDER } from "../catalog/steps";
import { FROM_STATUS_TABLE, UNKNOWN_USER_AWAY_FROM_RCPT } from "../reason/classify";
import { findReplyCode } from "../status/codes";
import { isProviderRule, replyWithoutGuess } from "../status/senders-guess";
import { CHALLENGE_DIALECT } from "../analysis/challenge";
import { addressHints, messageDomains } from "./address";
import { asksSpfDkimDmarcCheck, authCheck, isAuthenticationProblem } from "./auth";
import { bounceFacts, domainOfAddress, type FillValues } from "./facts";
import { fillLocalized } from "./fill";
import { quotedDeferral, type QuotedDeferral } from "./gave-up";
import { forwardAdvice, forwardOf } from "./forwarded";
import {
  notWritten,
  notWrittenAdvice,
  typedAsBcc,
  typedBccSteps,
  writtenAddress,
} from "./not-written";
import { stepsForNamedChecks } from "./named-checks";
import { forNamedSender } from "./named-sender-listing";
import {
  causeForPublicDomain,
  namesPublicDomain,
  stepsForPublicDomain,
  summaryForPublicDomain,
} from "./public-domain";
import { readReply } from "./reply";
import { toldByNotice, whileItRetries, type RetryState } from "./retries";
import { serverFamily, type ServerVerdict } from "./server";
import { onSharedPool } from "./shared-ip";
import { stepsForTenant } from "./tenant-steps";
import { forNamedList } from "./unnamed-list";

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
  if (match.viaReply !== undefined) {
    out.push({
      fact: "explanation",
      source: "inferred",
      field: "reply-code",
      text: match.viaReply,
    });
  }
  if (match.viaReason !== undefined) {
    out.push({ fact: "explanation", source: "inferred", field: "reason", text: match.viaReason });
  } else if (match.confidence === "class") {
    out.push({ fact: "explanation", source: "inferred", field: "class", text: match.entry.code });
  }
  return out;
}

/** Adds an action (moved to the front when `first`), keeping each action once. */
function withAction(actions: readonly ActionId[], action: ActionId, first = false): ActionId[] {
  if (!first) return actions.includes(action) ? [...actions] : [...actions, action];
  return [action, ...actions.filter((a) => a !== action)];
}

/** Actions that end the sending server's work on a recipient without a failure. */
export const NOT_FAILED: ReadonlySet<string> = new Set(["delivered", "relayed", "expanded"]);

/**
 * The steps (the sender's or the admin's) as they stand while the sending server still retries
 * (a final-only step left out or told in its while-retrying wording: step-kinds.ts), each once.
 */
function whileRetrying(fix: readonly Localized[]): Localized[] {
  const out: Localized[] = [];
  for (const step of fix) {
    const kept = onDelayWarning(step);
    if (kept !== undefined && !out.includes(kept)) out.push(kept);
  }
  return out;
}

/**
 * The admin's steps as the notice tells them: while the server retries (whileRetrying); on a
 * final notice an if-it-fails step's once-it-failed wording, and on a give-up a step whose "if
 * it lasts" its retries met, told without the condition (h-review8).
 */
function adminSteps(
  steps: readonly Localized[],
  waiting: boolean,
  final: boolean,
  told: RetryState | undefined,
): Localized[] {
  if (waiting) return whileRetrying(steps);
  if (!final) return [...steps];
  const once = steps.map(onFinalNotice);
  return told === "gave-up" ? once.map(onGiveUp) : once;
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
  en: "The message has not been delivered yet.",
  ja: "メッセージはまだ配信されていません。",
};

/**
 * What diagnose() reads of a recipient before it chooses a meaning: the answer that counts (a
 * give-up's quoted deferral, else the recipient's own), the server that gave it, the facts it names
 * and the match input they make. The code command reads the bounce it builds for a reply the same way.
 */
export interface Reading {
  /** The recipient's own status, normalized. */
  readonly status: string | undefined;
  /** A delay notice: the sending server still retries. */
  readonly waiting: boolean;
  /** The sending server is done with this recipient: no retry is coming. */
  readonly final: boolean;
  /** The recipient as the answer that counts gave it. */
  readonly attempt: RecipientFacts;
  readonly server: ServerVerdict;
  readonly facts: BounceFacts;
  readonly input: MatchInput;
}

export function readRecipient(report: BounceReport, recipient: RecipientFacts): Reading {
  const status = normalizeStatus(recipient.status);
  const diagnostic = recipient.diagnostic ?? "";
  const waiting = recipient.action === "delayed" || report.kind === "delayed";
  const final = !waiting && !recipient.temporary && !NOT_FAILED.has(recipient.action ?? "");
  // A final notice's status that names no cause: the temporary reply it quotes does, as its
  // server's reply.
  const deferral = final ? quotedDeferral(status, diagnostic) : undefined;
  const attempt = deferral === undefined ? recipient : deferredAttempt(recipient, deferral);
  const words = attempt.diagnostic ?? "";
  const server = serverFamily(report, attempt);
  const reply = readReply(words);
  const facts = bounceFacts(report, attempt, reply.words);
  const matchStatus = deferral?.status ?? wordsOverGuess(report, recipient) ?? status;
  // Set field by field: spreads of optional parts were a fifth of explain()'s own time.
  const input: { -readonly [K in keyof MatchInput]: MatchInput[K] } = {
    text: words,
    family: server.family,
    temporary: recipient.temporary,
    reply,
  };
  // "expired" is the give-up's own verdict, not what the reply it quotes says
  if (deferral === undefined || recipient.reason !== "expired") input.reason = recipient.reason;
  if (waiting) input.waiting = true;
  if (report.dialect === CHALLENGE_DIALECT) input.challenge = true;
  if (matchStatus !== undefined) input.status = matchStatus;
  if (server.remote !== undefined) input.remoteServer = server.remote;
  if (server.writer !== undefined) input.writer = server.writer;
  if (facts.recipientDomain !== undefined) input.recipientDomain = facts.recipientDomain;
  const replyCode = attempt.replyCode ?? findReplyCode(words);
  if (replyCode !== undefined) input.replyCode = replyCode;
  if (attempt.command !== undefined) input.command = attempt.command.toUpperCase();
  const senderDomain =
    domainOfAddress(report.original?.from) ?? domainOfAddress(report.original?.returnPath);
  if (senderDomain !== undefined) input.senderDomain = senderDomain;
  const read = recipient.evidence;
  // By index: a for-of over an array costs more in V8's baseline code (this runs per recipient).
  for (let i = 0; i < read.length; i++) {
    const e = read[i] as Evidence;
    if (e.fact !== "reason") continue;
    if (e.field === UNKNOWN_USER_AWAY_FROM_RCPT) input.wording = "userunknown";
    else if (e.field === FROM_STATUS_TABLE || e.text === REFUSED_TITLE) input.reasonByCode = true;
  }
  return { status, waiting, final, attempt, server, facts, input };
}

/**
 * The reply's class in place of the recipient's status, when the status is the sending server's
 * guess from the bare reply code and no provider's rule read the status as written (as
 * finishRecipient() read it): the reply is read as it reads alone.
 */
function wordsOverGuess(report: BounceReport, recipient: RecipientFacts): string | undefined {
  const alone = replyWithoutGuess(report.dialect, recipient.status, recipient.diagnostic);
  if (alone === undefined) return undefined;
  // the classifier's evidence is the recipient's last reason evidence (finishRecipient() adds it)
  const reasons = recipient.evidence.filter((e) => e.fact === "reason");
  const reason = reasons[reasons.length - 1];
  return reason !== undefined && !isProviderRule(reason) ? alone.status : undefined;
}

/**
 * RFC 3463's title of x.7.1, which Exchange and list managers write as a refusal's whole text: the
 * reason reads it as a refused sender (Sisimai's "rejected"), yet it says no more than the code.
 */
const REFUSED_TITLE = ianaFor("5.7.1")?.texts[0]?.toLowerCase();

/**
 * The recipient explained with `match` as its meaning: diagnose() gives it the best match; the
 * code command gives it each meaning it lists, so each is told as a bounce would tell it.
 */
export function explainAs(
  report: BounceReport,
  recipient: RecipientFacts,
  reading: Reading,
  match: CatalogMatch,
): Explanation {
  const { status, waiting, final, attempt, server, facts } = reading;
  const matchStatus = reading.input.status;
  const diagnostic = recipient.diagnostic ?? "";
  const shared = onSharedPool(match.entry, facts.ip, match.provider?.id);
  const entry = forNamedSender(forNamedList(shared?.entry ?? match.entry, facts), diagnostic);
  let values: FillValues =
    match.provider !== undefined ? { ...facts, provider: match.provider.name } : facts;
  if (shared !== undefined) values = { ...values, ...shared.values };
  const fill = (text: Localized): Localized => fillLocalized(text, values);
  let actions: ActionId[] = [...entry.actions];
  let fix: Localized[] = entry.fix.map(fill);

  // The recipient's address: not a refused sender (the reason "rejected", as x.1.7 and x.1.8 say),
  // whose fix corrects the sender's address (a typed Bcc's correction beside it read as two).
  const isAddressProblem =
    recipient.reason !== "rejected" &&
    (status?.slice(1, 4) === ".1." ||
      recipient.reason === "userunknown" ||
      recipient.reason === "hostunknown" ||
      entry.actions.includes("resend-corrected-address"));
  const written = writtenAddress(report.original, recipient);
  // The message's other domains suggest a fix only for a domain that does not exist: next to a
  // domain that does, one slip apart, either may be the one mistyped.
  const noDomain = recipient.reason === "hostunknown" || status?.slice(1) === ".1.2";
  const nearby = noDomain ? messageDomains(report.original) : [];
  let hints = isAddressProblem ? addressHints(recipient.address, diagnostic, written, nearby) : [];
  const typo = hints.some((h) => h.kind === "domain-typo");
  if (hints.some((h) => h.kind === "stale-autocomplete")) {
    actions = withAction(actions, "clear-autocomplete-entry", true);
    fix = [SENDER.clearAutocomplete, ...fix.filter((step) => step !== SENDER.clearAutocomplete)];
  }
  const authProblem =
    isAuthenticationProblem(status, diagnostic) || entry.actions.includes("check-spf-dkim-dmarc");
  // A known forward says more than the original's To and Cc: which address sent it on.
  const forward = forwardOf(recipient);
  const forwarded =
    forward &&
    forwardAdvice({ fix, actions, hints }, forward, {
      address: isAddressProblem,
      auth: authProblem,
    });
  // An X.500 address is not the form To and Cc show, so it cannot be looked for there. A Bcc
  // the user typed (typedAsBcc) keeps the advice for a typed address, said to be their Bcc.
  const unlisted =
    forward === undefined &&
    report.original !== undefined &&
    !hints.some((h) => h.kind === "x500-address") &&
    notWritten(report.original, recipient);
  const bcc = unlisted && typedAsBcc(report, recipient);
  const sentOn =
    unlisted && !bcc && report.original !== undefined
      ? notWrittenAdvice({ fix, actions, hints }, report.original, isAddressProblem)
      : undefined;
  if (bcc && isAddressProblem) fix = typedBccSteps(fix);
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
  // that lifts in a day, given as 550, was refused at once. A notice that says the message expired
  // with a temporary status retried it, whatever code its own verdict carries (Amazon SES's "554
  // 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>").
  const over = final && entry.temporary;
  const expiredRetried = recipient.reason === "expired" && matchStatus?.startsWith("4") === true;
  const gaveUp =
    over && (expiredRetried || (attempt.replyCode ?? matchStatus)?.startsWith("5") !== true);
  const expiry = isExpiryMeaning(entry);
  // A delay whose meaning does not pass by itself: the retries go on, but someone must act.
  const inVain = waiting && !entry.temporary && !expiry;
  // A post held for review: nothing retries it, a person decides.
  const retried = waiting && entry.heldForReview !== true;
  // What the notice says of the retries (an expiry meaning, x.4.7, says it gave up itself).
  const told: RetryState | undefined = inVain
    ? "trying-in-vain"
    : retried
      ? "still-trying"
      : gaveUp && !expiry
        ? "gave-up"
        : undefined;
  if (over) {
    actions = actions.filter((action) => action !== "wait-for-retry");
    fix = fix.filter((step) => step !== SENDER.waitForRetry);
    // An admin's cause (your server's PTR, the receiver's policy) does not pass in an hour: the
    // resend waits for their fix and comes after their steps, with no "clears by itself".
    const adminsCause = entry.owner !== "you" && entry.owner !== "nobody";
    // A destination that gave no answer, or broke off, for the whole retry period (hours or
    // days): as after an expiry, "wait an hour, this often clears by itself" changes nothing.
    const resend =
      gaveUp && isUnreachableMeaning(entry) ? SENDER.expiredTellRecipient : SENDER.retryLater;
    fix = fix.map((step) => (step === SENDER.retryLater ? resend : onFinalNotice(step)));
    // An entry's own "retry-later" stands for the hour's wait, which an admin's cause never is (it
    // is dropped below beside the resend after their fix).
    if (
      (adminsCause || !entry.actions.includes("retry-later")) &&
      !fix.some((step) => resendWait(step) !== undefined)
    )
      fix = adminsCause ? [...fix, SENDER.resendAfterFix] : [resend, ...fix];
  }
  if (waiting || recipient.temporary || entry.temporary) {
    // While the server still retries, sending again now would only duplicate the message.
    if (waiting) {
      actions = actions.filter((action) => !SEND_AGAIN_ACTIONS.has(action));
      fix = whileRetrying(fix);
    }
    if (!waiting || retried)
      actions = withAction(actions, waiting ? "wait-for-retry" : "retry-later", !inVain);
    // while it retries, the first step says no resend is needed (retryingSteps), unless in vain
    const acting = fix.filter((s) => s !== SENDER.waitForRetry);
    if (retried) fix = retryingSteps(acting, inVain);
  }
  // "Retry later" tells an hour's wait: not beside a step that names a longer one or a condition.
  if (fix.some((step) => resendWait(step) === "later"))
    actions = actions.filter((action) => action !== "retry-later");
  // A give-up of a deferral the meaning says waiting does not clear: its fix first, no hour's wait.
  const lasting =
    gaveUp && entry.lastingDeferral !== undefined
      ? LASTING_DEFERRAL[entry.lastingDeferral]
      : undefined;
  if (lasting !== undefined) {
    const { then, replaces = [], action } = lasting;
    // a typed Bcc's step (typedBccSteps) already corrects the address, to be sent to it alone
    const steps = fix.includes(SENDER.typedBcc)
      ? lasting.steps.filter((step) => step !== SENDER.checkAddress)
      : lasting.steps;
    const said = new Set([...OUTLIVED_WAITS, ...steps, ...replaces]);
    if (then !== undefined) said.add(then);
    fix = [
      ...steps,
      ...fix.filter((step) => !said.has(step)),
      ...(then === undefined ? [] : [then]),
    ];
    actions = actions.filter((a) => a !== "retry-later");
    if (action !== undefined) actions = withAction(actions, action, true);
  }
  // a sender's step under "if it lasts" is told without it too, as the admin's are (adminSteps)
  if (told === "gave-up") fix = fix.map(onGiveUp);

  const auth = authProblem ? authCheck(report.original) : undefined;
  // The check's action only where the reply names SPF, DKIM or DMARC (a PTR refusal names none).
  if (auth !== undefined && asksSpfDkimDmarcCheck(status, diagnostic))
    actions = withAction(actions, "check-spf-dkim-dmarc");
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
  const publicDomain = namesPublicDomain(entry, facts.domain, diagnostic);
  const summary = fill(
    summaryForPublicDomain(
      toldByNotice(
        waiting && expiry ? NOT_EXPIRED_YET : whileItRetries(entry, "summary", final, told),
        told,
        fix,
        { replyCode: attempt.replyCode, codes: [attempt.status, entry.code] },
      ),
      publicDomain,
    ),
  );
  // a public service's domain, named as the one that failed, is not the sender's to fix
  const causeEntry = causeForPublicDomain(entry, publicDomain);
  const explanation: { -readonly [K in keyof Explanation]: Explanation[K] } = {
    id: entry.id,
    code: entry.code,
    // An expiry meaning's name ("Message expired") on a delay warning would say it gave up.
    title:
      waiting && expiry
        ? titleOf(DELAYED_ENTRY, undefined)
        : titleInReply(titleOf(entry, match.matchedText), diagnostic),
    source: entry.source,
    // Nobody else acts once the server has given up: sending again is the sender's.
    owner:
      typo || (over && entry.owner === "nobody" && lasting === undefined)
        ? "you"
        : (forwarded?.owner ?? lasting?.owner ?? entry.owner),
    temporary: recipient.temporary,
    summary,
    // An expiry meaning's cause ("did not finish before the message's expiry time") on a delay
    // warning says the opposite of its title and summary: the delay's cause, as its title.
    cause: fill(
      waiting && expiry
        ? DELAYED_ENTRY.cause
        : told === "gave-up"
          ? causeGivenUp(causeEntry.cause)
          : over
            ? causeNotRetried(causeEntry.cause)
            : told === "still-trying"
              ? causeStillRetried(whileItRetries(causeEntry, "cause", final))
              : whileItRetries(causeEntry, "cause", final),
    ),
    fix,
    adminFix: stepsForTenant(
      report,
      entry,
      stepsForPublicDomain(
        stepsForNamedChecks(adminSteps(entry.adminFix, waiting, final, told), diagnostic),
        facts.domain,
        diagnostic,
      ),
    ).map(fill),
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

function explain(report: BounceReport, recipient: RecipientFacts): Explanation {
  const reading = readRecipient(report, recipient);
  return explainAs(report, recipient, reading, bestMatch(reading.input));
}

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
