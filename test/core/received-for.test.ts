// The address a failed recipient was first sent to, from the returned original's Received "for"
// (original/received-for.ts): only the one envelope recipient, only when To or Cc shows it and
// not the failed address.
import { withReceivedFor } from "../../src/core/original/received-for";
import type { RecipientFacts } from "../../src/core";

const received = (...fors: string[]) =>
  fors.map((f) => ({
    name: "received",
    value: `from localhost by mx.fabrikam.example with ESMTP id 1 for <${f}>; Sat, 5 Dec 2026 18:38:28 +0000`,
  }));
const failed: RecipientFacts = {
  address: "k.lee@other.example",
  temporary: false,
  reason: "userunknown",
  evidence: [],
};
const LIST = "board@fabrikam.example";

test.each([
  // [To, the Received headers' "for" addresses, the original read]
  [[LIST], [LIST], LIST],
  [[LIST], [LIST, "Board@fabrikam.example"], LIST],
  // two envelope recipients, or one the To does not show, or the failed address shown
  [[LIST], [LIST, "ann@fabrikam.example"], undefined],
  [["ann@fabrikam.example"], [LIST], undefined],
  [[LIST, "k.lee@other.example"], [LIST], undefined],
  [[LIST], [], undefined],
])("To %j, for %j: %s", (to, fors, original) => {
  const [r] = withReceivedFor([failed], { to, cc: [] }, received(...fors));
  expect(r?.originalRecipient).toBe(original);
});
