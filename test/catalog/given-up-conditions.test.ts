// A give-up tells no admin step under a condition its retries already met: the sending server
// retried for the whole period, so "if it lasts for hours", "if the deferral never clears" and
// "nothing to change while the sending server sends the rest" are settled. The eighth help-desk
// review read them on give-ups (rows 11, 14, 15: the receiver's failed look-up; 19, 20:
// greylisting; 13 and 17: Exchange Online's and the registry's 4.5.3). Before (h-review8), 37
// temporary meanings told as a give-up; the same steps keep their condition on a delay warning,
// where it is still open.
import type { Explanation } from "../../src/core/types";
import { MEANINGS, TEMPORARY, explainedFile, toldAs } from "./told-as";

/** An opener whose condition a give-up has met, in both languages. */
const MET = {
  en: /^(?:(?:Only )?If (?:it|the deferral|the block) (?:lasts\b|keeps happening,|repeats,|never clears|never gets through)|Nothing to change while the sending server)/i,
  ja: /^(?:(?:保留が)?何(?:時間|日)も続く場合|続く場合|長引く場合|ブロックが続く場合|いつまでも届かない場合|繰り返し(?:起きる|発生する)場合|繰り返す場合|保留が解消しない場合|送信側のサーバーが残りの宛先に後続の送信で送っている間)/,
};

/** The admin steps (or the sender's) (language, first words) opening with a condition that is met. */
function met(e: Explanation, steps: "adminFix" | "fix" = "adminFix"): string[] {
  return e[steps].flatMap((step) =>
    (["en", "ja"] as const)
      .filter(
        (lang) =>
          MET[lang].test(step[lang]) &&
          !/after the cause is fixed|once the cause is fixed/.test(step.en),
      )
      .map((lang) => `${lang}: ${step[lang].slice(0, 50)}`),
  );
}

describe("a give-up's admin steps", () => {
  it("open with no condition its retries met, for every temporary meaning", () => {
    const found = TEMPORARY.flatMap((entry) =>
      met(toldAs(entry, "failed")).map((what) => `${entry.id} ${what}`),
    );
    expect(found).toEqual([]);
  });

  // h-ja14: Fastmail's "If it lasts, tell the recipient" and Rackspace's "If it lasts for hours,
  // forward this report" kept their condition on a give-up, in both languages
  it("and the sender's steps too, for every temporary meaning", () => {
    const found = TEMPORARY.flatMap((entry) =>
      met(toldAs(entry, "failed"), "fix").map((what) => `${entry.id} ${what}`),
    );
    expect(found).toEqual([]);
  });

  // h-ja14: MailChannels' "If a final failure report comes, send ... one at a time" on the report
  it("and no step waits for a final report on the final report itself", () => {
    const WAITS = {
      en: /^(?:Only )?[Ii]f a final failure report comes/,
      ja: /^最終的な配信エラーが届いた場合/,
    };
    const found = TEMPORARY.flatMap((entry) =>
      toldAs(entry, "failed")
        .fix.filter((step) => WAITS.en.test(step.en) || WAITS.ja.test(step.ja))
        .map((step) => `${entry.id}: ${step.en.slice(0, 50)}`),
    );
    expect(found).toEqual([]);
  });

  it("keep it on a delay warning, where it is still open", () => {
    const open = TEMPORARY.filter((entry) => met(toldAs(entry, "delayed")).length > 0);
    expect(open.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(["receiver-lookup-failure", "greylisting", "iana-4.3.2"]),
    );
  });

  // The registry's x.5.3 had subject 5's "review the send and receive connectors" (row 17, Exim's
  // "452 #4.5.3 Too many recipients" given up on); now Exchange Online's 4.5.3 step, shared.
  it.each(["iana-4.5.3", "iana-5.5.3"])(
    "%s: the sending server's setting, not connectors",
    (id) => {
      const entry = MEANINGS.find((e) => e.id === id);
      if (entry === undefined) throw new Error(id);
      const failed = toldAs(entry, "failed").adminFix.map((step) => step.en);
      expect(failed).toEqual([
        expect.stringMatching(
          /^Configure the sending server to send to fewer recipients per transaction/,
        ),
      ]);
    },
  );

  it.each([
    [
      "lab-locales/maildir/exim-fr/lc-defer-expiry.eml",
      "Tell the recipient's mail admin: their server's address look-up",
      "受信側のメール管理者に知らせてください。",
    ],
    [
      "lab/maildir/haraka-skeleton/greylist-expiry.eml",
      "Have the sending server retry from the same IP address",
      "送信サーバーが同じ IP アドレスから再試行し",
    ],
    [
      "lab-replies3/maildir/exim/p03-expiry.eml",
      "Configure the sending server to send to fewer recipients per transaction",
      "1 回の送信あたりの宛先数を減らすよう、送信側のサーバーを設定してください。",
    ],
    [
      "lab-replies/maildir/sendmail/r07-expiry.eml",
      "Configure the sending server to send to fewer recipients per transaction",
      "1 回の送信あたりの宛先数を減らすよう、送信側のサーバーを設定してください。",
    ],
  ])("%s: the step, told as settled", (file, en, ja) => {
    const e = explainedFile(file);
    expect(e?.summary.en).toMatch(/has now given up/);
    expect(e?.adminFix[0]?.en.startsWith(en)).toBe(true);
    expect(e?.adminFix[0]?.ja.startsWith(ja)).toBe(true);
  });
});
