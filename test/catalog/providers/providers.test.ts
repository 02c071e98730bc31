// Every provider case, wrapped four ways (Exchange Online NDR in English and Japanese, in its
// current layout, Postfix DSN), through analyze() + diagnose(): the provider's entry, owner, temporary flag and the facts
// of the bounce in both languages; plus the provider layer's own rules.
import { lookupCode } from "../../../src/core";
import { bestMatch } from "../../../src/core/catalog/match";
import { PROVIDER_CATALOGS, PROVIDER_ENTRIES } from "../../../src/core/catalog/providers/index";
import { allProviderCases } from "./cases";
import { explainWrapped, problems } from "./check";
import { WRAPPINGS, recipientOf } from "./wrap";

const ALL = allProviderCases();

/** The provider whose table holds an entry (none for Microsoft's and the registry's). */
const providerOf = new Map(PROVIDER_ENTRIES.map((e) => [e.id, e.provider]));

test("each cases file has at least 8 cases, and every provider's table is tested", () => {
  expect(ALL.filter((p) => p.cases.length < 8).map((p) => p.provider)).toEqual([]);
  const tested = new Set(ALL.flatMap((p) => p.cases.map((c) => providerOf.get(c.expected.id))));
  expect(PROVIDER_CATALOGS.map((c) => c.provider.id).filter((id) => !tested.has(id))).toEqual([]);
});

describe.each(ALL.map((p) => [p.provider, p] as const))("cases %s", (_file, { cases }) => {
  describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const provider = providerOf.get(c.expected.id);
    test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
      const e = explainWrapped(c, how);
      expect(problems(c, e)).toEqual([]);
      // A provider's entry names the provider, its page and the rule; Microsoft's tables do not.
      expect(e?.provider?.id).toBe(provider);
      if (provider !== undefined) {
        expect(e?.provider?.page).toMatch(/^https:\/\//);
        expect(e?.evidence).toContainEqual(
          expect.objectContaining({
            field: "provider",
            text: expect.stringMatching(`^${provider}: `) as string,
          }),
        );
      }
    });

    test("the code command with --text, --remote and the recipient's domain finds the same entry", () => {
      const found = lookupCode(c.status, {
        text: c.reply,
        ...(c.remote !== undefined ? { remote: c.remote } : {}),
        recipient: recipientOf(c),
      });
      expect(found[0]?.id).toBe(c.expected.id);
    });
  });
});

/** A host of the provider's, from its first host suffix. */
function hostOf(hosts: readonly string[]): string | undefined {
  const first = hosts[0];
  return first === undefined ? undefined : first.startsWith(".") ? `mx${first}` : first;
}

/** The enhanced codes a provider's entries are published with (none for a filter known by its words). */
function publishedCodes(entries: readonly { readonly code: string }[]): string[] {
  return [
    ...new Set(entries.flatMap((e) => e.code.split("/")).filter((c) => /^\d\.\d+\.\d+$/.test(c))),
  ];
}

describe.each(
  PROVIDER_CATALOGS.filter(
    (c) => c.provider.kind === "receiver" && publishedCodes(c.entries).length > 0,
  ).map((c) => [c.provider.id, c] as const),
)("%s: no registry meaning for a code it publishes", (_id, { provider, entries }) => {
  const codes = publishedCodes(entries);
  test.each(codes.map((code) => [code] as const))("%s", (code) => {
    const host = hostOf(provider.hosts);
    const marker = provider.markers[0] ?? "";
    const match = bestMatch({
      status: code,
      text: `${code.startsWith("4") ? "451" : "550"} ${code} ${host === undefined ? marker : ""}`,
      family: "other",
      temporary: code.startsWith("4"),
      ...(host !== undefined ? { remoteServer: host } : {}),
    });
    expect(["iana", "rfc3463-class"]).not.toContain(match.entry.source);
    // Outlook.com's codes are Microsoft's: Microsoft's table may give the meaning instead.
    if (provider.microsoft !== true) expect(match.entry.provider).toBe(provider.id);
  });
});
