// Round 43's held-out classes: spellings of meanings the catalog already has. "overquota" in one
// word is a full mailbox (EarthLink's qmail refusal, pastebin.com/MMGUFmXp; vpopmail names the
// state so), and "message size exceeded" is the size refusal in the past tense (rsmtpd's 552).
import { lookupCode } from "../../src/core";

const first = (code: string, text: string): string | undefined => lookupCode(code, { text })[0]?.id;

test.each([
  ["550", "550 david.chase@earthlink.net...User account is overquota", "iana-5.2.2"],
  ["552", "552 user overquota", "iana-5.2.2"],
  ["452", "452 4.2.2 Mailbox overquota, try again later", "iana-4.2.2"],
  ["552", "552 Data rejected: message size exceeded", "iana-5.3.4"],
  ["5.3.4", "552 5.3.4 Message size exceeded", "iana-5.3.4"],
])("%s %s", (code, text, id) => {
  expect(first(code, text)).toBe(id);
});
