// Cheap tests dialects share: does the text, subject or sender carry one of some lower-case marks?
import type { BounceSource } from "../types";
import type { Marks } from "./marks";
import { lastAnswer } from "../../last-answer";
import { textLines } from "./text-lines";

/** True when the bounce's text (its first 4,000 characters) holds any of `marks`. */
export function textHas(src: BounceSource, marks: Marks): boolean {
  return marks.in(textLines(src).head());
}

/** The Subject and From lower-cased, once per bounce: most detectors test one of them. */
const lowered = lastAnswer((src: BounceSource) => ({
  subject: src.subject.toLowerCase(),
  from: src.from.toLowerCase(),
}));

/** True when `text` holds any of `marks` (a loop: a callback per mark cost more here). */
function holdsAny(text: string, marks: readonly string[]): boolean {
  for (let i = 0; i < marks.length; i++) if (text.includes(marks[i] as string)) return true;
  return false;
}

export function subjectHas(src: BounceSource, marks: readonly string[]): boolean {
  return holdsAny(lowered(src).subject, marks);
}

export function fromHas(src: BounceSource, marks: readonly string[]): boolean {
  return holdsAny(lowered(src).from, marks);
}

/** True when the bounce has no per-recipient delivery-status blocks of its own. */
export function lacksDsn(src: BounceSource): boolean {
  return (src.deliveryStatus?.recipients.length ?? 0) === 0;
}
