// Sources: FortiGuard Labs' FAQ (fortiguard.com/faq: the refusal a sender gets from a FortiGuard
// AntiSpam block, "554 5.7.1 This message has been blocked because it contains FortiGuard -
// AntiSpam blocking URL/IP/Email/Hash(s).(black url/ip/email/hash ...)", and how to report a false
// positive; its IP and signature lookup, fortiguard.com/more/antispam, takes removal requests);
// the FortiMail Administration Guide, "Troubleshoot MTA issues" (docs.fortinet.com/document/
// fortimail/6.4.2/administration-guide/260598: "550 5.7.1 Relay access denied" when no access
// control rule allows the relay; another 5.7.1 reply when the sending client's sender reputation
// score passed the reject threshold; "451 Try again later" from greylisting or an unreachable
// recipient verification server) and its page "Viewing sender, authentication and endpoint
// reputation" (docs.fortinet.com/document/fortimail/7.0.3/administration-guide/900455: what counts
// against a sending IP); replies users quoted: "554 5.7.1 This message has been blocked because it
// is from a FortiGuard - AntiSpam black IP address.(connection black ip ...)"
// (linuxmaster.jp/linux_blog/2020/05/fortiguard.html, pochaneko.com/fortiguard/) and
// "554 5.7.1 This message has been blocked because ASE reports it as spam." (howtodo.co.il, the
// FortiGuard AntiSpam Engine of a FortiGate). FortiMail Cloud's hosts are *.fortimailcloud.com; an
// on-premises FortiMail is known by its words only. Texts are Fortinet's (matched in the reply);
// the explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const FAQ = "https://www.fortiguard.com/faq";
const LOOKUP = "https://www.fortiguard.com/more/antispam";
const MTA =
  "https://docs.fortinet.com/document/fortimail/6.4.2/administration-guide/260598/troubleshoot-mta-issues";

/** FortiGuard's lookup and removal request, for the sending side. */
const delist = t(
  "Look the IP address, domain or address up in FortiGuard's antispam lookup (fortiguard.com/more/antispam); once the cause is fixed, submit the removal request offered there. FortiGuard mails you when the entry is removed; the change may take a while to reach every FortiMail.",
  "FortiGuard の迷惑メール対策の検索ページ (fortiguard.com/more/antispam) で IP アドレス、ドメインまたはアドレスを調べ、原因を解消してから、そこで表示される削除申請を送ってください。削除されると FortiGuard からメールで通知されますが、すべての FortiMail に反映されるまでしばらくかかることがあります。",
);

export const fortimail: ProviderCatalog = {
  provider: {
    id: "fortimail",
    name: "Fortinet FortiMail (FortiGuard AntiSpam)",
    page: FAQ,
    hosts: [".fortimailcloud.com"],
    markers: ["fortiguard", "ase reports it as spam"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "fortimail-fortiguard-sender",
      code: "",
      texts: [
        "This message has been blocked because it is from a FortiGuard - AntiSpam black IP address",
        "connection black ip",
        "FortiGuard - AntiSpam blocking IP",
        "FortiGuard - AntiSpam blocking Email",
        "black ip <ip>",
        "black email <address>",
      ],
      reasons: ["badreputation", "blocked", "rejected"],
      page: LOOKUP,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Fortinet filter (FortiMail or FortiGate) refused your message because the sending server's IP address[[ {ip}]] or your sender address is on FortiGuard's antispam block list.",
        "受信側の Fortinet のフィルター (FortiMail または FortiGate) は、送信サーバーの IP アドレス[[ {ip} ]]または送信者のアドレスが FortiGuard の迷惑メール対策のブロック リストに載っているため、メッセージを拒否しました。",
      ),
      cause: t(
        "FortiGuard AntiSpam, Fortinet's reputation service, lists IP addresses and sender addresses that have sent spam; every FortiMail and FortiGate that uses it refuses their mail. A compromised account or machine, an abused web form or a shared sending IP is the usual cause. This is about the sending side, not the recipient's settings.",
        "Fortinet の評価サービスである FortiGuard AntiSpam は、迷惑メールを送った IP アドレスや送信者アドレスを掲載しており、これを使うすべての FortiMail と FortiGate がそのメールを拒否します。乗っ取られたアカウントや端末、悪用された Web フォーム、共有の送信 IP がよくある原因です。受信側の設定ではなく、送信側の問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, delist],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "fortimail-fortiguard-content",
      code: "",
      texts: [
        "This message has been blocked because it contains FortiGuard - AntiSpam blocking URL",
        "FortiGuard - AntiSpam blocking URL",
        "FortiGuard - AntiSpam blocking Hash",
        "black url <url>",
        "black hash <hash>",
        // FortiMail Cloud's wording, as Fortinet's troubleshooting tips quote it
        // (community.fortinet.com, articles 410082 and 213791): a link rated spam or by category
        "FortiGuard AntiSpam(SPAM URL",
        "detected as spam.FortiGuard WebFilter",
      ],
      reasons: ["spamdetected", "contenterror", "blocked"],
      page: FAQ,
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Fortinet filter refused your message because of its content: a link in it (or the message's fingerprint) is on FortiGuard's antispam block list.",
        "受信側の Fortinet のフィルターは、メッセージの内容を理由に拒否しました。メッセージ内のリンク (またはメッセージの指紋) が FortiGuard の迷惑メール対策のブロック リストに載っています。",
      ),
      cause: t(
        'FortiGuard AntiSpam keeps a list of web addresses found in spam and of checksums (hashes) of known spam messages; a message that links to such an address, or matches such a checksum, is refused. The reply names the URL or hash after "black url" or "black hash". A link shortener or a shared web host often puts legitimate links on the list.',
        "FortiGuard AntiSpam は、迷惑メールに含まれていた Web アドレスと、既知の迷惑メールのチェックサム (ハッシュ) のリストを持っており、そのアドレスへのリンクを含むメッセージやチェックサムが一致するメッセージを拒否します。応答の「black url」または「black hash」の後に該当する URL またはハッシュが示されます。短縮 URL や共有の Web ホスティングが原因で、正当なリンクが掲載されることもよくあります。",
      ),
      fix: [
        t(
          "Send the message again without the link the reply names (or with a direct link instead of a shortened one), or reach the recipient another way.",
          "応答に示されたリンクを外して (または短縮 URL ではなく直接のリンクにして) 送り直すか、別の手段で受信者に連絡してください。",
        ),
      ],
      adminFix: [
        t(
          "If the listed URL is one of your own domains, find out why it was listed (a hacked page, spam that linked to it), fix it and request removal in FortiGuard's lookup (fortiguard.com/more/antispam); for a wrong verdict, send the error message to FortiGuard as its FAQ describes.",
          "掲載された URL が自組織のドメインであれば、掲載の理由 (改ざんされたページ、そこへリンクした迷惑メールなど) を調べて解消し、FortiGuard の検索ページ (fortiguard.com/more/antispam) で削除を申請してください。誤判定の場合は、FortiGuard の FAQ にあるとおりエラー メッセージを FortiGuard に送ってください。",
        ),
      ],
      actions: ["contact-recipient", "request-delisting"],
    },
    {
      id: "fortimail-ase-spam",
      code: "",
      texts: ["This message has been blocked because ASE reports it as spam"],
      reasons: ["spamdetected", "contenterror"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Fortinet filter judged your message to be spam with its FortiGuard AntiSpam Engine (ASE) and refused it.",
        "受信側の Fortinet のフィルターが、FortiGuard AntiSpam Engine (ASE) でメッセージを迷惑メールと判定し、拒否しました。",
      ),
      cause: t(
        "The ASE scores the message itself with heuristic rules (its words, layout, links and attachments), not the sender's reputation; a legitimate message can score too high by mistake.",
        "ASE は送信者の評価ではなく、メッセージそのもの (文面、レイアウト、リンク、添付ファイル) をヒューリスティックなルールで採点します。正当なメッセージが誤って高い点数になることもあります。",
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [
        t(
          "If many messages are refused this way, send one of them to FortiGuard as a false positive (its FAQ gives how); the recipient's admin can allow your address in their Fortinet filter.",
          "同じ理由の拒否が多い場合は、そのうちの 1 通を誤検知として FortiGuard に報告してください (方法は FAQ にあります)。受信側の管理者は、Fortinet のフィルターであなたのアドレスを許可できます。",
        ),
      ],
      actions: ["contact-recipient", "contact-your-admin"],
    },
    {
      id: "fortimail-relay-denied",
      code: "",
      texts: ["Relay access denied"],
      reasons: ["norelaying", "rejected"],
      page: MTA,
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's FortiMail refused to take the message for this address: it is not set up to accept mail for {recipientDomain} from your server.",
        "受信側の FortiMail は、この宛先へのメッセージを受け付けませんでした。あなたのサーバーから {recipientDomain} 宛てのメールを受け付ける設定になっていません。",
      ),
      cause: t(
        "FortiMail accepts mail from outside only for the domains it protects and as its access control rules allow; a domain missing from its protected domains, or a rule that rejects this sender, gives this reply. Sending again does not help until the recipient's admin changes that setting.",
        "FortiMail は、保護対象のドメイン宛てで、アクセス制御ルールが許可するメールだけを外部から受け付けます。保護対象ドメインにドメインが登録されていない場合や、この送信者を拒否するルールがある場合にこの応答になります。受信側の管理者が設定を変えるまで、送り直しても届きません。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If the address is right, reach the recipient another way and tell them their mail gateway refuses mail for their domain.",
          "アドレスが正しければ、別の手段で受信者に連絡し、受信側のメール ゲートウェイが自分のドメイン宛てのメールを拒否していることを伝えてください。",
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: check that {recipientDomain} is a protected domain of the FortiMail and that no access control rule rejects this sender or its IP.",
          "受信側の管理者向け: {recipientDomain} が FortiMail の保護対象ドメインとして登録されているか、また送信者やその IP を拒否するアクセス制御ルールがないかを確認してください。",
        ),
      ],
      actions: ["contact-recipient-admin", "resend-corrected-address"],
    },
    {
      // Published without its text: a 5.7.1 that does not mention relay access.
      id: "fortimail-sender-reputation",
      code: "5.7.1",
      texts: ["sender reputation score"],
      reasons: ["badreputation", "blocked", "rejected", "policyviolation"],
      page: MTA,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's FortiMail refused your sending server[[ ({ip})]]: by FortiMail's own count, too much of the mail it sent there was bad.",
        "受信側の FortiMail は、あなたの送信サーバー[[ ({ip}) ]]からのメールを拒否しました。FortiMail 自身の集計で、そのサーバーから届いたメールに問題のあるものが多すぎました。",
      ),
      cause: t(
        "FortiMail's sender reputation scores each sending IP on what it delivered: spam, viruses, mail to addresses that do not exist, messages failing DKIM or SPF. Above one score it defers the IP's connections for a while, above a higher one it refuses them with a 5.7.1 reply; the score falls again as the bad mail stops.",
        "FortiMail の送信者評価 (sender reputation) は、送信 IP ごとに届いたメールを採点します。迷惑メール、ウイルス、存在しない宛先へのメール、DKIM や SPF に失敗したメッセージが減点の対象です。一定の点数を超えると接続をしばらく保留し、さらに高い点数を超えると 5.7.1 の応答で拒否します。問題のあるメールが止まると点数は再び下がります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Remove addresses that bounce from your lists and check that SPF and DKIM pass for {domain}; if the block lasts after the bad mail has stopped, the recipient's admin can reset the score for {ip} in FortiMail's sender reputation monitor.",
          "配信エラーになるアドレスをリストから外し、{domain} の SPF と DKIM が合格しているか確認してください。問題のあるメールが止まってもブロックが続く場合は、受信側の管理者が FortiMail の送信者評価の画面で {ip} の点数をリセットできます。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "fortimail-try-again-later",
      code: "",
      texts: ["Try again later"],
      reasons: ["blocked", "systemerror", "toomanyconn", "badreputation"],
      page: MTA,
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's FortiMail asked your mail server to come back later instead of taking the message now.",
        "受信側の FortiMail は、メッセージをその場で受け取らず、後で再試行するようあなたのメール サーバーに求めました。",
      ),
      cause: t(
        "FortiMail answers this way while greylisting a sender it does not know yet (a legitimate server that tries again within the greylist window gets through), or while it cannot reach the recipient's mail server to check that the address exists.",
        "FortiMail は、まだ知らない送信者をグレーリスティングで保留している間 (グレーリスティングの保留期間内に再試行する正当なサーバーは受け付けられます) や、宛先が存在するかを確かめるために受信側のメール サーバーに接続できない間、この応答を返します。",
      ),
      fix: [YOU.retryLater],
      adminFix: [
        t(
          "If it lasts for hours, check that the sending server retries from the same IP address; the recipient's admin can check that FortiMail reaches their mail server for recipient verification.",
          "何時間も続く場合は、送信サーバーが同じ IP アドレスから再試行しているか確認してください。受信側の管理者は、FortiMail が宛先の確認のために受信側のメール サーバーに接続できているかを確認できます。",
        ),
      ],
      actions: ["retry-later"],
      lastingDeferral: "sending-side",
    },
  ],
};
