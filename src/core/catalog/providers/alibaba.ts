// Sources: Alibaba Mail's (阿里邮箱, Alibaba Cloud's company mail) help article on its common bounce
// messages (help.aliyun.com/document_detail/36612.html: "spamed by local spam engine", "502
// Mailfrom account is a local account", "503 Rcptto account isn't a local account", "504 the number
// of RCPT attempts is achieved the maximum threshold", "505 the total of RCPTs is ...", "510 The
// length of DATA content / of Attach / The number of attachments is achieved the maximum
// threshold"), its FAQ on "Reject by behaviour spam" (alibabacloud.com/help/faq-detail/109009.htm:
// "554 Reject by behaviour spam ... ANTISPAM_BAT[...]: too frequently sending" and its 454
// "Transient" form, an account sending too often or too much, or limited for a weak password), and
// the list of its SMTP replies a reseller publishes (brandomproductions.com, "阿里云企业邮箱配置
// SMTP/MTA退信错误": "541 This account isn't allowed to send email", "542 ... to receive email",
// "551 virus infected mail rejected", "554 Reject by content spam", "554 RCPT (account) dosn't
// exist", "440 mail from account doesn't conform with authentication"). Alibaba Mail's servers are
// *.mxhichina.com (its MX) and *.qiye.aliyun.com.
// Alibaba Cloud DirectMail (邮件推送), its sending service, in its table of return codes
// (alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions,
// help.aliyun.com/document_detail/44499.html): "559 Invalid rcptto" (an address on its list of
// invalid addresses), "561 Honeypot rcptto [@out...]", "551 Main account unavailable", "552 Daily /
// Monthly sending quota exceeded", "556 The number of RCPTs is over size", "557 The length of DATA
// content is achieved the maximum threshold", "436 "MAIL FROM" doesn't conform with authentication
// [@sm060104]". Its SMTP servers are smtpdm*.aliyun.com. Codes and texts are Alibaba's (matched in
// the reply, whatever code a relay quotes them under: 502 to 510 are no syntax errors here); the
// explanations are our own words.
import { ADMIN, SENDER } from "../steps";
import { finalOnly } from "../step-kinds";
import { t } from "../types";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import { MAILBOX } from "./mailbox-steps";
import type { ProviderCatalog } from "./types";

const MAIL_PAGE = "https://help.aliyun.com/document_detail/36612.html";
const BEHAVIOUR_PAGE = "https://www.alibabacloud.com/help/faq-detail/109009.htm";
const DM_PAGE =
  "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions";

/** Why Alibaba Mail's outgoing anti-spam holds an account's mail, for its two forms. */
const behaviourCause = t(
  "Alibaba Mail limits how many messages and recipients one account may send per minute, hour and day (the figures are not published), and sends less from an account with a weak password; its behaviour anti-spam stopped this account's sending, or your server's IP or domain, which it found on anti-spam lists.",
  "Alibaba Mail は、1 つのアカウントが 1 分、1 時間、1 日に送れるメッセージ数と宛先数に上限を設けており (数値は非公開)、弱いパスワードのアカウントからの送信も制限します。送信行為を監視する迷惑メール対策が、このアカウントからの送信を止めたか、迷惑メール対策のリストに載っているあなたのサーバーの IP アドレスやドメインからの送信を止めました。",
);
// while the server retries this message, the pace is for the mail to come (no resend now)
const sendLessChangePassword = finalOnly(
  t(
    "Send to fewer recipients at a time and spread the messages over the day; give the account a strong password, and change it at once if you did not send that much.",
    "一度に送る宛先を減らし、メッセージを 1 日の中で分散させてください。アカウントには強いパスワードを設定し、それほど送っていない場合はすぐに変更してください。",
  ),
  t(
    "From now on, send to fewer recipients at a time and spread the messages over the day; give the account a strong password, and change it at once if you did not send that much.",
    "今後は、一度に送る宛先を減らし、メッセージを 1 日の中で分散させてください。アカウントには強いパスワードを設定し、それほど送っていない場合はすぐに変更してください。",
  ),
);

export const alibabaMail: ProviderCatalog = {
  provider: {
    id: "alibaba-mail",
    name: "Alibaba Mail (Alibaba Cloud)",
    page: MAIL_PAGE,
    hosts: [".mxhichina.com", ".qiye.aliyun.com"],
    markers: [
      "antispam_bat[",
      "reject by behaviour spam",
      "spamed by local spam engine",
      "is achieved the maximum threshold",
      "account isn't a local account",
      "account is a local account",
      "isn't allowed to send email",
      "isn't allowed to receive email",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "alibaba-mail-behaviour-spam",
      code: "",
      texts: ["Reject by behaviour spam", "too frequently sending"],
      page: BEHAVIOUR_PAGE,
      reasons: ["speeding", "exceedlimit", "spamdetected", "badreputation"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        'Alibaba Mail refused the message for its sending behaviour: the account sent too often or too much ("too frequently sending").',
        'Alibaba Mail は送信行為を理由にメッセージを拒否しました。アカウントの送信の頻度または量が多すぎたためです ("too frequently sending")。',
      ),
      cause: behaviourCause,
      fix: [sendLessChangePassword, YOU.retryAfterLimit],
      adminFix: [YOUR_ADMIN.accountCap, YOUR_ADMIN.checkReputation],
      actions: ["retry-later", "secure-account", "contact-your-admin"],
    },
    {
      id: "alibaba-mail-behaviour-spam-deferred",
      code: "",
      texts: ["Transient reject by behaviour spam"],
      page: BEHAVIOUR_PAGE,
      reasons: ["speeding", "exceedlimit", "spamdetected"],
      ownBounce: true,
      temporary: true,
      lastingDeferral: "own-account",
      owner: "you",
      summary: t(
        "Alibaba Mail held the message back for a while for its sending behaviour: the account sent too often or too much; it takes mail from it again after a pause.",
        "Alibaba Mail は送信行為を理由に、このアカウントからのメッセージを一時的に受け付けませんでした。アカウントの送信の頻度または量が多すぎたためで、しばらくすると再び受け付けます。",
      ),
      cause: behaviourCause,
      fix: [SENDER.waitForRetry, sendLessChangePassword],
      adminFix: [YOUR_ADMIN.accountCap],
      actions: ["wait-for-retry", "secure-account"],
    },
    {
      id: "alibaba-mail-content-spam",
      code: "",
      texts: ["Reject by content spam", "spamed by local spam engine"],
      reasons: ["spamdetected", "contenterror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail's spam filter judged the content of this message to be spam and refused it.",
        "Alibaba Mail の迷惑メール フィルターが、このメッセージの内容を迷惑メールと判定して拒否しました。",
      ),
      cause: t(
        "Alibaba Mail scores each message's words, links and attachments; this one looked like spam to it (a mass mailing, a link or file it distrusts, a subject in the style of advertising).",
        "Alibaba Mail はメッセージごとに文面、リンク、添付ファイルを評価します。このメッセージは迷惑メールのように見えました (一斉送信、信用されないリンクやファイル、広告のような件名など)。",
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient"],
    },
    {
      id: "alibaba-mail-recipient-not-local",
      code: "",
      texts: ["Rcptto account isn't a local account", "Rcptto account is not a local account"],
      reasons: ["userunknown", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail has no account with this address: the recipient's domain is set up there, but not this mailbox.",
        "Alibaba Mail には、このアドレスのアカウントがありません。宛先のドメインは Alibaba Mail に設定されていますが、このメールボックスはありません。",
      ),
      cause: t(
        "Either the address is mistyped, or the recipient's organization moved its mail away from Alibaba Mail and Alibaba still holds the domain, so mail from other Alibaba Mail users is kept there instead of going to the new servers.",
        "アドレスの入力ミスか、受信側がメールを Alibaba Mail から別のサービスに移したのに Alibaba にドメインの設定が残っていて、他の Alibaba Mail 利用者からのメールが新しいサーバーに届かずそこで止まっているかのどちらかです。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If the address is right, tell the recipient another way: their organization should remove its domain from Alibaba Mail if it no longer uses it.",
          "アドレスが正しい場合は、別の手段で受信者に伝えてください。Alibaba Mail をもう使っていないなら、受信側が Alibaba Mail からドメインを削除する必要があります。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "alibaba-mail-local-sender-at-mx",
      code: "",
      texts: ["Mailfrom account is a local account"],
      reasons: ["securityerror", "authfailure", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail refused a message that came to its incoming servers in the name of one of its own accounts: mail from an Alibaba Mail address must be sent through Alibaba Mail's outgoing server, signed in.",
        "Alibaba Mail は、自社のアカウントの名前で受信用のサーバーに届いたメッセージを拒否しました。Alibaba Mail のアドレスからのメールは、サインインしたうえで Alibaba Mail の送信サーバーから送る必要があります。",
      ),
      cause: t(
        "The email program (or an application) delivered the message straight to the receiving servers instead of to the outgoing server smtp.qiye.aliyun.com with the account's sign-in; Alibaba refuses that as possible forgery of its own users.",
        "メール アプリ (またはアプリケーション) が、アカウントでサインインして送信サーバー smtp.qiye.aliyun.com に渡す代わりに、受信用のサーバーに直接メッセージを届けました。Alibaba は自社の利用者のなりすましの可能性があるとして、これを拒否します。",
      ),
      fix: [
        t(
          "Set the outgoing (SMTP) server of your email program or application to Alibaba Mail's, smtp.qiye.aliyun.com, with SMTP authentication on and the account's own user name and password, then send again.",
          "メール アプリやアプリケーションの送信 (SMTP) サーバーを Alibaba Mail の smtp.qiye.aliyun.com にし、SMTP 認証を有効にしてアカウント自身のユーザー名とパスワードを使うよう設定してから、送り直してください。",
        ),
      ],
      adminFix: [YOU.forwardToAdmin],
      actions: ["contact-your-admin"],
    },
    {
      id: "alibaba-mail-sending-cap",
      title: "Your Alibaba Mail account reached its sending limit",
      code: "",
      texts: [
        "the number of RCPT attempts is achieved the maximum threshold",
        "the total of RCPTs is achieved the maximum threshold",
      ],
      reasons: ["exceedlimit", "speeding"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail refused to send: your account reached the number of messages or recipients it may send in the current period; the recipient's side never saw the message.",
        "Alibaba Mail は送信を拒否しました。あなたのアカウントが現在の期間に送れるメッセージ数または宛先数の上限に達したためです。受信側にはメッセージが届いていません。",
      ),
      cause: t(
        "Alibaba Mail caps the recipients one account sends to per period and how fast it sends them; every recipient of a message counts, and so does mail an application sends through the account.",
        "Alibaba Mail は、1 つのアカウントが一定期間に送れる宛先の数と送信の速さに上限を設けています。1 通のメッセージの宛先はそれぞれ数えられ、アプリケーションがそのアカウントで送るメールも数に入ります。",
      ),
      fix: [
        t(
          "Send it again tomorrow, to fewer recipients at a time; if you did not send that much, change your password.",
          "翌日、一度に送る宛先を減らして送り直してください。それほど送っていない場合は、パスワードを変更してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.accountCap],
      actions: ["split-recipients", "secure-account"],
    },
    {
      id: "alibaba-mail-too-large",
      code: "",
      texts: [
        "The length of Attach is achieved the maximum threshold",
        "The length of DATA content is achieved the maximum threshold",
      ],
      reasons: ["mesgtoobig", "exceedlimit"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail refused to send the message: its attachments (or its text) are larger than Alibaba Mail allows in one message.",
        "Alibaba Mail はメッセージの送信を拒否しました。添付ファイル (または本文) が、1 通に Alibaba Mail が認める大きさを超えているためです。",
      ),
      cause: t(
        "Alibaba Mail caps the size of a message's attachments and of its body; attachments grow by about a third when sent.",
        "Alibaba Mail は、メッセージの添付ファイルと本文の大きさに上限を設けています。添付ファイルは送信時に約 3 分の 1 大きくなります。",
      ),
      fix: [SENDER.shrink],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      id: "alibaba-mail-too-many-attachments",
      code: "",
      texts: ["The number of attachments is achieved the maximum threshold"],
      reasons: ["exceedlimit", "mesgtoobig"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail refused to send the message: it has more attachments than Alibaba Mail allows in one message.",
        "Alibaba Mail はメッセージの送信を拒否しました。1 通に Alibaba Mail が認める数より多くの添付ファイルがあるためです。",
      ),
      cause: t(
        "Alibaba Mail caps the number of files attached to one message.",
        "Alibaba Mail は、1 通のメッセージに添付できるファイルの数に上限を設けています。",
      ),
      fix: [
        t(
          "Put the files in one compressed archive, send them over several messages, or share a link to them instead.",
          "ファイルを 1 つの圧縮ファイルにまとめるか、何通かに分けて送るか、代わりにファイルへのリンクを共有してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      id: "alibaba-mail-sending-disabled",
      code: "",
      texts: ["This account isn't allowed to send email"],
      reasons: ["policyviolation", "securityerror", "suspend"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Alibaba Mail refused to send: your account is not allowed to send mail.",
        "Alibaba Mail は送信を拒否しました。あなたのアカウントはメールの送信を許可されていません。",
      ),
      cause: t(
        "Sending is turned off for this account: your organization's Alibaba Mail administrator restricted it, or Alibaba stopped it (suspected misuse, a stolen password).",
        "このアカウントの送信が無効になっています。組織の Alibaba Mail 管理者が制限したか、Alibaba が止めました (不正利用やパスワード漏えいの疑い)。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        t(
          "In Alibaba Mail's admin console, check the account's sending permission and any security notice on it; secure the account before turning sending on again.",
          "Alibaba Mail の管理コンソールで、アカウントの送信権限とセキュリティ上のお知らせを確認してください。送信を再び有効にする前に、アカウントの安全を確保してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "alibaba-mail-receiving-disabled",
      code: "",
      texts: ["This account isn't allowed to receive email"],
      reasons: ["suspend", "rejected", "policyviolation"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "Alibaba Mail refused the message: the recipient's account is not allowed to receive mail.",
        "Alibaba Mail はメッセージを拒否しました。受信者のアカウントはメールの受信を許可されていません。",
      ),
      cause: t(
        "Receiving is turned off for this account by the recipient organization's Alibaba Mail administrator (an account being closed or restricted), or by Alibaba.",
        "受信側の Alibaba Mail 管理者 (アカウントの閉鎖や制限のため)、または Alibaba が、このアカウントの受信を無効にしています。",
      ),
      fix: [SENDER.askRecipientAdminAnotherWay],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "alibaba-mail-virus",
      code: "",
      texts: ["virus infected mail rejected"],
      reasons: ["virusdetected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail's virus scanner found a virus in this message and refused it.",
        "Alibaba Mail のウイルス スキャナーがこのメッセージにウイルスを見つけ、拒否しました。",
      ),
      cause: t(
        "An attachment (or a file inside an archive) matched a virus signature of Alibaba Mail's scanner.",
        "添付ファイル (または圧縮ファイルの中のファイル) が、Alibaba Mail のスキャナーのウイルス定義に一致しました。",
      ),
      fix: [YOU.scanBeforeResend],
      adminFix: [YOUR_ADMIN.scanSender],
      actions: ["contact-your-admin"],
    },
    {
      id: "alibaba-mail-user-unknown",
      title: "RCPT (address) dosn't exist",
      code: "",
      texts: ["RCPT (<address>) dosn't exist", "RCPT (<address>) doesn't exist"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Alibaba Mail has no mailbox with this address at the recipient's domain.",
        "Alibaba Mail には、宛先のドメインにこのアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The recipient's domain keeps its mail at Alibaba Mail, which looked the address up and found no such account: a typo, a former employee's address, or a mailbox that was deleted.",
        "宛先のドメインは Alibaba Mail でメールを管理しており、Alibaba Mail がアドレスを調べましたが、そのアカウントはありませんでした。入力ミス、退職者のアドレス、削除されたメールボックスなどが原因です。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete, MAILBOX.askCurrentAddress],
      adminFix: [ADMIN.checkRecipientExists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "alibaba-mail-sender-not-signed-in",
      code: "",
      texts: ["mail from account doesn't conform with authentication"],
      reasons: ["authfailure", "securityerror"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Alibaba Mail's outgoing server refused the message: the sender address is not the account your email program signed in with.",
        "Alibaba Mail の送信サーバーはメッセージを拒否しました。送信者のアドレスが、メール アプリがサインインしたアカウントではないためです。",
      ),
      cause: t(
        "Alibaba Mail sends only from the address of the signed-in account; a program set up with one account's sign-in and another From or envelope address is refused.",
        "Alibaba Mail は、サインインしたアカウントのアドレスからしか送信しません。あるアカウントでサインインし、別の From やエンベロープのアドレスで送るよう設定されたプログラムは拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the sender address of the email program or application the same as the Alibaba Mail account it signs in with (or sign in with the account of that address).",
          "メール アプリやアプリケーションの送信者アドレスを、サインインに使う Alibaba Mail のアカウントと同じにしてください (またはそのアドレスのアカウントでサインインしてください)。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};

/** The sending service's meanings: the application's account and list, the admin's to change. */
export const alibabaDirectMail: ProviderCatalog = {
  provider: {
    id: "alibaba-directmail",
    name: "Alibaba Cloud DirectMail",
    page: DM_PAGE,
    hosts: ["smtpdm.aliyun.com", "smtpdm-ap-southeast-1.aliyun.com"],
    markers: ["invalid rcptto", "honeypot rcptto", "main account unavailable", "[@sm"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "alibaba-directmail-invalid-address",
      code: "",
      texts: ["Invalid rcptto"],
      reasons: ["suppressed", "userunknown"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "DirectMail did not send to this address: it is on DirectMail's list of invalid addresses, from an earlier hard bounce.",
        "DirectMail はこのアドレスに送信しませんでした。以前に永続的な配信エラーになり、DirectMail の無効なアドレスの一覧に載っているためです。",
      ),
      cause: t(
        "Alibaba Cloud DirectMail keeps the addresses that proved not to exist and stops sending to them, to protect the sending reputation; the recipient's server never saw this message.",
        "Alibaba Cloud DirectMail は、存在しないとわかったアドレスを記録し、送信評価を守るためにそれらへの送信を止めます。受信側のサーバーにはこのメッセージは届いていません。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["resend-corrected-address", "contact-your-admin"],
    },
    {
      id: "alibaba-directmail-honeypot",
      code: "",
      texts: ["Honeypot rcptto"],
      reasons: ["suppressed", "spamdetected"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "DirectMail did not send to this address: it is a spam trap (an address no person uses, kept to catch senders of unsolicited mail).",
        "DirectMail はこのアドレスに送信しませんでした。スパム トラップ (誰も使っておらず、迷惑メールの送信者を見つけるために置かれたアドレス) だからです。",
      ),
      cause: t(
        "An address like this reaches a list only by harvesting, purchase or a long-dead address; DirectMail refuses to send to the traps it knows.",
        "このようなアドレスがリストに入るのは、アドレスの収集や購入、または長く使われていないアドレスを残していた場合だけです。DirectMail は既知のトラップへの送信を拒否します。",
      ),
      fix: [
        t(
          "Remove this address from your list and do not send to it again.",
          "このアドレスをリストから削除し、今後は送らないでください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["contact-your-admin"],
    },
    {
      id: "alibaba-directmail-account-restricted",
      code: "",
      texts: ["Main account unavailable"],
      reasons: ["policyviolation", "securityerror"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "DirectMail refused to send: the DirectMail account is restricted from sending.",
        "DirectMail は送信を拒否しました。DirectMail のアカウントが送信を制限されています。",
      ),
      cause: t(
        "Alibaba Cloud restricts an account's outgoing mail for unpaid bills, a failed review, or complaints and bounces beyond its limits; the recipient's side never saw the message.",
        "Alibaba Cloud は、未払い、審査の不合格、上限を超える苦情や配信エラーなどを理由に、アカウントの送信を制限します。受信側にはメッセージが届いていません。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        t(
          "Open the DirectMail console's overview page to see the account's state and the reason, and fix it before sending again.",
          "DirectMail コンソールの概要ページでアカウントの状態と理由を確認し、解消してから送信を再開してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "alibaba-directmail-quota",
      code: "",
      texts: [
        "Daily sending quota exceeded",
        "Monthly sending quota exceeded",
        "Not enough sending quota",
      ],
      reasons: ["exceedlimit"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "DirectMail refused to send: the account's sending quota (daily, monthly or prepaid) is used up.",
        "DirectMail は送信を拒否しました。アカウントの送信枠 (1 日、1 か月、または購入分) を使い切ったためです。",
      ),
      cause: t(
        "Alibaba Cloud DirectMail gives each account a daily and a monthly number of messages, and sells more; past it, it sends nothing until the period turns or more is bought.",
        "Alibaba Cloud DirectMail は、アカウントごとに 1 日と 1 か月に送れるメッセージ数を定め、追加分を販売しています。それを超えると、期間が替わるか追加分を購入するまで何も送りません。",
      ),
      fix: [SENDER.askYourAdmin, YOU.resendAfterQuota],
      adminFix: [
        t(
          "Check the account's quota in the DirectMail console; send again after the day or month turns, or buy more sending volume.",
          "DirectMail コンソールでアカウントの送信枠を確認し、日付や月が替わってから送り直すか、送信枠を追加購入してください。",
        ),
      ],
      actions: ["contact-your-admin", "retry-later"],
    },
    {
      id: "alibaba-directmail-too-many-recipients",
      code: "",
      texts: ["The number of RCPTs is over size"],
      reasons: ["exceedlimit", "toomanyconn"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "DirectMail refused the message: it has more recipients than DirectMail takes in one message.",
        "DirectMail はメッセージを拒否しました。1 通で DirectMail が受け付ける宛先の数を超えているためです。",
      ),
      cause: t(
        "Alibaba Cloud DirectMail caps the recipients of one message (its specification list gives the figure); the application put more in one message.",
        "Alibaba Cloud DirectMail は 1 通のメッセージの宛先数に上限を設けています (数値は仕様一覧にあります)。アプリケーションがそれより多い宛先を 1 通に入れました。",
      ),
      fix: [SENDER.split],
      adminFix: [
        t(
          "Make the sending application send one message per recipient, or batches within DirectMail's recipient limit.",
          "送信アプリケーションが、宛先ごとに 1 通、または DirectMail の宛先数の上限内のまとまりで送るようにしてください。",
        ),
      ],
      actions: ["split-recipients", "contact-your-admin"],
    },
    {
      id: "alibaba-directmail-too-large",
      code: "",
      texts: ["The length of DATA content is achieved the maximum threshold"],
      reasons: ["mesgtoobig"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "DirectMail refused the message: it is larger than DirectMail takes.",
        "DirectMail はメッセージを拒否しました。DirectMail が受け付ける大きさを超えているためです。",
      ),
      cause: t(
        "Alibaba Cloud DirectMail caps the size of a whole message, attachments and their encoding included.",
        "Alibaba Cloud DirectMail は、添付ファイルとその符号化を含めたメッセージ全体の大きさに上限を設けています。",
      ),
      fix: [SENDER.shrink],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      id: "alibaba-directmail-sender-mismatch",
      title: "MAIL FROM is not the signed-in sending address",
      code: "",
      texts: [
        '"MAIL FROM" doesn\'t conform with authentication',
        "doesn't conform with authentication",
      ],
      reasons: ["authfailure", "securityerror"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "DirectMail refused the message: its envelope sender (MAIL FROM) is not the sending address the application signed in with.",
        "DirectMail はメッセージを拒否しました。エンベロープ送信者 (MAIL FROM) が、アプリケーションがサインインした送信アドレスではないためです。",
      ),
      cause: t(
        "DirectMail takes mail only with the signed-in sending address as MAIL FROM; the address people see goes in the From header instead.",
        "DirectMail は、サインインした送信アドレスを MAIL FROM にしたメールしか受け付けません。受信者に表示されるアドレスは From ヘッダーに入れます。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        t(
          "Make the application use its DirectMail sending address, the one it signs in with, as the envelope sender (MAIL FROM), and put the display address in the From header.",
          "アプリケーションが、サインインに使う DirectMail の送信アドレスをエンベロープ送信者 (MAIL FROM) に使い、表示用のアドレスは From ヘッダーに入れるようにしてください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
  ],
};
