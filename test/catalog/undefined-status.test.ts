// The registry's x.0.0 ("Other undefined Status") is the meaning of every reply whose code names
// no cause and whose words no entry reads. Its summary said "The server did not say more than
// whether it failed", false where the reply has words: the sixth help-desk review's "557 Email
// address - ... - is not available here" and a sender-verification link ("Delivery will ONLY
// occur if you click on this link"). It now says the code names no cause and sends the reader to
// the reply's own words, true with words and without.
import { lookupCode } from "../../src/core";

it.each([
  // test/corpus/lab-replies3 courier/p01-expiry+refusal.eml and opensmtpd/p40-refusal.eml
  ["557 Email address - ely@elycompean.com - is not available here. Disconnecting...", "5.0.0"],
  [
    "554 READ THIS: : IMPORTANT ACTION REQUIRED: Delivery will ONLY occur if you click on this link https://mail2.macace.example/cgi/user.cgi",
    "5.0.0",
  ],
  ["550 message rejected", "5.0.0"],
  ["452 requested action aborted: try again later - GL/GL", "4.0.0"],
  ["550", "5.0.0"],
])("%s: the summary points to the reply's words", (reply, status) => {
  const meanings = lookupCode(status, { text: reply });
  const e = meanings.find((m) => m.id === `iana-${status}`);
  expect(e).toBeDefined();
  expect(e?.summary.en).toMatch(/names no cause.*reply/);
  expect(e?.summary.en).not.toMatch(/did not say/);
  expect(e?.summary.ja).toMatch(/原因を示しておらず.*応答の文面/);
});
