// The one-click actions against the entry's own steps (the h-actions audit, REVIEW.md "Actions
// audit"): "resend to a corrected address" and "remove the autocomplete entry" only where a step
// is about the address (a policy block of a recipient is not a wrong address), and "retry later"
// (the pane's "wait an hour or so, then send it again") never beside a step of the entry's own
// that names a longer wait (a day's limit, "tomorrow"). Both failed on main before the audit.
import { analyze, diagnose } from "../../src/core";
import { CATALOG, type CatalogEntry } from "../../src/core/catalog/index";
import { resendWait } from "../../src/core/catalog/step-kinds";
import { bounce } from "./dsn-bounce";

const ids = (entries: readonly CatalogEntry[]): string[] => [...new Set(entries.map((e) => e.id))];

const ADDRESS_STEP = { en: /address|spell|typo/i, ja: /アドレス|綴り|入力ミス/ };

test("an entry offering a corrected address or the autocomplete entry's removal has a step about the address, in both languages", () => {
  const offTopic = CATALOG.filter(
    (e) =>
      e.actions.includes("resend-corrected-address") ||
      e.actions.includes("clear-autocomplete-entry"),
  ).filter(
    (e) =>
      !e.fix.some((step) => ADDRESS_STEP.en.test(step.en)) ||
      !e.fix.some((step) => ADDRESS_STEP.ja.test(step.ja)),
  );
  expect(ids(offTopic)).toEqual([]);
});

/** A wait longer than the hour "retry later" tells. */
const LONGER_WAIT = /\b24 hours\b|\btomorrow\b|\ba day\b|\bfew hours\b/i;

// The steps marked with a resend wait are left out: beside them diagnose() drops the action.
test("an entry offering retry later has no step of its own that names a longer wait", () => {
  const longer = CATALOG.filter((e) => e.actions.includes("retry-later")).filter((e) =>
    e.fix.some((step) => resendWait(step) === undefined && LONGER_WAIT.test(step.en)),
  );
  expect(ids(longer)).toEqual([]);
});

/** [entry, status, the reply, receiving host, action offered]. */
type Case = readonly [string, string, string, string, "resend-corrected-address" | "retry-later"];

const NOT_OFFERED: readonly Case[] = [
  // the user's own organization blocks the recipient (test/fixtures/catalog/exo-69): no address
  // is wrong, the block is the admin's
  [
    "exo-5.7.703-tenant-block-list",
    "5.7.703",
    "550 5.7.703 Your message can't be delivered because messages to alex@fabrikam.com are blocked by your organization using Tenant Allow Block List.",
    "mx.fabrikam.example",
    "resend-corrected-address",
  ],
  // a day's limit: "wait 24 hours" (test/fixtures/catalog/exo-22)
  [
    "exo-5.1.90-daily-recipient-limit",
    "5.1.90",
    "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    "mx.fabrikam.example",
    "retry-later",
  ],
  // "in a few hours, or tomorrow" (the development set's rhost-tencent-01)
  [
    "tencent-ip-rate",
    "5.0.0",
    "550 Ip frequency limited [V2VkIEFwcg==/RkNG Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
    "mx3.qq.com",
    "retry-later",
  ],
  // Google's sending limit, refused, and deferred until the sending server gave up: "up to 24 hours"
  [
    "gmail-5.4.5-sending-limit",
    "5.4.5",
    "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852",
    "smtp.gmail.com",
    "retry-later",
  ],
  [
    "gmail-5.4.5-sending-limit-deferred",
    "4.4.5",
    "421 4.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852",
    "smtp.gmail.com",
    "retry-later",
  ],
];

describe.each(NOT_OFFERED)("%s", (id, status, diagnostic, remote, action) => {
  it(`a final notice does not offer "${action}"`, () => {
    const e = diagnose(
      analyze(bounce({ failed: "someone@fabrikam.example", status, diagnostic, remote })),
    ).recipients[0]?.explanation;
    expect(e?.id).toBe(id);
    expect(e?.actions).not.toContain(action);
    expect(e?.resendTo).toBeUndefined();
  });
});
