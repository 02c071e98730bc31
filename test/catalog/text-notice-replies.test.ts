// A reply quoted by a text notice (a cPanel host's Exim bounce, Yahoo's "Remote host said: ...
// [RCPT_TO]") means what it means in a DSN: the notice's own words around it ("host mx [ip] Delay
// reason: SMTP error from remote mail server after end of data:", the stage tag) are not the
// reply's, and a reply without an enhanced code takes its reply code's class, which a DSN writer
// would have given it. Real replies from the provider cases (their sources are named there:
// wild-random, wild-random-threads, wild-random-second, mail-servers) and plain variants.
import { haystackOf } from "../../src/core/catalog/match";
import { explainWrapped } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import type { Wrapping } from "./providers/wrap";

type Expected = ProviderCase["expected"];

const TRY_LATER: Expected = {
  id: "deferred-try-later",
  owner: "nobody",
  temporary: true,
  words: ["try again later"],
};
const NOT_TAKING_MAIL: Expected = { id: "iana-4.3.2", owner: "nobody", temporary: true, words: [] };

const CASES: readonly ProviderCase[] = [
  // wild-random-threads r19: bare deferrals, the whole reply
  { name: "451 Deferred", reply: "451 Deferred", status: "4.0.0", expected: TRY_LATER },
  { name: "400 defer", reply: "400 defer", status: "4.0.0", expected: TRY_LATER },
  {
    name: "450 Message temporarily deferred",
    reply: "450 Message temporarily deferred",
    status: "4.0.0",
    expected: TRY_LATER,
  },
  // wild-random r10-09, mail-servers (hMailServer)
  {
    name: "451 Temporary failure",
    reply: "451 Temporary failure",
    status: "4.0.0",
    expected: TRY_LATER,
  },
  {
    name: "451 Please try again later.",
    reply: "451 Please try again later.",
    status: "4.0.0",
    expected: TRY_LATER,
  },
  // wild-random r10-k01, wild-random-second r11-02: a 421 names the receiver closing, not a delay
  {
    name: "421 Server shutting down",
    reply: "421 Server shutting down",
    status: "4.0.0",
    expected: NOT_TAKING_MAIL,
  },
  {
    name: "421 Too much load",
    reply: "421 mx.fabrikam.example: Too much load; please try again later.",
    status: "4.0.0",
    expected: NOT_TAKING_MAIL,
  },
];

const TEXT_NOTICES: readonly Wrapping[] = ["exim", "yahoo"];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(TEXT_NOTICES.map((w) => [w] as const))("quoted by the %s notice", (how) => {
    const e = explainWrapped(c, how);
    expect([e?.id, e?.owner, e?.temporary]).toEqual([
      c.expected.id,
      c.expected.owner,
      c.expected.temporary,
    ]);
    // and as a Postfix DSN, whose status the text notice lacks, says
    const dsn = explainWrapped(c, "postfix");
    expect(e?.id).toBe(dsn?.id);
  });
});

test.each([
  "host mx.fabrikam.example [192.0.2.25] SMTP error from remote mail server after end of data: 451 Deferred",
  "host mx.fabrikam.example [192.0.2.25] Delay reason: SMTP error from remote mail server after RCPT TO:<kim@fabrikam.example>: 451 Deferred",
  "SMTP error from remote mail server after RCPT TO:<kim@fabrikam.example>: host mx.fabrikam.example [192.0.2.25]: 451 Deferred",
  "Remote host said: 451 Deferred [RCPT_TO]",
  "Remote host said: 451 Deferred [END_OF_MESSAGE]",
])("the notice's own words are not the reply's: %s", (text) => {
  expect(haystackOf(text)).toBe(haystackOf("451 Deferred"));
});
