// Source: SFR Grand Public's refusal codes as deliverability firms that work with SFR publish them
// (postmastery.com, "All about ISP: SFR and SMTP error codes SFR_IN_XXX"; bentonow.com/smtp-errors/sfr):
// one MX (smtp-in.sfr.fr) and one filtering policy for sfr.fr, neuf.fr, numericable.fr and SFR's
// other domains; an `SFR_IN_1nn` code whose last two digits name the cause (01 spam, 02 viruses,
// 03 SMTP errors, 04 unknown users, 05 volume), each blocking the sending IP for two hours; and
// "421 4.7.0 ... Error: too many errors" for a connection's own protocol errors. SFR feeds its
// users' complaints back through Signal Spam. The explanations are our own words.
import type { Localized, Reason } from "../../types";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog, ProviderEntry } from "./types";

/** What every SFR_IN block shares: two hours, then the sending server's retries get through. */
const twoHours = t(
  "SFR blocks the sending IP[[ ({ip})]] for two hours; mail is taken again once the block ends, unless the cause goes on.",
  "SFR は送信 IP [[({ip}) ]]を 2 時間ブロックします。原因が続かなければ、ブロックの終了後は再び受け付けられます。",
);

const ifItLasts = t(
  "If messages to SFR addresses keep coming back, forward this report to your mail admin.",
  "SFR のアドレス宛てのメッセージが戻り続ける場合は、このレポートをメール管理者に転送してください。",
);

/** One SFR_IN block: its code's last digits, the cause in our words, the admin's first step. */
function block(
  id: string,
  code: string,
  reasons: readonly Reason[],
  summary: Localized,
  adminFix: readonly Localized[],
): ProviderEntry {
  return {
    id: `sfr-${id}`,
    code: "",
    texts: [`SFR_IN_${code}`],
    markers: [`sfr_in_${code}`],
    reasons,
    temporary: true,
    owner: "your-admin",
    summary,
    cause: twoHours,
    fix: [YOU.waitForRetry, ifItLasts],
    adminFix,
    actions: ["wait-for-retry", "contact-your-admin"],
  };
}

export const sfr: ProviderCatalog = {
  provider: {
    id: "sfr",
    name: "SFR",
    page: "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/",
    hosts: [".sfr.fr", ".sfr.net"],
    markers: ["sfr_in_"],
    domains: [
      "sfr.fr",
      "neuf.fr",
      "numericable.fr",
      "club-internet.fr",
      "cegetel.net",
      "noos.fr",
      "9online.fr",
      "club.fr",
      "numericable.com",
      "sfr.net",
    ],
    kind: "receiver",
  },
  entries: [
    block(
      "spam",
      "101",
      ["spamdetected", "badreputation", "blocked"],
      t(
        "SFR has blocked the sending IP for two hours: too many of the messages it sent SFR users were spam or reported as spam.",
        "SFR の利用者へ送られたメッセージの多くが迷惑メールであったか迷惑メールとして報告されたため、SFR は送信 IP を 2 時間ブロックしています。",
      ),
      [
        YOUR_ADMIN.cleanLists,
        t(
          "Check SFR's complaints about {ip} through Signal Spam's feedback loop, and lower the volume to SFR until they drop.",
          "Signal Spam のフィードバック ループで {ip} に対する SFR の苦情を確認し、苦情が減るまで SFR への送信量を減らしてください。",
        ),
      ],
    ),
    block(
      "virus",
      "102",
      ["virusdetected", "blocked"],
      t(
        "SFR has blocked the sending IP for two hours because messages from it carried viruses or malware.",
        "送信 IP からのメッセージにウイルスやマルウェアが含まれていたため、SFR はこの IP を 2 時間ブロックしています。",
      ),
      [
        t(
          "Scan the computers and the mail server behind {ip} for malware, and look for an account sending mail you did not write.",
          "{ip} の背後にあるコンピューターとメール サーバーをマルウェア検査し、身に覚えのないメールを送っているアカウントがないか調べてください。",
        ),
      ],
    ),
    block(
      "smtp-errors",
      "103",
      ["blocked", "syntaxerror", "notcompliantrfc"],
      t(
        "SFR has blocked the sending IP for two hours because its connections made too many SMTP errors.",
        "送信 IP からの接続で SMTP のエラーが多すぎたため、SFR はこの IP を 2 時間ブロックしています。",
      ),
      [
        t(
          "Check the sending server's SMTP dialogue: a valid HELO name, STARTTLS that completes, commands in order, timeouts long enough; and no more than two connections at once to SFR.",
          "送信サーバーの SMTP のやり取りを確認してください。有効な HELO 名、最後まで完了する STARTTLS、正しい順序のコマンド、十分なタイムアウト、そして SFR への同時接続は 2 つまでです。",
        ),
      ],
    ),
    block(
      "unknown-users",
      "104",
      ["blocked", "userunknown", "badreputation"],
      t(
        "SFR has blocked the sending IP for two hours because it sent to too many SFR addresses that do not exist.",
        "送信 IP から存在しない SFR のアドレスへの送信が多すぎたため、SFR はこの IP を 2 時間ブロックしています。",
      ),
      [YOUR_ADMIN.cleanLists],
    ),
    block(
      "volume",
      "105",
      ["speeding", "exceedlimit", "blocked"],
      t(
        "SFR has blocked the sending IP for two hours because it sent more mail than SFR takes from one IP.",
        "送信 IP からのメールが、SFR が 1 つの IP から受け付ける量を超えたため、SFR はこの IP を 2 時間ブロックしています。",
      ),
      [YOUR_ADMIN.slowDown],
    ),
    {
      id: "sfr-too-many-errors",
      code: "",
      texts: ["Error: too many errors"],
      reasons: ["syntaxerror", "toomanyconn", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "SFR closed the connection because it had already made too many SMTP errors.",
        "接続ですでに SMTP のエラーが多く発生していたため、SFR は接続を閉じました。",
      ),
      cause: t(
        "Each refused command (a bad HELO, a failed STARTTLS, a recipient SFR does not know) counts; past a few in one session SFR hangs up, and repeated, it blocks the IP for two hours (SFR_IN_103).",
        "拒否されたコマンド (不正な HELO、失敗した STARTTLS、SFR にない宛先など) はそれぞれ数えられます。1 回の接続で数回を超えると SFR は接続を切り、繰り返すと IP を 2 時間ブロックします (SFR_IN_103)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Read the sending server's log for the replies before this one: the refused commands are the cause (often unknown recipients or a TLS failure).",
          "送信サーバーのログで、この応答より前の応答を確認してください。拒否されたコマンドが原因です (存在しない宛先や TLS の失敗が多い)。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
  ],
};
