// Source: Sophos's own help for Sophos Email (Sophos Central Email), "SMTP error codes"
// (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/),
// the table of the XGEMAIL_0001 to XGEMAIL_0015 codes its gateways give with a refusal; "Email
// sending limits and privileges" (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/
// EmailSecurity/Mailboxes/BulkSendingLimitsPrivileges/: an account over its sending limit is
// blocked until its rate drops; bulk sender privileges); the Sophos Community post "Sophos Email:
// Outbound emails bounced with '554 5.7.28 Mail flood detected'"
// (community.sophos.com/sophos-email/f/recommended-reads/136256/); "Using TLS connections"
// (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SecureMessagePolicy/
// EmailEnforceTLSConnections/: the gateways' certificate names *.prod.hydra.sophos.com); and the
// Email Rejection Report post (community.sophos.com/sophos-email/b/blog/posts/
// email-rejection-report-mailbox-not-found: a mailbox missing from Sophos Central, a typo, or a
// directory sync that lags). Its gateways are *.hydra.sophos.com; its replies are known by the
// XGEMAIL_nnnn code. Texts are Sophos's (matched in the reply); the explanations are our own words.
// Sophos UTM and Sophos Firewall (XG/XGS) answer under the customer's own host name, with texts
// Sophos does not publish: they are not described here.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html";
const LIMITS =
  "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/Mailboxes/BulkSendingLimitsPrivileges/index.html";

/** The sender's domain failed an authentication check Sophos applies for the recipient. */
const authCause = t(
  "Sophos Email checks SPF, DKIM and DMARC for the organizations it protects; the recipient's organization has set it to refuse a message that fails the check named in the reply. The fix is in your domain's DNS records or the way your mail is sent, not on the recipient's side.",
  "Sophos Email は保護する組織のために SPF・DKIM・DMARC を検査しており、受信側の組織は、応答に示された検査に失敗したメッセージを拒否する設定にしています。直すのはあなたのドメインの DNS レコードまたはメールの送り方で、受信側ではありません。",
);

export const sophos: ProviderCatalog = {
  provider: {
    id: "sophos",
    name: "Sophos Email (Sophos Central)",
    page: PAGE,
    hosts: [".hydra.sophos.com"],
    // Every refusal in Sophos's table carries its XGEMAIL_nnnn code.
    markers: ["xgemail_"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "sophos-dkim",
      ownRecordsCause: true,
      code: "",
      texts: ["Message didn't contain a valid DKIM signature"],
      markers: ["xgemail_0001"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because it did not carry a valid DKIM signature for {domain}.",
        "受信側の Sophos Email ゲートウェイは、メッセージに {domain} の有効な DKIM 署名がなかったため拒否しました。",
      ),
      cause: authCause,
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkDmarc],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "sophos-spf",
      ownRecordsCause: true,
      code: "",
      texts: ["Message failed an SPF check"],
      markers: ["xgemail_0002"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because it failed the SPF check: {domain} does not list the server that sent it[[ ({ip})]].",
        "受信側の Sophos Email ゲートウェイは、メッセージが SPF 検査に失敗したため拒否しました。{domain} は送信したサーバー[[ ({ip}) ]]を許可していません。",
      ),
      cause: authCause,
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "sophos-dmarc",
      ownRecordsCause: true,
      code: "",
      texts: ["Message failed a DMARC check"],
      markers: ["xgemail_0003"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because it failed the DMARC check for {domain}.",
        "受信側の Sophos Email ゲートウェイは、メッセージが {domain} の DMARC 検査に失敗したため拒否しました。",
      ),
      cause: authCause,
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "sophos-rbl",
      code: "",
      texts: ["Sender IP address failed an RBL test"],
      markers: ["xgemail_0004"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because the sending server's IP address[[ {ip}]] is on a block list (RBL).",
        "受信側の Sophos Email ゲートウェイは、送信サーバーの IP アドレス[[ {ip} ]]がブロック リスト (RBL) に載っているため、メッセージを拒否しました。",
      ),
      cause: t(
        "Sophos looks up the connecting IP on real-time block lists before it takes a message; this IP was listed. A listing usually follows spam sent from that IP (a compromised account, an infected machine) or a shared IP that others abused.",
        "Sophos はメッセージを受け取る前に、接続元の IP をリアルタイム ブロック リストで調べており、この IP は掲載されていました。掲載はたいてい、その IP から送られた迷惑メール (乗っ取られたアカウント、感染した端末) や、他者に悪用された共有 IP によるものです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkListing, YOUR_ADMIN.checkPtr],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "sophos-dbl",
      code: "",
      texts: ["Sender domain failed a DBL test"],
      markers: ["xgemail_0005"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because the sender's domain ({domain}) is on a domain block list (DBL).",
        "受信側の Sophos Email ゲートウェイは、送信者のドメイン ({domain}) がドメインのブロック リスト (DBL) に載っているため、メッセージを拒否しました。",
      ),
      cause: t(
        "Besides the sending IP, Sophos looks up the sender's domain on domain block lists. A domain gets listed after spam or phishing sent in its name or linking to it, or when it was registered very recently.",
        "Sophos は送信元の IP に加えて、送信者のドメインもドメインのブロック リストで調べます。ドメインが掲載されるのは、その名前で送られたり、そこへリンクしたりする迷惑メールやフィッシングがあった後や、登録されたばかりの場合です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {domain} up on the domain block lists (Spamhaus DBL, SURBL, URIBL), stop what sent unwanted mail in its name, then request removal from each list that has it.",
          "{domain} をドメインのブロック リスト (Spamhaus DBL、SURBL、URIBL) で調べ、その名前で不要なメールを送ったものを止めてから、掲載している各リストに削除を申請してください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "sophos-tls-version",
      code: "",
      texts: ["TLS version used doesn't match the version configured in your policy"],
      markers: ["xgemail_0006"],
      reasons: ["failedstarttls", "securityerror"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because your mail server did not connect with the TLS version the recipient's organization requires.",
        "受信側の Sophos Email ゲートウェイは、あなたのメール サーバーが受信側の組織が求める TLS のバージョンで接続しなかったため、メッセージを拒否しました。",
      ),
      cause: t(
        "The recipient's organization enforces TLS, and a minimum TLS version (up to TLS 1.3), for mail from some or all domains; the connection from your server used no TLS or an older version.",
        "受信側の組織は、一部またはすべてのドメインからのメールに TLS と最低限の TLS のバージョン (最高で TLS 1.3) を求めています。あなたのサーバーからの接続は TLS を使わないか、古いバージョンを使っていました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkTls,
        t(
          "Make sure the sending server offers TLS 1.2 and TLS 1.3 with current ciphers; if it already does, ask the recipient's admin which version their Sophos policy requires.",
          "送信サーバーが最新の暗号スイートで TLS 1.2 と TLS 1.3 を使えるようにしてください。すでに使える場合は、受信側の管理者に Sophos のポリシーが求めるバージョンを確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "sophos-license-expired",
      code: "",
      texts: ["Message rejected because your license has expired"],
      markers: ["xgemail_0007"],
      reasons: ["systemerror", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's organization's Sophos Email subscription has expired, so its gateway refuses mail for it, yours included.",
        "受信側の組織の Sophos Email の契約が期限切れのため、そのゲートウェイは (あなたのものを含め) その組織宛てのメールを拒否しています。",
      ),
      cause: t(
        "Nothing is wrong with your message or your server: the refusal comes from the license of the organization that runs the gateway.",
        "あなたのメッセージやサーバーに問題はありません。拒否の原因は、ゲートウェイを運用する組織のライセンスです。",
      ),
      fix: [
        t(
          "Tell the recipient another way (phone, chat) that their mail filter refuses all mail; send the message again once they have fixed it.",
          "電話やチャットなど別の手段で、メール フィルターがすべてのメールを拒否していることを受信者に伝え、解消されてから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: renew the Sophos Email license in Sophos Central, or point the domain's MX records away from Sophos.",
          "受信側の管理者: Sophos Central で Sophos Email のライセンスを更新するか、ドメインの MX レコードを Sophos 以外に向けてください。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "sophos-admin-block",
      code: "",
      texts: ["is in the admin block list"],
      markers: ["xgemail_0008"],
      reasons: ["rejected", "blocked"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's organization has put your address, your domain or your server's IP address on the block list of its Sophos Email gateway, so your message was refused.",
        "受信側の組織が、Sophos Email ゲートウェイのブロック リストにあなたのアドレス、ドメイン、またはサーバーの IP アドレスを登録しているため、メッセージは拒否されました。",
      ),
      cause: t(
        "This is the recipient's own setting, made by their admin: no public block list or reputation score is involved, and only that admin can remove the entry.",
        "これは受信側の管理者が設定したもので、公開ブロック リストや評価とは関係ありません。登録を外せるのはその管理者だけです。",
      ),
      fix: [
        t(
          "Reach the recipient another way and ask their IT team to remove your address or domain from their Sophos block list.",
          "別の手段で受信者に連絡し、受信側の管理者に Sophos のブロック リストからあなたのアドレスまたはドメインを外してもらうよう依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: in Sophos Central, find the entry that matches this sender in the email block list (allow/block list) and remove it.",
          "受信側の管理者: Sophos Central のメールのブロック リスト (許可/ブロック リスト) でこの送信者に一致する登録を探し、削除してください。",
        ),
      ],
      actions: ["contact-recipient-admin", "contact-recipient"],
    },
    {
      id: "sophos-user-block",
      code: "",
      texts: ["is in the user block list"],
      markers: ["xgemail_0009"],
      reasons: ["rejected", "blocked"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient has blocked your address or domain in their own Sophos Email block list, so your message was refused.",
        "受信者本人が Sophos Email の個人用ブロック リストにあなたのアドレスまたはドメインを登録しているため、メッセージは拒否されました。",
      ),
      cause: t(
        "Sophos lets each user block senders from their quarantine summary or the Self Service Portal; the block is the recipient's own choice, not a verdict on your mail server.",
        "Sophos では、利用者が検疫ダイジェストやセルフ サービス ポータルから送信者をブロックできます。これは受信者本人の選択で、あなたのメール サーバーへの評価ではありません。",
      ),
      fix: [
        t(
          "If you need to reach them, use another way (phone, chat) and ask them to remove you from their blocked senders in Sophos.",
          "連絡が必要な場合は電話やチャットなど別の手段を使い、Sophos のブロック リストからあなたを外してもらうよう頼んでください。",
        ),
      ],
      adminFix: [
        t(
          "Nothing to change on the sending side. The recipient removes the entry in the Sophos Central Self Service Portal (or their admin does).",
          "送信側で変更することはありません。受信者 (またはその管理者) が Sophos Central のセルフ サービス ポータルで登録を削除します。",
        ),
      ],
      actions: ["contact-recipient"],
    },
    {
      id: "sophos-domain-not-protected",
      code: "",
      texts: ["recipient's domain isn't a Sophos Email protected domain"],
      markers: ["xgemail_0010"],
      reasons: ["norelaying", "hostunknown", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The Sophos Email gateway that received your message does not handle mail for the recipient's domain[[ ({recipientDomain})]], so it refused it.",
        "メッセージを受け取った Sophos Email ゲートウェイは宛先のドメイン[[ ({recipientDomain}) ]]のメールを扱っていないため、拒否しました。",
      ),
      cause: t(
        "The domain's MX records point to Sophos, but the domain is not set up (or no longer set up) in the recipient's Sophos Central account; this often happens during a move between mail services.",
        "ドメインの MX レコードは Sophos を指していますが、そのドメインは受信側の Sophos Central のアカウントに設定されていない (または設定が外された) 状態です。メール サービスの移行中によく起こります。",
      ),
      fix: [
        t(
          "Check that the recipient's domain is spelled right; if it is, tell the recipient another way that their mail setup refuses messages.",
          "宛先のドメインの綴りを確認してください。正しければ、受信者のメール設定がメッセージを拒否していることを、別の手段で受信者に伝えてください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: add and verify the domain in Sophos Central (Email Protection domain settings), or point its MX records to where its mail is really hosted.",
          "受信側の管理者: Sophos Central (Email Protection のドメイン設定) でドメインを追加して確認を済ませるか、MX レコードをメールを実際に受けているサービスに向けてください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient-admin"],
    },
    {
      id: "sophos-no-such-recipient",
      code: "",
      texts: ["recipient's email address doesn't exist in the Sophos Email protected domain"],
      markers: ["xgemail_0011"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The address you wrote to does not exist at the recipient's organization[[ ({recipientDomain})]].",
        "宛先のアドレスは受信側の組織[[ ({recipientDomain}) ]]に存在しません。",
      ),
      cause: t(
        "Sophos Email accepts mail only for the mailboxes listed in the recipient's Sophos Central account; this address is not among them: a typo, a former employee, or a new mailbox that the recipient's directory sync has not brought to Sophos yet.",
        "Sophos Email は、受信側の Sophos Central のアカウントに登録されたメールボックス宛てのメールだけを受け付けます。このアドレスは登録されていません。入力ミス、退職者、または受信側のディレクトリ同期がまだ Sophos に反映していない新しいメールボックスが考えられます。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If you are sure the address is right (a new colleague, for example), tell the recipient another way; their admin has to add the mailbox in Sophos Central.",
          "アドレスが正しいと確信できる場合 (新しく着任した人など) は、別の手段で受信者に伝えてください。受信側の管理者が Sophos Central にメールボックスを追加する必要があります。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: check the Email Rejection Report and the directory synchronization in Sophos Central, and add the mailbox or alias if it is missing.",
          "受信側の管理者: Sophos Central の拒否レポート (Email Rejection Report) とディレクトリ同期を確認し、メールボックスまたはエイリアスがなければ追加してください。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "sophos-size",
      code: "",
      texts: ["Message rejected because it exceeded the allowed size"],
      markers: ["xgemail_0012"],
      reasons: ["mesgtoobig", "exceedlimit"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Sophos Email gateway refused your message because it is larger than the size the recipient's organization allows.",
        "受信側の Sophos Email ゲートウェイは、メッセージが受信側の組織で許可されたサイズを超えているため拒否しました。",
      ),
      cause: t(
        "Sophos Email refuses a message above the size limit set for the recipient; attachments grow by about a third when they are encoded for sending.",
        "Sophos Email は、受信者に設定されたサイズの上限を超えるメッセージを拒否します。添付ファイルは送信用にエンコードされると約 3 分の 1 大きくなります。",
      ),
      fix: [YOU.shrink],
      adminFix: [
        t(
          "If large files must reach this recipient, share them through a file-sharing link; only the recipient's admin can raise their limit.",
          "大きなファイルをこの受信者に届ける必要がある場合は、ファイル共有のリンクを使ってください。上限を引き上げられるのは受信側の管理者だけです。",
        ),
      ],
      actions: ["shrink-attachments"],
    },
    {
      id: "sophos-large-message-recipients",
      code: "",
      texts: ["exceeded the maximum number of recipients allowed for a large message"],
      markers: ["xgemail_0013"],
      reasons: ["exceedlimit", "mesgtoobig"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Sophos Email gateway refused your message: it is large, and it went to more recipients than Sophos allows for a message of that size.",
        "受信側の Sophos Email ゲートウェイはメッセージを拒否しました。メッセージが大きく、そのサイズのメッセージで許可される数より多くの宛先に送られていました。",
      ),
      cause: t(
        "Sophos Email limits how many recipients a large message may have in one delivery; a smaller message, or fewer recipients at a time, passes.",
        "Sophos Email は、大きなメッセージを 1 回の配信で送れる宛先の数を制限しています。メッセージを小さくするか、一度に送る宛先を減らせば通ります。",
      ),
      fix: [
        YOU.shrink,
        t(
          "Or send it to fewer recipients at a time, in several batches.",
          "または、宛先の数を減らし、何回かに分けて送ってください。",
        ),
      ],
      adminFix: [
        t(
          "For newsletters or announcements with attachments, send a link to the file instead, or use a mailing service that delivers one copy per recipient.",
          "添付ファイル付きのお知らせや一斉配信では、代わりにファイルへのリンクを送るか、宛先ごとに 1 通ずつ配信するメール配信サービスを使ってください。",
        ),
      ],
      actions: ["shrink-attachments", "split-recipients"],
    },
    {
      id: "sophos-sender-rate-limit",
      code: "",
      texts: ["exceeded the recipient's inbound rate limit for the single sender"],
      markers: ["xgemail_0014"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "The recipient's Sophos Email gateway turned your message away because you (or your domain) sent more messages to this recipient in a short time than it accepts from one sender.",
        "受信側の Sophos Email ゲートウェイは、あなた (またはあなたのドメイン) が短時間にこの受信者へ送ったメッセージの数が 1 送信者あたりの上限を超えたため、メッセージを受け付けませんでした。",
      ),
      cause: t(
        "Sophos Email limits the rate of inbound mail from one sender to one recipient, to protect mailboxes from floods; the limit clears once the rate drops.",
        "Sophos Email は、メールボックスを大量のメールから守るため、1 人の送信者から 1 人の受信者へのメールの受信ペースを制限しています。ペースが下がれば制限は解除されます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        YOUR_ADMIN.slowDown,
        t(
          "If a script or a mailing list sends to this address, check it is not looping or sending duplicates.",
          "スクリプトやメーリング リストがこのアドレスに送っている場合は、ループや重複送信をしていないか確認してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "sophos-recipient-rate-limit",
      code: "",
      texts: ["exceeded the recipient's total inbound rate limit from all senders"],
      markers: ["xgemail_0015"],
      reasons: ["speeding", "toomanyconn", "systemfull"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "The recipient's Sophos Email gateway turned your message away because the recipient is receiving more mail overall than it accepts in a short time.",
        "受信側の Sophos Email ゲートウェイは、受信者が短時間に受け取るメールの総数が上限を超えているため、メッセージを受け付けませんでした。",
      ),
      cause: t(
        "The limit counts mail from all senders to that one recipient, so nothing on your side caused it; it clears when the recipient's incoming volume drops.",
        "この上限はその受信者へのすべての送信者からのメールを数えるため、送信側が原因ではありません。受信者へのメールの量が減れば解除されます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "If it lasts for hours, tell the recipient's admin: their mailbox may be under a mail flood.",
          "何時間も続く場合は、受信側の管理者に伝えてください。そのメールボックスが大量のメールを受けている可能性があります。",
        ),
      ],
      actions: ["retry-later"],
      lastingDeferral: "receiving-side",
    },
    {
      id: "sophos-mail-flood",
      code: "",
      texts: ["Mail flood detected"],
      reasons: ["speeding", "exceedlimit", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      page: LIMITS,
      summary: t(
        "Your organization's own Sophos Email refused to send the message: your mailbox has sent more mail than its sending limit allows, so it is blocked for now.",
        "自組織の Sophos Email が送信を拒否しました。あなたのメールボックスが送信数の上限を超えたため、一時的にブロックされています。",
      ),
      cause: t(
        "Sophos Email limits the mail each mailbox sends out (by default 400 messages in 10 minutes or 2,000 in 24 hours; more with bulk sender privileges), so that a hacked account cannot spread spam. The block lifts when the mailbox's average sending rate drops below the limit.",
        "Sophos Email は、乗っ取られたアカウントが迷惑メールを広めないよう、メールボックスごとの送信数を制限しています。初期設定では 10 分間に 400 通、24 時間に 2,000 通までで、一斉送信の権限 (bulk sender privileges) があればそれ以上送れます。メールボックスの平均の送信ペースが上限を下回るとブロックは解除されます。",
      ),
      fix: [
        t(
          "If you did not send a large number of messages, change your password now and check Sent Items: your account may have been misused.",
          "大量のメッセージを送った覚えがなければ、すぐにパスワードを変更し、送信済みアイテムを確認してください。アカウントが悪用された可能性があります。",
        ),
        YOU.retryAfterLimit,
      ],
      adminFix: [
        t(
          "Check the mailbox for a compromise (unknown inbox or forwarding rules, sign-ins). If it sends bulk mail on purpose, request bulk sender privileges for it in Sophos Central (Mailboxes); Sophos reviews the request within 72 hours.",
          "メールボックスが乗っ取られていないか (身に覚えのない受信トレイのルールや転送ルール、サインインの記録) を確認してください。意図して一斉送信するメールボックスであれば、Sophos Central (Mailboxes) で一斉送信の権限を申請してください。Sophos は 72 時間以内に審査します。",
        ),
      ],
      actions: ["secure-account", "contact-your-admin", "retry-later"],
    },
  ],
};
