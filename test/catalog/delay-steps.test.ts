// A delay warning is never read or worded as a failure, and never tells the sender to send the
// message again: the sending server still retries it, and a second copy would follow. Every delay
// warning of the lab (real mail servers) and of our fixtures is read as delayed, says that the
// server keeps the message and retries by itself (until when, if the notice says), and drops the
// steps and actions that ask for a resend.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, type Localized } from "../../src/core";
import { YOU } from "../../src/core/catalog/providers/steps";
import { SENDER } from "../../src/core/catalog/steps";
import { SEND_AGAIN_ACTIONS } from "../../src/core/catalog/while-retrying";
import { fillLocalized } from "../../src/core/diagnosis/fill";
import {
  RESENDING_IN_VAIN,
  SENDING_STILL_TRYING,
  SENDING_TRYING_IN_VAIN,
  STILL_TRYING,
  TRYING_IN_VAIN,
} from "../../src/core/diagnosis/retries";
import { CATALOG, DELAYED_ENTRY } from "../../src/core/catalog/index";
import type { LabRow } from "../../scripts/lab/scoring";
import { bounce } from "./dsn-bounce";
import { testSetEmails } from "./test-sets";

const SEND_AGAIN: readonly Localized[] = [
  SENDER.retryLater,
  SENDER.checkAddress,
  SENDER.resendAfterRoom,
  YOU.retryAfterBlock,
  YOU.retryAfterLimit,
  YOU.retryAfterDailyLimit,
  YOU.checkAddress,
  SENDER.split,
];

/** Each meaning's own temporary flag: false for a meaning no retry changes. */
const TEMPORARY = new Map(CATALOG.map((e) => [e.id, e.temporary]));

const delayed = testSetEmails().flatMap((file) => {
  const d = diagnose(analyze(new Uint8Array(readFileSync(file))));
  return (
    d.recipients
      // (a post a list holds for its moderator is no delay warning: nobody retries it)
      .filter((r) => (r.action === "delayed" && d.kind !== "held") || d.kind === "delayed")
      .map((r) => [file.slice(file.indexOf("test/")), r.address, r] as const)
  );
});

/** The delay warnings the sets' truths name (written before the engine read them): file, address. */
const TRUTHS = ["corpus/lab", "corpus/lab-filters", "fixtures/templates"].flatMap((set) => {
  const dir = join(__dirname, "..", set);
  const rows = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as LabRow[];
  return rows
    .filter((row) => row.action === "delayed")
    .map((row) => `test/${set}/${row.file} ${row.address}`);
});

describe("delay warnings", () => {
  it("are checked on the delay warnings of the lab and the fixtures", () => {
    // 159 recipients, 98 of them named delayed by the sets' truths
    expect(delayed.length).toBeGreaterThan(150);
    expect(TRUTHS.length).toBeGreaterThan(90);
  });

  it("include every recipient the sets' truths name as delayed", () => {
    const found = new Set(delayed.map(([file, address]) => `${file} ${address}`));
    expect(TRUTHS.filter((key) => !found.has(key))).toEqual([]);
  });

  it.each(delayed)("%s %s: still retrying, no resend asked", (_file, _address, r) => {
    const e = r.explanation;
    // A meaning that does not pass by itself (Yahoo's "permanently deferred", a listing, a full
    // mailbox): the retries go on in vain, so the steps lead with what fixes it, not with waiting.
    const inVain = TEMPORARY.get(e.id) === false;
    // the notice's Will-Retry-Until, as the facts read it
    expect(e.facts?.until === undefined).toBe(r.willRetryUntil === undefined);
    const values = e.facts?.until === undefined ? {} : { until: e.facts.until };
    // the notice's sentence, or its twin after a meaning that names your mail server itself
    // in vain, followed by "sending it again would not help either" (no step of these says it)
    const [plain, twin] = (
      inVain
        ? [TRYING_IN_VAIN, SENDING_TRYING_IN_VAIN].map((s) => ({
            en: `${s.en} ${RESENDING_IN_VAIN.en}`,
            ja: `${s.ja}${RESENDING_IN_VAIN.ja}`,
          }))
        : [STILL_TRYING, SENDING_STILL_TRYING]
    ).map((s) => fillLocalized(s, values));
    const sentence = [plain, twin].find((s) => s !== undefined && e.summary.en.endsWith(s.en));
    expect([r.action, r.temporary]).toEqual(["delayed", true]);
    expect(e.summary.ja.endsWith(sentence?.ja ?? "-")).toBe(true);
    const meaning = e.summary.en.slice(0, -(sentence?.en.length ?? 0));
    expect(sentence === twin).toBe(/your mail server/i.test(meaning));
    // in vain, the steps lead with the fix (or, with none to do yet, "nothing to do yet")
    const opener = [SENDER.waitForRetry, SENDER.waitForRetryMeanwhile];
    expect(opener.includes(e.fix[0] as Localized)).toBe(!inVain);
    expect(e.fix.filter((step) => SEND_AGAIN.includes(step))).toEqual([]);
    expect(e.actions[0] === "wait-for-retry").toBe(!inVain);
    expect(e.actions).toContain("wait-for-retry");
    expect(e.actions.filter((action) => SEND_AGAIN_ACTIONS.has(action))).toEqual([]);
  });

  it("never give the admin a step about a resent message: nothing needs resending yet", () => {
    // Exchange Online's 4.4.7 delays (11 recipients of the test bounces) had the admin step "a
    // resent message is queued again and delivered once the server is back" (h-words58)
    const resent = delayed.filter(([, , r]) =>
      r.explanation.adminFix.some(
        (step) => /\bresent message\b/i.test(step.en) || /送り直したメッセージ/.test(step.ja),
      ),
    );
    expect(resent.map(([file, address]) => `${file} ${address}`)).toEqual([]);
  });

  it("are never titled as expired: the server has not given up", () => {
    // 10 recipients' titles were Exchange's "Message expired" or "Queue expired" on delay warnings
    const titles = delayed.map(([, , r]) => r.explanation.title);
    expect(titles.filter((title) => /(?:message|queue) expired/i.test(title))).toEqual([]);
  });

  it("never give the cause as an expiry: an expiry meaning's cause is the delay's", () => {
    // the h-review4 sample: Exchange's "400 4.4.7 Message delayed" (32 recipients of the test
    // bounces) had the cause "did not finish before the message's expiry time" under the title
    // "still being retried"; Exchange Server's 4.4.7 reads the same (its admin steps keep the
    // connector checks)
    const expiries = delayed.filter(([, , r]) => /^\d\.4\.7$/.test(r.explanation.code));
    expect(expiries.length).toBeGreaterThan(10);
    expect(expiries.filter(([, , r]) => r.explanation.cause.en !== DELAYED_ENTRY.cause.en)).toEqual(
      [],
    );
  });

  // the h-review4 sample's Gmail delay "The recipient server did not accept our requests to
  // connect" (row 37) was told "the notice does not say why" (round 55 has since read those words
  // as a failed connection); these delays quote a reason (a DNS lookup that timed out, "421 Host
  // Down") that no entry reads
  it.each([
    ["test/fixtures/templates/stalwart-delay-dns.eml", "DNS lookup timed out"],
    ["test/fixtures/delays/groupwise-gwia-retry-schedule.eml", "Host Down"],
  ])(
    "%s: the fallback's cause points to the quoted reply, not to a notice that says nothing",
    (file, words) => {
      const found = delayed.filter(([f]) => f === file).map(([, , r]) => r);
      expect(found.length).toBeGreaterThan(0);
      for (const r of found) {
        expect([r.explanation.id, r.diagnostic?.includes(words)]).toEqual([DELAYED_ENTRY.id, true]);
        expect(/quotes a reply/.test(r.explanation.cause.en)).toBe(true);
        expect(/応答に書かれた理由/.test(r.explanation.cause.ja)).toBe(true);
      }
    },
  );

  it("never take the registry's expiry meaning: a delay that names no cause has its own", () => {
    const told = delayed.map(([, , r]) => [r.explanation.id, r.explanation.owner]);
    // 17 recipients of the lab's delay warnings were "x.4.7 delivery time expired", for the
    // recipient's admin, while the notice said the server still retries
    expect(told.filter(([id]) => /^iana-\d\.4\.7$/.test(id as string))).toEqual([]);
    const own = told.filter(([id]) => id === DELAYED_ENTRY.id);
    expect(own.length).toBeGreaterThan(10);
    expect(new Set(own.map(([, owner]) => owner))).toEqual(new Set(["nobody"]));
  });

  it("tell a delay whose meaning does not pass by itself apart (Yahoo's permanently deferred)", () => {
    const ids = delayed.map(([, , r]) => r.explanation.id);
    expect(ids.filter((id) => TEMPORARY.get(id) === false)).toContain("yahoo-permanently-deferred");
  });
});

// "Nothing to do yet" above a step the user can do now contradicts it. The h-review sample (test
// bounces read as a help desk would) had it above "send this report to your help desk" and "ask the
// recipient to pass this on" (UOL's 4.7.1, test/corpus/lab-replies r28) and above "tell the
// recipient their mailbox refused your message" (Gmail's 4.2.1 in Russian, r04).
describe("a delay's first step", () => {
  const askNow = (steps: readonly Localized[]) =>
    steps.filter((step) => !/^If /.test(step.en) || !/場合/.test(step.ja));

  it.each(delayed)("%s %s: 'nothing to do yet' only where nothing is asked now", (_f, _a, r) => {
    const [first, ...rest] = r.explanation.fix;
    if (first === SENDER.waitForRetry) expect(askNow(rest)).toEqual([]);
    if (first === SENDER.waitForRetryMeanwhile) expect(askNow(rest).length).toBeGreaterThan(0);
  });

  const delay = (status: string, diagnostic: string) => {
    const [r] = diagnose(
      analyze(
        new TextEncoder().encode(
          bounce({ failed: "kim@fabrikam.example", status, diagnostic, action: "delayed" }),
        ),
      ),
    ).recipients;
    if (r === undefined) throw new Error("no recipient");
    return r.explanation.fix;
  };

  it.each([
    // the sample's two (test/corpus/lab-replies r28 and r04)
    [
      "4.7.1",
      "450 4.7.1 <marcelo-moreno@uol.com.br>: Recipient address rejected: UOL-SH_D-H[5a042ab5][33]",
    ],
    [
      "4.2.1",
      "450 4.2.1 Пользователь, с которым вы пытаетесь связаться, получает электронные письма слишком быстро.",
    ],
    // plain variants: a full mailbox, a policy deferral with no words, a disabled mailbox
    ["4.2.2", "452 4.2.2 Mailbox full"],
    ["4.7.1", "450 4.7.1 Service unavailable"],
    ["4.2.1", "450 4.2.1 Mailbox disabled"],
  ])(
    "%s %s: steps to do now follow 'no need to send it again', not 'nothing to do yet'",
    (status, diagnostic) => {
      const fix = delay(status, diagnostic);
      expect(fix[0]).toBe(SENDER.waitForRetryMeanwhile);
      expect(askNow(fix.slice(1)).length).toBeGreaterThan(0);
    },
  );

  it.each([
    [
      "4.7.1",
      "450 4.7.1 <greylist@fabrikam.example>: Recipient address rejected: Greylisted for 5 minutes",
    ],
    ["4.4.1", "Connection timed out"],
  ])("%s %s: nothing asked now, so 'nothing to do yet'", (status, diagnostic) => {
    const fix = delay(status, diagnostic);
    expect(fix[0]).toBe(SENDER.waitForRetry);
    expect(askNow(fix.slice(1))).toEqual([]);
  });

  // the h-review3 sample's full mailbox (test/corpus/lab-locales exim-fr/lc-several-warning): the
  // recipient was told only that their mailbox refused; room is what lets the retries through
  it.each([
    ["4.2.2", "452 4.2.2 <quota-tmp.sato@fabrikam.example>: Mailbox full, try again later"],
    ["4.2.2", "452 sorry, mailbox is full (#4.2.2)"],
    ["4.2.2", "452 4.2.2 Mailbox full"],
  ])("%s %s: the recipient is asked to make room", (status, diagnostic) => {
    expect(delay(status, diagnostic)).toEqual([
      SENDER.waitForRetryMeanwhile,
      SENDER.tellMailboxFull,
    ]);
  });
});
