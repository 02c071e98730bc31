// Words that say the mailbox does not exist, under a status too broad to say so (x.7.1,
// x.7.0): the reason classifier files them as `filtered` where no SMTP command is named (Sisimai's
// rule), yet their wording is an unknown user, which says more than the security catch-all.
// Round 40's "550 No such user here (#5.7.1)" (pastebin.com/nHtbDeyx, a qmail-style refusal) and
// Sun Messaging Server's "550 5.7.1 550 User Unknown" read as the registry's "delivery not
// authorized" (the recipient's admin's); the rest are plain variants.
import { lookupCode } from "../../src/core";

const first = (code: string, text: string) => lookupCode(code, { text })[0];

test.each([
  ["5.7.1", "550 No such user here (#5.7.1)"],
  ["5.7.1", "550 5.7.1 550 User Unknown: kim@fabrikam.example"],
  ["5.7.0", "550 5.7.0 No such user here"],
])("%s %s: an address that does not exist, yours", (code, text) => {
  expect(first(code, text)).toMatchObject({ id: "iana-5.1.1", owner: "you" });
});

test.each([
  ["5.7.1", "550 5.7.1 Command rejected", "iana-5.7.1"],
  ["5.7.1", "550 5.7.1 Message rejected because of unacceptable content", "refused-as-spam"],
])("%s %s keeps its own meaning", (code, text, id) => {
  expect(first(code, text)?.id).toBe(id);
});
