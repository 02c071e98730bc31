// The generic header step ("the message needs exactly one valid From address, a Message-ID and
// headers that follow RFC 5322") belongs to refusals of the message's header or sender address.
// The h-review5 sample met it after the step that names another fault: Exchange Online's 5.6.211
// for an oversized Autocrypt header, and the same on a line too long; a filter's refusal of the
// characters of a recipient address and of Outlook Express's name had it as their only admin step.
// Where an entry has a step of its own on the header it refuses (Hornetsecurity's From, Tencent's
// display name), that step says more and comes first (the h-review5 sample's row 29, round 62).
import { CATALOG, type CatalogEntry } from "../../src/core/catalog/index";
import { YOUR_ADMIN } from "../../src/core/catalog/providers/steps";
import { ADMIN } from "../../src/core/catalog/steps";
import { explainWrapped } from "./providers/check";
import type { ProviderCase } from "./providers/types";

const ids = (entries: readonly CatalogEntry[]): string[] => entries.map((e) => e.id);

/** What an entry says of the header or the sender's address, which the step checks. */
const HEADER_FAULT = /\bFrom\b|Message-ID|RFC 5322|\bsender\)? address|\bits headers\b/;

test("the generic header step goes only with a refusal of the header or the sender's address", () => {
  const withStep = CATALOG.filter((e) => e.adminFix.includes(YOUR_ADMIN.checkMessageFormat));
  // the rule reads the format refusals of several tables, not nothing
  expect(ids(withStep)).toEqual(
    expect.arrayContaining(["gmail-5.7.1-not-rfc5322", "hornetsecurity-malformed-from"]),
  );
  const elsewhere = withStep.filter(
    (e) => !HEADER_FAULT.test([e.title ?? e.texts[0] ?? "", e.summary.en, e.cause.en].join(" ")),
  );
  expect(ids(elsewhere)).toEqual([]);
});

test("an entry's own step on the refused header comes before the generic header step", () => {
  const shared = new Set([...Object.values(YOUR_ADMIN), ...Object.values(ADMIN)]);
  const withStep = CATALOG.filter((e) => e.adminFix.includes(YOUR_ADMIN.checkMessageFormat));
  const ownHeaderStep = (e: CatalogEntry) =>
    e.adminFix.findIndex((s) => !shared.has(s) && /\bFrom\b|header|display name/i.test(s.en));
  const withOwn = withStep.filter((e) => ownHeaderStep(e) >= 0);
  // the rule reads entries that have both steps, not nothing
  expect(ids(withOwn)).toEqual(
    expect.arrayContaining(["hornetsecurity-malformed-from", "tencent-from-header"]),
  );
  const late = withOwn.filter(
    (e) => ownHeaderStep(e) > e.adminFix.indexOf(YOUR_ADMIN.checkMessageFormat),
  );
  expect(ids(late)).toEqual([]);
});

/** Real replies of other faults, as an Exchange Online NDR quotes them: name, reply, status, entry,
 * receiving host (every row has five: jest reads a shorter row's missing argument as `done`). */
const OTHER_FAULTS: readonly (readonly [string, string, string, string, string | undefined])[] = [
  // stalwartlabs/smtp-server#26 (the h-review5 sample's row 20)
  [
    "Exchange Online, an oversized header",
    "554 5.6.211 Invalid MIME Content: Single text value size (33061) exceeded allowed maximum (32768) for the 'Autocrypt' header. [DU0P189MB2614.EURP189.PROD.OUTLOOK.COM 2023-08-13T19:53:47.768Z 08DB9C24282B6B4C]",
    "5.6.211",
    "message-structure-invalid",
    "xxx.mail.protection.outlook.com",
  ],
  // docomo's published reply
  [
    "docomo, a line too long",
    "500 Line Too Long",
    "5.6.0",
    "docomo-line-too-long",
    "mfsmax.docomo.ne.jp",
  ],
  // OpenSMTPD's (diladele/websafety#2319)
  ["a line too long", "500 5.0.0 Line too long", "5.0.0", "line-too-long", undefined],
  // Baruwa's rejection notes (bastion.umanix.net/info)
  [
    "Baruwa, a recipient address's characters",
    "550 5.1.3 Restricted characters in address",
    "5.1.3",
    "baruwa-restricted-characters",
    undefined,
  ],
  // support.cleanmail.ch, "Outlook Express End-Of-Life"
  [
    "Cleanmail, Outlook Express",
    "550 CMR-HDR-OE-EOL",
    "5.0.0",
    "cleanmail-outlook-express",
    undefined,
  ],
];

test.each(OTHER_FAULTS)(
  "%s: no generic header step for the admin",
  (_, reply, status, id, remote) => {
    const c: ProviderCase = {
      name: id,
      reply,
      status,
      ...(remote !== undefined ? { remote } : {}),
      expected: { id, owner: "you", temporary: false, words: [] },
    };
    const e = explainWrapped(c, "exo-en");
    expect(e?.id).toBe(id);
    expect(e?.adminFix).not.toContainEqual(YOUR_ADMIN.checkMessageFormat);
    expect(e?.adminFix.length).toBeGreaterThan(0);
  },
);
