// MailChannels' entries are found by their bracketed tags or their own phrasings: a common reply
// from its servers, or a tag-like word elsewhere, must not select one of them.
import { lookupCode } from "../../../src/core";

const CASES: readonly (readonly [string, string, string])[] = [
  ["5.7.1", "550 5.7.1 Sender address blocked by local policy", "mx1.mailchannels.net"],
  ["5.7.1", "550 5.7.1 Message rejected", "mx1.mailchannels.net"],
  ["5.0.0", "550 Message blocked", "relay.mailchannels.net"],
  ["4.7.1", "450 4.7.1 Try again later", "mx1.mailchannels.net"],
  ["5.7.1", "550 5.7.1 [RBL] Sender blocked 203.0.113.9", "mx.example.net"],
];

test.each(CASES)("%s %s from %s is not a MailChannels entry", (status, text, remote) => {
  const found = lookupCode(status, { text, remote });
  expect(found[0]?.id).toBeDefined();
  expect(found[0]?.id).not.toMatch(/^mailchannels-/);
});
