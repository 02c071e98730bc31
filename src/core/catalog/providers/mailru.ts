// Sources: Mail.ru publishes no table of its SMTP replies (as Return Path's "Mail.ru
// troubleshooting support information", help.returnpath.com/hc/en-us/articles/115002967247, notes:
// its replies carry a short message and a link instead). This table holds the replies its servers
// (mxs.mail.ru for mail.ru, bk.ru, inbox.ru, list.ru, internet.ru; smtp.mail.ru for its users'
// sending) give, with the meaning Mail.ru's own pages and links give them:
// - Mail.ru Help, "Spam FAQ" and "Spam filters" (help.mail.ru/engmail-help/spam/faq and
//   help.mail.ru/engmail-help/spam/why): what its filter judges spam (typical spam content,
//   imitated system notices, accounts or IPs used for spam before, scam-like text or attachments),
//   how a sender whose message was judged spam asks for a review (the message and the error sent
//   to Mail.ru; filters change only for a message that is not spam), and what the owner of an
//   account that sends spam does (new password and security question, check the security settings
//   and the computer for malware).
// - The links its replies name: help.mail.ru/notspam-support (the review form, filled from the
//   reply's "Error code" and "ID", as Mail.ru's help text quoted at errorsmaster.ru/oshibka-550-
//   spam-message-rejected says), help.mail.ru/mail-help/postmaster/dmarc and
//   help.mail.ru/mail-help/postmaster/error; its postmaster site postmaster.mail.ru.
// - Mail.ru's announcement that its public domains publish DMARC p=reject from March 2016
//   (emailquestions.com/threads/mail-ru-is-turning-on-the-dmarc-reject-policy-starting-march-1-
//   2016.12310) and its Habr posts on DMARC and on technical requirements for mailings
//   (habrahabr.ru/company/mailru/blog/239963).
// Reply texts as quoted: "550 spam message rejected. Please visit http://help.mail.ru/notspam-
// support/id?c=... or report details to abuse@corp.mail.ru. Error code: ... ID: ..."
// (pastebin.com/Hqci3uYW), "550 5.7.1 This message was not accepted due to domain (mail.ru) owner
// DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc"
// (help.ishosting.com/en/dmarc-check), the errors listed at mailout.ru/2015/09 ("550 message
// sending for this account is disabled", "Mailbox Full", "User quota exceeded", "User not found"),
// "Mailbox full: ...@mail.ru" from mailer-daemon@corp.mail.ru (a Habr user's account, at
// weekly-geekly.imtqy.com/articles/272661), and the "550 Message was not accepted -- invalid
// mailbox. Local mailbox ... is unavailable: user not found / account is disabled / user is
// terminated / message sending for this account is disabled: http://help.mail.ru/mail-help/
// postmaster/error", "451 Ratelimit exceeded for mailbox ... Try again later.", "421 Ratelimit
// exceeded for <IP>. Try again later." and "421 Temporarily rejected for <IP>. Try again later."
// replies as public projects' logs and tests quote them. Texts are Mail.ru's (matched in the
// reply); the explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Mail.ru names its public domains in its DMARC notices; mail "from" them must go through it. */
const MAILRU_DOMAINS = "mail.ru, bk.ru, list.ru, inbox.ru, internet.ru";

/** What a sender whose mail Mail.ru refused as spam can do, by its help pages. */
const askReview = t(
  "If the message is not spam: open the help.mail.ru/notspam-support link in the report (it fills in the reply's Error code and ID) and send Mail.ru the form; it adjusts its filter only for a message that is not spam.",
  "迷惑メールではない場合: レポートにある help.mail.ru/notspam-support のリンクを開き (応答の Error code と ID が入力されます)、フォームを Mail.ru に送ってください。Mail.ru がフィルターを調整するのは、迷惑メールではないメッセージの場合だけです。",
);

/** The Mail.ru account's owner secures it, as Mail.ru's spam FAQ tells an account that sends spam. */
const secureMailruAccount = t(
  "Sign in to Mail.ru on the web, change the password and the security question, check the devices and sessions in the security settings, and scan your computer for malware.",
  "Web 版の Mail.ru にログインし、パスワードと秘密の質問を変更し、セキュリティ設定で端末とセッションを確認したうえで、コンピューターのマルウェア検査をしてください。",
);

export const mailru: ProviderCatalog = {
  provider: {
    id: "mailru",
    name: "Mail.ru (VK Mail)",
    page: "https://postmaster.mail.ru/",
    hosts: [".mail.ru"],
    markers: [
      // links and addresses only Mail.ru's replies carry
      "help.mail.ru/notspam-support",
      "help.mail.ru/mail-help/postmaster",
      "abuse@corp.mail.ru",
      // its refusal of mail in its own domains sent without signing in, quoted without a host
      "users in your domain are not allowed to send email without authorization",
    ],
    domains: ["mail.ru", "bk.ru", "inbox.ru", "list.ru", "internet.ru", "my.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "mailru-user-unknown",
      title: "Invalid mailbox: user not found",
      code: "",
      texts: [
        "Message was not accepted -- invalid mailbox. Local mailbox <x> is unavailable: user not found",
        "is unavailable: user not found",
      ],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Mail.ru has no mailbox with this address.",
        "Mail.ru には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or its mailbox was deleted. Nothing was delivered.",
        "アドレスの入力ミスか、メールボックスが削除されています。何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "mailru-account-disabled",
      title: "Invalid mailbox: account is disabled",
      code: "",
      texts: [
        "Message was not accepted -- invalid mailbox. Local mailbox <x> is unavailable: account is disabled",
        "is unavailable: account is disabled",
      ],
      reasons: ["suspend"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Mail.ru mailbox exists but is switched off, so it takes no mail.",
        "受信者の Mail.ru のメールボックスは存在しますが、停止されているためメールを受け取りません。",
      ),
      cause: t(
        "Mail.ru has disabled the account (it does so, for example, with an account it blocked or one left unused for long). Only its owner can have it turned back on, through Mail.ru.",
        "Mail.ru がアカウントを停止しています (たとえば、Mail.ru がブロックしたアカウントや、長期間使われていないアカウントです)。再開できるのは持ち主だけで、Mail.ru を通じて手続きします。",
      ),
      fix: [YOU.reachRecipientOtherWay, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
    {
      id: "mailru-user-terminated",
      title: "Invalid mailbox: user is terminated",
      code: "",
      texts: [
        "Message was not accepted -- invalid mailbox. Local mailbox <x> is unavailable: user is terminated",
        "is unavailable: user is terminated",
      ],
      reasons: ["suspend", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Mail.ru account has been closed, so this address no longer receives mail.",
        "受信者の Mail.ru のアカウントは閉鎖されているため、このアドレスではもうメールを受け取れません。",
      ),
      cause: t(
        "Mail.ru reports the account as terminated: its owner deleted it, or Mail.ru closed it. Sending again will not help; the recipient needs to give you another address.",
        "Mail.ru はこのアカウントを終了済みと応答しています。持ち主が削除したか、Mail.ru が閉鎖したものです。送り直しても届きません。受信者から別のアドレスを教えてもらう必要があります。",
      ),
      fix: [MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient", "clear-autocomplete-entry"],
    },
    {
      id: "mailru-sending-disabled",
      code: "",
      ownBounce: true,
      texts: [
        "is unavailable: message sending for this account is disabled",
        "message sending for this account is disabled",
      ],
      reasons: ["securityerror", "suspend", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Mail.ru has stopped your Mail.ru account from sending mail, so this message was not sent.",
        "Mail.ru があなたの Mail.ru アカウントからの送信を止めているため、このメッセージは送信されませんでした。",
      ),
      cause: t(
        "Mail.ru blocks sending from an account it suspects was hacked or used to send spam (a stolen password, a mailing from the account). Receiving still works; sending comes back once the owner secures the account and passes the check Mail.ru asks for.",
        "Mail.ru は、乗っ取られた、または迷惑メールの送信に使われた疑いのあるアカウント (盗まれたパスワード、アカウントからの一斉送信) からの送信をブロックします。受信はそのまま使えます。持ち主がアカウントを保護し、Mail.ru の求める確認を済ませると、送信できるようになります。",
      ),
      fix: [
        secureMailruAccount,
        t(
          "Complete the check Mail.ru asks for when you sign in (confirming that the mailbox is yours), then send the message again.",
          "ログイン時に Mail.ru が求める確認 (メールボックスの持ち主であることの確認) を済ませてから、メッセージを送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If a website or application sends through this Mail.ru account, check it for misuse (a form that anyone can make send mail) and give it its own address in your domain instead.",
          "Web サイトやアプリケーションがこの Mail.ru アカウントで送信している場合は、悪用 (誰でもメールを送らせられるフォームなど) がないか確認し、代わりに自組織のドメインの専用アドレスを使わせてください。",
        ),
      ],
      actions: ["secure-account", "retry-later"],
      page: "https://help.mail.ru/engmail-help/spam/faq",
    },
    {
      // "503 Administrative prohibition -- authorization required.  Users in your domain are not
      // allowed to send email without authorization.  See http://www.mail.ru/pages/help/261.html
      // for details." (a C++ SMTP client's notes, which quote Mail.ru's help page on SMTP sign-in
      // that the link opens; an Exim user's smarthost log for smtp.inbox.ru, forum post of
      // 2008-11-18, solved by setting up the client-side sign-in): mail whose sender is in a
      // Mail.ru domain must be sent signed in to Mail.ru's SMTP server.
      id: "mailru-auth-required",
      title: "Authorization required: sending without signing in",
      code: "",
      texts: [
        "Administrative prohibition -- authorization required",
        "Users in your domain are not allowed to send email without authorization",
      ],
      reasons: ["securityerror", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Mail.ru refused the message because it was sent from a Mail.ru address without signing in to Mail.ru's outgoing server.",
        "Mail.ru のアドレスから、Mail.ru の送信サーバーにサインインせずに送られたため、Mail.ru がメッセージを拒否しました。",
      ),
      cause: t(
        `Mail.ru accepts mail from its own domains (${MAILRU_DOMAINS}) only when the sender signs in with the account's address and password (SMTP authentication). A mail program or server set up without that sign-in, or one that sends straight to Mail.ru as a Mail.ru address, is refused. Nothing is wrong with the recipient's address.`,
        `Mail.ru は、自身が運営するドメイン (${MAILRU_DOMAINS}) のメールを、送信者がアカウントのアドレスとパスワードでサインイン (SMTP 認証) した場合にだけ受け付けます。サインインの設定がないメール アプリやサーバー、または Mail.ru のアドレスとして Mail.ru へ直接送るサーバーからのメールは拒否されます。宛先のアドレスには問題ありません。`,
      ),
      fix: [
        t(
          "In your mail program's outgoing server (SMTP) settings, turn on sign-in (authentication) with your full Mail.ru address and its password, then send the message again.",
          "メール アプリの送信サーバー (SMTP) の設定で、Mail.ru のメール アドレス全体とパスワードによるサインイン (認証) を有効にしてから、メッセージを送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "A server or application that sends as a Mail.ru address must relay through smtp.mail.ru with that account's sign-in (client-side SMTP authentication), or send with an address in your own domain.",
          "Mail.ru のアドレスで送信するサーバーやアプリケーションは、そのアカウントでサインインして (クライアント側の SMTP 認証) smtp.mail.ru 経由で送るか、自組織のドメインのアドレスで送る必要があります。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "mailru-spam-rejected",
      title: "Spam message rejected",
      code: "",
      texts: [
        "spam message rejected. Please visit <x> or report details to abuse@corp.mail.ru",
        "spam message rejected",
        "spam message discarded. If you think that the system is mistaken, please report details to abuse@corp.mail.ru",
        "spam message discarded",
      ],
      markers: ["help.mail.ru/notspam-support"],
      reasons: ["spamdetected", "rejected", "policyviolation"],
      temporary: false,
      // Its spam FAQ ("Messages from me are marked as spam") asks the sender for the message and
      // the error, and changes nothing for a message that is spam: the sender acts.
      owner: "you",
      summary: t(
        "Mail.ru's spam filter refused the message: it judged it to be spam.",
        "Mail.ru の迷惑メール フィルターがメッセージを拒否しました。迷惑メールと判定されたためです。",
      ),
      cause: t(
        "Mail.ru rates each message on its content and its sender: typical spam wording, a message that imitates a server notice, text or attachments like those of scam or phishing mail, or a sending account or IP address used for spam before.",
        "Mail.ru は各メッセージを内容と送信元で評価します。判断材料は、迷惑メールに典型的な文言、サーバーの通知を装ったメッセージ、詐欺やフィッシングのメールに似た文面や添付ファイル、以前に迷惑メールの送信に使われたアカウントや IP アドレスなどです。",
      ),
      fix: [
        askReview,
        t(
          "For a one-off message: remove advertising wording, shortened links and unexpected attachments, then send it again.",
          "単発のメッセージの場合: 広告的な文言、短縮 URL、予期しない添付ファイルを取り除いてから送り直してください。",
        ),
      ],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Register {domain} at postmaster.mail.ru to see how Mail.ru rates your mail (complaints, unknown users, spam traps), and send mailings only to people who asked for them.",
          "postmaster.mail.ru に {domain} を登録して、Mail.ru があなたのメールをどう評価しているか (苦情、存在しない宛先、スパム トラップ) を確認し、一斉送信は希望した相手にだけ送ってください。",
        ),
      ],
      actions: ["copy-summary"],
      page: "https://help.mail.ru/engmail-help/spam/faq",
    },
    {
      id: "mailru-dmarc",
      title: "Not accepted under the sender domain's DMARC policy",
      code: "",
      texts: [
        "This message was not accepted due to domain (<x>) owner DMARC policy",
        "owner DMARC policy (RFC 7489)",
      ],
      markers: ["help.mail.ru/mail-help/postmaster/dmarc"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Mail.ru refused the message because it failed the DMARC check of the From domain[[ ({domain})]], and that domain asks receivers to reject such mail.",
        "このメールは From ドメイン[[ ({domain}) ]]の DMARC 検査に合格せず、そのドメインが不合格のメールを拒否するよう受信側に求めているため、Mail.ru は受け取りを拒否しました。",
      ),
      cause: t(
        `Mail.ru applies the DMARC policy of the domain in the From address. Its own domains (${MAILRU_DOMAINS}) publish p=reject, so a website, script or service that sends "from" a Mail.ru address through its own server is refused; so is mail for any domain whose SPF and DKIM do not pass for the From domain.`,
        `Mail.ru は From アドレスのドメインの DMARC ポリシーを適用します。Mail.ru 自身のドメイン (${MAILRU_DOMAINS}) は p=reject を公開しているため、Web サイトやスクリプト、サービスが Mail.ru のアドレスを差出人 (From) にして自前のサーバーから送ると拒否されます。From ドメインで SPF も DKIM も合格しないメールも同様です。`,
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "If a website or app sends in your name from a Mail.ru address: have it send through Mail.ru's own server (smtp.mail.ru, signed in to the account), or use an address in your own domain as the From address.",
          "Web サイトやアプリがあなたの名前で Mail.ru のアドレスから送っている場合: Mail.ru のサーバー (smtp.mail.ru、アカウントでサインイン) を経由して送らせるか、自組織のドメインのアドレスを差出人 (From) にしてください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: "https://help.mail.ru/mail-help/postmaster/dmarc",
    },
    {
      id: "mailru-mailbox-ratelimit",
      title: "Rate limit exceeded for the mailbox",
      code: "",
      ownBounce: true,
      texts: [
        "Ratelimit exceeded for mailbox <x>. Try again later.",
        "Ratelimit exceeded for mailbox",
      ],
      reasons: ["speeding", "exceedlimit"],
      temporary: true,
      lastingDeferral: "own-account",
      owner: "you",
      summary: t(
        "Your Mail.ru mailbox has sent too many messages in a short time, so Mail.ru is holding back more for now.",
        "あなたの Mail.ru のメールボックスが短時間に多くのメッセージを送ったため、Mail.ru は当面それ以上の送信を受け付けていません。",
      ),
      cause: t(
        "Mail.ru limits how fast one mailbox may send through its servers; the limit lifts by itself after a while. Sending a mailing, or an app or script that uses the account, reaches it; so does a stolen password used to send spam.",
        "Mail.ru は、1 つのメールボックスがサーバー経由で送信できる速さを制限しています。制限はしばらくすると自動で解除されます。一斉送信や、アカウントを使うアプリやスクリプト、迷惑メールの送信に使われた盗まれたパスワードなどで上限に達します。",
      ),
      fix: [
        YOU.retryAfterLimit,
        t(
          "Send large mailings through a bulk mail service, not through your personal Mail.ru mailbox. If you did not send many messages, change the Mail.ru password.",
          "大量配信は個人の Mail.ru のメールボックスではなく、メール配信サービスで送ってください。多数のメッセージを送った覚えがない場合は、Mail.ru のパスワードを変更してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["retry-later", "secure-account"],
    },
    {
      id: "mailru-ip-ratelimit",
      title: "Rate limit exceeded for the sending IP",
      code: "",
      texts: ["Ratelimit exceeded for <ip>. Try again later."],
      reasons: ["speeding", "toomanyconn", "exceedlimit"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Mail.ru is slowing down mail from your server[[ ({ip})]]: it sent more than Mail.ru takes from it in this period.",
        "あなたのサーバー[[ ({ip}) ]]からのメールが、この期間に Mail.ru が受け付ける量を超えたため、Mail.ru は受信を遅らせています。",
      ),
      cause: t(
        "Mail.ru limits how much mail it takes from each IP address, lower for an address with little or poor history.",
        "Mail.ru は IP アドレスごとに受け付けるメールの量を制限しており、送信履歴の少ない、または評価の低いアドレスほど上限は低くなります。",
      ),
      // (on a delay warning, diagnose() says the server keeps trying and drops the resend)
      fix: [YOU.retryAfterLimit],
      adminFix: [YOUR_ADMIN.slowDown, MAILBOX.fewerConnections],
      actions: ["retry-later", "contact-your-admin"],
      lastingDeferral: "sending-side",
    },
    {
      id: "mailru-temporarily-rejected",
      title: "Sending IP temporarily rejected",
      code: "",
      texts: ["Temporarily rejected for <ip>. Try again later."],
      reasons: ["blocked", "badreputation"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Mail.ru is turning away mail from your server's IP address[[ ({ip})]] for now.",
        "Mail.ru は現在、あなたのサーバーの IP アドレス[[ ({ip}) ]]からのメールを受け付けていません。",
      ),
      cause: t(
        "Mail.ru judges each sending IP by its reputation with Mail.ru users (complaints, mail to unknown users, spam traps, how much of it is read). A new IP, or one whose recent mail Mail.ru distrusts, is refused for a while; the refusals go on as long as its mail keeps that reputation.",
        "Mail.ru は送信 IP を、Mail.ru の利用者からの評価 (苦情、存在しない宛先へのメール、スパム トラップ、読まれている割合) で判断します。新しい IP や、最近のメールが信頼されていない IP はしばらく拒否されます。メールの評価が変わらない限り、拒否は続きます。",
      ),
      fix: [YOU.forwardToAdmin, YOU.retryAfterBlock],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Register {domain} at postmaster.mail.ru to follow how Mail.ru rates your mail, check that {ip} has a reverse DNS (PTR) name, and send steady, wanted mail; raise volume gradually for a new IP.",
          "postmaster.mail.ru に {domain} を登録して Mail.ru によるメールの評価を確認し、{ip} に逆引き DNS (PTR) 名があることを確かめ、受信者が望むメールを一定のペースで送ってください。新しい IP では送信量を段階的に増やしてください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "mailru-mailbox-full",
      code: "",
      texts: ["Mailbox full", "User quota exceeded"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Mail.ru mailbox is full.",
        "受信者の Mail.ru のメールボックスがいっぱいです。",
      ),
      cause: t(
        "The mailbox has reached its storage limit; it takes mail again once its owner deletes messages or empties the Trash and Spam folders.",
        "メールボックスが保存容量の上限に達しています。持ち主がメッセージを削除するか、ごみ箱や迷惑メールのフォルダーを空にすると、再び受け取れるようになります。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
  ],
};
