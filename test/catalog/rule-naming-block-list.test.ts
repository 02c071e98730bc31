// A rule's reasonless words (Exim's "administrative prohibition") followed by the reason a block
// list gives ("host is blacklisted"): the sending server is on a block list, your admin's to lift,
// not a rule only the recipient's side can read. The same words without a reason keep the rule.
import { lookupCode } from "../../src/core";

const first = (code: string, text: string) => lookupCode(code, { text })[0];

test.each([
  // ZMailer's report of a refusal, linux-kernel list, 2001-05-20 (github.com/ammarfaizi2/lore-inbox)
  [
    "550",
    "550 mail from 212.153.111.69 rejected: administrative prohibition (host is blacklisted)",
  ],
  // sendmail's transcript of navy.csi.cam.ac.uk's refusal, linux-kernel list (lore-inbox)
  [
    "550",
    "550 mail from 195.66.192.167 rejected: administrative prohibition (host is blacklisted)",
  ],
  ["5.7.1", "550 5.7.1 Administrative prohibition (host is blacklisted)"],
  ["550", "550 Administrative prohibition: 192.0.2.7 is in a black list"],
])("%s %s: a block list of the sending server", (code, text) => {
  const entry = first(code, text);
  expect(entry?.id).toBe("refused-sending-server");
  expect(entry?.owner).toBe("your-admin");
  expect(entry?.temporary).toBe(false);
});

test("the same as a deferral", () => {
  const entry = first("451", "451 Administrative prohibition (host is blacklisted)");
  expect(entry?.id).toBe("refused-sending-server-deferred");
  expect(entry?.temporary).toBe(true);
});

test.each([
  ["550", "550 mail from 217.67.122.194 rejected: administrative prohibition"],
  ["550", "550 Administrative prohibition"],
  ["5.7.1", "554 5.7.1 <kim@example.com>: Recipient address rejected: Access denied"],
])("%s %s: a rule that gives no reason stays the receiver's rule", (code, text) => {
  expect(first(code, text)?.id).toBe("receiver-rule-refused");
});
