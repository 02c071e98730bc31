// Cheap tests dialects share: does the text, subject or sender carry one of some lower-case marks?
import type { BounceSource } from "../types";
import type { Marks } from "./marks";

/** The lower-cased first 4,000 characters of each bounce's text, computed once per bounce. */
const heads = new WeakMap<BounceSource, string>();

/** True when the bounce's text (first 4,000 characters) holds any of `marks`. */
export function textHas(src: BounceSource, marks: Marks): boolean {
  let head = heads.get(src);
  if (head === undefined) {
    head = src.text.slice(0, 4000).toLowerCase();
    heads.set(src, head);
  }
  return marks.in(head);
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
