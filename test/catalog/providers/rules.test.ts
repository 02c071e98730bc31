// The provider tables' own rules: each entry belongs to its provider, names a page, uses only known
// placeholders, and its temporary flag follows its codes' class; each provider can be identified.
import { PROVIDER_CATALOGS, PROVIDER_ENTRIES } from "../../../src/core/catalog/providers/index";
import { fillText, unknownPlaceholders } from "../../../src/core/diagnosis/facts";
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
