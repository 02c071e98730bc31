// Source: Mimecast, "Mimecast SMTP Error Codes" (community.mimecast.com/docs/DOC-1369, the page every
// Mimecast refusal links to) and its Blocked Senders, Anti-Spoofing and Email Size Limits policy pages.
import { t } from "../types";
import { mimecast as rules } from "../../reason/providers/mimecast";
import { SENDER } from "../steps";
import { YOU } from "./steps";
import { MAILBOX } from "./mailbox-steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754";

/** The recipient's organization blocked the sender on purpose (Blocked Senders policy). */
const adminBlock = {
  owner: "recipient-admin",
  reasons: ["rejected", "blocked"],
  summary: t(
    "The recipient's organization has blocked your address or domain in its Mimecast gateway, so your message was refused.",
    "受信側の組織が Mimecast ゲートウェイであなたのアドレスまたはドメインをブロックしているため、メッセージは拒否されました。",
  ),
  cause: t(
    "A Blocked Senders policy set by the recipient's mail admin matched the sender address, its domain or the sending IP[[ {ip}]]. Mimecast applies blocks before permitted senders, so only that admin can lift it.",
    "受信側のメール管理者が設定した Blocked Senders ポリシーが、送信者アドレス、そのドメイン、または送信元 IP [[{ip} ]]に一致しました。Mimecast ではブロックが許可リストより優先されるため、解除できるのはその管理者だけです。",
  ),
  fix: [
    t(
      "Reach the recipient another way (phone, chat) and ask them to have their IT team remove your address or domain from their Mimecast block list.",
      "電話やチャットなど別の手段で受信者に連絡し、受信側の管理者に Mimecast のブロック リストからあなたのアドレスまたはドメインを外してもらうよう依頼してください。",
    ),
  ],
  adminFix: [
    t(
      "For the recipient's admin: find the entry in the Blocked Senders policies (Administration > Gateway > Policies) that matches this sender and remove or narrow it.",
      "受信側の管理者向け: Blocked Senders ポリシー (Administration > Gateway > Policies) でこの送信者に一致するエントリを探し、削除するか対象を絞ってください。",
    ),
  ],
  actions: ["contact-recipient-admin"],
} as const;

/** The sending IP's reputation is poor in Mimecast's eyes (its own or a list it consults). */
const ipReputation = {
  owner: "your-admin",
  reasons: ["badreputation", "blocked"],
  summary: t(
    "The recipient's Mimecast gateway refused mail from your sending server's IP address[[ {ip}]] because of its reputation[[ on {list}]].",
    "受信側の Mimecast ゲートウェイは、送信サーバーの IP アドレス[[ {ip} ]]の評価が低い[[ ({list} に掲載) ]]ため、メールを受け付けませんでした。",
  ),
  cause: t(
    "Mimecast scores each connecting IP from its own traffic and from block lists; this IP scored too low. A shared or newly used IP, spam sent from a compromised account, or a listing on a public block list are the usual reasons.",
    "Mimecast は接続してきた IP を自社の通信実績とブロック リストで評価しており、この IP の評価が基準を下回りました。共有 IP や使い始めたばかりの IP、乗っ取られたアカウントからの迷惑メール送信、公開ブロック リストへの掲載がよくある原因です。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Look up {ip} on the block lists[[ ({listPage})]], find and stop what sent unwanted mail from it, then request removal; make sure the IP has a matching PTR record.",
      "{ip} をブロック リストで確認し[[ ({listPage})]]、そこから不要なメールを送ったものを突き止めて止めたうえで削除を申請してください。IP に一致する PTR レコードがあることも確認してください。",
    ),
  ],
  actions: ["request-delisting", "contact-your-admin"],
} as const;

export const mimecast: ProviderCatalog = {
  provider: {
    id: "mimecast",
    name: "Mimecast",
    page: PAGE,
    hosts: rules.hosts,
    // Its anti-spoofing refusal often arrives without its link: the wording is Mimecast's own.
    markers: ["mimecast", "header based anti-spoofing policy"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "mimecast-greylisting",
      code: "",
      texts: [
        "Internal resource temporarily unavailable",
        "Internal resource<s> temporarily unavailable",
        "greylisted",
        "greylisting",
      ],
      reasons: ["badreputation", "blocked"],
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's Mimecast gateway asked your mail server to wait and try again (greylisting).",
        "受信側の Mimecast ゲートウェイが、時間をおいて再試行するようあなたのメール サーバーに求めました (グレーリスティング)。",
      ),
      cause: t(
        "Mimecast defers the first message from a new combination of sending IP, sender and recipient until the sending server tries again (between one minute and 12 hours later). The same reply is given while the sending IP[[ {ip}]] has a poor reputation, so a deferral that never clears points there.",
        "Mimecast は、送信元 IP・送信者・宛先の組み合わせが初めてのメッセージを、送信サーバーが再試行してくるまで (1 分後から 12 時間後まで) 保留します。送信元 IP [[{ip} ]]の評価が低い間も同じ応答を返すため、いつまでも解消しない場合はそちらが原因です。",
      ),
      lastingDeferral: "sending-side",
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If delivery is still deferred after 12 hours, check that the server retries from the same IP and look up that IP's reputation; the recipient's Mimecast admin can exempt a trusted sender with a Permitted Senders or greylisting bypass policy.",
          "12 時間たっても保留が続く場合は、サーバーが同じ IP から再試行しているかを確かめ、その IP の評価を調べてください。信頼できる送信者であれば、受信側の Mimecast 管理者が Permitted Senders またはグレーリスティング除外のポリシーで対象外にできます。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "mimecast-busy",
      code: "",
      texts: [
        "Unable to process connection at this time",
        "Unable to process an email at this time",
        "Account service is temporarily unavailable",
        "Unable to process command",
        "Message ended early",
      ],
      reasons: ["systemerror", "toomanyconn"],
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's Mimecast gateway was too busy to take the message just then.",
        "受信側の Mimecast ゲートウェイがその時点で混み合っていて受け取れませんでした。",
      ),
      cause: t(
        "Mimecast turns connections away while its servers (or the recipient's account on them) are at their limit, and accepts them again when the load drops.",
        "Mimecast は、サーバー (またはその上の受信側アカウント) が上限に達している間は接続を断り、負荷が下がると再び受け付けます。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it lasts for hours, check the Mimecast status page and your queue's retry schedule.",
          "何時間も続く場合は、Mimecast の稼働状況ページと送信キューの再試行の間隔を確認してください。",
        ),
      ],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
    {
      id: "mimecast-too-many-recipients",
      code: "",
      texts: ["Too many recipients"],
      reasons: ["toomanyconn"],
      owner: "nobody",
      temporary: true,
      lastingDeferral: "recipient-count",
      summary: t(
        "Mimecast took only part of the recipient list in one go.",
        "Mimecast は一度に宛先の一部しか受け付けませんでした。",
      ),
      cause: t(
        "Mimecast limits how many recipients one delivery attempt may carry; a well-behaved server retries the rest.",
        "Mimecast は 1 回の配信で扱える宛先の数を制限しています。正しく動作するサーバーは残りの宛先を再試行します。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If the rest never arrives, check that the sending server retries recipients refused with a 4xx reply.",
          "残りがいつまでも届かない場合は、送信サーバーが 4xx 応答で断られた宛先を再試行する設定か確認してください。",
        ),
      ],
      // the sending server splits the list itself, retrying the rest (the steps ask nothing more)
      actions: ["wait-for-retry"],
    },
    {
      id: "mimecast-submission-auth",
      code: "",
      texts: ["Submitter failed to authenticate", "Incorrect authentication data"],
      reasons: ["securityerror"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your organization's own Mimecast refused to send the message because the mail server or device handing it over did not sign in correctly.",
        "メールを渡したメール サーバーや機器が正しくサインインしなかったため、自組織の Mimecast が送信を拒否しました。",
      ),
      cause: t(
        "Mail relayed out through Mimecast must come from an authorized IP or sign in with SMTP credentials; this connection did neither correctly (a wrong or expired password, or the wrong host name).",
        "Mimecast 経由で外部に送るメールは、許可された IP から来るか SMTP の資格情報でサインインする必要があります。この接続はどちらも正しくありませんでした (誤った・期限切れのパスワード、ホスト名の誤りなど)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check the SMTP credentials and Mimecast host name configured on the sending server, scanner or application, and the authorized outbound IPs in Mimecast.",
          "送信サーバー・複合機・アプリケーションに設定した SMTP の資格情報と Mimecast のホスト名、および Mimecast の送信許可 IP を確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "mimecast-invalid-recipient",
      code: "",
      texts: ["Invalid Recipient", "User unknown", "Invalid address"],
      reasons: ["userunknown"],
      owner: "you",
      temporary: false,
      summary: t(
        "The address you wrote to does not exist at the recipient's organization[[ ({recipientDomain})]].",
        "宛先のアドレスは受信側の組織[[ ({recipientDomain}) ]]に存在しません。",
      ),
      cause: t(
        "Mimecast checks each recipient against the organization's directory before it accepts a message; this address was not found there (a typo, a former employee, or an old address in Outlook's suggestions).",
        "Mimecast はメッセージを受け付ける前に宛先を組織のディレクトリで照合します。このアドレスは見つかりませんでした (入力ミス、退職者、Outlook の候補に残った古いアドレスなど)。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete, MAILBOX.askCurrentAddress],
      adminFix: [
        t(
          "If the address should exist, the recipient's admin can check it in their directory and in Mimecast's recipient validation settings.",
          "存在するはずのアドレスであれば、受信側の管理者がディレクトリと Mimecast の宛先検証設定を確認できます。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "mimecast-user-block",
      code: "",
      texts: [
        "Envelope blocked - User Entry",
        "Envelope blocked - User Domain Entry",
        "Envelope blocked<dash>User Entry",
        "Envelope blocked<dash>User Domain Entry",
        "Rejected by header based manually Blocked Senders",
      ],
      reasons: ["rejected"],
      owner: "recipient",
      temporary: false,
      summary: t(
        "The recipient has put your address (or your whole domain) on their personal blocked-senders list in Mimecast, so your message was refused.",
        "受信者本人が Mimecast の個人用ブロック リストにあなたのアドレス (またはドメイン全体) を登録しているため、メッセージは拒否されました。",
      ),
      cause: t(
        "Mimecast lets each user block senders for themselves (Managed Senders); the block is theirs, not a verdict on your mail server, and only they (or their admin) can remove it.",
        "Mimecast では利用者が自分で送信者をブロックできます (Managed Senders)。これは本人の設定であり、あなたのメール サーバーへの評価ではありません。解除できるのは本人 (またはその管理者) だけです。",
      ),
      fix: [
        t(
          "If you need to reach them, use another way (phone, chat) and ask them to remove you from their blocked senders in Mimecast.",
          "連絡が必要な場合は電話やチャットなど別の手段を使い、Mimecast のブロック リストからあなたを外してもらうよう頼んでください。",
        ),
      ],
      adminFix: [
        t(
          "Nothing to change on the sending side. The recipient removes the entry under Managed Senders > Blocked (Mimecast personal portal or Outlook add-in).",
          "送信側で変更することはありません。受信者が Managed Senders > Blocked (Mimecast 個人ポータルまたは Outlook アドイン) から登録を削除します。",
        ),
      ],
      actions: ["contact-recipient"],
    },
    {
      id: "mimecast-admin-block",
      code: "",
      texts: [
        "Administrative prohibition - envelope blocked",
        "Administrative prohibition<dash>envelope blocked",
        "Rejected by header based Blocked Senders",
        "Block policy for header from",
        "Block policy for envelope from address",
        "Policy level block list in force",
        "Host network not allowed",
        "Host network, not allowed",
      ],
      temporary: false,
      ...adminBlock,
    },
    {
      id: "mimecast-sender-address-blocked",
      code: "",
      texts: ["Sender address blocked"],
      temporary: true,
      ...adminBlock,
    },
    {
      id: "mimecast-anti-spoofing",
      code: "",
      texts: [
        "Rejected by header based Anti-Spoofing policy",
        "Anti-Spoofing policy - Inbound not allowed",
        "Anti-Spoofing policy<dash>Inbound not allowed",
      ],
      reasons: ["policyviolation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Mimecast refused the message as spoofed: it says it comes from an address of the recipient's own domain[[ ({recipientDomain})]] but arrived from a server outside that organization.",
        "Mimecast はこのメッセージをなりすましとして拒否しました。受信側の組織自身のドメイン[[ ({recipientDomain}) ]]のアドレスから送られたことになっているのに、組織外のサーバーから届いたためです。",
      ),
      cause: t(
        "An Anti-Spoofing policy blocks outside mail that uses the organization's own domain in the From address. It usually hits a service (newsletter tool, web form, scanner, CRM) that sends as your domain through its own servers[[ ({ip})]].",
        "Anti-Spoofing ポリシーは、組織自身のドメインを差出人 (From) に使った外部からのメールをブロックします。外部のサービス (メール配信ツール、Web フォーム、複合機、CRM など) が、あなたのドメインの名義でそのサービス自身のサーバー[[ ({ip}) ]]から送る場合によく起こります。",
      ),
      fix: [
        t(
          "Send the message from your normal mailbox instead of the outside service, or ask your mail admin to set the service up properly.",
          "外部サービスではなく普段のメールボックスから送るか、メール管理者にそのサービスを正しく設定してもらってください。",
        ),
      ],
      adminFix: [
        t(
          "Route the service's mail through your own mail servers, or make SPF and DKIM pass for it and have the Mimecast admin add an Anti-Spoofing SPF-based bypass (or an IP-based exception) for it.",
          "そのサービスのメールを自組織のメール サーバー経由にするか、SPF と DKIM が通るよう設定したうえで、Mimecast の管理者に Anti-Spoofing の SPF ベース除外 (または IP ベースの例外) を追加してもらってください。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "mimecast-authentication",
      code: "",
      texts: [
        "SPF Sender Invalid - envelope rejected",
        "DKIM Sender Invalid - envelope rejected",
        "DMARC Sender Invalid - envelope rejected",
        "Sender Invalid<dash>envelope rejected",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Mimecast refused the message because the sender authentication (SPF, DKIM or DMARC) of your domain[[ {domain}]] failed.",
        "あなたのドメイン[[ {domain} ]]の送信者認証 (SPF・DKIM・DMARC のいずれか) が失敗したため、Mimecast はメッセージを拒否しました。",
      ),
      cause: t(
        "The recipient's Mimecast checks SPF, DKIM and DMARC and rejects what fails the check named in the reply: the sending server is missing from the domain's SPF record, the DKIM signature is missing or broken, or the From domain does not align.",
        "受信側の Mimecast は SPF・DKIM・DMARC を検査し、応答に書かれた検査に失敗したメールを拒否します。送信サーバーがドメインの SPF レコードに含まれていない、DKIM 署名がない・壊れている、From のドメインが一致していない、のいずれかです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check {domain}'s SPF record includes every server that sends for it, that outgoing mail is DKIM-signed with a published key, and that the From domain aligns with one of them for DMARC.",
          "{domain} の SPF レコードに送信するすべてのサーバーが含まれていること、送信メールが公開済みの鍵で DKIM 署名されていること、From のドメインがそのどちらかと DMARC 上で一致していることを確認してください。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "mimecast-sender-domain",
      code: "",
      texts: ["Sender address rejected: Domain not found"],
      reasons: ["rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Mimecast refused the message because the domain of your return address[[ ({domain})]] could not be found in DNS.",
        "返送先アドレスのドメイン[[ ({domain}) ]]が DNS で見つからなかったため、Mimecast はメッセージを拒否しました。",
      ),
      cause: t(
        "Mimecast checks that the envelope sender's domain exists; an application or device that sends with a made-up or internal-only domain fails the check.",
        "Mimecast はエンベロープ送信者のドメインが実在するかを確認します。架空のドメインや社内専用のドメインで送信するアプリケーションや機器はこの確認に失敗します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the return-path domain one that exists publicly (with MX or A records), or fix the domain's DNS if it should resolve.",
          "返送先 (Return-Path) のドメインを、公開 DNS に存在する (MX または A レコードのある) ドメインにするか、本来引けるべきドメインなら DNS を修正してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "mimecast-security-policy",
      code: "",
      texts: ["Email rejected due to security policies"],
      reasons: ["virusdetected", "securityerror"],
      owner: "you",
      temporary: false,
      summary: t(
        "Mimecast refused the message because its security checks found something unsafe in it, usually an attachment or a link.",
        "Mimecast のセキュリティ検査でメッセージ内に危険なもの (多くは添付ファイルかリンク) が見つかったため、拒否されました。",
      ),
      cause: t(
        "The recipient's Mimecast scans attachments and links for malware and blocked file types; a message that fails is refused whole.",
        "受信側の Mimecast は添付ファイルとリンクをマルウェアや禁止されたファイル形式について検査し、引っかかったメッセージは丸ごと拒否します。",
      ),
      fix: [
        t(
          "Send the message again without the attachment (or share the file by a link), and avoid macro-enabled or executable files.",
          "添付ファイルを外して (またはファイルをリンクで共有して) 送り直してください。マクロ付きや実行形式のファイルは避けてください。",
        ),
        t(
          "If the file came to you from someone else, have your IT team scan it before you send it on.",
          "他の人から受け取ったファイルであれば、転送する前に管理者に検査してもらってください。",
        ),
      ],
      adminFix: [
        t(
          "Scan the sender's computer and the attachment; if the file is clean, the recipient's admin can release or allow it by policy.",
          "送信者のコンピューターと添付ファイルを検査してください。問題がなければ、受信側の管理者がポリシーで許可できます。",
        ),
      ],
      actions: ["shrink-attachments", "contact-your-admin"],
    },
    {
      id: "mimecast-size-limit",
      code: "",
      texts: ["Maximum email size exceeded", "Message exceeds email size limit"],
      reasons: ["mesgtoobig"],
      owner: "you",
      temporary: false,
      summary: t(
        "The message is larger than the recipient's Mimecast accepts[[ ({limit})]].",
        "メッセージが受信側の Mimecast で受け付けるサイズ[[ ({limit}) ]]を超えています。",
      ),
      cause: t(
        "The recipient's organization sets a maximum message size in Mimecast (the whole message with its encoded attachments, which is about a third larger than the files themselves).",
        "受信側の組織は Mimecast で受信できるメッセージの最大サイズを決めています (エンコード後の添付ファイルを含むメッセージ全体で、ファイル本来の大きさより約 3 分の 1 大きくなります)。",
      ),
      fix: [YOU.shrink],
      adminFix: [
        t(
          "The limit is the recipient's Email Size Limits policy; only their admin can raise it.",
          "上限は受信側の Email Size Limits ポリシーで決まっており、変更できるのは受信側の管理者だけです。",
        ),
      ],
      actions: ["shrink-attachments"],
    },
    {
      id: "mimecast-content-policy",
      code: "",
      texts: ["Message bounced due to content examination policy"],
      reasons: ["policyviolation"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's organization refused the message because its words or attachments matched one of its content rules in Mimecast.",
        "メッセージの文言や添付ファイルが受信側の組織の Mimecast コンテンツ ルールに該当したため、拒否されました。",
      ),
      cause: t(
        "A content examination policy set by the recipient's admin (words, file types, sensitive data) matched this message and is set to bounce it.",
        "受信側の管理者が設定したコンテンツ検査ポリシー (語句、ファイル形式、機密情報など) にこのメッセージが一致し、差し戻す設定になっていました。",
      ),
      fix: [
        t(
          "Ask the recipient (by another way) which rule it was, or send the content differently, for example without the attachment.",
          "別の手段で受信者にどのルールかを尋ねるか、添付ファイルを外すなど内容の送り方を変えてください。",
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: find the matching content examination policy in the Mimecast message logs and adjust it or add an exception.",
          "受信側の管理者向け: Mimecast のメッセージ ログで該当したコンテンツ検査ポリシーを探し、調整するか例外を追加してください。",
        ),
      ],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "mimecast-ip-reputation",
      title: "Sending IP blocked by Mimecast's reputation check",
      code: "",
      texts: ["<list>.mimecast.org Blocked", "DNS Blacklist", "Hostname lookup failed"],
      temporary: false,
      ...ipReputation,
    },
    {
      id: "mimecast-ip-reputation-deferral",
      code: "",
      texts: ["Local CT IP Reputation - (reject)", "IP temporarily blacklisted"],
      temporary: true,
      ...ipReputation,
    },
    {
      id: "mimecast-open-relay",
      code: "",
      texts: [
        "Open relay not allowed",
        "Open relay is not allowed",
        "Account inbounds disabled",
        "The incorrect hostname used for inbounds",
      ],
      reasons: ["norelaying"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "Mimecast would not accept mail for this recipient's domain[[ ({recipientDomain})]]: the Mimecast account its mail is sent to is not set up, or not switched on, to receive it.",
        "Mimecast はこの宛先ドメイン[[ ({recipientDomain}) ]]のメールを受け付けませんでした。メールの届け先となっている Mimecast アカウントが、このドメインの受信用に設定されていないか、受信が有効になっていません。",
      ),
      cause: t(
        "The domain's MX records point to Mimecast, but the recipient's Mimecast account does not list the domain as its own or has inbound mail turned off (often during a move to or away from Mimecast).",
        "ドメインの MX レコードは Mimecast を指していますが、受信側の Mimecast アカウントにそのドメインが受信側自身のドメインとして登録されていないか、受信が無効になっています (Mimecast への移行時や移行後によく起こります)。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [
        t(
          "For the recipient's admin: add and verify the domain as an internal domain in Mimecast and enable inbound mail for the account, or point the MX records to where the mail is really hosted.",
          "受信側の管理者向け: Mimecast にそのドメインを内部ドメインとして追加・確認してアカウントの受信を有効にするか、MX レコードを実際のメールの置き場所に向けてください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient-admin"],
    },
    {
      id: "mimecast-mail-loop",
      code: "",
      texts: ["Mail loop detected"],
      reasons: ["networkerror"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "Mimecast stopped the message because it kept going round between the recipient's servers (a mail loop).",
        "メッセージが受信側のサーバー間を行き来し続けた (メール ループ) ため、Mimecast が配信を止めました。",
      ),
      cause: t(
        "The recipient organization's routing sends mail for this address back to Mimecast (a forwarding rule, a connector or MX records that point at each other).",
        "受信側の組織のルーティングが、このアドレス宛てのメールを Mimecast に送り返しています (転送ルール、コネクタ、互いを指し合う MX レコードなど)。",
      ),
      fix: [
        t(
          "Tell the recipient another way that mail to this address loops at their end; sending again will not help until they fix it.",
          "別の手段で受信者に、このアドレス宛てのメールが受信側でループしていると伝えてください。受信側が直すまで送り直しても届きません。",
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: check the forwarding rules, connectors and MX records for this address so that mail leaves Mimecast for the real mailbox.",
          "受信側の管理者向け: このアドレスの転送ルール、コネクタ、MX レコードを確認し、メールが Mimecast から実際のメールボックスへ届くようにしてください。",
        ),
      ],
      actions: ["contact-recipient"],
    },
    {
      id: "mimecast-tls-required",
      code: "",
      texts: [
        "This route requires encryption (TLS)",
        "This route requires TLS version 1.2 or greater",
        "This route requires high-strength ciphers",
        "Configuration is invalid for this certificate",
      ],
      reasons: ["failedstarttls"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's organization only accepts encrypted (TLS) connections at the strength named in the reply, and your mail server did not use one.",
        "受信側の組織は応答に示された強度の暗号化 (TLS) 接続しか受け付けず、あなたのメール サーバーはそれを使いませんでした。",
      ),
      cause: t(
        "A Secure Receipt or TLS policy in the recipient's Mimecast requires TLS (or TLS 1.2 and strong ciphers) for mail from your domain.",
        "受信側の Mimecast の Secure Receipt / TLS ポリシーが、あなたのドメインからのメールに TLS (または TLS 1.2 と強い暗号) を必須にしています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Enable STARTTLS with TLS 1.2 or later and modern ciphers on the sending server or connector.",
          "送信サーバーまたはコネクタで STARTTLS を有効にし、TLS 1.2 以上と最新の暗号方式を使うようにしてください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
