// A given-up notice never says the message still waits or that the sending server retries it:
// round 62 found "The message waits in your server's queue." under "has now given up" (a session
// timeout given up on, lab-replies2 courier/q01-expiry), and causes that went on "the sending
// server tries again on its own" (Yahoo's deferral given up on, lab courier/yahoo-busy-expiry).
// Such words are an entry's `whileRetrying` part, told on a delay warning and left out of a final
// notice in one place (diagnosis/retries.ts); the table below holds every temporary meaning to it.
import { IN_ITS_QUEUE, IN_YOUR_QUEUE } from "../../src/core/catalog/waiting";
import { GAVE_UP, GAVE_UP_OWN_ERROR } from "../../src/core/diagnosis/retries";
import type { Explanation, Localized } from "../../src/core/types";
import { TEMPORARY, explainedFile, toldAs } from "./told-as";

const QUEUE: readonly Localized[] = [IN_YOUR_QUEUE, IN_ITS_QUEUE];

/**
 * Words that say the message is still queued or that the sending server goes on retrying it, or
 * that it has not arrived "yet" (the twelfth Japanese read-through: four deferrals' summaries and
 * the sign-in lockout's said so after "has now given up"), or that a later retry delivers it (the
 * h-ja13 read-through: iCloud's cause, NetEase's "let the server retry" for the admin). A
 * receiver's mechanism ("proper mail servers retry and are then accepted") is no such word, nor
 * a step for messages that stay queued, nor the give-up's own lead ("kept retrying and has now
 * given up").
 */
const WAITING = {
  en: /waits in (?:your|its|the) (?:server's )?queue|keeps? (?:retrying|trying)|retries by itself|tries again (?:on its own|by itself)|\bis retried\b|\b(?:your|the sending) server retries\b|has not (?:seen it|been sent) yet|could not be delivered yet|resumes on a later retry/i,
  ja: /送信待ち(?:キュー|のまま保持)|自動で再試行|再試行を続け(?!ましたが|た間)|再試行されます|サーバーは再試行します|まだ(?:届いて|送信されて|配信できて)いません|後の再試行で配信/,
};

/**
 * An admin step that leaves the message to the server's retries (an admin step may well check
 * that the sending server retries, which is no such word).
 */
const LEFT_TO_RETRIES = { en: /let the server retry/i, ja: /再試行に任せて/ };

/**
 * Words that promise the sending server's retries (of this message) will go through, or that it
 * may still try: the seventh review's Vade `_140` given up on kept "it may try again later" and
 * "the sending server's retries get through as the rate falls"; 11 meanings said so on the old
 * code, 13 give-up rows of the test bounces (h-delaytwice: iCloud's "delivery resumes on a later
 * retry", FTGate's "retries with fewer connections get through", Postfix's PTR check's "clears on
 * a later try", "a retry after a few minutes usually gets through", Fastmail's "unless your
 * server gives up first", ...). After days of retries that did not get through, such words are a
 * delay warning's (`whileRetrying`). h-ja14: Gmail's and MailChannels' "the rest go in a later
 * delivery" (後の配信で送られます, 別の配信で届く) on a give-up.
 */
const RETRIES_PROMISED = {
  en: /\b(?:it|your server|the sending server) (?:may|can) try again\b|\bretr(?:y|ies)\b[^.;]*?\bgets? through\b|\b(?:on|in) (?:a|its) (?:later|next) (?:retry|try|attempt)\b|\blater (?:retry|try|attempt) (?:goes|gets) through\b|\bunless (?:your|the sending) server gives up\b|\bbefore (?:your|the sending) server (?:stops retrying|gives up)\b|\bstays queued\b|\ba later delivery\b/i,
  ja: /再試行できます|再試行(?:は|で)(?:受け付けられ|届き|配信され|解消し)|(?:後|次)の(?:再試行|試行)で|再試行を(?:あきらめる|やめる)前に|まで保持されます|(?:後|別)の配信で(?:送られ|届く)/,
};

/**
 * A sentence on what mail servers in general do ("a real mail server retries after a short delay,
 * and the retry is accepted"): a receiver's mechanism, not a promise about this message.
 */
const IN_GENERAL = {
  en: /\b(?:real|proper|legitimate|well-behaved) (?:mail )?servers?\b/i,
  ja: /正規の|正しく動作する|正当な/,
};

const SENTENCES = {
  en: (text: string) => text.split(/(?<=[.;])\s+/),
  ja: (text: string) => text.split(/(?<=。)/),
};

/** The words of `text` in `lang` that say the message waits or that retries will go through. */
function saidIn(text: string, lang: "en" | "ja"): string[] {
  return SENTENCES[lang](text).flatMap((sentence) =>
    [
      sentence.match(WAITING[lang])?.[0],
      IN_GENERAL[lang].test(sentence) ? undefined : sentence.match(RETRIES_PROMISED[lang])?.[0],
    ].filter((words) => words !== undefined),
  );
}

/** A give-up's leads: before a receiver's answer, and before the sending server's own error. */
const LEADS = [GAVE_UP, GAVE_UP_OWN_ERROR];

/** The summary after the give-up's lead, in `lang`. */
const afterLead = (e: Explanation, lang: "en" | "ja"): string =>
  LEADS.reduce((text, lead) => text.replace(lead[lang], ""), e.summary[lang]);

/** The sentences of a summary (after the give-up's lead), a cause and the steps that say so. */
function waitingWords(e: Explanation): string[] {
  const texts = [{ en: afterLead(e, "en"), ja: afterLead(e, "ja") }, e.cause, ...e.fix];
  return [
    ...texts.flatMap((text) => [...saidIn(text.en, "en"), ...saidIn(text.ja, "ja")]),
    ...e.adminFix.flatMap((step) =>
      [step.en.match(LEFT_TO_RETRIES.en)?.[0], step.ja.match(LEFT_TO_RETRIES.ja)?.[0]].filter(
        (found) => found !== undefined,
      ),
    ),
  ];
}

describe("every temporary meaning, told as a give-up", () => {
  it("covers the catalog's temporary meanings", () => {
    expect(TEMPORARY.length).toBeGreaterThan(300);
  });

  // Before: 19 meanings said it (connection refused, lost or timed out, Yahoo's and Postfix's
  // rate limits, the DNS lookups of Postfix and Exim, Microsoft 365's certificate checks,
  // GoDaddy's and Naver's "your server retries, but ...").
  it.each(TEMPORARY.map((entry) => [entry.id, entry] as const))(
    "%s: says nothing waits or retries",
    (_id, entry) => {
      expect(waitingWords(toldAs(entry, "failed"))).toEqual([]);
    },
  );
});

describe("a meaning's waiting part", () => {
  const marked = TEMPORARY.filter((entry) => entry.whileRetrying !== undefined);

  it("is given by the meanings that said it", () => {
    expect(marked.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(["connect-failed", "connection-lost", "session-timeout"]),
    );
  });

  it.each(marked.map((entry) => [entry.id, entry] as const))(
    "%s: is told on a delay warning and not on a give-up",
    (_id, entry) => {
      const delayed = toldAs(entry, "delayed");
      const failed = toldAs(entry, "failed");
      for (const part of ["summary", "cause"] as const) {
        const words = entry.whileRetrying?.[part];
        if (words === undefined) continue;
        // a queue sentence gives way to the delay warning's own (queue-sentence.test.ts)
        if (!QUEUE.includes(words)) {
          expect(delayed[part].en).toContain(words.en);
          expect(delayed[part].ja).toContain(words.ja);
        }
        expect(failed[part].en).not.toContain(words.en);
        expect(failed[part].ja).not.toContain(words.ja);
      }
    },
  );
});

// Real servers' notices of the lab: each give-up and the delay warning before it.
describe.each([
  // Courier's give-up (5.0.0) quoting the receiver's idle-session timeout
  ["lab-replies2/maildir/courier/q01-expiry.eml", "lab-replies2/maildir/courier/q01-warning.eml"],
  // Postfix's give-up on a DNS lookup that kept failing
  ["lab/maildir/postfix/dnsfail-expiry.eml", "lab/maildir/postfix/dnsfail-warning.eml"],
  // Courier's give-up quoting Yahoo's deferral of the sending IP
  ["lab/maildir/courier/yahoo-busy-expiry.eml", "lab/maildir/courier/yahoo-busy-warning.eml"],
])("%s", (gaveUp, warning) => {
  it("the give-up says the server gave up and nothing waits", () => {
    const e = explainedFile(gaveUp);
    expect(LEADS.some((lead) => e.summary.en.startsWith(lead.en))).toBe(true);
    expect(waitingWords(e)).toEqual([]);
  });

  it("the delay warning before it keeps the meaning's waiting part", () => {
    const e = explainedFile(warning);
    expect(waitingWords(e).length).toBeGreaterThan(0);
  });
});

// A delay's "if the message comes back in the end, forward this report to your mail admin" said
// on a notice that is that message come back (the sixth help-desk review: a session timeout given
// up on, lab-replies2 sendmail/q01-expiry): on a give-up it is the step to do now.
const IF_IT_COMES_BACK = { en: /comes back in the end/, ja: /最終的に戻ってきた/ };

describe("every temporary meaning, told as a give-up", () => {
  it.each(TEMPORARY.map((entry) => [entry.id, entry] as const))(
    "%s: asks nothing 'if it comes back'",
    (_id, entry) => {
      const { fix } = toldAs(entry, "failed");
      expect(
        fix.filter((s) => IF_IT_COMES_BACK.en.test(s.en) || IF_IT_COMES_BACK.ja.test(s.ja)),
      ).toEqual([]);
    },
  );

  it("a session timeout given up on hands the report over now", () => {
    const e = explainedFile("lab-replies2/maildir/sendmail/q01-expiry.eml");
    expect(e.id).toBe("session-timeout");
    expect(e.fix.map((s) => s.en)).toContain(
      'Send this report (use "copy summary") to your IT help desk or mail admin.',
    );
  });
});

/**
 * Words that say the deferral passes by itself (a limit that "clears on its own", congestion that
 * passes, a retry that is accepted): after days of retries it did not, unless the same text says
 * what a lasting one means ("one that lasts for hours points at ...", "once the queued mail is
 * gone"). The eighth review's leftovers: the registry's 4.4.5, Barracuda's outbreak check, and
 * Yahoo's, iCloud's and AT&T's limits said so on a give-up (5 meanings on the old code).
 */
const PASSES = {
  en: /\b(?:clears?|pass(?:es)?) (?:on its own|by (?:it|them)sel(?:f|ves))\b|\bsuch congestion and caps pass\b|\bretried message is\b[^.;]*\baccepted\b/i,
  lasting: /\blasts?\b|\bin the end\b|\bonce the\b/i,
};

describe("a give-up's summary and cause", () => {
  it("say no deferral passes by itself, unless they say what a lasting one means", () => {
    const found = TEMPORARY.flatMap((entry) => {
      const e = toldAs(entry, "failed");
      return [afterLead(e, "en"), e.cause.en]
        .filter((text) => PASSES.en.test(text) && !PASSES.lasting.test(text))
        .map((text) => `${entry.id}: ${text.match(PASSES.en)?.[0] ?? ""}`);
    });
    expect(found).toEqual([]);
  });
});
