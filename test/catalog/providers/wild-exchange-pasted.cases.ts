// The seventeenth round of the words (December 2026): Exchange Online and Exchange Server NDRs as
// people paste them (Q&A threads, help pages, Microsoft's support articles), each rebuilt as a
// whole bounce of our own and scored on the command's output; the set, its sources, the sampling
// rule and the scripts are in /work/wt/h-words17-set, outside the repository, and the rebuilt
// bounces are test/fixtures/exchange-pasted. Two misses were classes Microsoft documents: Exchange
// Server's own DNS lookup failing ("451 4.4.0 DNS query failed ... with error ErrorDnsQueryFailed")
// read as the registry's 4.4.0, the recipient's admin's, and Exchange Online's deferral of a
// recipient whose mailbox has no mailbox database ("420 4.2.0 Recipient deferred because there is
// no Mdb") as the registry's 4.2.0, the recipient's. Marked "(quoted)" are the real replies (source
// named); the others are the same classes in plain forms of our own, or guards. The replies it read
// right are kept here too.
import type { ProviderCase } from "./types";

const ONPREMISES = "EXCH01.corp.contoso.com";

export const CASES: readonly ProviderCase[] = [
  // https://medhacloud.com/blog/error-451-440-dns-query-failed (an on-premises Exchange Server's
  // queue, so its Microsoft wrappings are an Exchange server's: Exchange Online's own notice gives
  // the same words its own 4.4.312 meaning, exchange-flavour-steps.test.ts)
  {
    name: "r17-02: 451 4.4.0 DNS query failed ... ErrorDnsQueryFailed (quoted)",
    reply:
      "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorDnsQueryFailed",
    status: "4.4.0",
    writer: ONPREMISES,
    expected: {
      id: "exs-4.4.0-dns-query-failed",
      owner: "your-admin",
      temporary: true,
      words: ["DNS", "AAAA"],
      wordsJa: ["DNS", "AAAA"],
    },
  },
  {
    name: "r17-02b: 451 4.4.0 DNS query failed ... with error ErrorRetry",
    reply: "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry",
    status: "4.4.0",
    writer: ONPREMISES,
    expected: {
      id: "exs-4.4.0-dns-query-failed",
      owner: "your-admin",
      temporary: true,
      words: ["DNS"],
      wordsJa: ["DNS"],
    },
  },
  // guard: the nonexistent domain Exchange's DNS query names keeps its own meaning
  {
    name: "r17-02c: 451 4.4.0 DNS query failed ... SMTPSEND.DNS.NonExistentDomain",
    reply:
      "451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    status: "4.4.0",
    expected: {
      id: "token-SMTPSEND.DNS.NonExistentDomain",
      owner: "you",
      temporary: true,
      words: ["domain"],
      wordsJa: ["ドメイン"],
    },
  },
  // https://sistemitec.com/message-wasnt-delivered-because-the-recipients-email-provider-rejected-it/
  // (a Microsoft 365 notice: Exchange Online's front end answered, so the token's meaning, not
  // Exchange Server's on-premises one)
  {
    name: "r17-03: 550 5.7.0 Proxy session setup failed on Frontend ... NonExistentDomain (quoted)",
    reply:
      "550 5.7.0 Proxy session setup failed on Frontend with '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'",
    status: "5.4.4",
    remote: "AM0PR01MB1234.eurprd01.prod.outlook.com",
    expected: {
      id: "token-SMTPSEND.DNS.NonExistentDomain",
      owner: "you",
      temporary: false,
      words: ["domain"],
      wordsJa: ["ドメイン"],
    },
  },
  // http://msoffice365exo.blogspot.com/p/message-wasnt-delivered-because.html
  {
    name: "r17-05: 554 5.7.0 Reject id=... - SPAM (quoted)",
    reply: "554 5.7.0 Reject id=2KQ7TS0B19 - SPAM",
    status: "5.7.0",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  // https://support.microsoft.com/pt-pt/help/3028012
  {
    name: "r17-06: 550 5.7.12 RESOLVER.RST.SenderAuthenticated (quoted)",
    reply:
      "550 5.7.12 RESOLVER.RST.SenderAuthenticated; Delivery restriction check failed as sender not authenticated",
    status: "5.7.12",
    remote: "tailspinenergy-example.mail.protection.outlook.com",
    expected: {
      id: "exo-5.7.12-sender-not-authenticated-by-org",
      owner: "recipient-admin",
      temporary: false,
      words: ["outside the organization"],
      wordsJa: ["組織"],
    },
  },
  {
    name: "r17-07: 420 4.2.0 Recipient deferred because there is no Mdb (quoted)",
    reply: "420 4.2.0 Recipient deferred because there is no Mdb",
    status: "4.2.0",
    expected: {
      id: "exo-4.2.0-no-mailbox-database",
      owner: "recipient-admin",
      temporary: true,
      words: ["mailbox database"],
      wordsJa: ["メールボックス データベース"],
    },
  },
  // http://www.ssmhelp.com/email/can-receive-but-not-send-email
  {
    name: "r17-08: 554 5.7.1 End-of-data rejected: user not permitted to relay (quoted)",
    reply:
      "554 5.7.1 <friend@woodgrove-mail.example>: End-of-data rejected: user not permitted to relay",
    status: "5.7.1",
    recipient: "friend@woodgrove-mail.example",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relay"],
      wordsJa: ["中継"],
    },
  },
];
