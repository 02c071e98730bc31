// An authentication refusal of a public mail service's own domain (gmail.com, yahoo.com): the
// seventh help-desk review's row 3 (test/catalog/REVIEW.md), Gmail's "Unauthenticated email from
// yahoo.com is not accepted due to domain's DMARC policy", sent the admin to check yahoo.com's
// DMARC, SPF ("it must list ... your sending server") and DKIM records, which only Yahoo controls.
// Such steps now give way to the one that fits (src/core/catalog/public-domain-steps.ts): a From
// address of one's own domain, or an unchanged forward. The cause agrees with them: it no longer
// says that domain's records are missing or wrong, or calls it "your domain" (h-publicdomain2: 24
// meanings did, told for gmail.com, yahoo.com, outlook.com or icloud.com).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { CATALOG } from "../../src/core/catalog/index";
import { PROVIDER_CATALOGS } from "../../src/core/catalog/providers/index";
import { rowsOf } from "../../src/core/catalog/providers/rows";
import {
  DOMAIN_RECORD_STEP,
  PUBLIC_DOMAIN_CAUSE,
  PUBLIC_DOMAIN_STEP,
} from "../../src/core/catalog/public-domain-steps";
import type { CatalogEntry } from "../../src/core/catalog/types";
import { explainAs, readRecipient } from "../../src/core/diagnosis/diagnose";
import type { Explanation } from "../../src/core/types";
import { bounce } from "./dsn-bounce";
import { explainWrapped } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import type { Wrapping } from "./providers/wrap";

/** The admin steps that still ask to change the failing domain's own records. */
function recordSteps(e: Explanation | undefined): string[] {
  return (e?.adminFix ?? []).map((s) => s.en).filter((en) => DOMAIN_RECORD_STEP.test(en));
}

const publicStep = (domain: string): string => PUBLIC_DOMAIN_STEP.en.replaceAll("{domain}", domain);

/**
 * A summary that calls the failing domain the sender's own: the seventh review's rule fixed the
 * steps only, and Microsoft's 5.7.509 naming gmail.com still said "your domain's DMARC policy"
 * (h-delaytwice: 16 of the meanings below, told for gmail.com, said so in English or Japanese).
 */
const YOUR_DOMAIN = { en: /\byour (?:own )?domain\b/i, ja: /(?:あなた|自分|自組織)のドメイン/ };

function yourDomainSaid(e: Explanation | undefined): string[] {
  return (["en", "ja"] as const).flatMap((lang) =>
    e !== undefined && YOUR_DOMAIN[lang].test(e.summary[lang]) ? [e.summary[lang]] : [],
  );
}

/**
 * A cause that blames the failing domain's records or calls it the sender's: the words of the 24
 * meanings that did so for a public service's domain (5.7.509's "the DMARC/SPF/DKIM records are
 * missing or wrong", Gmail's "the record is missing, does not list this server", "a mail service
 * added without updating SPF", "a service that sends as your domain but is missing from the record").
 */
const BLAMES_RECORDS = {
  en: /\byour (?:own )?domain\b|records? (?:are|is) missing|\(or is broken\)|missing DKIM key|wrong key in DNS|record misses|without updating SPF|record is updated|missing from the list|without its DKIM signature or SPF entry/i,
  ja: /(?:あなた|自分|自組織)のドメイン|レコードがない|壊れている\)|鍵の未設定|DNS の鍵の誤り|漏れている|SPF を更新せずに|レコードの更新前|記載されていないことがよく|SPF の記載がないまま/,
};

function causeBlamesRecords(e: Explanation | undefined): string[] {
  return (["en", "ja"] as const).flatMap((lang) =>
    e !== undefined && BLAMES_RECORDS[lang].test(e.cause[lang]) ? [e.cause[lang]] : [],
  );
}

const publicCause = (domain: string): string =>
  PUBLIC_DOMAIN_CAUSE.en.replaceAll("{domain}", domain);

/** A reply (a public service's domain in it), its status and refusing host, the entry, the domain. */
const ROWS: readonly (readonly [string, string, string | undefined, string, string])[] = [
  // review row 3 (wild.cases.ts r22, github nodemailer/nodemailer#469)
  [
    "550-5.7.1 Unauthenticated email from yahoo.com is not accepted due to domain's 550-5.7.1 DMARC policy.",
    "5.7.1",
    "gmail-smtp-in.l.google.com",
    "gmail-5.7.26-dmarc-policy",
    "yahoo.com",
  ],
  // wild.cases.ts: Gmail refusing mail "from" gmail.com that did not come from Gmail
  [
    "550-5.7.26 Unauthenticated email from gmail.com is not accepted due to domain's/550-5.7.26 DMARC policy. Please contact the administrator of gmail.com domain/550-5.7.26 if this was a legitimate mail.",
    "5.7.26",
    "gmail-smtp-in.l.google.com",
    "gmail-5.7.26-dmarc-policy",
    "gmail.com",
  ],
  // Mail.ru's own domain (mailru.cases.ts, help.mail.ru/mail-help/postmaster/dmarc)
  [
    "550 5.7.1 This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
    "5.7.1",
    "mxs.mail.ru",
    "mailru-dmarc",
    "mail.ru",
  ],
  // a receiver's DMARC verdict in its own words (wild-big-four-senders.cases.ts)
  [
    "550 5.7.1 DMARC failure for domain yahoo.com, policy reject",
    "5.7.1",
    undefined,
    "iana-5.7.26",
    "yahoo.com",
  ],
  // plain variants of the class: Microsoft 365's 5.7.509 and Gmail's SPF refusal naming such a
  // domain, and Gmail's DMARC refusal of aol.com
  [
    "550 5.7.509 Access denied, sending domain gmail.com does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    "5.7.509",
    "fabrikam-example.mail.protection.outlook.com",
    "exo-5.7.509-dmarc-reject",
    "gmail.com",
  ],
  [
    "550-5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all). The MAIL FROM domain [hotmail.com] has an SPF record with a hard fail policy - gsmtp",
    "5.7.26",
    "gmail-smtp-in.l.google.com",
    "gmail-5.7.26-spf-hard-fail",
    "hotmail.com",
  ],
  [
    "550-5.7.26 Unauthenticated email from aol.com is not accepted due to domain's DMARC policy. - gsmtp",
    "5.7.26",
    "gmail-smtp-in.l.google.com",
    "gmail-5.7.26-dmarc-policy",
    "aol.com",
  ],
  // a plain variant of the causes that blamed the domain's records: Gmail's SPF rule naming such
  // a domain
  [
    "550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with SPF. SPF [outlook.com] with ip: [203.0.113.5] = did not pass - gsmtp",
    "5.7.27",
    "gmail-smtp-in.l.google.com",
    "gmail-5.7.27-spf",
    "outlook.com",
  ],
];

/** The meanings whose own cause blamed the failing domain's records: the public domain's instead. */
const OWN_RECORDS_CAUSE = new Set(["exo-5.7.509-dmarc-reject", "gmail-5.7.27-spf"]);

const WRAPPINGS: readonly Wrapping[] = ["exo-en", "exo-ja", "postfix"];

function caseOf(reply: string, status: string, remote: string | undefined): ProviderCase {
  return {
    name: reply,
    reply,
    status,
    ...(remote !== undefined ? { remote } : {}),
    expected: { id: "", owner: "your-admin", temporary: false, words: [] },
  };
}

describe.each(ROWS)("%s", (reply, status, remote, id, domain) => {
  test.each(WRAPPINGS)("%s: the public domain's step, no step for its records", (how) => {
    const e = explainWrapped(caseOf(reply, status, remote), how);
    expect(e?.id).toBe(id);
    expect(e?.owner).toBe("your-admin");
    expect(e?.adminFix.map((s) => s.en)).toContain(publicStep(domain));
    expect(e?.adminFix.map((s) => s.ja)).toContain(
      PUBLIC_DOMAIN_STEP.ja.replaceAll("{domain}", domain),
    );
    expect(recordSteps(e)).toEqual([]);
    expect(yourDomainSaid(e)).toEqual([]);
    expect(causeBlamesRecords(e)).toEqual([]);
    if (OWN_RECORDS_CAUSE.has(id)) expect(e?.cause.en).toContain(publicCause(domain));
  });

  // guard: the same refusal of the sender's own domain keeps the steps for its records, and a
  // summary that calls it yours (5.7.509's "your domain's DMARC policy")
  test("of the sender's own domain: the steps for its records", () => {
    const own = caseOf(reply.replaceAll(domain, "contoso.com"), status, remote);
    const e = explainWrapped(own, "exo-en");
    expect(e?.id).toBe(id);
    expect(e?.adminFix.map((s) => s.en)).not.toContain(publicStep("contoso.com"));
    expect(recordSteps(e)).not.toEqual([]);
    if (id === "exo-5.7.509-dmarc-reject") expect(e?.summary.en).toContain("your domain's");
    expect(e?.cause.en).not.toContain(publicCause("contoso.com"));
    if (OWN_RECORDS_CAUSE.has(id)) expect(causeBlamesRecords(e)).not.toEqual([]);
  });
});

/** Every meaning whose admin steps change the failing domain's records, one per id. */
const WITH_RECORD_STEPS: readonly CatalogEntry[] = [
  ...new Map(
    [...CATALOG, ...PROVIDER_CATALOGS.flatMap((table) => rowsOf(table).map((row) => row.entry))]
      .filter((entry) => (entry.adminFix ?? []).some((step) => DOMAIN_RECORD_STEP.test(step.en)))
      .map((entry) => [entry.id, entry] as const),
  ).values(),
];

/** The entry, told for a refusal that names `domain` as the domain that failed. */
function toldFor(entry: CatalogEntry, domain = "gmail.com"): Explanation {
  const report = analyze(
    bounce({
      failed: "kim@fabrikam.example",
      action: "failed",
      status: "5.7.26",
      diagnostic: `550 5.7.26 Unauthenticated email from ${domain} is not accepted due to domain's DMARC policy`,
    }),
  );
  const recipient = report.recipients[0];
  if (recipient === undefined) throw new Error("no recipient");
  return explainAs(report, recipient, readRecipient(report, recipient), {
    entry,
    confidence: "code",
  });
}

describe("every meaning with steps for the failing domain's records", () => {
  it("covers the shared steps' meanings and entries' own", () => {
    expect(WITH_RECORD_STEPS.length).toBeGreaterThan(100);
    expect(WITH_RECORD_STEPS.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(["exo-5.7.509-dmarc-reject", "cisco-dmarc-reject", "spf-permerror"]),
    );
  });

  it.each(WITH_RECORD_STEPS.map((entry) => [entry.id, entry] as const))(
    "%s: for gmail.com, the public domain's step instead",
    (_id, entry) => {
      const e = toldFor(entry);
      expect(recordSteps(e)).toEqual([]);
      expect(e.adminFix.map((s) => s.en)).toContain(publicStep("gmail.com"));
      expect(yourDomainSaid(e)).toEqual([]);
    },
  );

  const DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"];
  it.each(WITH_RECORD_STEPS.map((entry) => [entry.id, entry] as const))(
    "%s: a cause that does not blame a public domain's records",
    (_id, entry) => {
      for (const domain of DOMAINS) {
        const e = toldFor(entry, domain);
        expect(causeBlamesRecords(e)).toEqual([]);
        if (entry.ownRecordsCause === true) expect(e.cause.en).toContain(publicCause(domain));
      }
    },
  );

  // guard: of the sender's own domain, each meaning keeps its own cause
  it.each(WITH_RECORD_STEPS.map((entry) => [entry.id, entry] as const))(
    "%s: of the sender's own domain, its own cause",
    (_id, entry) => {
      expect(toldFor(entry, "contoso.com").cause.en).not.toContain(publicCause("contoso.com"));
    },
  );
});

// guard: Gmail's own notice of a gmail.com sender, refused elsewhere ("554 5.7.0 Header error"):
// the domain comes only from the original's From, and the sender did send through Gmail
test("a public service's user, known only by the original's From: no such step", () => {
  const raw = readFileSync(
    join(__dirname, "../corpus/sisimai/maildir/bsd/lhost-gmail-03.eml"),
    "utf8",
  );
  const e = diagnose(analyze(raw)).recipients[0]?.explanation;
  expect(e?.facts?.domain).toBe("gmail.com");
  expect(e?.adminFix.map((s) => s.en)).not.toContain(publicStep("gmail.com"));
});
