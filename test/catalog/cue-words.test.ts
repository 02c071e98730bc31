// Replies under a bare 550/554/450/451 (or the registry's 5.0.0 / 4.0.0) whose words name their
// cause in words of their own, gathered across the held-out rounds (test/catalog/ROUNDS.md, "Across
// rounds"): a cap per session or connection, a content filter's verdict, a sender domain that does
// not resolve. Each read as the registry's "other or undefined status", owned by the recipient's
// admin (or nobody), which names no cause. Each case in the four wrappings.
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const CAP = {
  id: "iana-4.4.5",
  owner: "nobody",
  temporary: true,
  words: ["at a time"],
  wordsJa: ["上限"],
} as const;

const CAP_REFUSED = { ...CAP, id: "iana-5.4.5", owner: "you", temporary: false } as const;

/** A cap the words count on the sending IP: your admin's, also while retried (owners.test.ts). */
const IP_CAP = {
  id: "sending-ip-connection-cap",
  owner: "your-admin",
  temporary: true,
  words: ["too many connections"],
  wordsJa: ["接続"],
} as const;

const SPAM = {
  id: "refused-as-spam",
  owner: "you",
  temporary: false,
  words: ["spam filter"],
  wordsJa: ["迷惑メール フィルター"],
} as const;

const SENDER_DOMAIN = {
  id: "sender-domain-unknown",
  owner: "your-admin",
  temporary: false,
  words: ["DNS"],
  wordsJa: ["DNS"],
} as const;

const CASES: readonly ProviderCase[] = [
  // a cap per session or connection: Bluehost's bounce help page
  // (bluehost.com/help/article/what-does-my-email-bounce-mean)
  {
    name: "Bluehost's 550 max messages per session",
    reply: "550 sender@example.com max messages per session",
    status: "5.0.0",
    expected: CAP_REFUSED,
  },
  // SendGrid's SMTP errors page (twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting)
  {
    name: "450 too frequent connects from an IP",
    reply: "450 too frequent connects from 198.51.100.135, please try again later.",
    status: "4.0.0",
    expected: IP_CAP,
  },
  // knadh/listmonk#1300
  {
    name: "450 Too many recipient attempts",
    reply: "450 Too many recipient attempts",
    status: "4.0.0",
    expected: CAP,
  },
  {
    name: "421 too many messages per session (our variant)",
    reply: "421 Too many messages per session, closing connection",
    status: "4.0.0",
    remote: "mx.fabrikam.example",
    expected: CAP,
  },
  // a content filter's verdict: msimerson/mail-dmarc#124
  {
    name: "554 Message Not Accepted by filter",
    reply: "554 Message Not Accepted by filter.",
    status: "5.0.0",
    remote: "mail.isdg.net",
    expected: SPAM,
  },
  // QQ Mail's, sansan0/TrendRadar#373
  {
    name: "QQ Mail's 550 inappropriate words or content",
    reply: "550 The mail may contain inappropriate words or content.",
    status: "5.0.0",
    remote: "smtp.qq.com",
    expected: SPAM,
  },
  {
    name: "550 rejected by content filter (our variant)",
    reply: "550 Message rejected by content filter",
    status: "5.0.0",
    remote: "mx.fabrikam.example",
    expected: SPAM,
  },
  // a sender domain that does not resolve: University of Maryland's helpdesk, document 3025
  // (helpdesk.umd.edu/documents/3/3025/)
  {
    name: "451 From:domain must resolve",
    reply: "451 From:domain must resolve",
    status: "4.0.0",
    expected: { ...SENDER_DOMAIN, temporary: true },
  },
  {
    name: "550 sender domain does not resolve (our variant)",
    reply: "550 Sender domain does not resolve",
    status: "5.0.0",
    remote: "mx.fabrikam.example",
    expected: SENDER_DOMAIN,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });
});
