// Cheap tests dialects share: does the text, subject or sender carry one of some lower-case marks?
import type { BounceSource } from "../types";
import type { Marks } from "./marks";
import { textLines } from "./text-lines";

/** True when the bounce's text (its first 4,000 characters) holds any of `marks`. */
export function textHas(src: BounceSource, marks: Marks): boolean {
  return marks.in(textLines(src).head());
}

export function subjectHas(src: BounceSource, marks: readonly string[]): boolean {
  const subject = src.subject.toLowerCase();
  return marks.some((m) => subject.includes(m));
}

export function fromHas(src: BounceSource, marks: readonly string[]): boolean {
  const from = src.from.toLowerCase();
  return marks.some((m) => from.includes(m));
}

/** True when the bounce has no per-recipient delivery-status blocks of its own. */
export function lacksDsn(src: BounceSource): boolean {
  return (src.deliveryStatus?.recipients.length ?? 0) === 0;
}
