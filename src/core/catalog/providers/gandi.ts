// Source: Gandi's troubleshooting page for Gandi Mail (postmaster.gandi.net), which lists its
// replies and what each means: "Reject for policy reason. RULE1_1" (a possible virus or malware),
// RULE2_1 (phishing, by heuristics or a suspicious link), RULE2_2 (a potential scam), RULE3_1 (a
// suspicious commercial email), RULE3_2 (a high spam score), "Greylisted for N seconds" and
// "blocked you maybe infected". Its replies end "See http://postmaster.gandi.net"; its servers
// are *.gandi.net. The same filter answers mail to Gandi mailboxes and mail its users send
// through it. Codes and texts are Gandi's (matched in the reply); the explanations are our own words.
import type { ActionId } from "../../types";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog, ProviderEntry } from "./types";

type Text = { readonly en: string; readonly ja: string };

/** One of Gandi's content rules: the message itself was refused, so the sender changes it. */
function contentRule(
  rule: string,
  verdict: Text,
  why: Text,
  change: Text,
  reasons: ProviderEntry["reasons"],
  actions: readonly ActionId[] = ["contact-your-admin"],
): ProviderEntry {
  return {
    id: `gandi-${rule.toLowerCase().replace("_", "-")}`,
    code: "",
    texts: [`Reject for policy reason. ${rule}`, `Reject for policy reason ${rule}`],
    markers: [rule.toLowerCase()],
    ...(reasons !== undefined ? { reasons } : {}),
    temporary: false,
    owner: "you",
    summary: t(
      `Gandi's mail filter refused the message (its rule ${rule}): ${verdict.en}.`,
      `Gandi のメール フィルターがメッセージを拒否しました (ルール ${rule})。${verdict.ja}。`,
    ),
    cause: t(why.en, why.ja),
    fix: [t(change.en, change.ja)],
    adminFix: [
      t(
        "If messages from your organization keep hitting this rule, scan the sending computers for malware and check what the refused messages have in common (a link's domain, an attachment type, a mailing tool).",
        "自組織のメッセージがこのルールで繰り返し拒否される場合は、送信元のコンピューターをマルウェア検査し、拒否されたメッセージの共通点 (リンク先のドメイン、添付ファイルの種類、一斉送信ツール) を確認してください。",
      ),
    ],
    actions,
  };
}

export const gandi: ProviderCatalog = {
  provider: {
    id: "gandi",
    name: "Gandi Mail",
    page: "https://postmaster.gandi.net/",
    hosts: [".gandi.net"],
    markers: ["postmaster.gandi.net"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    contentRule(
      "RULE1_1",
      {
        en: "it found what may be a virus or other malware",
        ja: "ウイルスなどのマルウェアの可能性があるものが見つかりました",
      },
      {
        en: "Gandi scans every message and refuses one whose attachment or content looks like malware. A harmless file can be caught too, for example an Office document with macros or an executable inside an archive.",
        ja: "Gandi はすべてのメッセージを検査し、添付ファイルや内容がマルウェアのように見えるものを拒否します。マクロ付きの Office 文書やアーカイブ内の実行ファイルなど、無害なファイルが引っかかることもあります。",
      },
      {
        en: "Scan the attachment with an up-to-date antivirus; if it is clean, share it through a link (a file-sharing service) instead of attaching it, or send it in another format (a PDF instead of a document with macros).",
        ja: "最新のウイルス対策ソフトで添付ファイルを検査してください。問題がなければ、添付せずにファイル共有サービスのリンクで共有するか、別の形式 (マクロ付き文書の代わりに PDF など) で送ってください。",
      },
      ["virusdetected", "securityerror", "policyviolation"],
    ),
    contentRule(
      "RULE2_1",
      {
        en: "it took the message for phishing",
        ja: "メッセージがフィッシングと判定されました",
      },
      {
        en: "Gandi judged the message to be phishing, from its wording or from a link in it whose destination is known or suspected to be malicious.",
        ja: "Gandi は、文面、またはリンク先が悪意のあるサイトとして知られている・疑われているリンクから、メッセージをフィッシングと判定しました。",
      },
      {
        en: "Remove or replace the links (especially shortened links and links to login pages), then send again; if a link of your own site is the cause, check that site for compromise.",
        ja: "リンク (特に短縮 URL やログイン ページへのリンク) を削除するか差し替えてから送り直してください。あなたのサイトへのリンクが原因であれば、そのサイトが改ざんされていないか確認してください。",
      },
      ["securityerror", "spamdetected", "policyviolation"],
    ),
    contentRule(
      "RULE2_2",
      {
        en: "it took the message for a possible scam",
        ja: "メッセージが詐欺の可能性ありと判定されました",
      },
      {
        en: "Gandi's heuristics judged the wording of the message typical of scams (urgent payment requests, changed bank details, prizes, and the like).",
        ja: "Gandi のヒューリスティック分析が、メッセージの文面を詐欺に典型的なもの (至急の支払い依頼、振込先の変更、当選の案内など) と判定しました。",
      },
      {
        en: "Rephrase the message plainly, without payment urgency or bank details in the text, or reach the recipient another way.",
        ja: "支払いを急がせる表現や口座情報を本文に入れず、平易な文面に書き直すか、別の手段で受信者に連絡してください。",
      },
      ["spamdetected", "policyviolation"],
      // the only rule whose step reaches the recipient another way
      ["contact-recipient", "contact-your-admin"],
    ),
    contentRule(
      "RULE3_1",
      {
        en: "it took the message for suspicious commercial mail",
        ja: "メッセージが不審な商用メールと判定されました",
      },
      {
        en: "Gandi detected the traits of unsolicited commercial mail: advertising wording and layout, tracking links, or bulk-mailing headers without the usual unsubscribe means.",
        ja: "Gandi は、広告的な文面やレイアウト、トラッキング リンク、一般的な配信停止手段のない一斉送信用ヘッダーなど、迷惑な商用メールの特徴を検出しました。",
      },
      {
        en: "For a personal message, send plain text without tracking links or marketing layout; for mailings, send only to people who asked for them, with a working unsubscribe link.",
        ja: "個人的なメッセージであれば、トラッキング リンクや宣伝用のレイアウトを使わずテキストで送ってください。一斉送信であれば、希望した相手にだけ、機能する配信停止リンクを付けて送ってください。",
      },
      ["spamdetected", "policyviolation"],
    ),
    contentRule(
      "RULE3_2",
      {
        en: "it gave the message a high spam score",
        ja: "メッセージの迷惑メール スコアが高いと判定されました",
      },
      {
        en: "Gandi scores each message for the likelihood of spam (its words, links, formatting and the sender's authentication); this one scored above the limit.",
        ja: "Gandi は各メッセージが迷惑メールである可能性を (文面、リンク、書式、送信者の認証から) 採点しており、このメッセージは上限を超えました。",
      },
      {
        en: "Send a shorter, plainer version (fewer links and images, no all-capital subject), and ask your admin to check that SPF, DKIM and DMARC pass for your domain.",
        ja: "リンクや画像を減らし、件名を大文字だけにしない、短く簡潔な文面で送り直してください。また、自分のドメインで SPF・DKIM・DMARC が合格しているか管理者に確認してもらってください。",
      },
      ["spamdetected"],
    ),
    {
      id: "gandi-greylisted",
      title: "Greylisted, try again shortly",
      code: "",
      texts: ["Greylisted for <n> seconds"],
      reasons: ["blocked", "rejected"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "nobody",
      summary: t(
        "Gandi's servers asked your mail server to try again in a moment (greylisting).",
        "Gandi のサーバーが、少し時間をおいて再試行するよう送信サーバーに求めました (グレーリスティング)。",
      ),
      cause: t(
        "Greylisting turns away the first attempt from a sender it has not seen before, for the number of seconds given; a real mail server retries and is then accepted, which most spam software does not.",
        "グレーリスティングは、初めて見る送信者からの最初の配信を、示された秒数だけ受け付けません。正規のメール サーバーは再試行して受け付けられますが、迷惑メール送信ソフトの多くは再試行しません。",
      ),
      fix: [YOU.waitForRetry],
      adminFix: [
        t(
          "Only if it never gets through: check that the sending server retries deferred mail (not every few seconds) and keeps the same sending IP and envelope sender across attempts.",
          "いつまでも届かない場合に限り、送信サーバーが保留されたメールを (数秒おきではなく) 再試行し、試行のたびに同じ送信 IP とエンベロープ送信者を使っているか確認してください。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "gandi-maybe-infected",
      code: "",
      texts: ["blocked you maybe infected"],
      reasons: ["blocked", "securityerror", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Gandi blocked the connection[[ from {ip}]] because the computer sending it may be infected by a trojan or virus.",
        "送信しているコンピューターがトロイの木馬やウイルスに感染している可能性があるため、Gandi は[[ {ip} からの]]接続をブロックしました。",
      ),
      cause: t(
        "Gandi blocks sources whose behaviour looks like malware sending mail; the computer (or another one behind the same internet address) needs cleaning before mail from it is accepted again.",
        "Gandi は、マルウェアがメールを送っているような振る舞いをする送信元をブロックします。そのコンピューター (または同じインターネット アドレスを共有する別のコンピューター) を駆除するまで、そこからのメールは受け付けられません。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "Run a full antivirus scan of the computer you sent from and change your mail password.",
          "送信に使ったコンピューターでウイルス対策ソフトのフル スキャンを実行し、メールのパスワードを変更してください。",
        ),
      ],
      adminFix: [
        t(
          "Scan the computers that share {ip} for malware and block outgoing port 25 for everything but your mail server.",
          "{ip} を共有しているコンピューターをマルウェア検査し、メール サーバー以外からの送信ポート 25 を遮断してください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
  ],
};
