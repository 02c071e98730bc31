// The forty-second round of the words (December 2026): round 41's 24 deferral queries in the two
// lists that round did not run for lack of time (stored pages and public code, queries 9-24), by
// the same rule: from each result list the first 4xx reply quoted in full that was no case, no
// catalog text, in no earlier round's set, no AI-written page's, no bounce parser's or bounce
// catalog's material and no test author's invention; the set, its sources and the scoring script
// are in /work/wt/h-words42-set, outside the repository. One class was fixed: a fault inside the
// receiving server in its own words (blackhole's 458, qmail's "qq" replies, Postfix's queue file
// write error, sendmail's LDAP map error), read by the code alone as nothing said. The reply the
// round read right is kept too, with plain variants of the fixed class (marked "variant", our own
// examples).
import type { ProviderCase } from "./types";

const LOCAL_FAULT = {
  id: "receiver-local-fault-deferred",
  owner: "nobody",
  temporary: true,
  words: ["fault", "queue"],
  wordsJa: ["不具合", "キュー"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-451/
  {
    name: "r42-07: sendmail's 451 Error getting LDAP results in map",
    reply: "451 Error getting LDAP results in map",
    status: "4.0.0",
    expected: LOCAL_FAULT,
  },
  {
    name: "r42-07 variant: sendmail's ldapmap words in full, under 4.3.5",
    reply: "451 4.3.5 Error getting LDAP results, map=virtuser, name=kim@fabrikam.example",
    status: "4.3.5",
    expected: LOCAL_FAULT,
  },
  // kura/blackhole, docs/source/response-codes.rst (the server's own 458 reply)
  {
    name: "r42-05: 458 Unable to queue message",
    reply: "458 Unable to queue message",
    status: "4.0.0",
    expected: LOCAL_FAULT,
  },
  // a Plesk qmail wiki page (lvp1138wikijs/wiki, Qmail/451qqinternalbug.md)
  {
    name: "r42-08: qmail's 451 qq internal bug (#4.3.0)",
    reply: "451 qq internal bug (#4.3.0)",
    status: "4.3.0",
    expected: LOCAL_FAULT,
  },
  {
    name: "r42-08 variant: qmail's full disk",
    reply: "451 qq write error or disk full (#4.3.0)",
    status: "4.3.0",
    expected: LOCAL_FAULT,
  },
  {
    name: "r42-08 variant: qmail's queue directory trouble",
    reply: "451 qq trouble creating files in queue (#4.3.0)",
    status: "4.3.0",
    expected: LOCAL_FAULT,
  },
  {
    name: "r42-08 variant: Postfix's queue file write error",
    reply: "451 4.3.0 Error: queue file write error",
    status: "4.3.0",
    expected: LOCAL_FAULT,
  },
  // https://hoststud.com/resources/email-error-450-and-it%E2%80%99s-solution.317/updates
  {
    name: "r42-02: 450 4.7.1 Client host rejected: Greylisted for 5 minutes",
    reply: "450 4.7.1 <kim@fabrikam.example>: Client host rejected: Greylisted for 5 minutes",
    status: "4.7.1",
    expected: {
      id: "greylisting",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレーリスティング"],
    },
  },
];
