// Source: Tencent's help pages that its MX servers (mx1-mx3.qq.com for QQ Mail and Foxmail,
// mxbiz1/mxbiz2.qq.com for Tencent Exmail business mail) link at the end of a refusal. One system
// writes the same words for qq.com, foxmail.com, vip.qq.com and the Exmail customers' own domains,
// usually "550 <words> [<session id> IP: <sending IP>]. <help link>", with no enhanced status code.
// - service.mail.qq.com/detail/122/171 and service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726
//   "Mail content denied" (content suspected of mass mailing and reported as spam by many users);
//   quoted in github.com/Jinnrry/PMail/issues/220 and github.com/YMFE/yapi/issues/1964.
// - service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 "Ip frequency limited", and
//   Exmail's page for it (mirrored at ydadm.com/news_in/335, "来源: exmail.qq.com", which quotes its
//   notice's reason "该服务器IP的发信频率大幅度超过腾讯企业邮箱限制"): an IP over the
//   per-minute, per-hour or per-day limit is barred for minutes, hours or the rest of the day; the
//   limits are not published (computersolutions.cn/blog/qq-mail-550-ip-frequency-limited-errors-
//   and-how-to-solve-them quotes the reply and its translation; github.com/orvice/ss-panel/issues/553).
// - QQ Mail's table of refusals for senders, as mirrored at qiao.yimirj.com/article/detail/2261:
//   "Mailbox unavailable or access denied" (the recipient got a great deal of mail in a short
//   time, so mail to them is held off for a while), "Domain frequency limited", "Sender frequency
//   limited" and "Connection frequency limited" (the same three-step limits for a sender domain, a
//   sender address and a sending IP); "Connection frequency limited" quoted in
//   github.com/ssrpanel/SSRPanel/issues/1324 and github.com/meolu/walle-web/issues/289.
// - smtp.codes/qq, which lists QQ's replies with their help links: "Mail is rejected by
//   recipients" (the recipient's own block list or filter), "Mailbox not found"
//   (cgi-bin/help ... no=1000728), "Bad address syntax" (no=1000730), "Sender frequency limited"
//   (no=1000723), "Suspected spam sender", "DMARC check failed" (cgi-bin/help?subtype=1&&no=1001508&&id=16).
// - "SPF check failed", whose link leads to QQ's page on SPF (service.mail.qq.com/detail/122/73,
//   "什么是SPF？如何设置SPF来防止我的邮件被拒收呢？"); "Suspected bounce attacks"
//   (service.mail.qq.com/detail/122/57) and "is a deactivated mailbox" (cgi-bin/help ...
//   no=1000742) by their help links; 'The "From" header is missing or invalid. Please follow
//   RFC5322, RFC2047, RFC822 standard protocol' (service.mail.qq.com/detail/124/995), quoted in
//   github.com/songquanpeng/message-pusher/issues/127; "Mailbox not found or access denied"
//   quoted in github.com/gogs/gogs/issues/4871; "Message too large".
// - QQ Mail's keyword table for its bounce notices (mirrored at qqmailbox.com/transceivers/169.html):
//   "该用户不存在" (no such user) and "该用户未开通QQ邮箱" (the QQ number never opened QQ Mail).
// Texts are Tencent's (matched in the reply); the explanations are our own words. The reason
// engine's rules for these words are in ../../reason/providers/tencent.ts, whose hosts this reuses.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Tencent's frequency limits work the same way for an IP, a sender domain and a sender address. */
const limitSteps = t(
  "Tencent counts per minute, per hour and per day: over the minute's limit the block lasts some minutes, over the hour's some hours, over the day's the rest of the day. The limits themselves are not published.",
  "Tencent は 1 分、1 時間、1 日ごとに数えています。1 分の上限を超えると数分、1 時間の上限を超えると数時間、1 日の上限を超えるとその日のうちはブロックされます。上限値は公開されていません。",
);

/** Steps for the sender's admin that several Tencent meanings share. */
const tencentAdmin = {
  pauseAndSlow: t(
    "Pause sending from {ip} to QQ Mail and Tencent Exmail addresses for a while, then send at a lower rate: fewer messages per minute and per hour, bulk mail spread over the day.",
    "{ip} から QQ メールと Tencent Exmail のアドレスへの送信をしばらく止め、その後は送信ペースを落としてください。1 分あたりと 1 時間あたりのメッセージ数を減らし、一斉送信は 1 日の中で分散させてください。",
  ),
  findSpam: t(
    "Look for accounts, web forms or scripts sending spam through {ip} (a compromised mailbox is the usual cause), and stop them first.",
    "{ip} を経由して迷惑メールを送っているアカウント、Web フォーム、スクリプトがないか調べ、まず止めてください (乗っ取られたメールボックスが原因であることが多いです)。",
  ),
  readLink: t(
    "Open the help link at the end of the refusal (service.mail.qq.com or service.exmail.qq.com): it is Tencent's page for this refusal.",
    "拒否メッセージ末尾のヘルプ リンク (service.mail.qq.com または service.exmail.qq.com) を開いてください。この拒否についての Tencent のページです。",
  ),
};

export const tencent: ProviderCatalog = {
  provider: {
    id: "tencent",
    name: "Tencent QQ Mail / Exmail (qq.com, foxmail.com)",
    page: "https://service.mail.qq.com/",
    hosts: [".qq.com", ".exmail.qq.com", ".foxmail.com"],
    markers: ["service.mail.qq.com", "service.exmail.qq.com"],
    domains: ["qq.com", "foxmail.com", "vip.qq.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "tencent-content-denied",
      code: "",
      texts: ["Mail content denied"],
      reasons: ["spamdetected", "rejected", "policyviolation", "blocked"],
      temporary: false,
      owner: "your-admin",
      page: "https://service.mail.qq.com/detail/122/171",
      summary: t(
        "Tencent (QQ Mail) refused the message for its content: it looks like mass mailing that many of its users reported as spam.",
        "Tencent (QQ メール) は内容を理由にメッセージを拒否しました。多くの利用者から迷惑メールとして報告された一斉送信に見えるためです。",
      ),
      cause: t(
        "Tencent judges content that is sent in bulk and reported as spam by its users. The same text sent to many QQ addresses (notifications made by a program, newsletters, forwarded mail) can be refused this way even when each recipient wanted it.",
        "Tencent は、大量に送られ利用者から迷惑メールとして報告された内容を判定しています。同じ本文を多くの QQ アドレスに送ると (プログラムが作る通知、メールマガジン、転送メールなど)、受信者が望んでいたメールでもこの理由で拒否されることがあります。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "For a one-off message: remove advertising wording, shortened links and long lists of data, then send it again in your own words.",
          "単発のメッセージの場合: 広告的な文言、短縮 URL、データの長い羅列を取り除き、自分の言葉で書き直してから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Find which mail to QQ addresses is sent in bulk from your domain (a notification template, a newsletter, a forwarding rule), make it personal and wanted, and send it only to people who asked for it.",
          "自組織のドメインから QQ アドレスへ大量に送られているメール (通知のテンプレート、メールマガジン、転送ルールなど) を特定し、受信者ごとの必要な内容にして、希望した相手にだけ送ってください。",
        ),
        tencentAdmin.findSpam,
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "tencent-suspected-spam",
      code: "",
      texts: ["Suspected spam sender", "Suspected spam ip", "Suspected spam"],
      reasons: ["rejected", "blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Tencent (QQ Mail) refused the message because your domain or your server[[ ({ip})]] is suspected of sending spam.",
        "あなたのドメインまたはサーバー[[ ({ip}) ]]が迷惑メールを送っている疑いがあるため、Tencent (QQ メール) はメッセージを拒否しました。",
      ),
      cause: t(
        "Tencent saw a large amount of spam from the sender's domain or from the mail service it sends through, so it refuses their mail; it is a verdict on the sender's reputation, not on this one message.",
        "Tencent は、送信者のドメインや送信に使っているメール サービスから大量の迷惑メールを観測したため、そのメールを拒否しています。このメッセージ単体ではなく、送信者の評価に対する判定です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [tencentAdmin.findSpam, YOUR_ADMIN.checkReputation, YOUR_ADMIN.checkSpf],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "tencent-bounce-attack",
      code: "",
      texts: ["Suspected bounce attacks"],
      reasons: ["blocked", "spamdetected", "rejected"],
      temporary: false,
      owner: "your-admin",
      page: "https://service.mail.qq.com/detail/122/57",
      summary: t(
        "Tencent (QQ Mail) refused mail from your server[[ ({ip})]] as a suspected bounce attack: it sent QQ addresses many delivery reports or automatic replies.",
        "Tencent (QQ メール) は、あなたのサーバー[[ ({ip}) ]]からのメールを配信エラーを使った攻撃の疑いで拒否しました。このサーバーが QQ アドレスへ配信不能レポートや自動応答を大量に送ったためです。",
      ),
      cause: t(
        "When spammers forge QQ addresses as the sender, a server that accepts their mail first and reports failures afterwards sends those reports to QQ users who never wrote. Tencent treats a flood of such reports or automatic replies as an attack and refuses the server's mail.",
        "迷惑メール業者が QQ アドレスを送信者として詐称すると、いったん受け付けてから配信エラーを通知するサーバーは、メールを送っていない QQ の利用者にその通知を送ることになります。Tencent はこうした通知や自動応答が大量に届くことを攻撃とみなし、そのサーバーのメールを拒否します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make your server refuse unknown recipients and spam during the SMTP session instead of accepting them and sending a delivery report later, and stop automatic replies to mail that spam filters flagged.",
          "存在しない宛先や迷惑メールは、受け付けた後で配信不能レポートを送るのではなく、SMTP のやり取りの中で拒否するようサーバーを設定してください。迷惑メール フィルターが判定したメールへの自動応答も止めてください。",
        ),
        tencentAdmin.findSpam,
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "tencent-ip-rate",
      code: "",
      // the last: the reason line of Exmail's own notice, as its page for this refusal quotes it
      texts: ["Ip frequency limited", "Connection frequency limited", "的发信频率大幅度超过"],
      reasons: ["toomanyconn", "speeding"],
      temporary: false,
      owner: "your-admin",
      page: "https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
      summary: t(
        "Your server[[ ({ip})]] sent Tencent (QQ Mail, Exmail) more mail than it takes from one IP, so Tencent refuses its mail for a while.",
        "あなたのサーバー[[ ({ip}) ]]が、1 つの IP から Tencent (QQ メール、Exmail) が受け付ける量を超えるメールを送ったため、Tencent は一定時間そのサーバーのメールを拒否しています。",
      ),
      cause: limitSteps,
      fix: [
        t(
          "Send the message again later (in a few hours, or tomorrow if it is refused again).",
          "時間をおいて (数時間後、再び拒否された場合は翌日に) 送り直してください。",
        ),
        t(
          "If you use a personal mailbox at a mail provider, report this refusal to that provider: its server's IP is the one Tencent limits.",
          "メール サービスの個人用メールボックスを使っている場合は、この拒否をそのサービスに報告してください。Tencent が制限しているのは、そのサービスのサーバーの IP です。",
        ),
      ],
      adminFix: [tencentAdmin.pauseAndSlow, tencentAdmin.findSpam],
      actions: ["contact-your-admin"],
    },
    {
      id: "tencent-domain-rate",
      code: "",
      texts: ["Domain frequency limited"],
      reasons: ["toomanyconn", "speeding"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your sender domain[[ ({domain})]] sent Tencent (QQ Mail) more mail than it takes from one domain, so Tencent refuses its mail for a while.",
        "あなたの送信ドメイン[[ ({domain}) ]]が、1 つのドメインから Tencent (QQ メール) が受け付ける量を超えるメールを送ったため、Tencent は一定時間そのドメインのメールを拒否しています。",
      ),
      cause: limitSteps,
      fix: [
        t(
          "Send the message again later (in a few hours, or tomorrow if it is refused again).",
          "時間をおいて (数時間後、再び拒否された場合は翌日に) 送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Count everything your domain sends to QQ addresses (all users, newsletters, notifications), spread bulk mail over the day, and check that no account of the domain was compromised.",
          "自組織のドメインから QQ アドレスへ送っているすべてのメール (全ユーザー、メールマガジン、通知) を確認し、一斉送信は 1 日の中で分散させてください。ドメインのアカウントが乗っ取られていないかも確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "tencent-sender-rate",
      code: "",
      texts: ["Sender frequency limited"],
      reasons: ["toomanyconn", "speeding"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your sender address sent Tencent (QQ Mail) more mail than it takes from one sender, so Tencent refuses its mail for a while.",
        "あなたの送信者アドレスが、1 人の送信者から Tencent (QQ メール) が受け付ける量を超えるメールを送ったため、Tencent は一定時間そのアドレスのメールを拒否しています。",
      ),
      cause: limitSteps,
      fix: [
        t(
          "Send the message again later (in a few hours, or tomorrow if it is refused again), to fewer QQ recipients at a time.",
          "時間をおいて (数時間後、再び拒否された場合は翌日に)、一度に送る QQ の宛先を減らしてから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If the address sends notifications or newsletters, send them through a service for bulk mail at a lower rate; check that the mailbox was not compromised.",
          "そのアドレスが通知やメールマガジンを送っている場合は、一斉配信用のサービスを使い、送信ペースを落としてください。メールボックスが乗っ取られていないかも確認してください。",
        ),
      ],
      actions: ["split-recipients"],
    },
    {
      id: "tencent-recipient-rate",
      code: "",
      texts: ["Mailbox unavailable or access denied"],
      reasons: ["speeding", "toomanyconn", "suspend", "userunknown"],
      temporary: false,
      owner: "you",
      page: "https://service.mail.qq.com/detail/122/166",
      summary: t(
        "Tencent (QQ Mail) is not taking mail for this recipient for now: the mailbox received a great deal of mail in a short time.",
        "Tencent (QQ メール) は、現在この宛先へのメールを受け付けていません。このメールボックスが短時間に大量のメールを受け取ったためです。",
      ),
      cause: t(
        "To protect a mailbox from floods, Tencent stops accepting mail for it for a while; the refusal is about the recipient's mailbox, not about your server or your message.",
        "Tencent はメールボックスを大量送信から守るため、一定時間そのメールボックス宛てのメールを受け付けなくなります。この拒否は受信者のメールボックスに関するもので、あなたのサーバーやメッセージが原因ではありません。",
      ),
      fix: [
        t(
          "Stop sending to this address for a while and send the message again later.",
          "しばらくこのアドレスへの送信を止め、時間をおいてから送り直してください。",
        ),
        t(
          "If it is refused again days later, check the address with the recipient: this reply also comes back for an address that is not in use.",
          "数日後にも拒否される場合は、受信者にアドレスを確認してください。使われていないアドレスにも同じ応答が返ります。",
        ),
        MAILBOX.spaceOut,
      ],
      adminFix: [
        t(
          "For mailing lists: if this address is refused every time over several days, remove it from the list; do not send it more mail to get through.",
          "メーリング リストの場合: 数日にわたって毎回拒否されるアドレスは、リストから外してください。届けるためにさらにメールを送ることはしないでください。",
        ),
      ],
      actions: ["retry-later", "contact-recipient"],
    },
    {
      id: "tencent-rejected-by-recipient",
      code: "",
      texts: ["Mail is rejected by recipients"],
      reasons: ["rejected", "filtered", "blocked"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's own QQ Mail settings refused your message: you are on their list of blocked senders, or a filter they made rejects it.",
        "受信者自身の QQ メールの設定によって、メッセージが拒否されました。あなたが受信者の受信拒否リストに載っているか、受信者が作ったフィルターが拒否しています。",
      ),
      cause: t(
        "QQ Mail users can block senders and create rules that reject mail; only the recipient can change them.",
        "QQ メールの利用者は、送信者をブロックしたり、メールを拒否するルールを作ったりできます。変更できるのは受信者本人だけです。",
      ),
      fix: [
        t(
          "Ask the recipient another way (phone, chat, another address) to remove your address from their blocked senders or filter rules, then send again.",
          "電話やチャット、別のアドレスなど他の手段で受信者に連絡し、受信拒否リストやフィルターのルールからあなたのアドレスを外してもらってから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          'If the recipient has blocked nobody, Tencent may have refused the content: review what you send to QQ addresses as for "Mail content denied".',
          "受信者が誰もブロックしていない場合は、Tencent が内容を理由に拒否した可能性があります。「Mail content denied」の場合と同様に、QQ アドレスへ送る内容を見直してください。",
        ),
      ],
      actions: ["contact-recipient"],
    },
    {
      id: "tencent-user-unknown",
      code: "",
      texts: ["Mailbox not found", "Mailbox not found or access denied", "该用户不存在"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      page: "https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
      summary: t(
        "Tencent (QQ Mail, Exmail) has no mailbox with this address.",
        "Tencent (QQ メール、Exmail) には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the mailbox was closed. A QQ address is often a number; a digit too many or too few gives another address.",
        "アドレスの入力ミスか、メールボックスが閉鎖されています。QQ のアドレスは数字のことが多く、桁が 1 つ多いか少ないだけで別のアドレスになります。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "tencent-not-opened",
      title: "QQ Mail not opened for this number",
      code: "",
      texts: ["该用户未开通"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "This QQ number has no QQ Mail mailbox, so the address takes no mail.",
        "この QQ 番号には QQ メールのメールボックスがないため、このアドレスはメールを受け取りません。",
      ),
      cause: t(
        "A QQ address is a QQ account number. The account exists, but its owner has never turned on QQ Mail for it; only the owner can.",
        "QQ のアドレスは QQ アカウントの番号です。アカウントはありますが、持ち主が QQ メールを有効にしていません。有効にできるのは持ち主だけです。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "tencent-deactivated",
      title: "Deactivated mailbox",
      code: "",
      texts: ["<address> is a deactivated mailbox"],
      reasons: ["suspend", "userunknown"],
      temporary: false,
      owner: "you",
      page: "https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742",
      summary: t(
        "The recipient's QQ mailbox is deactivated, so it takes no mail.",
        "受信者の QQ メールボックスは無効化されているため、メールを受け取りません。",
      ),
      cause: t(
        "A QQ mailbox that its owner stopped using or closed is deactivated; only its owner can turn it on again.",
        "持ち主が使わなくなった、または閉鎖した QQ メールボックスは無効化されます。再び有効にできるのは持ち主だけです。",
      ),
      fix: [MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
    {
      id: "tencent-bad-address",
      code: "",
      texts: ["Bad address syntax"],
      reasons: ["syntaxerror", "userunknown"],
      temporary: false,
      owner: "you",
      page: "https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730",
      summary: t(
        "Tencent (QQ Mail) refused the address: it is not written as a valid address.",
        "Tencent (QQ メール) はアドレスを拒否しました。有効なアドレスの形式になっていません。",
      ),
      cause: t(
        "The address holds a character that addresses cannot hold (a space, a comma, a slash, a full-width character), or a part is missing.",
        "アドレスに使えない文字 (空白、カンマ、スラッシュ、全角文字など) が含まれているか、一部が欠けています。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "tencent-spf",
      ownRecordsCause: true,
      code: "",
      texts: ["SPF check failed"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      page: "https://service.mail.qq.com/detail/122/73",
      summary: t(
        "Tencent (QQ Mail) refused the message because SPF failed: the server that sent it[[ ({ip})]] is not allowed by the SPF record of {domain}.",
        "SPF の検証に失敗したため、Tencent (QQ メール) はメッセージを拒否しました。送信したサーバー[[ ({ip}) ]]が {domain} の SPF レコードで許可されていません。",
      ),
      cause: t(
        "Tencent checks the sender domain's SPF record and refuses mail from servers it does not list; a mail service added without updating SPF, or forwarding without sender rewriting (SRS), fails it.",
        "Tencent は送信ドメインの SPF レコードを確認し、記載のないサーバーからのメールを拒否します。SPF を更新せずにメール サービスを追加した場合や、送信者を書き換えずに (SRS なしで) 転送した場合に失敗します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "tencent-dmarc",
      code: "",
      texts: ["DMARC check failed"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      page: "https://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16",
      summary: t(
        "Tencent (QQ Mail) refused the message because it failed DMARC for {domain}, whose policy asks receivers to reject such mail.",
        "{domain} の DMARC に失敗したため、Tencent (QQ メール) はメッセージを拒否しました。このドメインのポリシーが、そうしたメールの拒否を受信側に求めています。",
      ),
      cause: t(
        "Neither SPF nor DKIM passed with a domain aligned with the From address; with a reject policy, Tencent refuses the mail.",
        "From アドレスと一致するドメインで SPF・DKIM のどちらも合格しませんでした。拒否ポリシーが設定されているため、Tencent はメールを拒否します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "tencent-from-header",
      code: "",
      texts: ['The "From" header is missing or invalid'],
      reasons: ["rejected", "policyviolation", "syntaxerror"],
      temporary: false,
      owner: "your-admin",
      page: "https://service.mail.qq.com/detail/124/995",
      summary: t(
        "Tencent (QQ Mail) refused the message because its From header is missing or not written as the mail standards require.",
        "差出人 (From) ヘッダーがないか、メールの規格どおりに書かれていないため、Tencent (QQ メール) はメッセージを拒否しました。",
      ),
      cause: t(
        "Tencent requires one From header with a valid address, and a display name encoded as RFC 2047 prescribes; mail made by scripts and applications often breaks this.",
        "Tencent は、有効なアドレスを持つ From ヘッダーが 1 つあり、表示名が RFC 2047 のとおりにエンコードされていることを求めています。スクリプトやアプリケーションが作るメールでは、これが守られていないことがよくあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "A display name in Chinese, Japanese or other non-ASCII text must be encoded (=?UTF-8?B?...?=) with the address outside the encoded part: Name <user@example.com>.",
          "中国語や日本語など ASCII 以外の表示名はエンコード (=?UTF-8?B?...?=) し、アドレスはエンコード部分の外に置いてください: 表示名 <user@example.com>。",
        ),
        YOUR_ADMIN.checkMessageFormat,
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "tencent-too-large",
      code: "",
      texts: ["Message too large"],
      reasons: ["mesgtoobig", "exceedlimit"],
      temporary: false,
      owner: "you",
      summary: t(
        "The message is larger than Tencent (QQ Mail) accepts.",
        "メッセージが、Tencent (QQ メール) が受け付けるサイズを超えています。",
      ),
      cause: t(
        "Attachments grow by about a third when they are sent, so a message can go over the limit although its files look smaller.",
        "添付ファイルは送信時に約 3 分の 1 大きくなるため、ファイルが小さく見えても上限を超えることがあります。",
      ),
      fix: [YOU.shrink],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
  ],
};
