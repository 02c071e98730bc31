// On a notice Exchange Online wrote, the sending server is Exchange Online's, which a Microsoft 365
// tenant's admin cannot set: an admin step that tunes it (parallel connections, messages per
// connection, retries, "read the sending server's log", ports 465 / 587, its TLS) or looks at its
// own DNS lookups or network ("from the sending server's point of view", its resolver, outgoing
// port 25) gives way to the tenant's step (src/core/catalog/tenant-steps.ts). The fifth help-desk review's rows 12, 23, 24
// and 31 (test/catalog/REVIEW.md) read such steps on Exchange Online's notices.
import { CATALOG } from "../../src/core/catalog/index";
import { TENANT_STEPS, type SendingServerStep } from "../../src/core/catalog/tenant-steps";
import type { Explanation } from "../../src/core/types";
import { explainWrapped } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import type { Wrapping } from "./providers/wrap";

const stepOf = (kind: SendingServerStep) =>
  TENANT_STEPS.find((k) => k.kind === kind)?.step ?? { en: "", ja: "" };

/** An admin step that still asks to change the sending server itself. */
function sendingServerSteps(e: Explanation | undefined): string[] {
  const tenant = new Set(TENANT_STEPS.map((k) => k.step.en));
  return (e?.adminFix ?? [])
    .map((s) => s.en)
    .filter((en) => !tenant.has(en) && TENANT_STEPS.some((k) => k.asks.test(en)));
}

/** Real replies (the provider cases they come from), the entry, the kind of its step. */
const ROWS: readonly (readonly [string, string, string | undefined, string, SendingServerStep])[] =
  [
    // review row 12: Yahoo (wild-big-four-third.cases.ts, https://smtp.codes/yahoo)
    [
      "421 Max message per connection reached, closing transmission channel",
      "4.0.0",
      "mta7.am0.yahoodns.net",
      "yahoo-max-messages-per-connection",
      "connections",
    ],
    // review row 31: Cloudmark's cloudfilter at Shaw (cloudfilter.cases.ts)
    [
      "421 cmsmtp 203.0.113.5 blocked AUP#CNCT",
      "4.0.0",
      "mx.shaw.ca",
      "cloudfilter-too-many-connections",
      "connections",
    ],
    // Orange's OFR004_104 (orange.cases.ts)
    [
      "421 mwinf5c27 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]",
      "4.0.0",
      "smtp-in.orange.fr",
      "orange-too-many-connections",
      "connections",
    ],
    // review row 24: Postfix past its error limit (filter-software.cases.ts)
    [
      "421 4.7.0 mx.fabrikam.example Error: too many errors",
      "4.7.0",
      undefined,
      "too-many-errors",
      "log",
    ],
    // review row 23: iCloud (wild-big-four.cases.ts, github reacherhq/check-if-email-exists#1410)
    [
      "503 5.5.1 Error: send HELO/EHLO first",
      "5.5.1",
      "mx01.mail.icloud.com",
      "reply-503-bad-sequence",
      "protocol",
    ],
    // qpsmtpd (wild-server-source.cases.ts)
    [
      "550 Connecting host started transmitting before SMTP greeting",
      "5.0.0",
      undefined,
      "spoke-before-greeting",
      "protocol",
    ],
    // Sophos's XGEMAIL_0006 (sophos.cases.ts)
    [
      "550 5.7.1 Message rejected because the TLS version used doesn't match the version configured in your policy (XGEMAIL_0006)",
      "5.7.1",
      undefined,
      "sophos-tls-version",
      "tls",
    ],
    // greyfix under Postfix (wild-deferrals-forty-first.cases.ts, gist.github.com/sc68cal)
    [
      "450 4.7.1 <kim@fabrikam.example>: Recipient address rejected: Greylisted by greyfix 0.4.0, try again in 30 seconds. See http://www.kim-minh.com/pub/greyfix/ for more information.",
      "4.7.1",
      undefined,
      "greylisting",
      "retries",
    ],
    // plain variants of the class
    [
      "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later",
      "4.7.0",
      undefined,
      "sending-ip-connection-cap",
      "connections",
    ],
    ["451 4.7.1 Greylisted, please try again later", "4.7.1", undefined, "greylisting", "retries"],
    // Exchange Online's own DNS failure (wild-exchange-online-codes.cases.ts r44-03,
    // https://learn.microsoft.com/en-us/purview/how-smtp-dane-works): Microsoft's own entry
    ["451 4.4.312 DNS query failed", "4.4.312", undefined, "exo-4.4.312-dns-query-failed", "dns"],
    ["550 5.4.312 DNS query failed", "5.4.312", undefined, "exo-5.4.312-dns-query-failed", "dns"],
    // Exchange's token for a domain that does not exist (wild-exchange-pasted.cases.ts r17-02c)
    [
      "451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
      "4.4.0",
      undefined,
      "token-SMTPSEND.DNS.NonExistentDomain",
      "dns",
    ],
    // Exim's sender verification (filter-software.cases.ts)
    ["550 Sender verify failed", "5.0.0", undefined, "exim-sender-verify", "dns"],
    // Titan: the sender's domain has no MX and no A record (titan.cases.ts)
    [
      "550 5.1.8 <noreply@contoso.example>: Sender address rejected: Domain not found",
      "5.1.8",
      "mx1.titan.email",
      "titan-sender-domain-not-found",
      "dns",
    ],
    // SmarterMail (wild-other-senders.cases.ts r21-17): the domain's MX, "from your sending server"
    [
      "Failed to connect to the recipients mail server. No MX records were found for the 'example_domain.com' domain.",
      "5.0.0",
      undefined,
      "iana-5.1.2",
      "dns",
    ],
    // Symantec Email Security.cloud's backup cluster: "flush the sending server's DNS cache"
    // (symantec-cloud.cases.ts)
    [
      "421 Service Temporarily Unavailable",
      "4.0.0",
      "cluster5a.us.messagelabs.com",
      "symantec-cloud-service-unavailable",
      "dns",
    ],
    // Haraka (wild-other-senders.cases.ts r21-03, github haraka/Haraka#2713)
    [
      "Outbound connection error: Error: connect ETIMEDOUT 104.47.60.36:25",
      "4.0.0",
      undefined,
      "connect-failed",
      "network",
    ],
    // SmarterMail's give-up (wild-other-senders.cases.ts r21-18)
    [
      "Failed all attempts to connect to the recipients mail server. Attempted to send the message to the following ip's: 203.0.113.25",
      "5.0.0",
      undefined,
      "connect-gave-up",
      "network",
    ],
    // plain variants of the class: the registry's lookup codes, a connection that timed out,
    // Exchange Server's entry on Exchange Online's notice
    ["550 5.1.2 Bad destination system address", "5.1.2", undefined, "iana-5.1.2", "dns"],
    ["451 4.4.3 Directory server failure", "4.4.3", undefined, "iana-4.4.3", "dns"],
    [
      "451 4.4.1 Connection timed out",
      "4.4.1",
      undefined,
      "exs-4.4.1-connection-timed-out",
      "network",
    ],
  ];

function caseOf(
  reply: string,
  status: string,
  remote: string | undefined,
  id: string,
): ProviderCase {
  return {
    name: id,
    reply,
    status,
    ...(remote !== undefined ? { remote } : {}),
    expected: { id, owner: "your-admin", temporary: status.startsWith("4"), words: [] },
  };
}

const EXCHANGE_ONLINE: readonly Wrapping[] = ["exo-en", "exo-ja", "exo-modern"];

describe.each(ROWS)("%s", (reply, status, remote, id, kind) => {
  const c = caseOf(reply, status, remote, id);

  test.each(EXCHANGE_ONLINE)("Exchange Online's notice (%s): the tenant's step", (how) => {
    const e = explainWrapped(c, how);
    expect(e?.id).toBe(id);
    expect(e?.adminFix).toContainEqual(stepOf(kind));
    expect(sendingServerSteps(e)).toEqual([]);
  });

  // guard rows: other writers' notices keep the entry's own step for their sending server
  test.each(["postfix", "gmail", "exim"] as const)("%s's notice keeps the step", (how) => {
    const e = explainWrapped(c, how);
    expect(e?.adminFix).not.toContainEqual(stepOf(kind));
    expect(sendingServerSteps(e)).not.toEqual([]);
  });

  test("an Exchange Server's notice keeps the step", () => {
    const e = explainWrapped({ ...c, writer: "EXCH01.contoso.local" }, "exo-en");
    expect(e?.adminFix).not.toContainEqual(stepOf(kind));
    expect(sendingServerSteps(e)).not.toEqual([]);
  });
});

// A sending server's own words (Exim's retry hints, Postfix's SMTP client) in Exchange Online's
// notice name a server on the way that is not Exchange Online: its steps stay.
test.each([
  ["retry time not reached for any host", "4.4.7", "exim-retry-time-not-reached"],
  ["mx.fabrikam.example: host lookup did not complete", "4.4.3", "exim-host-lookup-deferred"],
  [
    "Host or domain name not found. Name service error for name=fabrikam.example type=MX: Host not found, try again",
    "4.4.3",
    "postfix-dns-try-again",
  ],
  [
    "connect to mx.fabrikam.example[2001:db8::25]:25: Network is unreachable",
    "4.4.1",
    "own-network-unreachable",
  ],
  [
    "TLS is required, but was not offered by host mx.fabrikam.example[192.0.2.25]",
    "4.7.4",
    "postfix-tls-required",
  ],
])("a sending server's own words keep its steps: %s", (reply, status, id) => {
  const e = explainWrapped(caseOf(reply, status, undefined, id), "exo-en");
  expect(e?.id).toBe(id);
  expect(sendingServerSteps(e)).not.toEqual([]);
});

// Microsoft's own entries word their tuning steps for a server that sends to Microsoft 365: 4.5.3's
// retry step stays, where a DNS step of Microsoft's entries gives way (rows above)
test("Microsoft's own tuning words stay on Exchange Online's notice", () => {
  const id = "exo-4.5.3-multiple-regions";
  const e = explainWrapped(
    caseOf("451 4.5.3 Recipients belong to multiple regions", "4.5.3", undefined, id),
    "exo-en",
  );
  expect(e?.id).toBe(id);
  expect(e?.adminFix).not.toContainEqual(stepOf("retries"));
  expect(sendingServerSteps(e)).not.toEqual([]);
});

test("each kind's step is our own, in both languages, after a Microsoft Learn page", () => {
  for (const { step, source } of TENANT_STEPS) {
    expect(step.en).toMatch(/Exchange Online/);
    expect(step.ja).toMatch(/Exchange Online|テナント/);
    expect(source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  }
});

test("each kind recognises steps of the catalog's entries", () => {
  for (const { kind, asks } of TENANT_STEPS) {
    const askers = CATALOG.filter((e) => e.adminFix.some((s) => asks.test(s.en)));
    expect([kind, askers.length > 0]).toEqual([kind, true]);
  }
});
