// A deferral whose whole text is "try again later" reads as a deferral owned by nobody (hMailServer's
// greylisting, ASSP's delaying); the same words after a reason, under a code of its own, or in a
// permanent refusal keep their own meanings.
import { lookupCode } from "../../src/core";

const first = (code: string, text: string): string | undefined => lookupCode(code, { text })[0]?.id;

test.each([
  ["451", "451 Please try again later."],
  ["4.7.1", "451 4.7.1 Please try again later"],
  ["4.0.0", "451 Try again later"],
])("%s %s: a deferral without a reason", (code, text) => {
  expect(first(code, text)).toBe("deferred-try-later");
});

test("a code of its own keeps its meaning: 452 4.3.2, the registry's busy receiver", () => {
  expect(first("4.3.2", "452 4.3.2 try again later")).toBe("iana-4.3.2");
});

test.each([
  // a reason before the words
  [
    "4.7.1",
    "451 4.7.1 Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
  ],
  // a permanent refusal that says to try later
  ["5.0.0", "554 Please try again later"],
])("%s %s is no bare deferral", (code, text) => {
  expect(first(code, text)).not.toBe("deferred-try-later");
});
