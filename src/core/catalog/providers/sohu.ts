// Source: Sohu Mail's table of its refusals with cause and remedy, as reposted in Chinese
// (365seal.com/y/dRvzkOzRVO.html, "mail退信代码分析"): "553 5.7.0 IP REJECT: <ip>:<time>:<URL>" for a
// sending IP on Sohu's own block list (too much mail in a short time, forged sender domains, mail
// that looked like spam; a temporary ban), "554 5.7.1 Sender address rejected: Access denied" for a
// sender address in a Sohu domain from someone who is no Sohu user, "554 5.7.1 Relay access denied"
// for a recipient who is no Sohu user, "550 5.1.1 ... User unknown in local recipient table" for an
// address that does not exist or was suspended after long disuse. Sohu's servers are *.sohu.com. The
// explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const sohu: ProviderCatalog = {
  provider: {
    id: "sohu",
    name: "Sohu Mail",
    page: "https://365seal.com/y/dRvzkOzRVO.html",
    hosts: [".sohu.com", ".sohu.net"],
    markers: [],
    domains: ["sohu.com", "vip.sohu.com", "sohu.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "sohu-ip-reject",
      title: "Sending IP on Sohu's block list (IP REJECT)",
      code: "",
      texts: ["IP REJECT: <ip>"],
      markers: ["ip reject:"],
      reasons: ["blocked", "badreputation", "speeding"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Sohu refuses connections from {ip} for now: that address is on Sohu's own block list.",
        "Sohu は現在 {ip} からの接続を拒否しています。このアドレスが Sohu 独自のブロック リストに載っているためです。",
      ),
      cause: t(
        "Sohu bans a sending IP for a while when it sends more mail in a short time than Sohu allows, sends with many forged sender domains, or sends mail that looks like spam. The ban lifts once the IP behaves.",
        "Sohu は、短時間に上限を超える量のメールを送った、偽装した送信者ドメインを多数使った、迷惑メールのようなメールを送った送信 IP を一定期間禁止します。振る舞いが改まれば解除されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.slowDown,
        t(
          "Check that mail from {ip} uses real sender domains of your own and that no account or form on it sends spam.",
          "{ip} から送られるメールが自組織の実在する送信者ドメインを使っているか、迷惑メールを送っているアカウントやフォームがないかを確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "sohu-sender-domain",
      title: "Sender address in a Sohu domain, from someone who is no Sohu user",
      code: "",
      texts: ["Sender address rejected: Access denied"],
      reasons: ["rejected", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Sohu refused the message because its sender address is in a domain that Sohu hosts, but it did not come from a Sohu user.",
        "送信者アドレスが Sohu でホストされているドメインのものなのに、Sohu の利用者から送られていないため、Sohu はメッセージを拒否しました。",
      ),
      cause: t(
        "Sohu refuses mail that uses one of its domains without being sent through Sohu, to stop forged senders. A company domain that moved away from Sohu's business mail but is still registered there is refused the same way.",
        "Sohu は、なりすましを防ぐため、自社のドメインを使いながら Sohu を経由していないメールを拒否します。Sohu の法人メールから移行したものの、まだ Sohu に登録されたままの会社ドメインも同じく拒否されます。",
      ),
      fix: [
        t(
          "Check the sender address you used; if it is your company's, forward this report to your mail admin.",
          "使った送信者アドレスを確認してください。会社のアドレスであれば、このレポートをメール管理者に転送してください。",
        ),
      ],
      adminFix: [
        t(
          "Send mail for a Sohu-hosted domain through Sohu's servers; if {domain} left Sohu's business mail, have it removed from Sohu's enterprise domains.",
          "Sohu でホストされているドメインのメールは Sohu のサーバー経由で送ってください。{domain} が Sohu の法人メールから移行済みであれば、Sohu の法人ドメインから登録を削除してもらってください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "sohu-not-sohu-recipient",
      title: "Recipient is not a Sohu user",
      code: "",
      texts: ["Relay access denied"],
      reasons: ["norelaying", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Sohu's server refused the recipient: the address is not one Sohu delivers to.",
        "Sohu のサーバーは宛先を拒否しました。このアドレスは Sohu が配信する宛先ではありません。",
      ),
      cause: t(
        "Sohu takes mail only for its own users; an address in another domain reached its server by mistake, or the domain's mail is no longer at Sohu.",
        "Sohu は自社の利用者宛てのメールしか受け付けません。別のドメインのアドレスが誤って Sohu のサーバーに届いたか、そのドメインのメールがもう Sohu にありません。",
      ),
      fix: [YOU.checkAddress, YOU.checkDomainThenTellRecipient],
      adminFix: [
        t(
          "Nothing to change on the sending side; if the address is right, the recipient's domain still sends its mail to Sohu and only its owner can correct that.",
          "送信側で変える設定はありません。アドレスが正しければ、宛先のドメインのメールがまだ Sohu に向いており、直せるのはドメインの所有者だけです。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "sohu-user-unknown",
      code: "5.1.1",
      texts: ["User unknown in local recipient table"],
      reasons: ["userunknown", "suspend"],
      temporary: false,
      owner: "you",
      summary: t(
        "Sohu has no mailbox at this address: it does not exist, or Sohu stopped its mail after the user did not sign in for a long time.",
        "Sohu にはこのアドレスのメールボックスがありません。存在しないか、利用者が長期間ログインしなかったため Sohu が受信を停止しました。",
      ),
      cause: t(
        "Sohu suspends receiving for mailboxes left unused for long; to the sender that looks the same as an address that never existed.",
        "Sohu は長期間使われていないメールボックスの受信を停止します。送信者からは、存在しないアドレスと同じに見えます。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
  ],
};
