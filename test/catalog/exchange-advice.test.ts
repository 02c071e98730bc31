// Words every mail server writes ("User unknown", "Mailbox full", "Connection timed out") are in
// Microsoft's tables too, with advice that fits only Exchange (X.500 proxies, Exchange's queue).
// A refusal that no Microsoft server wrote, from the lab's real mail servers, our fixtures and
// the development corpus, is never explained with that advice.
import { readFileSync } from "node:fs";
import { analyze, diagnose, type Localized } from "../../src/core";
import { outlookCom } from "../../src/core/catalog/providers/outlook-com";
import { TENANT_STEPS } from "../../src/core/catalog/tenant-steps";
import { testSetEmails } from "./test-sets";

/** Advice that only an Exchange organisation can follow, or that says Exchange is at work. */
const EXCHANGE_ONLY =
  /\bExchange\b|X\.?500|LegacyExchangeDN|Retry-Queue|prohibit receive|Outlook\.com or Hotmail/;

const MICROSOFT_DOMAINS = new Set(outlookCom.provider.domains);

const words = (texts: readonly Localized[]): string => texts.map((text) => text.en).join(" ");

/**
 * A Microsoft 365 admin's steps for Exchange Online's own sending, on a notice it wrote
 * (diagnosis/tenant-steps.ts): about the notice's writer, not the refusal's server.
 */
const TENANT: ReadonlySet<Localized> = new Set(TENANT_STEPS.map((kind) => kind.step));

const refusals = testSetEmails().flatMap((file) => {
  const d = diagnose(analyze(new Uint8Array(readFileSync(file))));
  return d.recipients
    .filter(
      (r) =>
        r.explanation.evidence.some(
          (e) => e.fact === "server" && e.text.endsWith(": another mail server"),
        ) && !MICROSOFT_DOMAINS.has(r.address.split("@")[1]?.toLowerCase() ?? ""),
    )
    .map((r) => {
      const e = r.explanation;
      return [
        file.slice(file.indexOf("test/")),
        r.address,
        e.id,
        words([e.summary, e.cause, ...e.fix, ...e.adminFix.filter((s) => !TENANT.has(s))]),
      ] as const;
    });
});

describe("a refusal no Microsoft server wrote", () => {
  it("is checked on the refusals of the lab, the fixtures and the corpus", () => {
    expect(refusals.length).toBeGreaterThan(500);
  });

  it.each(refusals)("%s %s (%s): no advice for Exchange alone", (_file, _address, _id, text) => {
    expect(text).not.toMatch(EXCHANGE_ONLY);
  });
});
