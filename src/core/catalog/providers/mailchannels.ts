// Source: MailChannels' own documentation: "SMTP errors" for Outbound Filtering
// (docs.mailchannels.com/outbound/smtp-errors: the bracketed tags [SS], [RBL], [ESA] and what each
// means for the sender), "Unblock senders" (docs.mailchannels.com/outbound/unblock-senders: automated
// blocks lift by themselves, manual ones such as [ESA] do not), "Sending policies"
// (docs.mailchannels.com/email-api/sending-policies: [BR], [UNS], and "This sender is not authorized
// to send from <domain>" for Domain Lockdown), "Fixing the 5.7.1 [ESR] error"
// (support.mailchannels.com/hc/en-us/articles/202223280: a sender blocked by the abuse team) and
// "SMTP errors" for Inbound Filtering (docs.mailchannels.com/inbound/smtp-errors: [S09], [S10],
// [NR], [IB_FEB], "Recipient policy mismatch"). The [CS] content-filter tag is as MailChannels'
// support explained it in a quoted reply (github.com/jeremydumais/CPP-SMTPClient-library/issues/46).
// MailChannels is two services under one name: a relay that many web hosts send all their customers'
// mail through (relay.mailchannels.net), and a filter in front of hosted mailboxes
// (mx1/mx2.mailchannels.net). Texts are MailChannels' (matched in the reply, most by their tag);
// the explanations are our own words.
import { ifItFails } from "../step-kinds";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const OUTBOUND = "https://docs.mailchannels.com/outbound/smtp-errors";
const INBOUND = "https://docs.mailchannels.com/inbound/smtp-errors";
const POLICIES = "https://docs.mailchannels.com/email-api/sending-policies";

/** The outbound relay refused: the message never left your provider for the recipient. */
const relayCause = t(
  "Your hosting or mail provider sends its customers' mail through MailChannels, which checks each message before it goes out; it refused this one, so the recipient's server never saw it.",
  "あなたのホスティング事業者またはメール事業者は、顧客のメールを MailChannels 経由で送っており、MailChannels は送信前に各メッセージを確認します。このメッセージはそこで拒否されたため、受信側のサーバーには届いていません。",
);

/** A sending account that may be misused: MailChannels' own first steps for the sender. */
const secureAccount = t(
  "If you did not send this kind of mail, change your email password now and scan your computer for malware: a stolen password or an infected machine often sends spam in your name.",
  "このようなメールを送った覚えがなければ、すぐにメールのパスワードを変更し、コンピューターをマルウェア スキャンしてください。盗まれたパスワードや感染した端末が、あなたの名前で迷惑メールを送っていることがよくあります。",
);

export const mailchannels: ProviderCatalog = {
  provider: {
    id: "mailchannels",
    name: "MailChannels",
    page: OUTBOUND,
    hosts: [".mailchannels.net"],
    markers: ["mailchannels"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "mailchannels-spam-content",
      code: "",
      texts: ["[CS] Message blocked"],
      title: "Message blocked as spam (tags SS, CS)",
      markers: ["[ss]", "[cs]"],
      reasons: ["spamdetected", "contenterror"],
      temporary: false,
      owner: "you",
      summary: t(
        "MailChannels, the outgoing filter your mail provider uses, refused to send your message because its subject, text, links or headers look like spam.",
        "あなたのメール事業者が使う送信フィルター MailChannels は、件名・本文・リンク・ヘッダーが迷惑メールに似ているため、メッセージの送信を拒否しました。",
      ),
      cause: t(
        "MailChannels compares outgoing mail with known spam: words common in spam (medicines, lewd terms) in the subject or text, links to domains with a bad history, or a message missing headers every mail program adds (Message-ID, MIME-Version). The refusal is permanent; it is not retried.",
        "MailChannels は送信メールを既知の迷惑メールと照らし合わせます。件名や本文の迷惑メールによくある語 (医薬品、卑わいな語)、評価の低いドメインへのリンク、どのメール アプリも付けるヘッダー (Message-ID、MIME-Version) の欠如などです。この拒否は永続的で、再試行されません。",
      ),
      fix: [
        t(
          "Rewrite the subject and text without words that spam uses, remove links to domains you do not trust, and send the message again.",
          "迷惑メールが使う語を避けて件名と本文を書き直し、信頼できないドメインへのリンクを削除してから送り直してください。",
        ),
        secureAccount,
      ],
      adminFix: [
        YOUR_ADMIN.checkMessageFormat,
        t(
          "If the message was legitimate, ask the hosting provider to report the false positive to MailChannels.",
          "正当なメッセージであれば、ホスティング事業者に MailChannels へ誤検知を報告するよう依頼してください。",
        ),
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "mailchannels-blocklisted",
      code: "",
      texts: ["[RBL] Sender blocked <ip>"],
      title: "Sender blocked: on a block list (tag RBL)",
      markers: ["[rbl]"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      page: OUTBOUND,
      summary: t(
        "MailChannels refused to send your message because the IP address or domain it came from[[ ({ip})]] is on a public block list of spam sources.",
        "MailChannels は、メッセージの送信元の IP アドレスまたはドメイン[[ ({ip}) ]]が迷惑メール送信元の公開ブロック リストに載っているため、送信を拒否しました。",
      ),
      cause: relayCause,
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkListing, YOUR_ADMIN.checkReputation],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "mailchannels-sender-blocked",
      code: "",
      texts: ["[ESA] Sender blocked."],
      title: "Sender blocked by MailChannels (tags ESA, ESR)",

      markers: ["[esa]", "[esr]"],
      reasons: ["blocked", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      page: "https://docs.mailchannels.com/outbound/unblock-senders",
      summary: t(
        "MailChannels has blocked your sending account: your mail provider's outgoing filter refuses everything you send until the block is removed.",
        "MailChannels があなたの送信アカウントをブロックしています。ブロックが解除されるまで、メール事業者の送信フィルターはあなたが送るすべてのメールを拒否します。",
      ),
      cause: t(
        "MailChannels' abuse team blocks a sender after spam, unusual bulk mail, complaints or many messages to addresses that do not exist, or after repeated short blocks. Such a block does not lift by itself.",
        "MailChannels の不正対策チームは、迷惑メール、不審な大量送信、苦情、存在しないアドレスへの多数の送信、または短期のブロックの繰り返しの後に送信者をブロックします。このブロックは自然には解除されません。",
      ),
      fix: [
        secureAccount,
        t(
          'Open the MailChannels link in the bounce if it has one (it may offer a "Not Spam" button); otherwise ask your hosting provider to review the block.',
          "配信エラーに MailChannels のリンクがあれば開いてください (「Not Spam」ボタンがある場合があります)。なければホスティング事業者にブロックの見直しを依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "Hosting provider: find the message in the MailChannels Host Console (Outbound, Log Search), check the account is not compromised, then ask MailChannels to lift the block.",
          "ホスティング事業者: MailChannels の Host Console (Outbound の Log Search) でメッセージを探し、アカウントが乗っ取られていないことを確認してから、MailChannels にブロックの解除を依頼してください。",
        ),
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "mailchannels-invalid-recipients",
      code: "",
      texts: ["excessively high number of invalid recipients originating from your account"],
      markers: ["[br]"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      page: POLICIES,
      summary: t(
        "MailChannels refused to send your message because your account has sent to too many addresses that do not exist.",
        "MailChannels は、あなたのアカウントが存在しないアドレスへ多数送信しているため、メッセージの送信を拒否しました。",
      ),
      cause: t(
        "Many bounces for unknown addresses are a sign of an old or bought list, or of guessed addresses; MailChannels stops such a sender to protect the reputation of the servers it shares with others.",
        "存在しないアドレスによる配信エラーが多いのは、古いリストや購入したリスト、推測したアドレスへの送信の兆候です。MailChannels は、他の利用者と共有するサーバーの評価を守るため、そうした送信者を止めます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["contact-your-admin"],
    },
    {
      id: "mailchannels-unsubscribed",
      code: "",
      texts: ["Recipient has unsubscribed from your list"],
      markers: ["[uns]"],
      reasons: ["suppressed", "rejected"],
      temporary: false,
      owner: "you",
      page: POLICIES,
      summary: t(
        "MailChannels did not send your message because this recipient has unsubscribed from your mailing list.",
        "この受信者があなたのメーリング リストの配信を停止しているため、MailChannels はメッセージを送りませんでした。",
      ),
      cause: t(
        "The recipient asked to stop receiving this list's mail; MailChannels keeps that choice and refuses further list mail to them.",
        "受信者がこのリストのメールの受け取りを停止するよう求めており、MailChannels はその選択を守ってリストのメールを拒否します。",
      ),
      fix: [
        t(
          "Remove this address from the list; if they need this particular message, write to them personally instead.",
          "このアドレスをリストから削除してください。この特定のメッセージが必要な相手であれば、代わりに個別にメールを送ってください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["contact-recipient"],
    },
    {
      id: "mailchannels-domain-lockdown",
      code: "",
      texts: ["This sender is not authorized to send from <domain>"],
      title: "This sender is not authorized to send from the domain",
      reasons: ["rejected", "securityerror"],
      temporary: false,
      owner: "your-admin",
      page: POLICIES,
      summary: t(
        "MailChannels refused to send your message because your sending account is not allowed to send mail for {domain}.",
        "あなたの送信アカウントには {domain} のメールを送る許可がないため、MailChannels はメッセージの送信を拒否しました。",
      ),
      cause: t(
        "A domain's owner lists, in a DNS record MailChannels reads (Domain Lockdown), which MailChannels accounts may send mail for it; the account that sent this message is not on that list, so MailChannels treats it as someone else using the domain.",
        "ドメインの所有者は、MailChannels が読む DNS レコード (Domain Lockdown) で、そのドメインのメールを送ってよい MailChannels のアカウントを指定します。このメッセージを送ったアカウントはその一覧になく、MailChannels は他人によるドメインの利用とみなします。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Add the sending account's ID to the _mailchannels TXT record of {domain} (Domain Lockdown), or send the domain's mail through the account already listed there.",
          "{domain} の _mailchannels TXT レコード (Domain Lockdown) に送信アカウントの ID を追加するか、すでに記載されているアカウント経由でドメインのメールを送ってください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "mailchannels-greylisted",
      code: "",
      texts: ["[S09] Try Again Later"],
      title: "Try Again Later (tag S09)",
      markers: ["[s09]"],
      reasons: ["onhold"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "nobody",
      page: INBOUND,
      summary: t(
        "The recipient's MailChannels filter asked your server to try again later (greylisting).",
        "受信側の MailChannels フィルターは、後で再試行するよう求めました (グレーリスティング)。",
      ),
      cause: t(
        "MailChannels holds back the first message from a sender it does not know yet; a real mail server retries after a short delay, and the retry is accepted.",
        "MailChannels は、まだ知らない送信者からの最初のメッセージを保留します。正規のメール サーバーは少し待って再試行し、その再試行は受け付けられます。",
      ),
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [
        t(
          "If it never gets through, check in the sending server's log that it retries the message (and from the same IP address).",
          "いつまでも届かない場合は、送信サーバーのログでメッセージを (同じ IP アドレスから) 再試行しているかを確認してください。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "mailchannels-ip-blocked",
      code: "",
      texts: ["[S10] Blocked"],
      title: "Blocked (tag S10)",
      markers: ["[s10]"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      page: INBOUND,
      summary: t(
        "The recipient's MailChannels filter refuses all mail from your server's IP address[[ ({ip})]].",
        "受信側の MailChannels フィルターは、あなたのサーバーの IP アドレス[[ ({ip}) ]]からのメールをすべて拒否しています。",
      ),
      cause: t(
        "MailChannels has blocked the connecting IP address itself, whatever the message; nothing gets through from it until MailChannels reviews the block.",
        "MailChannels は、メッセージの内容に関係なく接続元の IP アドレスそのものをブロックしています。MailChannels がブロックを見直すまで、その IP からは何も届きません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Ask MailChannels' support to review the block of {ip}, after fixing what sent unwanted mail from it.",
          "{ip} から不要なメールを送ったものを直してから、MailChannels のサポートにブロックの見直しを依頼してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "mailchannels-abuse",
      code: "",
      texts: ["[NR] Message rejected"],
      title: "Message rejected (tag NR)",
      markers: ["[nr]"],
      reasons: ["spamdetected", "virusdetected"],
      temporary: false,
      owner: "you",
      page: INBOUND,
      summary: t(
        "The recipient's MailChannels filter refused your message as abuse: spam, phishing, malware or another breach of its policy.",
        "受信側の MailChannels フィルターは、メッセージを不正なもの (迷惑メール、フィッシング、マルウェアなどのポリシー違反) として拒否しました。",
      ),
      cause: t(
        "MailChannels' inbound filter judged the message itself, not your server; the refusal is permanent and the same message will be refused again.",
        "MailChannels の受信フィルターは、サーバーではなくメッセージそのものを判定しました。拒否は永続的で、同じメッセージは再び拒否されます。",
      ),
      fix: [YOU.plainVersionOrAllowed, secureAccount],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient", "secure-account"],
    },
    {
      id: "mailchannels-attachment-type",
      code: "",
      texts: ["contained an attachment type that is not allowed"],
      markers: ["[ib_feb]"],
      reasons: ["contenterror", "policyviolation"],
      temporary: false,
      owner: "you",
      page: INBOUND,
      summary: t(
        "The recipient's MailChannels filter refused your message because one of its attachments is of a type the recipient does not accept.",
        "受信側の MailChannels フィルターは、添付ファイルのいずれかが受信側で受け付けない種類だったため、メッセージを拒否しました。",
      ),
      cause: t(
        "The recipient's filter blocks some file types outright (programs, scripts, often archives holding them); the content of the file does not matter.",
        "受信側のフィルターは、一部の種類のファイル (プログラム、スクリプト、それらを含むアーカイブなど) を内容に関係なく拒否します。",
      ),
      fix: [
        t(
          "Send the message again without that attachment, and share the file through a link instead.",
          "その添付ファイルを外して送り直し、ファイルは代わりにリンクで共有してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      id: "mailchannels-recipient-policy-mismatch",
      code: "",
      texts: ["Recipient policy mismatch"],
      reasons: ["exceedlimit", "onhold"],
      temporary: true,
      lastingDeferral: "sender",
      owner: "nobody",
      page: INBOUND,
      summary: t(
        "The recipient's MailChannels filter accepted the first recipients of your message and asked your server to send it again separately for the rest.",
        "受信側の MailChannels フィルターはメッセージの最初の宛先を受け付け、残りの宛先は別の送信で再試行するよう求めました。",
      ),
      cause: t(
        "The recipients have different filtering policies, which MailChannels cannot apply in one delivery.",
        "宛先ごとにフィルターのポリシーが異なり、MailChannels は 1 回の配信でそれらを適用できません。",
      ),
      // a later delivery, and a final report still to come, only while the sending server retries
      // (h-ja14: a give-up said both)
      whileRetrying: {
        cause: t(
          "A later delivery for the others is the normal result, with a short delay.",
          "残りの宛先には少し遅れて別の配信で届くのが通常です。",
        ),
      },
      fix: [
        YOU.waitForRetry,
        ifItFails(
          t(
            "If a final failure report comes, send the message to those recipients one at a time.",
            "最終的な配信エラーが届いた場合は、それらの宛先に 1 人ずつ送ってください。",
          ),
          t(
            "Send the message again to the recipients it did not reach, one at a time.",
            "届かなかった宛先に、1 人ずつ送り直してください。",
          ),
        ),
      ],
      adminFix: [
        t(
          "Check the sending server retries deferred recipients in a separate delivery, as any standard mail server does.",
          "送信サーバーが、保留された宛先を別の配信で再試行しているかを確認してください (標準的なメール サーバーはそうします)。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
  ],
};
