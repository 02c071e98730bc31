// The admin's steps where the domain that failed authentication is a public mail service's own
// (../catalog/public-domain-steps.ts): the steps that change that domain's records give way to
// the one step that fits, since no record of the sender's organization can make them pass; the
// summary and the cause then speak of that domain as the sending one, not the sender's own.
import {
  DOMAIN_RECORD_STEP,
  PUBLIC_DOMAIN_CAUSE,
  PUBLIC_DOMAIN_STEP,
} from "../catalog/public-domain-steps";
import { PROVIDERS } from "../catalog/providers/index";
import type { CatalogEntry } from "../catalog/types";
import type { Localized } from "../types";

/** The domains the providers' tables host their users' addresses in ("gmail.com", "yahoo.co.jp"). */
const PUBLIC_DOMAINS: ReadonlySet<string> = new Set(
  PROVIDERS.filter((p) => p.kind === "receiver").flatMap((p) => p.domains),
);

/** Each step's kind, worked out once per step (the entries' steps are shared objects). */
const isRecordStep = new WeakMap<Localized, boolean>();

function changesRecords(step: Localized): boolean {
  let found = isRecordStep.get(step);
  if (found === undefined) {
    found = DOMAIN_RECORD_STEP.test(step.en);
    isRecordStep.set(step, found);
  }
  return found;
}

/** Does the reply name the domain itself (not a longer name that ends in it)? */
function names(diagnostic: string, domain: string): boolean {
  const lower = diagnostic.toLowerCase();
  for (let at = lower.indexOf(domain); at >= 0; at = lower.indexOf(domain, at + 1)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + domain.length);
    if (!/[a-z0-9.-]/.test(before) && !/[a-z0-9-]/.test(after)) return true;
  }
  return false;
}

/**
 * Whether the reply names `domain` and it is a public service's: a domain known only from the
 * original's From may be the service's own user sending through it (Gmail's notice of a gmail.com
 * sender).
 */
function isPublicNamed(domain: string | undefined, diagnostic: string): boolean {
  return domain !== undefined && PUBLIC_DOMAINS.has(domain) && names(diagnostic, domain);
}

/**
 * The admin's steps, with those for a public service's domain's records made the one that fits,
 * where the reply names that domain.
 */
export function stepsForPublicDomain(
  steps: readonly Localized[],
  domain: string | undefined,
  diagnostic: string,
): readonly Localized[] {
  if (!isPublicNamed(domain, diagnostic)) return steps;
  const out: Localized[] = [];
  for (const step of steps) {
    const kept = changesRecords(step) ? PUBLIC_DOMAIN_STEP : step;
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}

/**
 * The summaries' words for the failing domain as the sender's own ("your domain's DMARC policy",
 * "the SPF record of your domain {domain}"), and the public service's domain's name in their place.
 */
const YOUR_DOMAIN = {
  en: /\b[Yy]our (?:own )?domain\b/g,
  ja: /(?:あなた|自分|自組織)のドメイン/g,
};
const SENDING_DOMAIN = { en: "the sending domain", ja: "送信ドメイン" };

/** The text with the failing domain called the sending domain, not the sender's own. */
function asSendingDomain(text: Localized): Localized {
  return {
    en: text.en.replace(YOUR_DOMAIN.en, (words) =>
      words.startsWith("Y") ? `T${SENDING_DOMAIN.en.slice(1)}` : SENDING_DOMAIN.en,
    ),
    ja: text.ja.replace(YOUR_DOMAIN.ja, SENDING_DOMAIN.ja),
  };
}

/**
 * Whether the rule applies to this entry and reply: the reply names a public domain, and the
 * entry's admin steps change that domain's records (worked out once per recipient, for the
 * summary and the cause).
 */
export function namesPublicDomain(
  entry: CatalogEntry,
  domain: string | undefined,
  diagnostic: string,
): boolean {
  return isPublicNamed(domain, diagnostic) && entry.adminFix.some(changesRecords);
}

/**
 * The summary, where the rule applies (the steps for the failing domain's records gave way to the
 * public domain's: stepsForPublicDomain): that domain is the service's, not the sender's
 * (Microsoft's 5.7.509 naming gmail.com said "your domain's DMARC policy").
 */
export function summaryForPublicDomain(summary: Localized, applies: boolean): Localized {
  return applies ? asSendingDomain(summary) : summary;
}

/**
 * The entry with its cause told as the summary is, where the rule applies: a cause that blames the
 * failing domain's records (`ownRecordsCause`: 5.7.509's "the records are missing or wrong" led)
 * gives way to the public domain's, and any other calls the domain the sending one.
 */
export function causeForPublicDomain(entry: CatalogEntry, applies: boolean): CatalogEntry {
  if (!applies) return entry;
  const cause = entry.ownRecordsCause === true ? PUBLIC_DOMAIN_CAUSE : asSendingDomain(entry.cause);
  return { ...entry, cause };
}
