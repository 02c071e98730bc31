// A notice Exchange Online wrote is not given Exchange Server's meaning, with its on-premises
// PowerShell steps, when the reply names an Exchange token: both flavours write the tokens, and
// the token's meaning holds for either (the fourth help-desk review, row 8). Exchange Server's
// own notices keep its meaning.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import type { ProviderCase } from "./providers/types";
import { wrap, type Wrapping } from "./providers/wrap";

const FIXTURES = join(__dirname, "..", "fixtures");

function explanationOf(text: string, index = 0) {
  const recipient = diagnose(analyze(text)).recipients[index];
  if (recipient === undefined) throw new Error("no recipient read");
  const { id, owner, temporary, adminFix } = recipient.explanation;
  return { id, owner, temporary, adminFix: adminFix.map((step) => step.en).join(" ") };
}

function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8");
}

/** Exchange Server's plain 5.4.4 notice, as if a Microsoft 365 server had written it. */
const ONLINE_554 = fixture("catalog/exs-22-a-en.eml").replaceAll(
  "EXCH01.corp.contoso.com",
  "SN7PR01MB0002.namprd01.prod.outlook.com",
);

describe("Exchange Online's notices quoting SMTPSEND.DNS.NonExistentDomain get the token's meaning", () => {
  test.each([
    ["exchange-pasted/exo-proxy-session-nonexistent-domain.eml", fixture],
    ["provider-layouts/m365-provider-rejected-nonexistent-domain.eml", fixture],
    ["pasted/provider-layouts--m365-provider-rejected-nonexistent-domain--copy.txt", fixture],
    ["pasted/provider-layouts--m365-provider-rejected-nonexistent-domain--diag.txt", fixture],
    ["catalog/exs-22-a-en.eml written by Microsoft 365", () => ONLINE_554],
  ])("%s", (path, read) => {
    const got = explanationOf(read(path));
    expect(got).toMatchObject({
      id: "token-SMTPSEND.DNS.NonExistentDomain",
      owner: "you",
      temporary: false,
    });
    expect(got.adminFix).not.toMatch(/Get-TransportService|network adapters/);
  });
});

describe("Exchange Server's own notices keep Exchange Server's meaning and steps", () => {
  test.each([
    ["catalog/exs-22-a-en.eml", 0],
    ["exchange-online/ex2016-en-three-recipients.eml", 2],
  ])("%s [%d]", (path, index) => {
    const got = explanationOf(fixture(path), index);
    expect(got.id).toBe("exs-5.4.4-nonexistent-domain");
    expect(got.adminFix).toMatch(/Get-TransportService/);
  });
});

// Exchange Online writes Exchange's "451 4.4.0 DNS query failed ..." for its own failed lookup of
// the destination, which it documents as 4.4.312 (Microsoft Learn, "How SMTP DANE works"): on its
// notices that meaning, worded for a Microsoft 365 admin, not Exchange Server's (its DNS servers,
// network adapter and send connectors). No token names the cause, so the rule above does not
// reach these.
const DNS_REPLIES = [
  // test/fixtures/templates/exo-fr-delay-dns.eml's reply
  "451 4.4.0 DNS query failed. The error was: DNS query failed with error: ServerFailure",
  // the provider cases r17-02 and r17-02b (an on-premises queue's words, medhacloud.com)
  "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorDnsQueryFailed",
  "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry",
];
const ON_PREMISES_STEPS = /Exchange server|Resolve-DnsName|network adapter|send connector/;

function wrapped(reply: string, status: string, how: Wrapping, writer?: string) {
  const c: ProviderCase = {
    name: reply,
    reply,
    status,
    ...(writer !== undefined ? { writer } : {}),
    expected: { id: "", owner: "nobody", temporary: true, words: [] },
  };
  return explanationOf(wrap(c, how));
}

describe("Exchange Online's own DNS delay gets Exchange Online's meaning", () => {
  test.each([
    "templates/exo-fr-delay-dns.eml",
    "pasted/templates--exo-fr-delay-dns--copy.txt",
    "pasted/templates--exo-fr-delay-dns--diag.txt",
  ])("%s", (path) => {
    const got = explanationOf(fixture(path));
    expect(got).toMatchObject({
      id: "exo-4.4.312-dns-query-failed",
      owner: "recipient-admin",
      temporary: true,
    });
    expect(got.adminFix).not.toMatch(ON_PREMISES_STEPS);
  });

  const WRAPS: readonly Wrapping[] = ["exo-en", "exo-ja", "exo-modern"];
  test.each(DNS_REPLIES.flatMap((reply) => WRAPS.map((how) => [reply, how] as const)))(
    "%s [%s]",
    (reply, how) => {
      const got = wrapped(reply, "4.4.0", how);
      expect(got).toMatchObject({
        id: "exo-4.4.312-dns-query-failed",
        owner: "recipient-admin",
        temporary: true,
      });
      expect(got.adminFix).not.toMatch(ON_PREMISES_STEPS);
    },
  );

  test.each(DNS_REPLIES)("the give-up quoting it: %s", (reply) => {
    const got = wrapped(reply, "5.4.7", "exo-en");
    expect(got).toMatchObject({ id: "exo-4.4.312-dns-query-failed", temporary: false });
    expect(got.adminFix).not.toMatch(ON_PREMISES_STEPS);
  });
});

describe("Exchange Server's and other servers' DNS delay keeps Exchange Server's meaning", () => {
  test("exchange-pasted/exchange-451-dns-query-failed.eml", () => {
    const got = explanationOf(fixture("exchange-pasted/exchange-451-dns-query-failed.eml"));
    expect(got.id).toBe("exs-4.4.0-dns-query-failed");
    expect(got.adminFix).toMatch(/Resolve-DnsName/);
  });

  test.each(
    DNS_REPLIES.flatMap((reply) =>
      (["exo-en", "postfix"] as const).map((how) => [reply, how] as const),
    ),
  )("%s [%s; Exchange's wrapping written on premises]", (reply, how) => {
    const got = wrapped(reply, "4.4.0", how, "EXCH01.corp.contoso.com");
    expect([got.id, got.owner]).toEqual(["exs-4.4.0-dns-query-failed", "your-admin"]);
    expect(got.adminFix).toMatch(/Resolve-DnsName/);
  });
});

describe("Only a network or routing status: another subject's meaning holds for both flavours", () => {
  test("a mail flow rule's 5.7.900 on Exchange Online's notice", () => {
    const got = wrapped(
      "550 5.7.900 Delivery not authorized, message refused",
      "5.7.900",
      "exo-en",
    );
    expect(got.id).toBe("exs-5.7.900-999-transport-rule");
  });
});
