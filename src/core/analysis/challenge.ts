// Sender-verification ("challenge-response") replies: the recipient's filter holds the message
// until the sender proves to be a person. Often marked as automatic replies (RFC 3834), yet the
// message has not reached the recipient: it is held, and only the sender can release it.
import type { BounceSource, DecodedRecipient } from "../dialects/types";
import type { Evidence, EvidenceSource } from "../types";
import { headerValue } from "../mime/headers";
import { addressesIn } from "../dialects/common/text-addresses";
import { marksOf } from "../dialects/common/marks";
import { looksLikeBounce } from "./signs";
import { CHALLENGE_ASKS, CHALLENGE_HOLDS, CHALLENGE_SUBJECTS } from "./challenge-marks";

/** The report's dialect for a challenge: the explanation is chosen by it (bestMatch). */
export const CHALLENGE_DIALECT = "challenge-response";

/** How much of the text the challenge's words are looked for in: they open the reply. */
const OPENING_CHARS = 3000;

const lower = (s: string): string => s.toLowerCase();

/** A sentence: up to a full stop before a space or the end (not one inside an address or link). */
const SENTENCE = /(?:[^.!?。]|[.!?](?=\S))+(?:[.!?。]|$)/g;

const LINK = /\bhttps?:\/\/\S+/gi;

/** The addresses of the challenge's own addressee: the sender, never the held-back recipient. */
function addresseeOf(src: BounceSource): ReadonlySet<string> {
  const fields = ["to", "cc"].map((name) => headerValue(src.headers, name) ?? "");
  return new Set(fields.flatMap((f) => addressesIn(f)).map(lower));
}

function evidence(fact: string, source: EvidenceSource, field: string, text: string): Evidence {
  return { fact, source, field, text };
}

/**
 * The recipient a challenge holds the message for: the returned original's To, else the first
 * address its words name that is not the sender's own, else the challenge's From (services that
 * write on the recipient's behalf send from the recipient's address).
 */
function heldFor(
  src: BounceSource,
  opening: string,
): { address: string; evidence: Evidence } | undefined {
  const original = headerValue(src.originalHeaders ?? [], "to");
  const written = original === undefined ? undefined : addressesIn(original)[0];
  if (original !== undefined && written !== undefined)
    return { address: written, evidence: evidence("address", "attachment", "To", original) };
  const sender = addresseeOf(src);
  // (not in the links: a link's query holds addresses with the URL's characters around them)
  const words = opening.replace(LINK, " ");
  // as written: it is the evidence quoted to the user
  const named = addressesIn(words, { asWritten: true }).find((a) => !sender.has(lower(a)));
  if (named !== undefined)
    return { address: named, evidence: evidence("address", "body", "text", named) };
  const from = addressesIn(src.from)[0];
  return from === undefined
    ? undefined
    : { address: from, evidence: evidence("address", "header", "From", src.from) };
}

/** The sentence of the text that says the message is held (else the one that asks), as written:
 * the services wrap their sentences anywhere. */
function heldSentence(raw: string): string | undefined {
  const sentences = raw.replace(/\s+/g, " ").match(SENTENCE) ?? [];
  const holds = marksOf(CHALLENGE_HOLDS);
  const asks = marksOf(CHALLENGE_ASKS);
  const held = sentences.find((s) => holds.in(lower(s)));
  return (held ?? sentences.find((s) => asks.in(lower(s))))?.trim();
}

/**
 * The recipient of a sender-verification challenge, or undefined when the message is not one:
 * no delivery report, and words that ask the sender to prove to be a person beside words (or a
 * subject) that say the message waits for it.
 */
export function challengeRecipient(src: BounceSource): DecodedRecipient | undefined {
  if (src.deliveryStatus !== undefined || looksLikeBounce(src.headers)) return undefined;
  const raw = src.text.slice(0, OPENING_CHARS);
  const opening = lower(raw).replace(/\s+/g, " ");
  if (!marksOf(CHALLENGE_ASKS).in(opening)) return undefined;
  const held =
    marksOf(CHALLENGE_HOLDS).in(opening) || marksOf(CHALLENGE_SUBJECTS).in(lower(src.subject));
  if (!held) return undefined;
  const who = heldFor(src, raw);
  if (who === undefined) return undefined;
  const line = heldSentence(raw);
  return {
    address: who.address,
    reason: "filtered",
    ...(line === undefined ? {} : { diagnostic: line }),
    evidence: [
      who.evidence,
      ...(line === undefined ? [] : [evidence("diagnostic", "body", "challenge", line)]),
    ],
  };
}
