// A failed address that an alias, list or forward sent the message on to, from the address the user
// wrote: the DSN's Original-Recipient, Sendmail's Final-Recipient beside its X-Actual-Recipient,
// Exim's Final-Recipient naming the list, a text report's words ("expanded from", "generated from",
// "Original address"), or else the returned original's one Received "for <...>" that its To shows.
// Resending to the written address reaches the same forward and fails again, so the advice names
// both addresses and whoever runs the written one, never a typo to correct. On main before this
// rule every row below failed: the original was not read (5 files in words, 4 OpenSMTPD notices),
// the list or alias was reported as the failed address (Sendmail 6 files, Exim 2), and each of the
// 16 whose target's address failed had "you" as the owner, with "check for typos and resend" (11)
// or the Bcc-or-list advice (5). The table is every forward the test sets hold (closed: a forward
// found elsewhere fails the last test).
import { analyze, diagnose, helpDeskSummary, type DiagnosedRecipient } from "../../src/core";
import { SENDER } from "../../src/core/catalog/steps";
import { bounce, type Bounce } from "./dsn-bounce";
import { diagnoses } from "./test-sets";

/** Steps and actions that fit only an address the user typed, or a Bcc they added. */
const TYPED = [
  SENDER.checkAddress,
  SENDER.checkAddressWhileRetrying,
  SENDER.clearAutocomplete,
  SENDER.notWrittenBcc,
];

function* recipients(dir: string): Generator<{ name: string; r: DiagnosedRecipient }> {
  for (const { name, d } of diagnoses(dir)) for (const r of d.recipients) yield { name, r };
}

const SETS = ["fixtures", "corpus/sisimai", "corpus/lab", "corpus/lab-filters"];
const BSD = "corpus/sisimai/maildir/bsd";

type Row = readonly [file: string, target: string, written: string, owner: string | undefined];
// [file, failed mailbox, address written, owner where the target's address failed (else the
// meaning's own owner stands: a full mailbox, a block, a relay refusal)]
const FORWARDS: readonly Row[] = [
  // Exim "(generated from ...)" in words only
  [
    "fixtures/bounces/exim-generated-from.eml",
    "d.shaw@retired-isp.example.net",
    "committee@cricket-club.example.org.uk",
    "recipient-admin",
  ],
  [
    "fixtures/templates/exim-mailbox-full-timeout.eml",
    "sheila.moss@kestrel-isp.example.net",
    "s.moss@kestrel-isp.example.net",
    undefined,
  ],
  [
    `${BSD}/rhost-franceptt-03.eml`,
    "pseudo-local-part-kijitora@wanadoo.fr",
    "noraneko.nyaan@example.com",
    undefined,
  ],
  // Postfix "(expanded from <...>)" in words only, and with the DSN's Original-Recipient
  [
    "fixtures/bounces/postfix-expanded-from.eml",
    "j.meyer@oldprovider.example.net",
    "vorstand@vereinsheim.example.de",
    "recipient-admin",
  ],
  [
    `${BSD}/lhost-postfix-01.eml`,
    "r@p351355.pool.example.ne.jp",
    "kijitora@example.org",
    "recipient-admin",
  ],
  [
    `${BSD}/lhost-postfix-49.eml`,
    "kijitora-neko-nyaan@ntt.example.ne.jp",
    "toraneko@neko.example.co.jp",
    undefined,
  ],
  [`${BSD}/lhost-postfix-77.eml`, "postmaster@libsisimai.org", "neko@example.co.jp", undefined],
  [`${BSD}/rhost-google-03.eml`, "kijitora@google.example.com", "neko@example.co.jp", undefined],
  [
    `${BSD}/rfc3464-09.eml`,
    "kijitora-cat@mx4.gr3.example.jp",
    "kijitora-nyaaaaaan@example.co.jp",
    undefined,
  ],
  // Sun / Oracle Messaging Server "Original address:" in words only
  [
    "fixtures/bounces/sun-messaging-expanded.eml",
    "h.wells@statecollege-ag.example.edu",
    "agronomy-faculty@statecollege-ag.example.edu",
    "recipient-admin",
  ],
  // Made here by Exim 4.96, Postfix 3.7.11 and Sendmail 8.17.1.9 (scripts/lab/aliases.sh): an
  // alias to an unknown user, and a list with an accepted, an unknown and a full member. Exim's
  // DSN names the list as Final-Recipient of each failure, its text the members.
  ...["exim", "postfix", "sendmail"].flatMap((server): Row[] => [
    [
      `fixtures/bounces/${server}-alias-unknown.eml`,
      "unknown@lab.test",
      `committee@${server}.lab.test`,
      "recipient-admin",
    ],
    [
      `fixtures/bounces/${server}-alias-list-two-failed.eml`,
      "gmail-nouser@gmail.lab.test",
      `board@${server}.lab.test`,
      "recipient-admin",
    ],
    [
      `fixtures/bounces/${server}-alias-list-two-failed.eml`,
      "full@lab.test",
      `board@${server}.lab.test`,
      undefined,
    ],
  ]),
  // Courier 1.0.16 (its DSN's Original-Recipient; a list's copies go with a null sender, so no
  // notice comes back for board@)
  [
    "fixtures/bounces/courier-alias-unknown.eml",
    "unknown@lab.test",
    "committee@courier.lab.test",
    "recipient-admin",
  ],
  // OpenSMTPD names only the member (one notice each): the returned original's one Received
  // "for <...>", which its To shows
  [
    "fixtures/bounces/opensmtpd-alias-unknown.eml",
    "unknown@lab.test",
    "committee@opensmtpd.lab.test",
    "recipient-admin",
  ],
  [
    "fixtures/bounces/opensmtpd-alias-list-unknown.eml",
    "gmail-nouser@gmail.lab.test",
    "board@opensmtpd.lab.test",
    "recipient-admin",
  ],
  [
    "fixtures/bounces/opensmtpd-alias-list-full.eml",
    "full@lab.test",
    "board@opensmtpd.lab.test",
    undefined,
  ],
  [
    `${BSD}/lhost-opensmtpd-17.eml`,
    "userunknown@libsisimai.net",
    "nekochan@df.example.jp",
    "recipient-admin",
  ],
  [
    `${BSD}/lhost-opensmtpd-17.eml`,
    "mailboxfull@libsisimai.net",
    "nekochan@df.example.jp",
    undefined,
  ],
  // Sendmail: Final-Recipient the list or alias, X-Actual-Recipient the member that failed
  [
    "fixtures/bounces/sendmail-expanded-list.eml",
    "m.garcia@oldisp.example.net",
    "board@riverside-hoa.example.org",
    "recipient-admin",
  ],
  [
    `${BSD}/lhost-sendmail-03.eml`,
    "userunknown@example.co.jp",
    "bounce0@example.org",
    "recipient-admin",
  ],
  [
    `${BSD}/lhost-sendmail-39.eml`,
    "kijitora@example.co.jp",
    "kijitora@nekochan.example.ne.jp",
    undefined,
  ],
  [
    `${BSD}/lhost-sendmail-59.eml`,
    "kijitora+example.jp@google.example.com",
    "info@example.jp",
    undefined,
  ],
];

/** Every recipient of the test sets, read once; the pasted set's texts (test/fixtures/pasted) are
 * copies of other sets' notices as a person pastes them, their forwards those of lab-recipients
 * and lab-routes, which this table does not hold, and of a template it holds already. */
const ALL = SETS.flatMap((dir) => [...recipients(dir)]).filter(
  (x) => !x.name.startsWith("fixtures/pasted/"),
);

describe.each(FORWARDS)("%s", (file, target, written, owner) => {
  const found = ALL.find((x) => x.name === file && x.r.address === target);
  const r = found?.r;
  const e = r?.explanation;

  test("the failed address is the target, the written one its original recipient", () => {
    expect([r?.address, r?.originalRecipient, e?.forwardedFrom]).toEqual([
      target,
      written,
      written,
    ]);
  });

  test("the reply code is the target's, in the words quoted for it", () => {
    expect(r).toBeDefined();
    if (r?.replyCode !== undefined) expect(r.diagnostic).toContain(r.replyCode);
  });

  test("no advice for a typed address or a Bcc: retyping reaches the same forward", () => {
    expect(e?.fix.filter((step) => TYPED.includes(step))).toEqual([]);
    expect(e?.actions).not.toContain("resend-corrected-address");
    expect(e?.actions).not.toContain("clear-autocomplete-entry");
    expect(e?.resendTo).toBeUndefined();
    expect(e?.notWritten).toBeUndefined();
  });

  test("a step names both addresses, in English and Japanese", () => {
    const both = e?.fix.find((s) => s.en.includes(written) && s.en.includes(target));
    expect(both?.ja).toContain(written);
    expect(both?.ja).toContain(target);
  });

  if (owner !== undefined) {
    test(`the target's address failed: the forward's owner acts (${owner})`, () => {
      expect(e?.owner).toBe(owner);
      const [first, second] = e?.fix ?? [];
      // the forward, then who fixes it; the refusal's meaning is the summary just above the
      // steps, so the step does not say it again
      expect(first?.en).toMatch(/that mailbox refused your message\.$/);
      expect(first?.en).not.toContain(e?.summary.en);
      expect(first?.ja).not.toContain(e?.summary.ja);
      expect(second?.en).toMatch(new RegExp(`^Sending again to ${written} fails`));
      expect(second?.ja).toContain(`${written} に送り直しても`);
    });
  }
});

test("the table holds every forward of the test sets", () => {
  const found = ALL.filter((x) => x.r.explanation.forwardedFrom !== undefined).map((x) => [
    x.name,
    x.r.address,
  ]);
  expect(found.sort()).toEqual(FORWARDS.map(([file, target]) => [file, target]).sort());
});

function explain(b: Bounce) {
  const d = diagnose(analyze(bounce(b)));
  const [first] = d.recipients;
  if (first === undefined) throw new Error("no recipient");
  return { e: first.explanation, d };
}

describe("the same mailbox spelled otherwise is no forward: the typed-address advice stays", () => {
  const WRITTEN = "kim@fabrikam.example";
  test.each([
    ["another case", "Kim@Fabrikam.example"],
    ["a +tag", "kim+budget@fabrikam.example"],
    ["a host of the same domain", "kim@mail.fabrikam.example"],
  ])("%s", (_, failed) => {
    const { e } = explain({ failed, originalRecipient: WRITTEN, headers: [`To: ${WRITTEN}`] });
    expect(e.forwardedFrom).toBeUndefined();
    expect(e.fix[0]).toBe(SENDER.checkAddress);
    expect(e.actions[0]).toBe("resend-corrected-address");
    expect(e.resendTo).toBe(WRITTEN);
    expect(e.owner).toBe("you");
  });
});

test("an Exchange X.500 name of the written address is no forward: the stale entry stays", () => {
  const x500 =
    "IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group_cn=Recipients_cn=kim@contoso.example";
  const { e } = explain({
    failed: x500,
    originalRecipient: "kim@contoso.example",
    diagnostic: "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
  });
  expect(e.forwardedFrom).toBeUndefined();
  expect(e.actions[0]).toBe("clear-autocomplete-entry");
});

describe("a forward to another mailbox, from a built DSN", () => {
  test.each([
    // [written, target, owner]: an organization's alias; a person's own forward at a provider
    ["kim@fabrikam.example", "k.lee@mail.fabrikam.example", "recipient-admin"],
    ["kim.lee@gmail.com", "kim@old-employer.example", "recipient"],
  ])("%s to %s: %s acts", (written, failed, owner) => {
    const { e, d } = explain({ failed, originalRecipient: written, headers: [`To: ${written}`] });
    expect([e.forwardedFrom, e.owner, e.resendTo]).toEqual([written, owner, undefined]);
    expect(e.actions).toEqual(["copy-summary"]);
    expect(helpDeskSummary(d, "en")).toContain(
      `  Original recipient: ${written} (an alias, list or forward`,
    );
    expect(helpDeskSummary(d, "ja")).toContain(`  元の宛先: ${written} (`);
  });

  test("a mistyped written address keeps its correction: the user's own typo", () => {
    const { e } = explain({ failed: "kim@other.example", originalRecipient: "kim@gmial.com" });
    expect(e.actions[0]).toBe("resend-corrected-address");
    expect([e.resendTo, e.owner]).toEqual(["kim@gmail.com", "you"]);
  });

  test.each([
    // Gmail's DMARC refusal and a receiver's SPF refusal, each of a message a forward re-sent
    [
      "5.7.26",
      "550 5.7.26 Unauthenticated email from contoso.example is not accepted due to domain's DMARC policy",
    ],
    ["5.7.1", "550 5.7.1 Sender prohibited by SPF"],
  ])(
    "an authentication refusal (%s) after a forward says how the forward breaks SPF",
    (status, diagnostic) => {
      const b = { failed: "k.lee@mail.fabrikam.example", status, diagnostic };
      const direct = explain(b).e;
      const { e } = explain({ ...b, originalRecipient: "kim@fabrikam.example" });
      expect(e.fix.slice(1)).toEqual(direct.fix);
      expect(e.fix[0]?.en).toMatch(/^The address you wrote, kim@fabrikam\.example, sends mail on/);
      expect(e.fix[0]?.en).toContain("DKIM-signed");
      expect(e.fix[0]?.ja).toContain("SRS");
      expect([e.owner, e.actions]).toEqual([direct.owner, direct.actions]);
    },
  );

  test("a full target mailbox keeps its advice and owner, after the note of the forward", () => {
    const b = { failed: "k.lee@mail.fabrikam.example", status: "5.2.2" };
    const diagnostic = "552 5.2.2 Mailbox full";
    const direct = explain({ ...b, diagnostic }).e;
    const { e } = explain({ ...b, diagnostic, originalRecipient: "kim@fabrikam.example" });
    expect(e.fix.slice(1)).toEqual(direct.fix);
    expect(e.fix[0]?.en).toMatch(/^The address you wrote, kim@fabrikam\.example, sends mail on/);
    expect([e.owner, e.actions]).toEqual([direct.owner, direct.actions]);
  });
});
