// Source: Broadcom's knowledge base for Symantec Email Security.cloud (formerly MessageLabs):
// article 173867 ("553-Message filtered": its anti-spam service's verdict, and how to submit a
// false positive), 442583 ("Sender domain in blacklist": the customer's Blocked Senders list)
// and 173082 (a sender blocked by the Anti-Spam service: "553 sorry, your envelope sender is in
// my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting ..."),
// TECH247121 ("421 Service Temporarily Unavailable": the backup MX, traffic shaping of an IP that
// sends much spam, a stale DNS cache) and 177117 (mail from an outside sender blocked: the false-
// positive submission and the IP reputation review). Its gateways are *.messagelabs.com and its
// replies point to symanteccloud.com. "554 Denied [IPR] (Mode: normal)" is its IP reputation scan,
// as its knowledge base explains that reply (a reseller's copy, cms.orlinpilot.com article 18:
// an automatic block per server cluster, lifted 30 minutes after the IP stops sending there).
// Texts are Symantec's (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const symantecCloud: ProviderCatalog = {
  provider: {
    id: "symantec-cloud",
    name: "Symantec Email Security.cloud (Broadcom, formerly MessageLabs)",
    page: "https://knowledge.broadcom.com/external/article/177117/email-sent-from-an-external-mailer-is-bl.html",
    hosts: [".messagelabs.com"],
    // "denied [ipr]": the IP reputation scan names itself so in no other service's replies
    markers: ["symanteccloud.com", "denied [ipr]"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "symantec-cloud-message-filtered",
      code: "",
      texts: ["Message filtered"],
      reasons: ["spamdetected", "policyviolation", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Symantec Email Security.cloud service judged your message to be spam and refused it.",
        "受信側の Symantec Email Security.cloud がメッセージを迷惑メールと判定し、拒否しました。",
      ),
      cause: t(
        "Symantec's anti-spam service scores each message on its content, its links and the sending server's reputation. A legitimate message can be caught by mistake (a false positive); Symantec reviews such messages when they are submitted to it.",
        "Symantec の迷惑メール対策サービスは、内容、リンク、送信サーバーの評価をもとに各メッセージを判定します。正当なメッセージが誤って判定される (誤検知) こともあり、Symantec に提出されたメッセージは再検討されます。",
      ),
      fix: [
        t(
          "If the message is legitimate: save it from Sent Items as an .eml or .msg file and submit it, alone, as a false positive to Symantec's address for your region (listed in Broadcom's article 177117).",
          "正当なメッセージであれば、送信済みアイテムから .eml または .msg ファイルとして保存し、1 通だけ添付して、地域ごとの Symantec の誤検知報告用アドレス (Broadcom の記事 177117 に記載) に提出してください。",
        ),
        t(
          "Meanwhile, reach the recipient another way; their IT team can allow your address in their Approved Senders list.",
          "その間に別の手段で受信者に連絡してください。受信側の管理者は、承認済み送信者 (Approved Senders) のリストにあなたのアドレスを追加できます。",
        ),
      ],
      adminFix: [
        t(
          "If many messages are filtered, check the sending IP's reputation with Symantec's IP reputation investigation tool and that SPF, DKIM and DMARC pass for {domain}.",
          "多数のメッセージが拒否される場合は、Symantec の IP 評価調査ツールで送信 IP の評価を確認し、{domain} の SPF・DKIM・DMARC が合格しているか確かめてください。",
        ),
      ],
      actions: ["contact-recipient", "contact-your-admin"],
    },
    {
      id: "symantec-cloud-sender-blocked",
      code: "",
      texts: ["Sender domain in blacklist", "your envelope sender is in my badmailfrom list"],
      reasons: ["rejected", "blocked", "policyviolation"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's organization has put your domain or address on its Blocked Senders list in Symantec Email Security.cloud, so your mail to it is refused.",
        "受信側の組織が Symantec Email Security.cloud の受信拒否リスト (Blocked Senders) にあなたのドメインまたはアドレスを登録しているため、その組織宛てのメールは拒否されます。",
      ),
      cause: t(
        "This is the recipient's own setting, not a public block list or your reputation: the list overrides Symantec's other checks and refuses the message at once.",
        "これは受信側自身の設定で、公開ブロック リストやあなたの送信評価によるものではありません。このリストは Symantec の他の判定より優先され、メッセージは即座に拒否されます。",
      ),
      fix: [
        t(
          "Reach the recipient another way and ask their IT team to remove your domain or address from their Blocked Senders list.",
          "別の手段で受信者に連絡し、受信側の管理者に受信拒否リストからあなたのドメインまたはアドレスを削除してもらうよう依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: in the Email Security.cloud portal (Services > Email Services > Anti-Spam > Blocked Senders), find and delete the entry for the sender; the change reaches all gateways in 20 to 60 minutes.",
          "受信側の管理者: Email Security.cloud のポータル (Services > Email Services > Anti-Spam > Blocked Senders) で送信者の登録を探して削除してください。変更はおよそ 20〜60 分ですべてのゲートウェイに反映されます。",
        ),
      ],
      actions: ["contact-recipient-admin", "contact-recipient"],
    },
    {
      id: "symantec-cloud-service-unavailable",
      code: "",
      texts: ["Service Temporarily Unavailable"],
      reasons: ["toomanyconn", "speeding", "badreputation", "blocked"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "The recipient's Symantec Email Security.cloud gateway turned your server[[ ({ip})]] away for now.",
        "受信側の Symantec Email Security.cloud のゲートウェイが、あなたのサーバー[[ ({ip}) ]]からの接続を一時的に断りました。",
      ),
      cause: t(
        "Symantec gives this answer when your server reached its backup MX, which legitimate servers should never use (a stale DNS cache on your side, or the recipient's MX records in the wrong order), or when its traffic shaping slows an IP that has sent a high share of spam.",
        "Symantec がこの応答を返すのは、正当なサーバーが使うはずのないバックアップ MX にあなたのサーバーが接続した場合 (送信側の古い DNS キャッシュ、または受信側の MX レコードの優先順位の誤り)、あるいは迷惑メールの割合が高い IP をトラフィック シェーピングで制限している場合です。",
      ),
      fix: [YOU.retryLater],
      adminFix: [
        t(
          "Check which host your server connected to: if it is a backup cluster (clusterNa...messagelabs.com), flush the sending server's DNS cache; if the recipient's MX preferences are inverted, tell their admin.",
          "送信サーバーがどのホストに接続したかを確認してください。バックアップ クラスター (clusterNa...messagelabs.com) であれば送信サーバーの DNS キャッシュを消去し、受信側の MX の優先順位が逆になっていれば受信側の管理者に伝えてください。",
        ),
        YOUR_ADMIN.checkReputation,
        t(
          "Once the spam from {ip} has stopped, ask Symantec to review the IP's reputation through its IP reputation investigation page; Symantec resets it when the source is fixed.",
          "{ip} からの迷惑メールが止まったら、Symantec の IP 評価調査ページから IP の評価の見直しを依頼してください。原因が解消されていれば、Symantec は評価をリセットします。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "symantec-cloud-ip-reputation",
      code: "",
      texts: ["Denied [IPR]"],
      title: "Denied for the sending IP's reputation (IPR)",
      reasons: ["badreputation", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Symantec Email Security.cloud refused mail from your sending server[[ ({ip})]] because of that IP address's poor reputation with its IP reputation scan (IPR).",
        "受信側の Symantec Email Security.cloud は、IP 評価スキャン (IPR) であなたの送信サーバー[[ ({ip}) ]]の IP アドレスの評価が低いと判定したため、メールを拒否しました。",
      ),
      cause: t(
        "Symantec blocks an IP by itself when a large share of what it recently sent through Symantec's servers was refused as spam: often a compromised account, device or web form sending from the same address. The block applies per server cluster and lifts once the IP has sent nothing there for about 30 minutes; allowing your address on the recipient's side does not bypass it.",
        "Symantec は、ある IP が最近 Symantec のサーバーを通して送ったメールのうち迷惑メールとして拒否されたものの割合が高いと、その IP を自動的にブロックします。多くの場合、同じ IP アドレスから送信している乗っ取られたアカウントや端末、Web フォームが原因です。ブロックはサーバー クラスターごとにかかり、その IP からの送信が約 30 分途絶えると解除されます。受信側であなたのアドレスを許可しても、このブロックは回避できません。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "Send the message again later: it may pass through another Symantec server, or after the block has lifted.",
          "しばらくしてから送り直してください。別の Symantec のサーバーを経由した場合や、ブロックが解除された後であれば、届くことがあります。",
        ),
      ],
      adminFix: [
        t(
          "Find and stop the spam leaving through {ip} (a compromised mailbox, device or web form), then check the IP on Symantec's IP reputation investigation page and ask for a review if it still shows a poor reputation.",
          "{ip} から出ている迷惑メール (乗っ取られたメールボックス、端末、Web フォーム) を特定して止めてから、Symantec の IP 評価調査ページで IP を確認し、評価が低いままであれば見直しを依頼してください。",
        ),
      ],
      actions: ["contact-your-admin", "retry-later"],
    },
  ],
};
