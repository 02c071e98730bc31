// A receiver's cap on connections (421 / 4.7.0 "too many concurrent connections" and its kin) is
// throttling: temporary, retried by the sending server, and not a security or policy refusal.
// Owned by nobody yet where the words name no sender (the receiver's own total), by your admin
// where they count it on the sending IP ("too many connections from <ip>": the owners rule, a
// server that keeps its connections up keeps meeting it). Replies
// as the servers publish them, each wrapped four ways (Exchange Online NDR en / ja / current
// layout, Postfix DSN).
import { analyze } from "../../src/core";
import { classifyReason } from "../../src/core/reason/classify";
import { explainWrapped, problems, wordsOf } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS, wrap } from "./providers/wrap";

const THROTTLED = {
  id: "iana-4.4.5",
  owner: "nobody",
  temporary: true,
  // the retry is the delay notice's sentence, said once (delay-cause.test.ts)
  words: ["connections", "try again later", "tries again by itself"],
  wordsJa: ["接続", "再試行"],
} as const;

const PER_IP = {
  id: "sending-ip-connection-cap",
  owner: "your-admin",
  temporary: true,
  words: ["too many connections", "tries again by itself", "usually gets through"],
  wordsJa: ["接続", "次の試行で届きます"],
} as const;

type Expected = typeof THROTTLED | typeof PER_IP;

/** [source, reply, status, expected]: every reply read as toomanyconn, explained as throttling. */
const CAPS: readonly (readonly [string, string, string, Expected])[] = [
  // Broadcom Messaging Gateway KB 280430: a destination limiting its SMTP connections
  ["Broadcom KB 280430", "421 4.7.0 Too many concurrent connections", "4.7.0", THROTTLED],
  // Postfix smtpd with smtpd_client_connection_count_limit / _rate_limit (anvil)
  [
    "Postfix anvil limit",
    "421 4.7.0 mx.fabrikam.example Error: too many connections from 203.0.113.7",
    "4.7.0",
    PER_IP,
  ],
  // Exim's smtp_accept_max_per_host, the 421 it gives
  [
    "Exim smtp_accept_max_per_host",
    "421 4.7.0 mx.fabrikam.example Too many concurrent SMTP connections from this IP address; please try again later.",
    "4.7.0",
    PER_IP,
  ],
  // GoDaddy's published IB007 reply
  [
    "GoDaddy IB007",
    "421 4.7.0 Connection refused, too many sessions from 203.0.113.7. Please lower the number of concurrent sessions. IB007",
    "4.7.0",
    PER_IP,
  ],
  [
    "the lab's wording",
    "421 4.7.0 Too many simultaneous connections, try again later",
    "4.7.0",
    THROTTLED,
  ],
  // Sendmail's ConnectionRateThrottle reply, in a Postfix DSN (x.3.2: not the registry's "not accepting")
  ["Sendmail connection rate", "421 4.3.2 Connection rate limit exceeded.", "4.3.2", THROTTLED],
];

describe.each(CAPS)("%s: %s", (_source, reply, status, expected) => {
  const c: ProviderCase = { name: reply, reply, status, expected };
  // Exchange Online's own 4.3.2 (a mailbox's thread limit) stands for a status it wrote itself.
  const ways = status === "4.3.2" ? (["postfix"] as const) : WRAPPINGS;

  test.each(ways)("%s: toomanyconn, temporary, explained as throttling", (how) => {
    const [recipient] = analyze(wrap(c, how)).recipients;
    expect(recipient?.reason).toBe("toomanyconn");
    const explanation = explainWrapped(c, how);
    expect(problems(c, explanation)).toEqual([]);
    expect(explanation && wordsOf(explanation, "en")).not.toMatch(/security|policy/i);
  });
});

describe("the reason alone", () => {
  test.each([
    ["421 4.7.0 Too many concurrent connections", "4.7.0"],
    ["421 4.7.0 Too many concurrent connections from this IP", "4.7.0"],
    ["421 too many connections from your IP", undefined],
    ["421 4.7.0 connection rate limit exceeded", "4.7.0"],
    ["421 Too many simultaneous connections", undefined],
    [
      "421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel",
      "4.3.2",
    ],
    [
      "421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel",
      "4.3.2",
    ],
    ["421 4.4.5 Service unavailable, concurrency limit reached", "4.4.5"],
  ])("%s", (diagnostic, status) => {
    expect(classifyReason({ kind: "delayed", status, diagnostic }).reason).toBe("toomanyconn");
  });

  test("a 4.7.0 without such words stays a security or policy refusal", () => {
    const words = "421 4.7.0 Temporary rejection by local policy, try again later";
    expect(classifyReason({ kind: "delayed", status: "4.7.0", diagnostic: words }).reason).toBe(
      "securityerror",
    );
  });
});
