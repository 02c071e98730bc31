// No step contradicts another, nor the notice's kind (h-contradict, from h-ja14's read-throughs).
// A delay warning's first step says the message need not be sent again: no step below it asks to
// send it now (Gmail's recipient limit, the registry's 4.6.7, NetEase's, Alibaba's and HENNGE's
// pace); such a step is final-only, told on a delay as "if it finally fails" or "from now on". A
// step that sends to a corrected address stays: the held copy goes to the wrong address, which
// never takes it, so nobody gets two. A give-up's class sentence does not say "the same message
// may go through" beside a step that changes it (the registry's 4.3.4), and its lead does not name
// "the last answer it got" before the sending server's own error (no receiving server answered).
// Before: 6 meanings told as a delay; 6 meanings told as a give-up and 117 give-up rows of the
// test bounces (the class sentence, both languages); 25 give-up rows (the lead, both languages).
import type { Explanation } from "../../src/core/types";
import { RETRY_OPENERS } from "../../src/core/catalog/while-retrying";
import { SENDER } from "../../src/core/catalog/steps";
import { MEANINGS, TEMPORARY, toldAs } from "./told-as";
import { diagnoses } from "./test-sets";

/** Every recipient row of the test bounces, with its notice's action. */
const ROWS = ["corpus", "fixtures"].flatMap((dir) =>
  [...diagnoses(dir)].flatMap(({ name, d }) => d.recipients.map((r) => ({ name, r }))),
);

/** The openers that say there is no need to send the message again. */
const NO_RESEND_OPENERS = RETRY_OPENERS.filter((o) => o !== SENDER.waitForGiveUp);

/** A step that asks to send the message now: it opens with the send, or sends it again. */
const SENDS_NOW =
  /^(?:Or |Wait and )?send (?:it|the message|to|fewer)\b|\b(?:then )?send (?:it|the message|the post) again\b|\bresend\b/i;
/** A send to a corrected address: the held copy goes to the wrong one, never a second copy. */
const CORRECTED = /\bcorrected address\b/i;

/** The steps below a no-resend opener that ask to send the message now. */
function sendsNow(e: Explanation): string[] {
  const [first, ...rest] = e.fix;
  if (first === undefined || !NO_RESEND_OPENERS.some((o) => o.en === first.en)) return [];
  return rest
    .filter((step) => SENDS_NOW.test(step.en) && !CORRECTED.test(step.en))
    .map((step) => step.en.slice(0, 60));
}

describe("a delay warning's steps", () => {
  it("ask no send below 'you need not send it again', for every meaning told as a delay", () => {
    const found = MEANINGS.flatMap((entry) =>
      sendsNow(toldAs(entry, "delayed")).map((s) => `${entry.id}: ${s}`),
    );
    expect(found).toEqual([]);
  });

  it("nor on a test bounce's delay row", () => {
    const found = ROWS.filter(({ r }) => r.action === "delayed").flatMap(({ name, r }) =>
      sendsNow(r.explanation).map((s) => `${name} ${r.explanation.id}: ${s}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    [
      "gmail-5.5.3-too-many-recipients-deferred",
      "If it finally fails, send it to fewer",
      "最終的に配信できなかった場合は、",
    ],
    [
      "iana-4.6.7",
      "Ask the recipient for an address written in plain ASCII",
      "受信者に、ASCII 文字だけ",
    ],
    ["netease-sender-rate", "From now on, send to NetEase addresses", "今後は、NetEase"],
    [
      "alibaba-mail-behaviour-spam-deferred",
      "From now on, send to fewer recipients",
      "今後は、一度に",
    ],
    ["hennge-peak-relay-limit", "From now on, send fewer messages at once", "今後は、一度に送る量"],
  ])("%s: the step told for a delay, and as written on a final notice", (id, en, ja) => {
    const entry = MEANINGS.find((e) => e.id === id);
    if (entry === undefined) throw new Error(id);
    const delayed = toldAs(entry, "delayed").fix;
    expect(delayed.some((s) => s.en.startsWith(en) && s.ja.startsWith(ja))).toBe(true);
    expect(toldAs(entry, "failed").fix.some((s) => s.en.startsWith(en))).toBe(false);
  });
});

/** A cause that says the very message, unchanged, may go through. */
const SAME_MESSAGE = { en: /\bthe same message may go through\b/i, ja: /同じメッセージが届く/ };
/** A step that changes the message or how it is sent before it goes again. */
const CHANGES =
  /\bsmaller\b|\bfewer recipients\b|\bplain ASCII\b|\bremove (?:or compress )?(?:links|attachments|advertising)/i;

function sameBesideChange(e: Explanation): string[] {
  if (!e.fix.some((step) => CHANGES.test(step.en))) return [];
  return (["en", "ja"] as const).filter((lang) => SAME_MESSAGE[lang].test(e.cause[lang]));
}

/** A give-up's lead that names an answer. */
const LAST_ANSWER = { en: /The last answer it got:/, ja: /最後に受け取った応答:/ };

describe("a give-up", () => {
  it("does not say the same message may go through beside a step that changes it", () => {
    const found = TEMPORARY.flatMap((entry) =>
      sameBesideChange(toldAs(entry, "failed")).map((lang) => `${entry.id} (${lang})`),
    );
    expect(found).toEqual([]);
  });

  it("says it on no test bounce either", () => {
    const found = ROWS.flatMap(({ name, r }) =>
      (["en", "ja"] as const)
        .filter((lang) => SAME_MESSAGE[lang].test(r.explanation.cause[lang]))
        .filter(() => /has now given up/.test(r.explanation.summary.en))
        .map((lang) => `${name} ${r.explanation.id} (${lang})`),
    );
    expect(found).toEqual([]);
  });

  // connection refused or timed out, a failed DNS look-up, a dropped line: no reply code quoted
  // and a network status, or a meaning whose subject is the sending server
  it("names no answer before the sending server's own error, on a test bounce", () => {
    const own = ROWS.filter(({ r }) => /has now given up/.test(r.explanation.summary.en)).filter(
      ({ r }) =>
        /^(?:Your (?:mail |Exchange )?server|The sending server) (?:could|did) not\b/.test(
          r.explanation.summary.en.replace(/^.*?:\s/, ""),
        ) ||
        (r.replyCode === undefined &&
          [r.status, r.explanation.code].some((code) => /^[45]\.4\./.test(code ?? ""))),
    );
    // the rule reads the lab's refused and timed-out connections and failed look-ups, not nothing
    expect(own.length).toBeGreaterThan(20);
    const found = own.flatMap(({ name, r }) =>
      (["en", "ja"] as const)
        .filter((lang) => LAST_ANSWER[lang].test(r.explanation.summary[lang]))
        .map((lang) => `${name} ${r.explanation.id} (${lang})`),
    );
    expect(found).toEqual([]);
  });

  it("and names the answer where the receiving server gave one", () => {
    const entry = MEANINGS.find((e) => e.id === "greylisting");
    if (entry === undefined) throw new Error("greylisting");
    const summary = toldAs(entry, "failed").summary;
    expect(LAST_ANSWER.en.test(summary.en) && LAST_ANSWER.ja.test(summary.ja)).toBe(true);
  });
});
