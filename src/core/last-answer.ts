// A function's answer kept for the last argument it was asked about. The engine reads one bounce
// at a time and asks the same questions of it again and again (the dialect detectors some twenty
// times per bounce; isMailbox 4.7 times per report, of 1.1 addresses): a map lookup per call cost
// more than the answer itself for the cheap ones, and the last answer is all a bounce reuses.

const NONE: unique symbol = Symbol("none");

/** `compute`, its answer remembered for the last argument (an object by identity, text by value). */
export function lastAnswer<K, V>(compute: (key: K) => V): (key: K) => V {
  let last: K | typeof NONE = NONE;
  let answer: V | undefined;
  return (key) => {
    if (key !== last) {
      answer = compute(key);
      last = key;
    }
    return answer as V;
  };
}
