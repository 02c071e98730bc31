// The twentieth round of the words (December 2026): the sending server's own words about its
// failed attempts, which fill the "server said" of delay warnings and expiry notices (Postfix's and
// Exim's log and notice lines quoted in full in issue threads of mail server projects), taken in
// order from the result lists of queries fixed before the search, none a case, a catalog text or a
// lab notice before; the queries, the set and the scoring scripts are in /work/wt/h-words20-set,
// outside the repository. The round's misses that were classes: the sending machine's own network
// errors ("Network is unreachable", "Cannot assign requested address") read as 4.4.1's host that
// did not answer, the recipient's admin's; Exim's retry-database words ("retry time not reached
// for any host") and its dnslookup router's "host lookup did not complete" read as 4.0.0's nothing
// said; Postfix's "Server certificate not verified" read as 4.7.5's cryptographic failure at the
// destination, the recipient's admin's; and a connection that failed or broke off (4.4.1, 4.4.2)
// was the recipient's admin's while it was retried (now nobody's: deferral-owners.test.ts).
// Plain variants of each class are marked "variant" (our own examples).
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  // https://github.com/chatmail/relay/pull/919 (Postfix, status=deferred, dsn=4.4.1)
  {
    name: "r20-02: connect to host[IPv6]:25: Network is unreachable",
    reply: "connect to nine.testrun.org[2a01:4f9:fff1:59::1]:25: Network is unreachable",
    status: "4.4.1",
    expected: {
      id: "own-network-unreachable",
      owner: "your-admin",
      temporary: true,
      words: ["IPv6", "inet_protocols"],
    },
  },
  // https://github.com/docker-mailserver/docker-mailserver/issues/762 (Postfix, dsn=4.4.1)
  {
    name: "r20-10: connect to host[IPv6]:25: Cannot assign requested address",
    reply:
      "connect to ironportin-lyk-3.it.gu.se[2001:6b0:d:151::151:106]:25: Cannot assign requested address",
    status: "4.4.1",
    expected: {
      id: "own-network-unreachable",
      owner: "your-admin",
      temporary: true,
      words: ["IPv6", "disable_ipv6"],
    },
  },
  {
    name: "r20 variant: Exim's H=host [IPv6] Network is unreachable",
    reply: "H=mx.fabrikam.example [2001:db8::25] Network is unreachable",
    status: "4.0.0",
    expected: { id: "own-network-unreachable", owner: "your-admin", temporary: true, words: [] },
  },
  // https://github.com/ix-ai/smtp/issues/8 (Exim's log, retry_defer)
  {
    name: "r20-09: Exim's retry time not reached for any host for 'domain'",
    reply:
      "R=smarthost T=remote_smtp_smarthost defer (-53): retry time not reached for any host for 'mydomain.com'",
    status: "4.0.0",
    expected: {
      id: "exim-retry-time-not-reached",
      owner: "nobody",
      temporary: true,
      words: ["exinext"],
    },
  },
  {
    name: "r20 variant: Exim's delay reason after a long failure period",
    reply: "retry time not reached for any host after a long failure period",
    status: "4.0.0",
    expected: { id: "exim-retry-time-not-reached", owner: "nobody", temporary: true, words: [] },
  },
  {
    name: "r20 variant: Exim's all hosts have been failing for a long time",
    reply:
      "all hosts for 'fabrikam.example' have been failing for a long time (and retry time not reached)",
    status: "4.0.0",
    expected: { id: "exim-retry-time-not-reached", owner: "nobody", temporary: true, words: [] },
  },
  // https://github.com/ix-ai/smtp/issues/12 (Exim's log)
  {
    name: "r20-13: Exim's R=dnslookup defer (-1): host lookup did not complete",
    reply: "R=dnslookup defer (-1): host lookup did not complete",
    status: "4.0.0",
    expected: {
      id: "exim-host-lookup-deferred",
      owner: "nobody",
      temporary: true,
      words: ["DNS", "name servers"],
      wordsJa: ["DNS", "ネーム サーバー"],
    },
  },
  {
    name: "r20 variant: host lookup did not complete under 4.4.3",
    reply: "host lookup did not complete",
    status: "4.4.3",
    expected: { id: "exim-host-lookup-deferred", owner: "nobody", temporary: true, words: [] },
  },
  // https://github.com/wader/postfix-relay/issues/230 (Postfix, status=deferred)
  {
    name: "r20-16: Postfix's Server certificate not verified",
    reply: "Server certificate not verified",
    status: "4.7.5",
    expected: {
      id: "postfix-tls-not-verified",
      owner: "your-admin",
      temporary: true,
      words: ["smtp_tls_CAfile", "certificate"],
      wordsJa: ["smtp_tls_CAfile", "証明書"],
    },
  },
  {
    name: "r20 variant: Postfix's Server certificate not trusted",
    reply: "Server certificate not trusted",
    status: "4.7.5",
    expected: { id: "postfix-tls-not-verified", owner: "your-admin", temporary: true, words: [] },
  },
];
