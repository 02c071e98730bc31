// Source: GoDaddy's help article "Fix rejected email with a bounce error" (article 40685), which
// lists the replies of the servers that receive mail for GoDaddy's mailboxes (*.secureserver.net),
// most ending in GoDaddy's own reference code ("... IB212"): recipient, sender, content and
// rate-limit refusals. Its block-list refusals (IB103 Cloudmark CSI, IB104 SBL, IB105 XBL,
// IB106 PBL) name the list, whose own table explains them; IB007 (too many sessions from one IP)
// is any receiver's connection cap, which the catalog explains as such. Its loop and queue-timeout
// texts are qmail's, written by any qmail server, so they are left to the engine. Texts and codes are
// GoDaddy's (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { finalOnly } from "../step-kinds";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog, ProviderEntry } from "./types";

type Text = { readonly en: string; readonly ja: string };

/** GoDaddy's blocks of a sending IP for a while: for an hour or for the rest of the day. */
function ipBlock(
  code: string,
  texts: readonly string[],
  span: Text,
  why: "spam" | "invalid",
): ProviderEntry {
  const spam = why === "spam";
  return {
    id: `godaddy-${code}`,
    code: "",
    texts,
    markers: [code],
    reasons: spam ? ["blocked", "badreputation", "spamdetected"] : ["blocked", "rejected"],
    temporary: false,
    owner: "your-admin",
    summary: spam
      ? t(
          `GoDaddy blocked {ip} ${span.en} because it sent too many messages that GoDaddy's filters judged to be spam.`,
          `[[{ip} から ]]GoDaddy のフィルターが迷惑メールと判定したメッセージが多数送られたため、GoDaddy は${span.ja}送信 IP をブロックしました。`,
        )
      : t(
          `GoDaddy blocked {ip} ${span.en} because it tried to send to too many addresses that do not exist.`,
          `[[{ip} から]]存在しないアドレスへの送信が多数試みられたため、GoDaddy は${span.ja}送信 IP をブロックしました。`,
        ),
    cause: spam
      ? t(
          "The block is on the sending IP, not on this message: something that sends through {ip} (a compromised account, an infected computer, a website form or a mailing) sent mail that GoDaddy's users report as spam. It lifts by itself at the end of the period.",
          "ブロックの対象はこのメッセージではなく送信 IP です。{ip} を通じて送信しているもの (乗っ取られたアカウント、感染したコンピューター、Web サイトのフォーム、一斉送信など) が、GoDaddy の利用者が迷惑メールとして報告するメールを送りました。ブロックは期間が終われば自動で解除されます。",
        )
      : t(
          "The block is on the sending IP, not on this message: mail from {ip} went to many addresses at GoDaddy that do not exist, which is how list harvesting and old mailing lists look. It lifts by itself at the end of the period.",
          "ブロックの対象はこのメッセージではなく送信 IP です。{ip} から GoDaddy の存在しない多数のアドレスにメールが送られました。これは収集したアドレスや古いメーリング リストへの送信に見られる特徴です。ブロックは期間が終われば自動で解除されます。",
        ),
    fix: [YOU.retryAfterBlock, YOU.forwardToAdmin],
    adminFix: [
      spam
        ? t(
            "Find what sends spam through {ip} (a compromised account, an infected computer, a website form) and stop it; otherwise the block comes back.",
            "{ip} を通じて迷惑メールを送っているもの (乗っ取られたアカウント、感染したコンピューター、Web サイトのフォーム) を見つけて止めてください。そうしなければブロックは繰り返されます。",
          )
        : YOUR_ADMIN.cleanLists,
      YOUR_ADMIN.checkReputation,
    ],
    actions: ["retry-later", "contact-your-admin"],
  };
}

const FOR_AN_HOUR: Text = { en: "for an hour", ja: "向こう 1 時間" };
const FOR_THE_DAY: Text = { en: "for the rest of the day", ja: "その日の終わりまで" };

export const godaddy: ProviderCatalog = {
  provider: {
    id: "godaddy",
    name: "GoDaddy",
    page: "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
    hosts: [".secureserver.net"],
    // Its reference codes, which end its replies: they name GoDaddy when no host is given.
    markers: [
      "ib101",
      "ib108",
      "ib110",
      "ib111",
      "ib112",
      "ib113",
      "ib212",
      "ib401",
      "ib501",
      "ib502",
      "ib504",
      "ib506",
      "ib508",
      "ib510",
      "ib605",
      "ib607",
      "ib705",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "godaddy-no-such-account",
      code: "",
      texts: ["Recipient not found", "Account does not exist"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "GoDaddy has no mailbox with this address.",
        "GoDaddy には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the mailbox was removed from the domain's GoDaddy email plan. Nothing was delivered.",
        "アドレスの入力ミスか、ドメインの GoDaddy のメール プランからメールボックスが削除されています。何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "godaddy-account-disabled",
      code: "",
      texts: ["Account disabled"],
      reasons: ["suspend"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's GoDaddy mailbox exists but cannot receive mail: it has been disabled.",
        "受信者の GoDaddy のメールボックスは存在しますが、無効にされているためメールを受け取れません。",
      ),
      cause: t(
        "GoDaddy turns off receiving for a mailbox its owner or GoDaddy disabled. Such mailboxes usually stay disabled, so sending again rarely helps.",
        "GoDaddy は、持ち主または GoDaddy が無効にしたメールボックスの受信を止めます。こうしたメールボックスは通常そのまま無効なので、送り直してもほとんど届きません。",
      ),
      fix: [YOU.reachRecipientOtherWay, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
    {
      id: "godaddy-storage-limit",
      code: "",
      texts: ["Account storage limit"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's GoDaddy mailbox is full, so it cannot take new mail now.",
        "受信者の GoDaddy のメールボックスがいっぱいのため、現在は新しいメールを受け取れません。",
      ),
      cause: t(
        "The mailbox has reached the storage limit of its GoDaddy plan; it takes mail again once its owner deletes messages.",
        "メールボックスが GoDaddy のプランの保存容量の上限に達しています。持ち主がメッセージを削除すれば、再び受け取れるようになります。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "godaddy-ib401",
      code: "",
      texts: ["Authentication not allowed on IBSMTP Servers"],
      markers: ["ib401"],
      reasons: ["securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "GoDaddy's server for incoming mail refused to let your mail app sign in: the app is set to send through the wrong GoDaddy server.",
        "GoDaddy の受信用のサーバーが、メール アプリのサインインを拒否しました。アプリの送信に使う GoDaddy のサーバーの設定が誤っています。",
      ),
      cause: t(
        "GoDaddy's incoming servers take mail for its mailboxes and accept no sign-in; a mail app that sends through them, instead of through GoDaddy's outgoing server, is refused.",
        "GoDaddy の受信用のサーバーはメールボックス宛てのメールを受け取るだけで、サインインを受け付けません。GoDaddy の送信用のサーバーではなく受信用のサーバー経由で送ろうとするメール アプリは拒否されます。",
      ),
      fix: [
        t(
          "In your mail app's account settings, set the outgoing (SMTP) server to smtpout.secureserver.net, as GoDaddy's help says, then send again.",
          "メール アプリのアカウント設定で、GoDaddy のヘルプのとおり送信 (SMTP) サーバーを smtpout.secureserver.net にしてから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If your organization hands out mail app settings for its GoDaddy mailboxes, check that they name smtpout.secureserver.net as the outgoing server.",
          "自組織で GoDaddy のメールボックス用のメール アプリ設定を配布している場合は、送信サーバーが smtpout.secureserver.net になっているか確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "godaddy-invalid-from",
      code: "",
      texts: [
        "Blank From: addresses are not allowed",
        "IP addresses are not allowed as a From: Address",
      ],
      markers: ["ib501", "ib502"],
      reasons: ["notcompliantrfc", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GoDaddy refused the message because its From address was empty or was an IP address instead of a mail address.",
        "差出人 (From) のアドレスが空か、メール アドレスではなく IP アドレスだったため、GoDaddy はメッセージを拒否しました。",
      ),
      cause: t(
        "GoDaddy accepts only messages whose From field holds a real mail address. An application or device that sends mail by itself (a scanner, a website, a script) often leaves it blank or fills in its IP.",
        "GoDaddy は、差出人 (From) に実際のメール アドレスがあるメッセージだけを受け付けます。スキャナーや Web サイト、スクリプトなど自動でメールを送るアプリケーションや機器は、ここを空にしたり IP アドレスを入れたりしがちです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkMessageFormat],
      actions: ["contact-your-admin"],
    },
    {
      id: "godaddy-ib506",
      code: "",
      texts: ["From: Domain is invalid"],
      markers: ["ib506"],
      reasons: ["rejected", "hostunknown"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GoDaddy refused the message because the domain of your From address[[ ({domain})]] did not check out in DNS.",
        "差出人 (From) のアドレスのドメイン[[ ({domain}) ]]を DNS で確認できなかったため、GoDaddy はメッセージを拒否しました。",
      ),
      cause: t(
        "GoDaddy looks the sender's domain up when the message arrives: it needs MX records or an address, and name servers that answer. The domain had neither, or the lookup failed at that moment.",
        "GoDaddy はメッセージの到着時に送信者のドメインを調べます。MX レコードまたはアドレスがあり、ネーム サーバーが応答する必要があります。このドメインにはそのどちらもないか、その時点で参照に失敗しました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check that {domain} has MX (or A) records that resolve from the internet and that all of its name servers answer; fix the zone before the message is sent again.",
          "{domain} にインターネットから参照できる MX (または A) レコードがあり、すべてのネーム サーバーが応答するか確認してください。送り直す前にゾーンを修正してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "godaddy-ib508",
      ownRecordsCause: true,
      code: "",
      texts: ["Invalid SPF record"],
      markers: ["ib508"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GoDaddy refused the message because the SPF record of your domain[[ ({domain})]] does not allow the server that sent it[[ ({ip})]].",
        "自分のドメイン[[ ({domain}) ]]の SPF レコードが送信したサーバー[[ ({ip}) ]]を許可していないため、GoDaddy はメッセージを拒否しました。",
      ),
      cause: t(
        "GoDaddy checks SPF and refuses mail from a server that the sender domain's SPF record does not list. This happens when a new service (a newsletter tool, a new mail host) sends for the domain before its SPF record is updated.",
        "GoDaddy は SPF を確認し、送信者のドメインの SPF レコードに記載されていないサーバーからのメールを拒否します。ニュースレター ツールや新しいメール ホストなどが、SPF レコードの更新前にそのドメインで送信し始めると起こります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "godaddy-ib108",
      code: "",
      texts: ["Reverse DNS for this IP failed"],
      markers: ["ib108"],
      reasons: ["requireptr"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "GoDaddy turned the message away for now because the sending server's IP[[ ({ip})]] has no working reverse DNS name.",
        "送信サーバーの IP [[({ip}) ]]に有効な逆引き DNS 名がないため、GoDaddy はメッセージの受け付けを一時的に拒否しました。",
      ),
      cause: t(
        "GoDaddy looks up the reverse DNS (PTR) name of every sending IP. Each attempt fails the same way until the IP's owner gives it a name, or while the lookup itself keeps failing.",
        "GoDaddy はすべての送信 IP の逆引き DNS (PTR) 名を参照します。IP の管理者が名前を設定するまで、または参照自体が失敗し続ける間は、毎回同じように拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "godaddy-ib212",
      code: "",
      texts: [
        "This message has been rejected due to content judged to be spam by the internet community",
        "Message rejected for spam or virus content",
      ],
      markers: ["ib212"],
      reasons: ["spamdetected", "contenterror", "policyviolation"],
      temporary: false,
      owner: "you",
      summary: t(
        "GoDaddy's filters refused the message as spam: something in it resembles mail that GoDaddy's users reported.",
        "GoDaddy のフィルターがメッセージを迷惑メールとして拒否しました。内容の一部が、GoDaddy の利用者が報告したメールに似ています。",
      ),
      cause: t(
        "GoDaddy blocks messages with a link, an attachment or a pattern of text that its users have marked as spam; it does not say which part. A link to a domain that spammers also used, or a signature copied from a bulk mailing, can be enough.",
        "GoDaddy は、利用者が迷惑メールとして報告したリンク、添付ファイル、文面のパターンを含むメッセージをブロックします。どの部分が該当したかは示されません。迷惑メール業者にも使われたドメインへのリンクや、一斉送信からコピーした署名だけで該当することもあります。",
      ),
      fix: [
        t(
          "Send a short message in your own words without the links, attachments and signature images of the refused one; if it arrives, add them back one at a time to find the part that is caught.",
          "拒否されたメッセージのリンク、添付ファイル、署名の画像を外し、自分の言葉で短く書いて送り直してください。届いた場合は、それらを 1 つずつ戻して、引っかかる部分を見つけてください。",
        ),
      ],
      adminFix: [
        t(
          "For mailings: send only to recipients who asked for your mail, as GoDaddy advises, and check the domains your messages link to.",
          "一斉送信の場合: GoDaddy の勧めるとおり、受信を希望した受信者だけに送り、メッセージ内のリンク先のドメインを確認してください。",
        ),
      ],
      actions: ["copy-summary"],
    },
    {
      id: "godaddy-ib705",
      code: "",
      texts: ["Virus infected message rejected"],
      markers: ["ib705"],
      reasons: ["virusdetected", "securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "GoDaddy's filters refused the message because a link, an attachment or its content looks like a virus.",
        "リンク、添付ファイル、または内容がウイルスのように見えたため、GoDaddy のフィルターがメッセージを拒否しました。",
      ),
      cause: t(
        "GoDaddy scans incoming mail and refuses a message its filters take for malware. A harmless file can be caught too, for example an Office document with macros or a program inside an archive.",
        "GoDaddy は受信するメールを検査し、フィルターがマルウェアと判定したメッセージを拒否します。マクロ付きの Office 文書やアーカイブ内のプログラムなど、無害なファイルが引っかかることもあります。",
      ),
      fix: [
        t(
          "Scan the attachment with an up-to-date antivirus; if it is clean, share it through a link instead of attaching it, or send it in another format (a PDF instead of a document with macros).",
          "最新のウイルス対策ソフトで添付ファイルを検査してください。問題がなければ、添付せずにリンクで共有するか、別の形式 (マクロ付き文書の代わりに PDF など) で送ってください。",
        ),
      ],
      adminFix: [
        t(
          "If several messages are refused this way, scan the sending computer for malware.",
          "この理由で複数のメッセージが拒否される場合は、送信に使ったコンピューターをマルウェア検査してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "godaddy-ib605",
      code: "",
      texts: ["This message contains too many recipients"],
      markers: ["ib605"],
      reasons: ["toomanyconn", "exceedlimit"],
      temporary: true,
      lastingDeferral: "sender",
      owner: "you",
      summary: t(
        "GoDaddy took no more recipients for this message: it was addressed to too many people at once.",
        "このメッセージの宛先が多すぎたため、GoDaddy はそれ以上の宛先を受け付けませんでした。",
      ),
      cause: t(
        "GoDaddy caps the number of recipients one message may have. Most sending servers deliver the rest in another attempt; a report means yours did not.",
        "GoDaddy は 1 通のメッセージの宛先の数に上限を設けています。多くの送信サーバーは残りの宛先に別の試行で配信しますが、このレポートが届いたということは、送信サーバーがそうしなかったということです。",
      ),
      fix: [
        finalOnly(
          t(
            "Send the message again to the recipients it did not reach, in smaller groups (or through a distribution list).",
            "届かなかった受信者に、宛先を少人数のグループに分けて (または配布リストを使って) 送り直してください。",
          ),
          t(
            "From now on, send to this many people in smaller groups (or through a distribution list).",
            "今後これほど多くの人に送るときは、少人数のグループに分けて (または配布リストを使って) 送ってください。",
          ),
        ),
      ],
      adminFix: [
        t(
          "If the sending server gave up on the remaining recipients instead of sending them in another attempt, lower its number of recipients per message for this receiver.",
          "送信サーバーが残りの宛先を別の試行で送らずにあきらめた場合は、この受信側への 1 通あたりの宛先の数を減らすよう設定してください。",
        ),
      ],
      actions: ["split-recipients"],
    },
    {
      id: "godaddy-ib101",
      code: "",
      texts: ["Server temporarily unavailable. Try again later"],
      markers: ["ib101"],
      reasons: ["systemfull", "speeding", "toomanyconn"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "GoDaddy's servers were busy and asked your mail server to try again later.",
        "GoDaddy のサーバーが混み合っていたため、後で再試行するよう送信サーバーに求めました。",
      ),
      cause: t(
        "GoDaddy's queue was taking more mail than usual, so it turned new messages away for a while. Nothing is wrong on your side.",
        "GoDaddy のキューに通常より多くのメールが届いていたため、新しいメッセージを一時的に受け付けませんでした。送信側に問題はありません。",
      ),
      fix: [YOU.waitForRetry],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
    ipBlock(
      "ib110",
      [
        "This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam",
      ],
      FOR_AN_HOUR,
      "spam",
    ),
    ipBlock(
      "ib111",
      [
        "This IP has been blocked for the day, for attempting to send too many messages containing content judged to be spam",
      ],
      FOR_THE_DAY,
      "spam",
    ),
    ipBlock(
      "ib112",
      ["This IP has been temporarily blocked for attempting to mail too many invalid recipients"],
      FOR_AN_HOUR,
      "invalid",
    ),
    ipBlock(
      "ib113",
      ["This IP has been blocked for the day, for attempting to mail too many invalid recipients"],
      FOR_THE_DAY,
      "invalid",
    ),
    {
      id: "godaddy-hourly-limit",
      code: "",
      texts: [
        "This IP has sent too many messages this hour",
        "This IP has sent too many to too many recipients this hour",
      ],
      markers: ["ib504", "ib607"],
      reasons: ["speeding", "exceedlimit"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GoDaddy refused the message because the sending IP[[ ({ip})]] reached GoDaddy's limit of messages or recipients for this hour.",
        "送信 IP [[({ip}) ]]がこの 1 時間に GoDaddy が受け付けるメッセージ数または宛先数の上限に達したため、GoDaddy はメッセージを拒否しました。",
      ),
      cause: t(
        "GoDaddy counts the messages and the recipients each IP sends it per hour. A mailing, or many people sharing one sending server, reaches the limit; it resets the next hour.",
        "GoDaddy は、IP ごとに 1 時間あたりのメッセージ数と宛先数を数えています。一斉送信や、1 台の送信サーバーを多くの人で共有している場合に上限に達します。上限は次の 1 時間でリセットされます。",
      ),
      fix: [t("Send the message again after an hour.", "1 時間以上たってから送り直してください。")],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "godaddy-ib510",
      code: "",
      texts: ["This message has exceeded the max number of messages per session"],
      markers: ["ib510"],
      reasons: ["speeding", "exceedlimit"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GoDaddy refused the message because the sending server had already sent the most messages GoDaddy takes in one connection.",
        "送信サーバーが 1 回の接続で GoDaddy が受け付けるメッセージ数の上限まで送信していたため、GoDaddy はメッセージを拒否しました。",
      ),
      cause: t(
        "GoDaddy takes only so many messages per session and expects the sender to open a new one for the rest; this server kept sending in the same session.",
        "GoDaddy は 1 回の接続で受け付けるメッセージ数を制限しており、残りは新しい接続で送るよう求めています。この送信サーバーは同じ接続で送信を続けました。",
      ),
      fix: [
        t(
          "Send the message again: it goes in a new connection. If it keeps happening, forward this report to your mail admin.",
          "送り直してください。新しい接続で送信されます。繰り返し起こる場合は、このレポートをメール管理者に転送してください。",
        ),
      ],
      adminFix: [
        t(
          "Lower the sending server's number of messages per connection for this receiver, so that it opens a new connection sooner.",
          "この受信側への 1 接続あたりのメッセージ数を減らし、送信サーバーが早めに新しい接続を開くように設定してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "godaddy-rbl-reject",
      code: "",
      texts: ["RBL Reject"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GoDaddy refused mail from the sending server[[ ({ip})]] because its own block list names that IP.",
        "GoDaddy 独自のブロック リストが送信サーバーの IP [[({ip}) ]]を掲載しているため、GoDaddy はそこからのメールを拒否しました。",
      ),
      cause: t(
        "GoDaddy keeps an internal block list of IPs that sent it spam or abuse; the refusal carries a link to ask for the IP's removal.",
        "GoDaddy は、迷惑メールや不正な送信を行った IP を独自のブロック リストで管理しています。拒否メッセージには、IP の削除を依頼するためのリンクが含まれています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Once the cause is fixed, ask for the removal of {ip} through the link in the refusal.",
          "原因を解消したら、拒否メッセージ内のリンクから {ip} の削除を依頼してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
  ],
};
