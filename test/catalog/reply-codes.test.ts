// Replies whose meaning hangs on the SMTP reply code (RFC 5321 4.2.3, RFC 7504, RFC 7505), each
// wrapped the four ways a user meets it. The RFCs' own texts, and real replies with their source.
import { analyze, diagnose, lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS, wrap } from "./providers/wrap";

const HOST = "mx.fabrikam.example";

const BLOCKED = {
  id: "refused-sending-server",
  owner: "your-admin",
  temporary: false,
  words: ["block list"],
  wordsJa: ["ブロック リスト"],
} as const;

const NO_MAIL_HERE = {
  id: "reply-521-no-mail-here",
  owner: "you",
  temporary: false,
  words: ["521", "does not accept email"],
  wordsJa: ["521"],
} as const;

const NULL_MX = {
  id: "iana-5.1.10",
  owner: "you",
  temporary: false,
  words: ["never"],
  wordsJa: ["null MX"],
} as const;

const SIGN_IN = {
  id: "sign-in-required",
  owner: "you",
  temporary: false,
  words: ["sign in"],
  wordsJa: ["SMTP"],
} as const;

const NAME_NOT_ALLOWED = {
  id: "reply-553-name-not-allowed",
  owner: "you",
  temporary: false,
  words: ["553", "From address"],
  wordsJa: ["553"],
} as const;

const CASES: readonly ProviderCase[] = [
  // 521 with words that refuse the sending server: a block of the sender, not a null MX. RFC 7504
  // 3 says 521 SHOULD NOT be used for a server that refuses particular hosts; servers do it anyway.
  {
    // AT&T's reply as senders quote it (test/catalog/ROUNDS.md, the regional blind check), from a host of no table
    name: "521 <ip> is blocked",
    reply: "521 203.0.113.25 is blocked",
    status: "5.0.0",
    remote: HOST,
    expected: BLOCKED,
  },
  {
    // La Poste's blocklist refusal as Sendmarc's "SMTP error 521" page quotes it
    name: "521 5.7.1 Service unavailable",
    reply: "521 5.7.1 Service unavailable",
    status: "5.7.1",
    remote: HOST,
    expected: BLOCKED,
  },
  {
    name: "521 under another code, with words that refuse the sender",
    reply: "521 5.2.1 mx.fabrikam.example will not accept mail from 203.0.113.25",
    status: "5.2.1",
    remote: HOST,
    expected: BLOCKED,
  },
  // 521 as RFC 7504 3 means it: a host that never accepts mail ("Server does not accept mail", or
  // a variant such as "Host" or "Domain", is its text).
  {
    name: "RFC 7504's 521 with its paired 5.3.2",
    reply: "521 5.3.2 mx.fabrikam.example does not accept mail",
    status: "5.3.2",
    remote: HOST,
    expected: NO_MAIL_HERE,
  },
  {
    // the texts servers give it (kura/blackhole's response codes, Sendmarc's page)
    name: "a bare 521 Machine does not accept mail",
    reply: "521 Machine does not accept mail",
    status: "5.0.0",
    remote: HOST,
    expected: NO_MAIL_HERE,
  },
  {
    name: "a bare 521 Server does not accept mail",
    reply: "521 Server does not accept mail",
    status: "5.0.0",
    remote: HOST,
    expected: NO_MAIL_HERE,
  },
  // 556 is the null MX (RFC 7504, RFC 7505 4.2), whichever server's report carries it.
  {
    name: "RFC 7505's 556 5.1.10 for a null MX",
    reply: "556 5.1.10 Recipient address has null MX",
    status: "5.1.10",
    remote: HOST,
    expected: NULL_MX,
  },
  {
    // no refusing host named: Exchange Online's own 5.1.10 ("recipient not found") is not a 556's
    name: "556 5.1.10 in a report that names no refusing host",
    reply: "556 5.1.10 Recipient address has null MX",
    status: "5.1.10",
    expected: NULL_MX,
  },
  {
    name: "a bare 556 Domain does not accept mail",
    reply: "556 Domain does not accept mail",
    status: "5.0.0",
    remote: HOST,
    expected: NULL_MX,
  },
  // RFC 5321's other codes, bare: their own meanings, not the registry's "other undefined status".
  {
    name: "RFC 5321's 551 User not local",
    reply: "551 User not local; please try <pat@contoso.example>",
    status: "5.0.0",
    remote: HOST,
    expected: {
      id: "reply-551-user-not-local",
      owner: "you",
      temporary: false,
      words: ["551", "another address"],
      wordsJa: ["551"],
    },
  },
  {
    name: "a bare 552 Requested mail action aborted",
    reply: "552 Requested mail action aborted",
    status: "5.0.0",
    remote: HOST,
    expected: {
      id: "reply-552-no-room",
      owner: "you",
      temporary: false,
      words: ["552", "smaller", "mailbox is full"],
      wordsJa: ["552"],
    },
  },
  {
    name: "RFC 5321's 553 mailbox name not allowed",
    reply: "553 Requested action not taken: mailbox name not allowed",
    status: "5.0.0",
    remote: HOST,
    expected: NAME_NOT_ALLOWED,
  },
  {
    // ruanyf/weather-action issue 5 (2021): NetEase's outgoing server, a From not the account's
    name: "NetEase's 553 Local user only",
    reply: "553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785",
    status: "5.0.0",
    remote: "smtp.163.com",
    expected: NAME_NOT_ALLOWED,
  },
  // RFC 4954's sign-in replies with words the engine does not know.
  {
    name: "a bare 530 Access denied: sign in to the sending server",
    reply: "530 Access denied",
    status: "5.0.0",
    remote: HOST,
    expected: SIGN_IN,
  },
  {
    name: "RFC 4954's 530 5.7.0 with words of its own",
    reply: "530 5.7.0 Access denied",
    status: "5.7.0",
    remote: HOST,
    expected: SIGN_IN,
  },
  {
    name: "a bare 535 Access denied",
    reply: "535 Access denied",
    status: "5.0.0",
    remote: HOST,
    expected: SIGN_IN,
  },
  {
    name: "RFC 4954's 538 without its enhanced code",
    reply: "538 Encryption required for requested authentication mechanism",
    status: "5.0.0",
    remote: HOST,
    expected: { id: "iana-5.7.11", owner: "your-admin", temporary: false, words: [] },
  },
  // Negatives: words that name another cause keep it, whatever the reply code.
  {
    // RFC 3207's reply for a client that did not start TLS
    name: "RFC 3207's 530 Must issue a STARTTLS command first",
    reply: "530 5.7.0 Must issue a STARTTLS command first",
    status: "5.7.0",
    remote: HOST,
    expected: { id: "iana-5.7.10", owner: "your-admin", temporary: false, words: [] },
  },
  {
    name: "a 552 that says the mailbox is over its storage",
    reply: "552 Requested mail action aborted: exceeded storage allocation",
    status: "5.0.0",
    remote: HOST,
    expected: { id: "iana-5.2.2", owner: "recipient", temporary: false, words: [] },
  },
  {
    name: "a 521 whose words say the address does not exist",
    reply: "521 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: HOST,
    expected: { id: "iana-5.1.1", owner: "you", temporary: false, words: [] },
  },
  {
    name: "a 521 whose words are a spam verdict",
    reply: "521 Our system has detected that this message is likely unsolicited mail",
    status: "5.0.0",
    remote: HOST,
    expected: { id: "refused-as-spam", owner: "you", temporary: false, words: [] },
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the code command finds the same entry", () => {
    const found = lookupCode(c.status, { text: c.reply, remote: HOST });
    expect(found[0]?.id).toBe(c.expected.id);
  });
});

test("a 553 at MAIL FROM is about the sender's own address (the registry's 5.1.7)", () => {
  const c = CASES.find((x) => x.reply.startsWith("553 Requested")) as ProviderCase;
  const bounce = wrap(c, "postfix").replace("end of DATA command", "MAIL FROM command");
  const e = diagnose(analyze(bounce)).recipients[0]?.explanation;
  expect([e?.id, e?.owner]).toEqual(["iana-5.1.7", "your-admin"]);
});
