// The advice for a failed address the user did not write (not in the returned original's To or
// Cc: a Bcc, or a group, list or forward sent the message on), read from whole bounces; and the
// negatives: an address the original lists (in another case, with a display name, in an encoded
// header, as the DSN's Original-Recipient) keeps the advice for a typed address exactly.
import { analyze, diagnose, helpDeskSummary } from "../../src/core";
import type { Explanation } from "../../src/core";
import { SENDER } from "../../src/core/catalog/steps";
import { bounce, type Bounce } from "./dsn-bounce";

function explain(b: Bounce): Explanation {
  const [first] = diagnose(analyze(bounce(b))).recipients;
  if (first === undefined) throw new Error("no recipient");
  return first.explanation;
}

const FAILED = "kim@fabrikam.example";
/** The same bounce with the failed address as the original's only To: today's advice. */
const typed = (b: Omit<Bounce, "headers">) => explain({ ...b, headers: [`To: ${FAILED}`] });

describe("an address the original's To and Cc show keeps the typed-address advice", () => {
  test("the baseline is the typed-address advice", () => {
    const e = typed({ failed: FAILED });
    expect(e.notWritten).toBeUndefined();
    expect(e.fix.map((s) => s.en)).toContain(SENDER.clearAutocomplete.en);
    expect(e.actions).toEqual(expect.arrayContaining(["resend-corrected-address"]));
  });

  test.each([
    ["another case", ["To: Kim@Fabrikam.EXAMPLE"]],
    ["a display name", ['To: "Kim Lee" <kim@fabrikam.example>, team@lists.contoso.example']],
    ["a display name that is an address", ['To: "x@y.example" <kim@fabrikam.example>']],
    ["Cc", ["To: team@lists.contoso.example", "Cc: lee@contoso.example, kim@fabrikam.example"]],
    ["an encoded display name", ["To: =?UTF-8?B?5p2O44GV44KT?= <kim@fabrikam.example>"]],
    ["an encoded word around the address", ["To: =?UTF-8?Q?kim=40fabrikam.example?="]],
    ["a folded header", ["To: team@lists.contoso.example,\r\n\tKim <kim@fabrikam.example>"]],
  ])("written in %s", (_, headers) => {
    const { resendTo, ...advice } = explain({ failed: FAILED, headers });
    const { resendTo: typedTo, ...same } = typed({ failed: FAILED });
    expect(advice).toEqual(same);
    // offered as written: the local part keeps its case, the domain is lower-cased
    expect([resendTo?.toLowerCase(), typedTo]).toEqual([FAILED, FAILED]);
  });

  // (rewritten to another mailbox, it is a forward: forwarded.test.ts)
  test("the address the user wrote, re-spelled by the receiver (Original-Recipient)", () => {
    const b = { failed: "kim@mail.fabrikam.example", originalRecipient: FAILED };
    const { resendTo, ...advice } = explain({ ...b, headers: [`To: ${FAILED}`] });
    const { resendTo: rewritten, ...same } = explain({
      ...b,
      headers: ["To: kim@mail.fabrikam.example"],
    });
    expect(advice).toEqual(same);
    // the resend goes to the address To shows: the one the user wrote
    expect([resendTo, rewritten]).toEqual([FAILED, "kim@mail.fabrikam.example"]);
  });

  test.each([
    ["no original returned", undefined],
    ["an original without To or Cc", ["To: undisclosed-recipients:;"]],
  ])("nothing known: %s", (_, headers) => {
    const e = explain({ failed: FAILED, headers });
    expect(e.notWritten).toBeUndefined();
    expect(e.fix.map((s) => s.en)).toContain(SENDER.clearAutocomplete.en);
    expect(e.actions[0]).toBe("resend-corrected-address");
  });

  test("an X.500 address is not looked for in To and Cc", () => {
    const x500 =
      "IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group_cn=Recipients_cn=kim@contoso.example";
    const e = explain({
      failed: x500,
      headers: ["To: team@lists.contoso.example"],
      diagnostic: "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
    });
    expect(e.notWritten).toBeUndefined();
    expect(e.actions[0]).toBe("clear-autocomplete-entry");
    // no mailbox the user could write: the resend field starts empty
    expect(e.actions).toContain("resend-corrected-address");
    expect(e.resendTo).toBeUndefined();
  });

  test.each([
    ["a full mailbox", "5.2.2", "552 5.2.2 Mailbox full"],
    ["a refused sender address", "5.1.8", "553 5.1.8 Sender address rejected: Domain not found"],
  ])("advice that is not about a typed recipient stays: %s", (_, status, diagnostic) => {
    const b = { failed: FAILED, status, diagnostic };
    const e = explain({ ...b, headers: ["To: team@lists.contoso.example"] });
    expect(e.notWritten).toBeUndefined();
    expect(e.fix).toEqual(typed(b).fix);
  });
});

describe("an address the user did not write", () => {
  const OWNER_STEP = /^If you did not add it, retyping cannot fix it: tell the owner/;

  test.each([
    // [To and Cc, the group named in the owner step]
    [["To: Lab Team <team@lists.contoso.example>"], "team@lists.contoso.example"],
    [["To: sales-team@contoso.example"], "sales-team@contoso.example"],
    [["To: members@chess-club.example"], "members@chess-club.example"],
    [["To: orders@lists.contoso.example"], "orders@lists.contoso.example"],
    [["To: neko-list@contoso.example"], "neko-list@contoso.example"],
    [["To: tech-l@contoso.example"], "tech-l@contoso.example"],
    // a person, or more than one To: nothing is named
    [["To: lee@contoso.example"], undefined],
    [["To: team@lists.contoso.example, lee@contoso.example"], undefined],
    [["To: lee@contoso.example", "Cc: ann@contoso.example"], undefined],
  ])("%j names %s", (headers, group) => {
    const e = explain({ failed: FAILED, headers });
    expect(e.notWritten).toBe(true);
    expect(e.fix[0]).toBe(SENDER.notWrittenBcc);
    const owner = e.fix[1];
    expect(owner?.en).toMatch(OWNER_STEP);
    if (group === undefined) {
      expect(owner).toEqual({
        en: SENDER.notWrittenTellOwner.en.replace("[[ ({group})]]", ""),
        ja: SENDER.notWrittenTellOwner.ja.replace("[[ ({group}) ]]", ""),
      });
    } else {
      expect(owner?.en).toContain(`the group or list (${group}),`);
      expect(owner?.ja).toContain(`(${group})`);
    }
    // the typed-address steps, actions and hints are gone
    const steps = e.fix.map((s) => s.en).join("\n");
    expect(steps).not.toMatch(/typos, correct|address suggestions/);
    expect(e.actions).not.toContain("resend-corrected-address");
    expect(e.actions).not.toContain("clear-autocomplete-entry");
    // the entry's other steps stay, after the two
    const rest = typed({ failed: FAILED }).fix.filter((s) => !/typos|suggestions/.test(s.en));
    expect(e.fix.slice(2)).toEqual(rest);
  });

  test.each([
    ["5.4.7", "Delivery time expired: no answer from mx.fabrikam.example"],
    ["5.4.1", "Connection refused by mx.fabrikam.example"],
  ])(
    "a network failure (%s) that asks to check the address: the Bcc step stands in its place",
    (status, diagnostic) => {
      const b = { failed: FAILED, status, diagnostic };
      const before = typed(b).fix;
      const at = before.indexOf(SENDER.checkAddress);
      expect(at).toBeGreaterThanOrEqual(0);
      const e = explain({ ...b, headers: ["To: team@lists.contoso.example"] });
      expect(e.notWritten).toBe(true);
      expect(e.fix).toEqual(before.map((step, i) => (i === at ? SENDER.notWrittenBcc : step)));
    },
  );

  test("the Exchange stale-entry hint and its action go; the explanation is the same", () => {
    const b = {
      failed: FAILED,
      status: "5.1.1",
      diagnostic: "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
    };
    const e = explain({ ...b, headers: ["To: litigation@contoso.example"] });
    const before = typed(b);
    expect(before.addressHints.map((h) => h.kind)).toEqual(["stale-autocomplete"]);
    expect(e.addressHints).toEqual([]);
    expect(e.actions).not.toContain("clear-autocomplete-entry");
    expect([e.id, e.summary, e.owner]).toEqual([before.id, before.summary, before.owner]);
  });

  test("a mistyped domain keeps its hint and the resend to the corrected address", () => {
    const e = explain({ failed: "kim@gmial.com", headers: ["To: team@lists.contoso.example"] });
    expect(e.notWritten).toBe(true);
    expect(e.addressHints.map((h) => h.suggestion)).toEqual(["kim@gmail.com"]);
    expect(e.actions[0]).toBe("resend-corrected-address");
    expect(e.fix[0]).toBe(SENDER.notWrittenBcc);
  });

  test("the help-desk summary says so, in both languages", () => {
    const d = diagnose(
      analyze(bounce({ failed: FAILED, headers: ["To: team@lists.contoso.example"] })),
    );
    expect(helpDeskSummary(d, "en")).toContain("  Address: not in the original's To or Cc (");
    expect(helpDeskSummary(d, "ja")).toContain("  アドレス: 元のメッセージの To と Cc にない宛先");
    const written = diagnose(analyze(bounce({ failed: FAILED, headers: [`To: ${FAILED}`] })));
    expect(helpDeskSummary(written, "en")).not.toContain("Address:");
  });
});

// A Bcc the user typed: the server that reports was handed the message by the user's own mail
// program (the original's only Received line is its own) and records the address it was given as
// the failed address itself (Original-Recipient). Then the typed-address advice stays, led by the
// Bcc step, and the resend goes to that address alone. The lab's recipients set
// (test/corpus/lab-recipients, rc-bcc) has Postfix's real notice; these are its plain variants.
describe("a Bcc the user typed (typedAsBcc)", () => {
  const LOCAL =
    "Received: by mx.contoso.example (Postfix, from userid 1000)\r\n\tid 4F1; Sun, 6 Dec 2026 00:33:30 +0000 (UTC)";
  const SUBMITTED =
    "Received: from pc.contoso.example ([192.0.2.7])\r\n\tby MX.Contoso.Example (Postfix) with ESMTPSA id 4F2;\r\n\tSun, 6 Dec 2026 00:33:30 +0000";
  const RELAYED =
    "Received: from exch.contoso.example ([192.0.2.9])\r\n\tby mx.contoso.example (Postfix) with ESMTP id 4F3;\r\n\tSun, 6 Dec 2026 00:33:30 +0000";
  const INNER =
    "Received: from pc ([192.0.2.7]) by exch.contoso.example with ESMTPSA; Sun, 6 Dec 2026 00:33:29 +0000";
  const OTHER =
    "Received: by smtp.contoso.example (Postfix) id 4F4; Sun, 6 Dec 2026 00:33:30 +0000";
  const to = ["To: lee@contoso.example"];

  test.each([
    ["a local submission", [LOCAL]],
    ["an SMTP submission (host in another case)", [SUBMITTED]],
  ])("%s, Original-Recipient the address itself: a Bcc", (_, received) => {
    const e = explain({ failed: FAILED, originalRecipient: FAILED, headers: to, received });
    expect(e.fix[0]).toBe(SENDER.typedBcc);
    expect(e.notWritten).toBeUndefined();
    expect(e.actions).toContain("resend-corrected-address");
    expect(e.resendTo).toBe(FAILED);
    // the typed-address steps follow the Bcc step, but for the check-and-send-again step, which
    // the Bcc step says itself (to the corrected address alone, not to everyone again)
    expect(e.fix.slice(1)).toEqual(
      typed({ failed: FAILED }).fix.filter((step) => step !== SENDER.checkAddress),
    );
  });

  // The h-review sample's Postfix notices (test/corpus/lab-replies r14, r46) gave the Bcc step and,
  // next, "Check the recipient's address for typos, correct it and send the message again".
  test.each([
    ["the registry's 5.1.1", "5.1.1", "550 5.1.1 <kim@fabrikam.example>... User unknown"],
    [
      "Postfix's unknown user",
      "5.1.1",
      "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown in local recipient table",
    ],
    [
      "Gmail's no such user",
      "5.1.1",
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
    ],
    [
      "a bare 5.1.1 with no words",
      "5.1.1",
      "550 5.1.1 unknown or illegal alias: kim@fabrikam.example",
    ],
  ])(
    "%s as a Bcc: one step corrects and resends, to that address alone",
    (_, status, diagnostic) => {
      const e = explain({
        failed: FAILED,
        originalRecipient: FAILED,
        headers: to,
        received: [LOCAL],
        status,
        diagnostic,
      });
      expect(e.fix[0]).toBe(SENDER.typedBcc);
      const resends = e.fix.filter((step) => /correct/i.test(step.en) && /\bsend\b/i.test(step.en));
      expect(resends).toEqual([SENDER.typedBcc]);
      expect(e.fix.filter((step) => /直/.test(step.ja) && /送り直/.test(step.ja))).toEqual([
        SENDER.typedBcc,
      ]);
    },
  );

  // The third replies lab set (test/corpus/lab-replies3, p01): Postfix's and Exim's delay warnings
  // for a gateway's "450 4.1.1 ... unverified address" to a typed Bcc said "Correct it and send the
  // message to the corrected address alone" while the address may be right and is still retried.
  test.each([
    [
      "a gateway's unverified address",
      "4.1.1",
      "450 4.1.1 <kim@fabrikam.example>: Recipient address rejected: unverified address: Mailbox might be disabled, full, or may not exist on the server.",
    ],
    ["a bare 4.1.1", "4.1.1", "450 4.1.1 <kim@fabrikam.example>... User unknown"],
    ["Postfix's unknown user, deferred", "4.1.1", "450 4.1.1 <kim@fabrikam.example>: User unknown"],
  ])(
    "%s to a Bcc on a delay warning: check it, send only if it is wrong",
    (_, status, diagnostic) => {
      const e = explain({
        failed: FAILED,
        originalRecipient: FAILED,
        headers: to,
        received: [LOCAL],
        status,
        diagnostic,
        action: "delayed",
      });
      expect(e.fix).toContain(SENDER.typedBccWhileRetrying);
      expect(e.fix).not.toContain(SENDER.typedBcc);
    },
  );

  test.each([
    ["two hops (relayed by another server)", [RELAYED, INNER], FAILED],
    ["one hop, by another server than the one that reports", [OTHER], FAILED],
    ["no Original-Recipient (nothing says what the server was given)", [LOCAL], undefined],
    ["no Received line", [], FAILED],
  ])("%s: not known to be a Bcc", (_, received, originalRecipient) => {
    const e = explain({ failed: FAILED, originalRecipient, headers: to, received });
    expect(e.notWritten).toBe(true);
    expect(e.fix[0]).toBe(SENDER.notWrittenBcc);
    expect(e.resendTo).toBeUndefined();
  });

  test("an alias the server expanded is a forward, not a Bcc", () => {
    const written = "sales@contoso.example";
    const e = explain({
      failed: FAILED,
      originalRecipient: written,
      headers: to,
      received: [LOCAL],
    });
    expect(e.forwardedFrom).toBe(written);
    expect(e.fix).not.toContain(SENDER.typedBcc);
    expect(e.resendTo).toBeUndefined();
  });

  test("a Bcc's full mailbox is no address problem: no Bcc step, nothing to correct", () => {
    const e = explain({
      failed: FAILED,
      originalRecipient: FAILED,
      headers: to,
      received: [LOCAL],
      status: "5.2.2",
      diagnostic: "552 5.2.2 <kim@fabrikam.example>: Mailbox full",
    });
    expect(e.fix).not.toContain(SENDER.typedBcc);
    expect(e.fix).not.toContain(SENDER.notWrittenBcc);
    expect(e.resendTo).toBeUndefined();
  });
});
