// A failed address that an alias, list or forward sent the message on to, known from the address
// the user wrote: the recipient's Original-Recipient (a DSN's field, Sendmail's Final-Recipient
// beside its X-Actual-Recipient, or a text report's "expanded from" words), when it is another
// mailbox, not the same one spelled otherwise. Resending to the written address reaches the same
// forward and fails again: only whoever runs that address can fix or remove the forward.
import type { Owner, RecipientFacts } from "../types";
import { SENDER } from "../catalog/steps";
import { sameMailbox } from "../same-mailbox";
import { isX500 } from "./address";
import { fillLocalized } from "./fill";
import { KNOWN_DOMAINS } from "./known-domains";
import { isTyped, withoutTyped, type AddressAdvice } from "./not-written";

export interface Forward {
  /** The address the user wrote (the alias, list or forward). */
  readonly written: string;
  /** The failed mailbox it sent the message on to. */
  readonly target: string;
}

export function forwardOf(
  recipient: Pick<RecipientFacts, "address" | "originalRecipient">,
): Forward | undefined {
  const { address: target, originalRecipient: written } = recipient;
  // an Exchange X.500 name is the same mailbox's other form, not another mailbox
  if (!written || !target || isX500(written) || isX500(target)) return undefined;
  return sameMailbox(written, target) ? undefined : { written, target };
}

const PERSONAL: ReadonlySet<string> = new Set(KNOWN_DOMAINS);

/**
 * Who fixes a forward whose target is no mailbox: the person, for an address at a consumer mail
 * provider (a forward they set up themselves); else the mail admin of the written address's
 * domain, who runs its aliases and lists.
 */
function forwardOwner(forward: Forward): Owner {
  const domain = forward.written.slice(forward.written.lastIndexOf("@") + 1).toLowerCase();
  return PERSONAL.has(domain) ? "recipient" : "recipient-admin";
}

/**
 * The advice for a forward's failed target. Where the advice was for a mistyped address (an
 * address problem, `problem.address`: the target or its domain does not exist) it leads with the
 * forward and both addresses (the refusal's meaning is the summary, not repeated), then who
 * fixes it, and names that owner; the typed-address steps, actions and stale-suggestion hint go. Another failure (a full
 * mailbox, a block) keeps its advice and owner, after a note of which mailbox the report is
 * about, without typed-address steps (the target is not what the user typed); for an
 * authentication refusal (`problem.auth`) the note says how the forward itself breaks SPF.
 */
export function forwardAdvice(
  advice: AddressAdvice,
  forward: Forward,
  problem: { readonly address: boolean; readonly auth: boolean },
): AddressAdvice & { readonly owner?: Owner } {
  const values = { written: forward.written, target: forward.target };
  const typed = isTyped(advice);
  const kept = typed ? withoutTyped(advice) : advice;
  if (!problem.address || !typed) {
    const note = problem.auth ? SENDER.forwardedAuthNote : SENDER.forwardedNote;
    return { ...kept, fix: [fillLocalized(note, values), ...kept.fix] };
  }
  const fix = [
    fillLocalized(SENDER.forwardRefused, values),
    fillLocalized(SENDER.forwardTellOwner, values),
    ...kept.fix,
  ];
  return { ...kept, fix, owner: forwardOwner(forward) };
}
