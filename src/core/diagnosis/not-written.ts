// A failed address the user did not write: the returned original's To and Cc do not show it, so
// the message reached it as a Bcc the user added, or a group, mailing list, forward or alias sent
// it on. The advice for a mistyped address (check it, clear Outlook's suggestion, resend it
// corrected) fits only the Bcc case: nobody fixes someone else's list by retyping. The one rule
// for it, used by diagnose() and by the resend form (which addresses such a recipient alone).
import type {
  ActionId,
  AddressHint,
  BounceReport,
  Localized,
  OriginalMessage,
  RecipientFacts,
} from "../types";
import { hostOf } from "../host";
import { YOU } from "../catalog/providers/steps";
import { SENDER } from "../catalog/steps";
import { normalizeAddress } from "../analysis/finish";
import { isMailbox } from "../mailbox";
import { addressKey, addresseeKeys } from "../original/addressees";
import { isX500 } from "./address";
import { fillLocalized } from "./fill";

/**
 * True when the original's To and Cc are known and show neither the failed address nor the
 * address it was first sent to (a DSN's Original-Recipient: what the user wrote, before the
 * receiver's alias rewrote it). No To and Cc (no original returned, or "undisclosed-recipients"):
 * nothing is known, and false.
 */
export function notWritten(
  original: Pick<OriginalMessage, "to" | "cc"> | undefined,
  recipient: Pick<RecipientFacts, "address" | "originalRecipient">,
): boolean {
  if (original === undefined || original.to.length + original.cc.length === 0) return false;
  const written = addresseeKeys(original);
  const sent = [recipient.address, recipient.originalRecipient];
  return !sent.some((address) => address !== undefined && written.has(addressKey(address)));
}

/**
 * True when the failed address, absent from To and Cc, was given as it is to the server that
 * wrote the notice by the user's own mail program: the returned original has one Received line,
 * written by that server (the submission itself), and the server records the address it was
 * given as the address itself (Original-Recipient, with no "expanded from" in its text). Nothing
 * between the user and that server could have expanded it, and the server says it did not: a
 * Bcc the user typed. Without an Original-Recipient nothing says so: Exim's notice for an
 * envelope rewritten at submission reads like its notice for a Bcc.
 */
export function typedAsBcc(
  report: Pick<BounceReport, "generatingServer" | "reportingMta" | "original">,
  recipient: Pick<RecipientFacts, "address" | "originalRecipient">,
): boolean {
  const hops = report.original?.received ?? [];
  const server = hostOf(report.generatingServer ?? report.reportingMta)?.toLowerCase();
  const by = hostOf(hops[0]?.by)?.toLowerCase();
  const original = recipient.originalRecipient;
  return (
    hops.length === 1 &&
    server !== undefined &&
    by === server &&
    original !== undefined &&
    addressKey(original) === addressKey(recipient.address)
  );
}

/**
 * The address the user wrote for this recipient, the one rule for every offer to resend or to
 * clear a suggestion: the failed address or its Original-Recipient as the original's To or Cc
 * shows it; else the Original-Recipient (what the sending server was given, before an alias,
 * list or forward rewrote it: "expanded from"); else the failed address. An address that is no
 * mailbox (none, or an X.500 name encapsulated by Exchange) is nothing.
 */
export function writtenAddress(
  original: Pick<OriginalMessage, "to" | "cc"> | undefined,
  recipient: Pick<RecipientFacts, "address" | "originalRecipient">,
): string | undefined {
  const listed = [...(original?.to ?? []), ...(original?.cc ?? [])];
  const shown = (sent: string | undefined) =>
    sent ? listed.find((a) => addressKey(a) === addressKey(sent)) : undefined;
  const address =
    shown(recipient.address) ??
    shown(recipient.originalRecipient) ??
    recipient.originalRecipient ??
    recipient.address;
  const bare = address && normalizeAddress(address);
  return bare && isMailbox(bare) && !isX500(bare) ? bare : undefined;
}

/** Steps that have the user check the address they typed and send to it again (a typed Bcc's
 * step says so already: the null MX's domain check beside it was a second correction). */
const CHECK_STEPS: ReadonlySet<Localized> = new Set([
  SENDER.checkAddress,
  SENDER.checkDomain,
  YOU.checkAddress,
  SENDER.checkAddressWhileRetrying,
]);
/** Steps that fit only an address the user typed. */
const TYPED_STEPS: ReadonlySet<Localized> = new Set([...CHECK_STEPS, SENDER.clearAutocomplete]);

/**
 * The steps for a Bcc the user typed (typedAsBcc): the Bcc step says to correct the address and
 * send to it alone, so a step to check it and "send the message again" (to everyone) would say
 * the same thing twice and contradict it.
 */
export function typedBccSteps(fix: readonly Localized[]): Localized[] {
  return [SENDER.typedBcc, ...fix.filter((step) => !CHECK_STEPS.has(step))];
}
const TYPED_ACTIONS: ReadonlySet<ActionId> = new Set([
  "resend-corrected-address",
  "clear-autocomplete-entry",
]);

/** Words that name a group or list: a local part of them (team@, x-users@), a host (lists.). */
const LIST_WORDS = [
  "all",
  "everyone",
  "team",
  "staff",
  "group",
  "list",
  "members",
  "announce",
  "discuss",
  "users",
  "committee",
  "board",
  "faculty",
  "club",
];
const LIST_LOCAL = new RegExp(
  `^(?:${LIST_WORDS.join("|")})(?:[-_.].*)?$|[-_.](?:l|${LIST_WORDS.join("|")})$`,
  "i",
);
const LIST_HOST =
  /^(?:lists?|listes?|listas|groups?|ml)\.|(?:^|\.)(?:googlegroups\.com|groups\.io)$/i;

/** The original's one To address when it looks like a group or list (team@, x-users@, @lists.). */
function groupOf(original: Pick<OriginalMessage, "to">): string | undefined {
  const [to, ...more] = original.to;
  if (to === undefined || more.length > 0) return undefined;
  const at = to.lastIndexOf("@");
  return LIST_LOCAL.test(to.slice(0, at)) || LIST_HOST.test(to.slice(at + 1)) ? to : undefined;
}

export interface AddressAdvice {
  readonly fix: readonly Localized[];
  readonly actions: readonly ActionId[];
  readonly hints: readonly AddressHint[];
}

/** Whether the advice holds a step or action that fits only an address the user typed. */
export function isTyped(advice: AddressAdvice): boolean {
  return (
    advice.fix.some((step) => TYPED_STEPS.has(step)) ||
    advice.actions.some((action) => TYPED_ACTIONS.has(action))
  );
}

/** The advice without its typed-address steps and actions and the stale-suggestion hint. */
export function withoutTyped(advice: AddressAdvice): AddressAdvice {
  return {
    fix: advice.fix.filter((step) => !TYPED_STEPS.has(step)),
    actions: advice.actions.filter((action) => !TYPED_ACTIONS.has(action)),
    hints: advice.hints.filter((hint) => hint.kind !== "stale-autocomplete"),
  };
}

/**
 * The advice for an address the user did not write, from the advice for a typed one. For an
 * address problem (`addressProblem`) the steps for the Bcc case and for a group's or forward's
 * owner lead (naming the group when the original's To looks like one); elsewhere (a network or
 * routing failure that also asks to check the address) the Bcc step stands where the typed one
 * was, since nothing says the address itself fails. The typed-address steps and actions and the
 * stale-suggestion hint go. Advice with no typed-address step or action is not about the
 * recipient's address (a sender's address refused, x.1.7) and stays as it is.
 */
export function notWrittenAdvice(
  advice: AddressAdvice,
  original: Pick<OriginalMessage, "to">,
  addressProblem: boolean,
): AddressAdvice | undefined {
  if (!isTyped(advice)) return undefined;
  const { fix: kept, actions, hints } = withoutTyped(advice);
  if (!addressProblem) {
    const at = advice.fix.findIndex((step) => TYPED_STEPS.has(step));
    const fix = at < 0 ? kept : [...kept.slice(0, at), SENDER.notWrittenBcc, ...kept.slice(at)];
    return { fix, actions, hints };
  }
  const group = groupOf(original);
  const owner = fillLocalized(SENDER.notWrittenTellOwner, group === undefined ? {} : { group });
  return { fix: [SENDER.notWrittenBcc, owner, ...kept], actions, hints };
}
