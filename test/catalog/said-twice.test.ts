// A card says a thing once. No summary names your mail server in two sentences in a row (a delay
// warning's "Your mail server keeps the message and tries again" after "Your mail server could not
// open a connection"), and no card's steps tell two corrections in a row (a typed Bcc's "correct
// it and send it to that address alone" beside a lasting deferral's "check the address, correct
// it", or beside a refused sender's own address). Every test bounce as the command reads it, and
// every meaning told as a delay warning. Before (h-lasting): 37 delay rows of the test bounces
// (connect-failed 23, session-timeout 14, in English; session-timeout's 14 in Japanese too) and
// 4 rows of steps (Postfix's unverified address given up on to a typed Bcc, 3; a refused sender
// domain to a typed Bcc, 1).
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

/** Two steps in a row that each tell to correct an address. */
function correctionsInARow(fix: readonly Localized[]): boolean {
  const corrects = fix.map((step) => /\bcorrect/i.test(step.en));
  return corrects.some((c, i) => c && corrects[i + 1] === true);
}

function saidTwice(e: Explanation): string[] {
  return [
    ...namedTwiceInARow(e.summary).map((lang) => `summary (${lang})`),
    ...(correctionsInARow(e.fix) ? ["two corrections"] : []),
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

  it("never, for a meaning told as a delay warning", () => {
    const found = MEANINGS.flatMap((entry) =>
      saidTwice(toldAs(entry, "delayed")).map((what) => `${entry.id}: ${what}`),
    );
    expect(found).toEqual([]);
  });
});
