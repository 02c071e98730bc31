// A notice's diagnostic holds a receiving server's reply or the sending server's own words, and
// both may open with a reply code. A give-up (Exim's and Courier's 5.0.0, none at all, Exchange's
// queue expiry) quoting a receiver's 4xx reply that carries no status of its own reads it as a
// notice that keeps the reply's class (Postfix's 4.0.0) does: the reply's meaning, led by "gave
// up" (before, the registry's 5.0.0, the recipient's admin's). Sendmail's own words keep their
// own give-up meaning, and relayed in an Exchange notice they are never Exchange's own verdict.
// The notices are written by us; the lab's Sendmail notices hold the same lines.
import { analyze, diagnose } from "../../src/core";
import { GAVE_UP } from "../../src/core/diagnosis/retries";
import { sendersOwnWords } from "../../src/core/diagnosis/whose-words";
import type { DiagnosedRecipient } from "../../src/core/types";
import { bounce } from "./dsn-bounce";
import { wrap, type Wrapping } from "./providers/wrap";

function first(raw: string): DiagnosedRecipient {
  const [r] = diagnose(analyze(raw)).recipients;
  if (r === undefined) throw new Error("no recipient");
  return r;
}

/** Entry, owner, temporary, led by "gave up". */
function shape(r: DiagnosedRecipient): [string, string, boolean, boolean] {
  const e = r.explanation;
  return [e.id, e.owner, e.temporary, e.summary.en.startsWith(GAVE_UP.en)];
}

/** A final DSN; status "" writes none (Sendmail 5's notices). */
function gaveUp(status: string, reply: string, remote: string | null = "mx.fabrikam.example") {
  const raw = bounce({
    failed: "kim@fabrikam.example",
    status: status || "5.0.0",
    diagnostic: reply,
    remote,
  });
  return first(status === "" ? raw.replace(/^Status: .*\r?\n/m, "") : raw);
}

/** Exchange Online's queue expiry quoting the reply it last got. */
function exchangeExpired(reply: string): DiagnosedRecipient {
  const c = {
    name: reply,
    reply: `550 4.4.7 QUEUE.Expired; message expired [Message=${reply}] [LastAttemptedServerName=mx.fabrikam.example] [LastAttemptedIP=192.0.2.25:25] [TYCPR01MB8000.jpnprd01.prod.outlook.com 2026-11-18T09:00:00.000Z 08DC0000000000]`,
    status: "5.4.7",
    expected: { id: "", owner: "you" as const, temporary: false, words: [] },
  };
  return first(wrap(c, "exo-en"));
}

describe("a give-up quoting a receiver's bare 4xx reply reads as Postfix's 4.0.0 does", () => {
  test.each([
    // reply, entry, owner (a bare "try again later" given up on is mostly greylisting whose retries
    // never counted: the sending side's admin's, lasting-deferral.test.ts); a 4.0.0 that names no
    // cause for days: only the full reply says more, your admin reads it (h-giveup3)
    ["451 Unable to complete command, DNS not available", "iana-4.0.0", "your-admin"],
    // a receiver not taking mail for the whole retry period: its admin's, as the meaning's "if it
    // keeps happening, the receiving server's admin should check" says (lasting-deferral.test.ts)
    ["421 Service not available", "iana-4.3.2", "recipient-admin"],
    [
      "450 Requested mail action not taken: mailbox unavailable",
      "deferred-try-later",
      "your-admin",
    ],
    ["451 Please try again later", "deferred-try-later", "your-admin"],
    ["451 4.0.0 Temporary failure, please try again later", "deferred-try-later", "your-admin"],
  ])("%s", (reply, id, owner) => {
    const want = [id, owner, false, true];
    expect(shape(gaveUp("4.0.0", reply))).toEqual(want);
    for (const status of ["5.0.0", "5.4.7", ""]) {
      expect([status, ...shape(gaveUp(status, reply))]).toEqual([status, ...want]);
    }
    expect(shape(exchangeExpired(reply))).toEqual(want);
  });

  // Exim's give-up puts its verdict after the reply: the reply means what it means alone
  test.each([
    ["451 Temporary local problem - please try later", "deferred-try-later", "your-admin"],
    ["451 Unable to complete command, DNS not available", "iana-4.0.0", "your-admin"],
  ])("%s: retry timeout exceeded", (reply, id, owner) => {
    expect(shape(gaveUp("5.0.0", `${reply}: retry timeout exceeded`))).toEqual([
      id,
      owner,
      false,
      true,
    ]);
  });

  it("a permanent reply under 5.0.0 was refused at once", () => {
    expect(shape(gaveUp("5.0.0", "550 Requested action not taken"))).toEqual([
      "iana-5.0.0",
      "recipient-admin",
      false,
      false,
    ]);
  });
});

describe("Sendmail's own words are no receiver's reply", () => {
  test.each([
    // status, Sendmail's line, remote, entry, owner, led
    [
      "",
      "421 mx.fabrikam.example (smtp)... Deferred: Connection timed out during user open with mx.fabrikam.example",
      null,
      "connect-gave-up",
      "you",
      false,
    ],
    [
      "5.0.0",
      "421 mx.fabrikam.example (smtp)... Deferred: Connection timed out during user open with mx.fabrikam.example",
      "mx.fabrikam.example",
      "connect-gave-up",
      "you",
      false,
    ],
    // the lab's dnsfail-expiry: Sendmail's own name-server failure under its expiry
    [
      "4.4.7",
      "451 fabrikam.example: Name server timeout",
      null,
      "iana-4.4.7",
      "recipient-admin",
      false,
    ],
    // its own status names the cause: the registry's no-answer, given up
    [
      "5.0.0",
      "451 4.4.1 reply: read error from mx.fabrikam.example. kim@fabrikam.example... Deferred: Connection timed out with mx.fabrikam.example.",
      "mx.fabrikam.example",
      "iana-4.4.1",
      "you",
      true,
    ],
  ])("%s %s", (status, line, remote, id, owner, led) => {
    expect(shape(gaveUp(status, line, remote))).toEqual([id, owner, false, led]);
  });

  it.each([
    ["kim@fabrikam.example... Deferred: Connection timed out with mx.fabrikam.example.", true],
    [
      "<kim@fabrikam.example>... Deferred: Name server: fabrikam.example.: host name lookup failure",
      true,
    ],
    ["451 4.4.1 reply: read error from mx.fabrikam.example.", true],
    ["451 fabrikam.example: Name server timeout", true],
    ["kim@fabrikam.example... Deferred: 451 4.3.0 Temporary lookup failure", false],
    ["421 Service not available", false],
  ])("%s: the sender's own %s", (text, own) => {
    expect(sendersOwnWords(text)).toBe(own);
  });
});

// Microsoft's meaning of 4.4.1 (Exchange's own "Connection timed out") holds only for Exchange's
// words: a Sendmail's line relayed in an Exchange Online delay notice is the remote's.
describe("Sendmail's words relayed in an Exchange Online delay", () => {
  const relay = (reply: string, remote: string | undefined, how: Wrapping) => {
    const c = {
      name: reply,
      reply,
      status: "4.4.1",
      ...(remote === undefined ? {} : { remote }),
      expected: { id: "", owner: "you" as const, temporary: false, words: [] },
    };
    return first(wrap(c, how)).explanation;
  };

  test.each([
    [
      "451 4.4.1 reply: read error from mx.fabrikam.example. kim@fabrikam.example... Deferred: Connection timed out with mx.fabrikam.example.",
      "mx.fabrikam.example",
      "iana-4.4.1",
    ],
    [
      "kim@fabrikam.example... Deferred: Connection timed out with mx.fabrikam.example.",
      "mx.fabrikam.example",
      "iana-4.4.1",
    ],
    // Exchange's own words keep Exchange's meaning
    ["451 4.4.1 Connection timed out", undefined, "exs-4.4.1-connection-timed-out"],
  ])("%s", (reply, remote, id) => {
    for (const how of ["exo-en", "exo-ja", "exo-modern"] as const) {
      const e = relay(reply, remote, how);
      expect([how, e.id, e.owner, e.temporary]).toEqual([how, id, "nobody", true]);
    }
  });
});
