// A card says a thing once. No summary names your mail server in two sentences in a row (a delay
// warning's "Your mail server keeps the message and tries again" after "Your mail server could not
// open a connection"), and no card's steps tell two corrections in a row (a typed Bcc's "correct
// it and send it to that address alone" beside a lasting deferral's "check the address, correct
// it", or beside a refused sender's own address). Every test bounce as the command reads it, and
// every meaning told as a delay warning. Before (h-lasting): 37 delay rows of the test bounces
// (connect-failed 23, session-timeout 14, in English; session-timeout's 14 in Japanese too) and
// 4 rows of steps (Postfix's unverified address given up on to a typed Bcc, 3; a refused sender
// domain to a typed Bcc, 1). Nor does a summary tell what a step tells you to do: every delay
// warning's summary ended "so you do not need to send it again" above a first step that said it
// again (the seventh review's rows 1, 13 and 25): before (h-delaytwice), 657 of the 691 delay rows
// of the test bounces in both languages, and every meaning told as a delay; the summary now tells
// what happened (the server keeps the message and retries), the first step what to do. A final
// notice says once that the sending server stopped: a deferral given up on said it in its summary
// ("kept retrying and has now given up"), its resend step ("the sending server has stopped
// trying") and, for a registry code, its cause ("no longer retries it"), as the eighth review's
// rows 11, 17, 19, 22 and 30 read; before (h-review8), 377 failed rows of the test bounces and
// 274 meanings told as a give-up (both languages).
import type { Explanation, Localized } from "../../src/core/types";
import { MEANINGS, toldAs } from "./told-as";
import { diagnoses } from "./test-sets";

/** The sender's own mail server, as the summaries name it. */
const YOUR_SERVER = { en: /your mail server/i, ja: /(あなたの|送信側の)メール サーバー/ };

const SENTENCES = {
  en: (text: string) => text.split(/(?<=[.:])\s+(?=[A-Z])/),
  ja: (text: string) => text.split(/(?<=[。：:])/).filter((s) => s.trim() !== ""),
};

/** The languages whose summary names your mail server in two sentences in a row. */
function namedTwiceInARow(summary: Localized): string[] {
  return (["en", "ja"] as const).filter((lang) => {
    const said = SENTENCES[lang](summary[lang]).map((s) => YOUR_SERVER[lang].test(s));
    return said.some((named, i) => named && said[i + 1] === true);
  });
}

/**
 * An instruction a summary and a step can both give: that the message need not (or had better not)
 * be sent again, or that there is nothing to do yet.
 */
const NO_RESEND = {
  en: /\b(?:do not need to|need not|no need to|do not) send (?:it|the message) again\b|\bdo not re-?send\b|\bsending (?:it|the message) again would not help\b|\bnothing to do yet\b/i,
  ja: /送り直す必要|送り直しても同じ|送り直さないで|何もする必要はあり/,
};

/** The languages whose summary and a step both tell not to send the message again. */
function noResendTwice(e: Explanation): string[] {
  return (["en", "ja"] as const).filter(
    (lang) =>
      NO_RESEND[lang].test(e.summary[lang]) &&
      e.fix.some((step) => NO_RESEND[lang].test(step[lang])),
  );
}

/** That the sending server has stopped retrying, as a summary, a cause or a step says it. */
const STOPPED = {
  en: /\b(?:has (?:now )?given up|has stopped trying|no longer retries)\b/i,
  ja: /あきらめたため|再試行をやめています|もう再試行しません/,
};

/** The languages whose card says in more than one part (summary, cause, a step) that it stopped. */
function stoppedTwice(e: Explanation): string[] {
  return (["en", "ja"] as const).filter(
    (lang) =>
      [e.summary, e.cause, ...e.fix].filter((part) => STOPPED[lang].test(part[lang])).length > 1,
  );
}

/** Two steps in a row that each tell to correct an address. */
function correctionsInARow(fix: readonly Localized[]): boolean {
  const corrects = fix.map((step) => /\bcorrect/i.test(step.en));
  return corrects.some((c, i) => c && corrects[i + 1] === true);
}

function saidTwice(e: Explanation): string[] {
  return [
    ...namedTwiceInARow(e.summary).map((lang) => `summary (${lang})`),
    ...(correctionsInARow(e.fix) ? ["two corrections"] : []),
    ...noResendTwice(e).map((lang) => `no resend in the summary and a step (${lang})`),
    ...stoppedTwice(e).map((lang) => `stopped, in two parts (${lang})`),
  ];
}

describe("said twice in one card", () => {
  it("never, on a test bounce", () => {
    const found: string[] = [];
    for (const dir of ["corpus", "fixtures"])
      for (const { name, d } of diagnoses(dir))
        for (const r of d.recipients)
          for (const what of saidTwice(r.explanation))
            found.push(`${name} ${r.address} ${r.explanation.id}: ${what}`);
    expect(found).toEqual([]);
  });

  it.each(["delayed", "failed"] as const)("never, for a meaning told as %s", (action) => {
    const found = MEANINGS.flatMap((entry) =>
      saidTwice(toldAs(entry, action)).map((what) => `${entry.id}: ${what}`),
    );
    expect(found).toEqual([]);
  });
});
