// A registry row's meaning serves both its classes (4.x.x and 5.x.x): a permanent refusal must not
// read as a request to try again later. RFC 3463 keeps X.4.5 "mail system congestion" for a
// persistent transient error, yet Courier answers a session's message cap with "550 ... max
// messages per session" under 5.4.5, and its meaning said the server "asked to try again later"
// (what the code means may be said: a later attempt is the sender's then).
import { IANA_ENTRIES } from "../../src/core/catalog/index";

const RETRY_REQUEST = { en: /asked to try again/i, ja: /再試行するよう求め/ };

const permanent = IANA_ENTRIES.filter((entry) => entry.code.startsWith("5."));

test("the registry has permanent rows to check", () => {
  expect(permanent.map((entry) => entry.code)).toContain("5.4.5");
});

test.each(permanent.map((entry) => [entry.code, entry] as const))(
  "%s: the meaning asks no retry",
  (_code, entry) => {
    expect(entry.summary.en).not.toMatch(RETRY_REQUEST.en);
    expect(entry.summary.ja).not.toMatch(RETRY_REQUEST.ja);
  },
);
