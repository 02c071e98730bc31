// Source: Free's postmaster page (postmaster.free.fr, "Problème d'envoi vers Free.fr ?"): its MX
// servers block a sending IP on statistics kept in real time for each connecting IP (spam and
// errors), for at most 24 hours, lifted by itself, and again within 24 to 48 hours if the cause is
// not fixed; each reason has its own reply ("550 spam detected": the antispam filter's verdict,
// possibly on a message sent by someone forging the sender's address). Its IP blocks reply "Too
// many spams from your IP (...)" and "too many errors from your ip (...)", each with "please visit
// http://postmaster.free.fr/", and "Your IP (...) is temporary blacklisted by an anti-troyan rule,
// retry later and/or visit http://postmaster.free.fr/" (as quoted on the ubuntu-fr.org forum,
// topic 2008675). Texts are Free's (matched in the reply); the explanations are our
// own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Free lifts its IP blocks by itself, so the admin's part is to remove the cause first. */
const waitOut = t(
  "Once the cause is fixed, wait: Free lifts the block by itself within 24 hours, and asking for an earlier removal does not help. If the cause remains, the block comes back.",
  "原因を解消したら待ってください。Free はブロックを 24 時間以内に自動で解除し、早期解除を頼んでも効果はありません。原因が残っていると、再びブロックされます。",
);

export const freeFr: ProviderCatalog = {
  provider: {
    id: "free-fr",
    name: "Free (free.fr)",
    page: "https://postmaster.free.fr/",
    hosts: [".free.fr"],
    markers: ["postmaster.free.fr"],
    domains: ["free.fr", "aliceadsl.fr", "libertysurf.fr"],
    kind: "receiver",
  },
  entries: [
    {
      id: "free-fr-spam-detected",
      code: "",
      texts: ["spam detected"],
      reasons: ["spamdetected", "rejected", "policyviolation"],
      temporary: false,
      owner: "you",
      summary: t(
        "Free's antispam filter judged this message to be spam and refused it when it arrived.",
        "Free の迷惑メール フィルターがこのメッセージを迷惑メールと判定し、受信時に拒否しました。",
      ),
      cause: t(
        "Free analyses each message as it is received. If you did not send this message, someone forged your address and this report came back to you; nothing needs fixing on your side then.",
        "Free は受信時に各メッセージを分析します。このメッセージを送った覚えがない場合は、誰かがあなたのアドレスを詐称して送ったもので、このレポートはその結果として届いたものです。その場合、あなたの側で直すことはありません。",
      ),
      fix: [
        t(
          "If you sent it: make sure it cannot pass for spam (its wording, its links, a subject in capitals, an attachment alone without text), then send it again.",
          "自分で送った場合: 迷惑メールと取り違えられない内容か (文面、リンク、大文字だけの件名、本文のない添付ファイルだけのメールなど) を確かめてから送り直してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["contact-your-admin"],
    },
    {
      id: "free-fr-spam-ip-block",
      code: "",
      texts: ["Too many spams from your IP"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Free is turning away your server[[ ({ip})]] for up to 24 hours because too much of what it recently sent to Free was spam.",
        "最近 Free 宛てに送られたメールの多くが迷惑メールだったため、Free はあなたのサーバー[[ ({ip}) ]]を最長 24 時間受け付けません。",
      ),
      cause: t(
        "Free keeps statistics in real time for every IP that connects to its MX servers; an IP whose messages are often judged spam is blocked for a time that depends on the amount, at most 24 hours.",
        "Free は MX サーバーに接続するすべての IP について、統計をリアルタイムで取っています。迷惑メールと判定されるメッセージの多い IP は、その量に応じた時間 (最長 24 時間) ブロックされます。",
      ),
      fix: [YOU.forwardToAdmin, YOU.retryAfterBlock],
      adminFix: [
        t(
          "Find what sends spam through {ip} (a compromised account, an infected computer, a web form) and stop it.",
          "{ip} を経由して迷惑メールを送っているもの (乗っ取られたアカウント、感染したコンピューター、Web フォーム) を探して止めてください。",
        ),
        waitOut,
      ],
      actions: ["secure-account", "retry-later", "contact-your-admin"],
    },
    {
      id: "free-fr-trojan-ip-block",
      code: "",
      texts: ["is temporary blacklisted by an anti-troyan rule"],
      reasons: ["blocked", "badreputation", "securityerror"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Free has blocked your IP address[[ ({ip})]] for a while because mail from it looked like the work of a trojan (malware that sends spam from an infected computer).",
        "あなたの IP アドレス[[ ({ip}) ]]からのメールが、トロイの木馬 (感染したコンピューターから迷惑メールを送るマルウェア) の仕業のように見えたため、Free はこの IP をしばらくブロックしています。",
      ),
      cause: t(
        "Free keeps statistics on every IP that connects to its MX servers, and its anti-trojan rule blocks an IP whose traffic looks like that of an infected machine. The block is temporary: Free lifts its IP blocks by itself (its postmaster page gives at most 24 hours).",
        "Free は MX サーバーに接続するすべての IP について統計を取っており、その「アンチ トロイの木馬」ルールは、感染した端末のような通信をする IP をブロックします。ブロックは一時的なもので、Free は IP のブロックを自動で解除します (ポストマスター ページによれば最長 24 時間)。",
      ),
      fix: [YOU.forwardToAdmin, YOU.retryAfterBlock],
      adminFix: [
        t(
          "Scan the computers that share {ip} for malware, and make sure only your mail server sends mail to the internet from it (block outgoing port 25 for everything else).",
          "{ip} を共有しているコンピューターをマルウェア検査し、その IP からインターネットへメールを送るのがメール サーバーだけになるようにしてください (それ以外からの送信ポート 25 を遮断します)。",
        ),
        t(
          "If {ip} is a home or dynamic address, send through your provider's submission server instead of straight to Free.",
          "{ip} が家庭向けや動的なアドレスであれば、Free へ直接送らず、利用しているプロバイダーの送信サーバーを経由して送ってください。",
        ),
        waitOut,
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "free-fr-error-ip-block",
      code: "",
      texts: ["too many errors from your ip"],
      reasons: ["blocked", "badreputation", "toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Free is turning away your server[[ ({ip})]] for up to 24 hours because its recent connections to Free caused too many errors.",
        "最近の Free への接続でエラーが多すぎたため、Free はあなたのサーバー[[ ({ip}) ]]を最長 24 時間受け付けません。",
      ),
      cause: t(
        "Free counts, for each connecting IP, the errors it causes, such as messages to Free addresses that do not exist (an old or bought address list) or malformed SMTP commands; past a limit the IP is blocked for a time that depends on the count, at most 24 hours.",
        "Free は接続してくる IP ごとに、引き起こしたエラーを数えています。たとえば、存在しない Free のアドレス宛てのメール (古いアドレス リストや購入したリスト) や、不正な SMTP コマンドです。上限を超えると、その数に応じた時間 (最長 24 時間) IP がブロックされます。",
      ),
      fix: [YOU.forwardToAdmin, YOU.retryAfterBlock],
      adminFix: [
        t(
          "Check the sending server's logs for its refusals by Free: remove the addresses Free reported as unknown from your lists, and fix any client or script that sends malformed mail.",
          "送信サーバーのログで Free に拒否された記録を確認してください。Free が存在しないと応答したアドレスをリストから削除し、不正な形式のメールを送っているクライアントやスクリプトを直してください。",
        ),
        waitOut,
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
  ],
};
