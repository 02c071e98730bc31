// A value computed once per bounce and shared by every decoder that asks for it. Bounces are read
// one at a time, so the last bounce's value is kept: a WeakMap lookup per call cost more than the
// value itself for the cheap ones (the dialect detectors ask some twenty times per bounce).
import type { BounceSource } from "../types";

/** `compute` memoised for the last bounce it was asked about (recomputed for another one). */
export function perBounce<T>(compute: (src: BounceSource) => T): (src: BounceSource) => T {
  let last: BounceSource | undefined;
  let value: T | undefined;
  return (src) => {
    if (src !== last) {
      value = compute(src);
      last = src;
    }
    return value as T;
  };
}
