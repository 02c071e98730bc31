// The provider tables' own rules: each entry belongs to its provider, names a page, uses only known
// placeholders, and its temporary flag follows its codes' class; each provider can be identified.
import { PROVIDER_CATALOGS, PROVIDER_ENTRIES } from "../../../src/core/catalog/providers/index";
import { fillText, unknownPlaceholders } from "../../../src/core/diagnosis/fill";
import { bestMatch } from "../../../src/core/catalog/match";

describe.each(PROVIDER_CATALOGS.map((c) => [c.provider.id, c] as const))("%s", (id, catalog) => {
  test("names itself: a page for senders and a way to be found", () => {
    const { provider } = catalog;
    expect(provider.page).toMatch(/^https:\/\//);
    expect(
      provider.hosts.length + provider.markers.length + provider.domains.length,
    ).toBeGreaterThan(0);
    for (const marker of provider.markers) expect(marker).toBe(marker.toLowerCase());
  });

  test.each(catalog.entries.map((e) => [e.id, e] as const))("%s", (entryId, entry) => {
    expect(entryId.startsWith(`${id}-`)).toBe(true);
    for (const marker of entry.markers ?? []) expect(marker).toBe(marker.toLowerCase());
    for (const code of entry.code.split("/").filter((c) => c !== "")) {
      expect(`${code}: ${code.startsWith("4")}`).toBe(`${code}: ${entry.temporary}`);
    }
    const texts = [entry.summary, entry.cause, ...entry.fix, ...entry.adminFix];
    for (const text of texts) {
      expect(unknownPlaceholders(text.en + text.ja)).toEqual([]);
      // With no fact known, the fallback phrasing leaves no placeholder behind.
      expect(fillText(text.en, {}, "en") + fillText(text.ja, {}, "ja")).not.toMatch(/[{}]|\[\[/);
    }
    // Never ask the recipient to fix the sender's setup.
    if (entry.actions.includes("check-spf-dkim-dmarc")) expect(entry.owner).toBe("your-admin");
  });
});

test("every provider entry is in the catalog once", () => {
  const ids = PROVIDER_ENTRIES.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(PROVIDER_ENTRIES.every((e) => e.source === "provider" && e.page !== undefined)).toBe(true);
});

describe("which provider a refusal names", () => {
  const dkim = {
    status: "5.7.30",
    text: "550 5.7.30 rejected",
    family: "other" as const,
    temporary: false,
  };

  test("the recipient's domain names Gmail when no server is named", () => {
    expect(bestMatch({ ...dkim, recipientDomain: "gmail.com" }).entry.id).toBe("gmail-5.7.30-dkim");
  });

  test("a relay on the way that refused mail for gmail.com is not Gmail", () => {
    const match = bestMatch({
      ...dkim,
      recipientDomain: "gmail.com",
      remoteServer: "relay.contoso.com",
    });
    expect(match.entry.id).toBe("iana-5.7.30");
  });

  test("a status Microsoft's own server wrote is not the recipient domain's provider's", () => {
    const match = bestMatch({
      status: "5.1.10",
      text: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      family: "exchange-online",
      temporary: false,
      recipientDomain: "gmail.com",
    });
    expect(match.entry.source).toBe("exchange-online");
  });
});

describe("a provider's meaning of the code alone", () => {
  // Words no table holds (a reply quoted in another language, a new wording): only the code and the
  // refusing host are known. Before: Gmail's sending-limit and sign-in verdicts, which it writes as
  // the sender's own outgoing server, for a reply of its MX.
  test.each([
    ["4.2.1", "gmail-smtp-in.l.google.com", "gmail-5.2.1-receiving-too-fast-deferred"],
    ["4.7.0", "gmail-smtp-in.l.google.com", "gmail-5.7.26-unauthenticated-deferred"],
    // a code it publishes only as its own verdict still reads as that verdict
    ["5.4.5", "gmail-smtp-in.l.google.com", "gmail-5.4.5-sending-limit"],
  ])("%s from %s is %s", (status, remoteServer, id) => {
    const match = bestMatch({
      status,
      text: `${status.startsWith("4") ? "450" : "550"} ${status} 受信できませんでした`,
      family: "other",
      temporary: status.startsWith("4"),
      remoteServer,
      recipientDomain: "fabrikam.example",
    });
    expect(match.entry.id).toBe(id);
  });
});

test("a word that merely contains a list's name does not name the list", () => {
  const match = bestMatch({
    status: "5.7.1",
    text: "550 5.7.1 Message refused: the filter absorbs bulk mail from unknown senders",
    family: "other",
    temporary: false,
    remoteServer: "mx.fabrikam.example",
  });
  expect(match.entry.provider).toBeUndefined();
});
