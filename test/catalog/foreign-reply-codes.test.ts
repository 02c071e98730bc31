// Microsoft's meaning of a code (a thread limit in Exchange, a tenant's limit) holds only for a
// status Microsoft's software gave. Exchange Online relays other servers' replies in its notices,
// its delay notices too: a Postfix's "452 4.3.2" there is the Postfix's, read by the registry or
// its provider. Every refusal of the test sets that no Microsoft server wrote (lab, fixtures,
// corpus) is wrapped again as Exchange Online would relay it, and checked with written replies.
import { readFileSync } from "node:fs";
import { analyze, diagnose } from "../../src/core";
import { MICROSOFT_ENTRIES, ianaFor } from "../../src/core/catalog/index";
import { outlookCom } from "../../src/core/catalog/providers/outlook-com";
import type { CatalogSource } from "../../src/core/types";
import { testSetEmails } from "./test-sets";
import { wrap, type Wrapping } from "./providers/wrap";

const MICROSOFT_SOURCES: ReadonlySet<CatalogSource> = new Set([
  "exchange-online",
  "exchange-server",
  "both",
  "exchange-token",
]);
const MICROSOFT_DOMAINS = new Set(outlookCom.provider.domains);
const EXCHANGE_ONLINE: readonly Wrapping[] = ["exo-en", "exo-modern"];

function relayed(status: string, reply: string, remote: string, how: Wrapping) {
  const c = {
    name: reply,
    reply,
    status,
    remote,
    expected: { id: "", owner: "you" as const, temporary: false, words: [] },
  };
  return diagnose(analyze(wrap(c, how))).recipients[0]?.explanation;
}

/** The test sets' replies that another server wrote, each once: status, reply, remote host. */
function foreignReplies(): [string, string, string][] {
  const out = new Map<string, [string, string, string]>();
  for (const file of testSetEmails()) {
    for (const r of diagnose(analyze(new Uint8Array(readFileSync(file)))).recipients) {
      const e = r.explanation;
      const reply = (r.diagnostic ?? "").replace(/\s+/g, " ").trim();
      const foreign =
        e.evidence.some((x) => x.fact === "server" && x.text.endsWith(": another mail server")) &&
        !MICROSOFT_SOURCES.has(e.source) &&
        !MICROSOFT_DOMAINS.has(r.address.split("@")[1]?.toLowerCase() ?? "");
      // A give-up (x.4.7) is the relaying server's own verdict; a reply opens with its code.
      if (!foreign || r.status === undefined || /\.4\.7$/.test(r.status)) continue;
      if (!/^[245]\d\d[ -]/.test(reply)) continue;
      out.set(`${r.status} ${reply}`, [r.status, reply, r.remoteServer ?? "mx.fabrikam.example"]);
    }
  }
  return [...out.values()];
}

describe("another server's reply relayed by Exchange Online", () => {
  const replies = foreignReplies();
  const microsoftMeanings = replies.flatMap(([status, reply, remote]) =>
    EXCHANGE_ONLINE.flatMap((how) => {
      const e = relayed(status, reply, remote, how);
      return e !== undefined && MICROSOFT_SOURCES.has(e.source) ? [`${how} ${e.id}: ${reply}`] : [];
    }),
  );

  it("is checked on the test sets' replies", () => {
    expect(replies.length).toBeGreaterThan(200);
  });

  // Before: Postfix's "452 4.3.2 Connection rate limit exceeded." read as Exchange Online's
  // thread limit, in both layouts (2 of 434 relayed replies).
  it("never gets a meaning of Microsoft's software", () => {
    expect(microsoftMeanings).toEqual([]);
  });

  // Every registry code Microsoft's tables give a meaning of their own (but the notice's own
  // x.4.7), in another server's words: before, 4.3.2, 4.5.3, 4.7.5 and 4.7.26 in delay notices
  // read as Exchange Online's thread limit, recipient limit, MTA-STS and IPv6 rules. Codes outside
  // the registry (5.7.509, 4.7.650) are Microsoft's own numbering: the code names its software.
  const registryCodes = [
    ...new Set(
      MICROSOFT_ENTRIES.flatMap((entry) => entry.code.split("/")).filter(
        (code) => /^\d\.\d+\.\d+$/.test(code) && !code.endsWith(".4.7") && ianaFor(code),
      ),
    ),
  ];
  it.each(registryCodes)("%s from another server keeps the registry's meaning", (code) => {
    const reply = `${code.startsWith("4") ? "451" : "550"} ${code} Message refused by policy`;
    for (const how of EXCHANGE_ONLINE) {
      const e = relayed(code, reply, "mx.fabrikam.example", how);
      expect([how, e?.source]).toEqual([how, "iana"]);
    }
  });

  test.each([
    // status, reply, remote host, entry
    ["4.3.2", "452 4.3.2 try again later", "mail.fabrikam.example", "iana-4.3.2"],
    ["4.3.2", "452 4.3.2 Connection rate limit exceeded.", "mx.fabrikam.example", "iana-4.4.5"],
    ["4.5.3", "452 4.5.3 Error: too many recipients", "mx.fabrikam.example", "iana-4.5.3"],
  ])("a delay quoting %s %s from %s: %s", (status, reply, remote, id) => {
    for (const how of EXCHANGE_ONLINE) {
      expect([how, relayed(status, reply, remote, how)?.id]).toEqual([how, id]);
    }
  });

  test.each([
    // Exchange Online's own thread limit, from a Microsoft host: Microsoft's meaning holds
    [
      "4.3.2",
      "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
      "am4pr01mb1234.eurprd01.prod.outlook.com",
      "exo-4.3.2-thread-limit",
    ],
  ])("a delay quoting %s %s from %s: %s", (status, reply, remote, id) => {
    for (const how of EXCHANGE_ONLINE) {
      expect([how, relayed(status, reply, remote, how)?.id]).toEqual([how, id]);
    }
  });
});
