// RFC 5321's standard text of a reply code (section 4.2.2) names no cause: "421 <domain> Service not
// available, closing transmission channel" is a receiver that will not take mail now, the
// registry's busy system (nobody's while retried), though the reason classifier files the phrase
// under Sisimai's `blocked`. Words that name a cause, or a status that does, keep their meaning.
import { lookupCode } from "../../src/core";

const first = (code: string, text: string): string | undefined => lookupCode(code, { text })[0]?.id;

test.each([
  ["421", "421 Service not available, closing transmission channel"],
  ["421", "421 mx1.fabrikam.example Service not available, closing transmission channel"],
  ["421", "421 fabrikam.example Service not available, closing transmission channel."],
])("%s %s: the code's own meaning, no block", (code, text) => {
  expect(first(code, text)).toBe("iana-4.3.2");
});

test.each([
  [
    "421",
    "421 Your IP is temporarily blocked, please try again later",
    "refused-sending-server-deferred",
  ],
  ["5.2.2", "552 5.2.2 Requested mail action aborted: exceeded storage allocation", "iana-5.2.2"],
])("%s %s keeps the meaning its words or status name", (code, text, id) => {
  expect(first(code, text)).toBe(id);
});
