// Source: Microsoft Learn, "Enable or disable authenticated client SMTP submission (SMTP AUTH) in
// Exchange Online" and "How to set up a multifunction device or application to send email using
// Microsoft 365 or Office 365" (their troubleshooting of the smtp.office365.com endpoint): the
// replies a program gets when it signs in and sends there; and the Exchange Team's "Introducing
// more control over Direct Send in Exchange Online" (2025): the reply a program gets when it sends
// to its own organization's MX without signing in once the organization refuses that (5.7.68, as
// Salesforce's help article 005133045 quotes it); "Exchange Online limits" (three concurrent
// SMTP AUTH connections per mailbox, aka.ms/concurrent_sending) and "TLS 1.0 and 1.1 deprecation for
// Office 365" (aka.ms/smtp_auth_tls) for the two replies to a program that breaks those rules;
// "Modern authentication methods now needed to continue syncing Outlook Email in non-Microsoft
// email apps" (support.microsoft.com, Outlook.com, September 2024) and the Exchange Team's "Exchange
// Online to retire Basic auth for Client Submission (SMTP AUTH)" (2024, in force 2026) for the reply
// to a sign-in with a password alone (5.7.139, and since March 2026 "550 5.7.30 Basic authentication
// is not supported for Client Submission", as the projects moving off it quote it); "Continuous error throttling for SMTP AUTH submissions"
// (Microsoft Learn, 5.2.251-5.2.255) for the reply to a program that keeps sending after an error
// no retry fixes.
// Not rows of the NDR table (seed 000); a relay
// or an application that sends through Microsoft 365 turns them into bounces. The words are our own.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { SENDER } from "./steps";

/** The check every sign-in refusal of smtp.office365.com asks of the admin. */
const CHECK_SMTP_AUTH = t(
  "Check the account the program signs in with: its password (or app password), that SMTP AUTH is allowed for that mailbox (Exchange admin center > the mailbox > Email apps > Authenticated SMTP) and for the organization, and that no security defaults or Conditional Access policy blocks its sign-in method.",
  "プログラムがサインインに使うアカウントについて、パスワード (またはアプリ パスワード)、そのメールボックスと組織で SMTP AUTH が許可されていること (Exchange 管理センター > メールボックス > メール アプリ > 認証済み SMTP)、セキュリティの既定値や条件付きアクセス ポリシーがそのサインイン方式を禁止していないことを確認してください。",
);

export const exchangeOnlineSubmission: readonly CatalogEntry[] = [
  {
    id: "exo-5.7.3-authentication-unsuccessful",
    code: "5.7.3/5.7.139",
    texts: ["Authentication unsuccessful"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The program or device that sent the message could not sign in to the Exchange server it sends through (for Microsoft 365, smtp.office365.com), so nothing was sent.",
      "メッセージを送ったプログラムや機器が、送信に使う Exchange のサーバー (Microsoft 365 では smtp.office365.com) にサインインできなかったため、何も送信されませんでした。",
    ),
    cause: t(
      "The server refused the sign-in: a wrong or changed password, or, in Microsoft 365, SMTP AUTH turned off for the mailbox or the organization (the default for organizations created since 2020) or a sign-in method the organization no longer allows (basic authentication under security defaults or Conditional Access).",
      "サーバーがサインインを拒否しました。パスワードの誤りや変更、または Microsoft 365 では、メールボックスか組織で SMTP AUTH が無効 (2020 年以降に作られた組織の既定)、あるいは組織が許可しなくなったサインイン方式 (セキュリティの既定値や条件付きアクセスの下での基本認証) が原因です。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [CHECK_SMTP_AUTH],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-5.7.139-smtp-auth-disabled",
    code: "5.7.139",
    texts: [
      "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
      "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox",
    ],
    byTextOnly: true,
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The program or device that sent the message signs in to Microsoft 365's outgoing server with SMTP AUTH, which your organization has turned off.",
      "メッセージを送ったプログラムや機器は SMTP AUTH で Microsoft 365 の送信サーバーにサインインしますが、組織でその方式が無効になっています。",
    ),
    cause: t(
      "SMTP AUTH (client submission to smtp.office365.com) is off for the whole organization or for this mailbox. It is off by default in organizations created since 2020; the password is not the problem.",
      "SMTP AUTH (smtp.office365.com へのクライアント送信) が組織全体またはこのメールボックスで無効です。2020 年以降に作られた組織では既定で無効です。パスワードの問題ではありません。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Turn on Authenticated SMTP for the one mailbox the program uses (Set-CASMailbox -SmtpClientAuthenticationDisabled $false), or better, move the program to OAuth or to a connector (SMTP relay) so it needs no SMTP AUTH.",
        "プログラムが使うメールボックスだけで認証済み SMTP を有効にするか (Set-CASMailbox -SmtpClientAuthenticationDisabled $false)、できればプログラムを OAuth またはコネクタ (SMTP リレー) での送信に切り替え、SMTP AUTH を不要にしてください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-5.7.139-basic-auth-disabled",
    // 5.7.30 is the registry's REQUIRETLS failure; Microsoft's words give it this meaning
    code: "5.7.139/5.7.30",
    texts: [
      "Authentication unsuccessful, basic authentication is disabled",
      "Basic authentication is not supported for Client Submission",
      "Basic authentication is not supported",
    ],
    byTextOnly: true,
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The program or device that sent the message signs in to Microsoft's outgoing server with a user name and password alone (basic authentication), which Microsoft no longer accepts there, so nothing was sent.",
      "メッセージを送ったプログラムや機器は、ユーザー名とパスワードだけ (基本認証) で Microsoft の送信サーバーにサインインしますが、Microsoft はこれを受け付けなくなったため、何も送信されませんでした。",
    ),
    cause: t(
      "Outlook.com (Hotmail, Live) accounts stopped accepting basic authentication in 2024, and Microsoft 365 retires it for SMTP AUTH in 2026; the password may be right, but the sign-in method is refused.",
      "Outlook.com (Hotmail、Live) のアカウントは 2024 年に基本認証の受け付けを終了し、Microsoft 365 も 2026 年に SMTP AUTH での基本認証を廃止します。パスワードが正しくても、サインインの方式が拒否されます。",
    ),
    fix: [
      t(
        "With an Outlook.com, Hotmail or Live address: sign the mail app in again with its Microsoft account option (modern authentication, OAuth), or use an app that supports it.",
        "Outlook.com、Hotmail、Live のアドレスの場合は、メール アプリで Microsoft アカウントのサインイン (先進認証、OAuth) を使ってサインインし直すか、それに対応したアプリを使ってください。",
      ),
      SENDER.askYourAdmin,
    ],
    adminFix: [
      t(
        "Move the program to OAuth, to the Microsoft Graph API or to a connector (SMTP relay) that needs no sign-in; a password alone will not be accepted again.",
        "プログラムを OAuth、Microsoft Graph API、またはサインイン不要のコネクタ (SMTP リレー) での送信に切り替えてください。パスワードだけのサインインが再び受け付けられることはありません。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-5.7.139-sign-in-policy",
    code: "5.7.139",
    texts: [
      "Authentication unsuccessful, user is locked by your organization's security defaults policy",
      "Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully",
    ],
    byTextOnly: true,
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your organization's sign-in policy (security defaults or Conditional Access) blocked the program or device that sent the message from signing in to Microsoft 365's outgoing server.",
      "組織のサインイン ポリシー (セキュリティの既定値または条件付きアクセス) により、メッセージを送ったプログラムや機器は Microsoft 365 の送信サーバーにサインインできませんでした。",
    ),
    cause: t(
      "The program signs in with a user name and password alone (basic authentication); security defaults block that for every account, and a Conditional Access policy can block it for some. The password itself may be right.",
      "プログラムはユーザー名とパスワードだけでサインインします (基本認証)。セキュリティの既定値はこれをすべてのアカウントで禁止し、条件付きアクセス ポリシーも一部のアカウントで禁止できます。パスワード自体は正しい場合があります。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Move the program to OAuth or to a connector (SMTP relay) that needs no sign-in; excluding its account from the policy weakens your security.",
        "プログラムを OAuth またはサインイン不要のコネクタ (SMTP リレー) での送信に切り替えてください。アカウントをポリシーの対象外にするとセキュリティが弱まります。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-4.3.2-concurrent-connections",
    code: "4.3.2",
    texts: ["Concurrent connections limit exceeded"],
    byTextOnly: true,
    source: "exchange-online",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "The program or device that sends the message opened more connections at once to Microsoft's outgoing server than one mailbox may use, so this one was turned away.",
      "メッセージを送るプログラムや機器が、1 つのメールボックスに許される数より多くの接続を Microsoft の送信サーバーへ同時に開いたため、この接続は断られました。",
    ),
    whileRetrying: {
      summary: t(
        "The program can try again once the others close.",
        "ほかの接続が閉じれば、プログラムは再試行できます。",
      ),
    },
    cause: t(
      "Microsoft's outgoing server (smtp.office365.com, smtp-mail.outlook.com) lets a mailbox hold only three SMTP connections at the same time; a program that sends each message over a new connection, in parallel, or from several copies of itself goes over.",
      "Microsoft の送信サーバー (smtp.office365.com、smtp-mail.outlook.com) では、1 つのメールボックスが同時に持てる SMTP 接続は 3 つまでです。メッセージごとに新しい接続を開くプログラム、並行して送るプログラム、複数のコピーが同時に動くプログラムはこれを超えます。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Make the program reuse one connection (or a pool of at most three) and send one message after another; spread other programs that use the same mailbox over time or give them mailboxes of their own.",
        "プログラムが 1 つの接続 (または最大 3 つの接続プール) を使い回し、メッセージを順に送るように設定してください。同じメールボックスを使うほかのプログラムは時間をずらすか、別のメールボックスを使わせてください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-4.7.66-old-tls",
    code: "4.7.66",
    texts: ["TLS 1.0 and 1.1 are not supported"],
    byTextOnly: true,
    source: "exchange-online",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "The program or device that sends the message connects to Microsoft's outgoing server with TLS 1.0 or 1.1, which Microsoft no longer accepts, so nothing was sent; retrying will not help until it uses TLS 1.2.",
      "メッセージを送るプログラムや機器が TLS 1.0 または 1.1 で Microsoft の送信サーバーに接続しており、Microsoft はこれを受け付けなくなったため、何も送信されませんでした。TLS 1.2 を使うようになるまで再試行しても届きません。",
    ),
    cause: t(
      "Microsoft's SMTP AUTH endpoints accept TLS 1.2 or later only; old devices (scanners, printers), old operating systems and frameworks that default to TLS 1.0 (such as older .NET) are refused.",
      "Microsoft の SMTP AUTH の接続先は TLS 1.2 以降しか受け付けません。古い機器 (複合機やプリンター)、古い OS、既定で TLS 1.0 を使うフレームワーク (古い .NET など) は拒否されます。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Update the program, the device's firmware or the operating system so it uses TLS 1.2 for SMTP (for .NET, enable TLS 1.2 as the default protocol); a device that cannot should send through a local relay that can, or through a connector.",
        "プログラム、機器のファームウェア、または OS を更新し、SMTP で TLS 1.2 を使うようにしてください (.NET では TLS 1.2 を既定のプロトコルにします)。対応できない機器は、対応するローカルの中継サーバーかコネクタ経由で送らせてください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-5.7.60-send-as-denied",
    // the same refusal at the mailbox store's submission: "554 5.2.252 SendAsDenied; <login> not
    // allowed to send as <address>; STOREDRV.Submission.Exception:SendAsDeniedException..."
    // (gophish/gophish#2900), or under 5.2.0 (MicrosoftDocs/OfficeDocs-Support#1187)
    code: "5.7.60/5.2.252/5.2.0",
    texts: ["Client does not have permissions to send as this sender", "SendAsDenied"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The account that signed in to send the message may not send as the address in its From line.",
      "メッセージの送信にサインインしたアカウントには、差出人 (From) のアドレスとして送信する権限がありません。",
    ),
    cause: t(
      "A program, device or mail app signed in as one mailbox and put another address in From (a shared mailbox, a colleague, a no-reply address); Microsoft 365 sends as another address only with a Send As permission on it.",
      "プログラムや機器、メール アプリがあるメールボックスでサインインし、差出人 (From) に別のアドレス (共有メールボックス、同僚、no-reply アドレスなど) を指定しました。Microsoft 365 は、そのアドレスの「送信者として送信」権限がある場合にしか別のアドレスとして送信しません。",
    ),
    fix: [
      t(
        "Send from your own address, or ask your mail admin for permission to send as the address you used.",
        "自分のアドレスから送るか、使ったアドレスとして送信する権限をメール管理者に依頼してください。",
      ),
    ],
    adminFix: [
      t(
        "Give the signing-in account Send As on the From address (Add-RecipientPermission -AccessRights SendAs), or make the program send from the account's own address; the permission can take an hour to apply.",
        "サインインするアカウントに差出人 (From) のアドレスの「送信者として送信」権限を付与するか (Add-RecipientPermission -AccessRights SendAs)、プログラムがアカウント自身のアドレスから送るようにしてください。権限の反映には 1 時間ほどかかることがあります。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.2.251-error-throttling",
    // "550 5.2.251 Sender throttled due to continuous mailbox full errors." and its kin for send-as
    // denied (5.2.252), invalid license (5.2.253), too many recipients (5.2.254) and invalid
    // recipients (5.2.255): the reply is the same sentence, only the error it names differs.
    code: "5.2.251-255",
    texts: ["Sender throttled due to continuous <error> errors"],
    title: "Sender throttled due to continuous errors",
    // 5.2.252 alone stays send-as denied; the throttling is known by its sentence.
    byTextOnly: true,
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 has stopped taking mail from this mailbox through SMTP AUTH for a while, because the program that sends with it kept sending after the same error (the reply names it: mailbox full, send-as denied, no license, too many recipients or invalid recipients).",
      "このメールボックスで送信するプログラムが同じエラー (応答に書かれています: メールボックスの容量超過、送信者として送信の拒否、ライセンスなし、宛先が多すぎる、無効な宛先) のあとも送信を続けたため、Microsoft 365 はしばらくの間このメールボックスからの SMTP AUTH での送信を受け付けなくなりました。",
    ),
    cause: t(
      "Exchange Online throttles a mailbox whose SMTP AUTH submissions keep failing for one of those five reasons, since retrying cannot fix them; until the throttling period Microsoft sets runs out, even correct messages from that mailbox are refused, and Microsoft support cannot lift it.",
      "Exchange Online は、SMTP AUTH での送信がこの 5 つのいずれかの理由で失敗し続けるメールボックスを制限します。再試行では直らないためです。Microsoft が決める制限時間が過ぎるまでは、そのメールボックスからの正しいメッセージも拒否され、Microsoft のサポートも解除できません。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Fix the error the reply names for that mailbox (free space in it, grant Send As, assign a license, send to fewer or valid recipients), make the program stop retrying after such errors, then wait for the throttling to expire or send from another mailbox.",
        "応答に書かれたエラーをそのメールボックスについて直し (容量を空ける、「送信者として送信」権限を付与する、ライセンスを割り当てる、宛先を減らすか正しくする)、プログラムがそうしたエラーのあとに再試行を続けないようにしてから、制限が解けるのを待つか、別のメールボックスから送ってください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-5.7.68-direct-send-rejected",
    code: "5.7.68",
    texts: [
      "TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 refused a message that a program, device or outside service sent in your organization's name straight to its mail servers without signing in (Direct Send): your organization no longer accepts that.",
      "プログラム、機器、または外部のサービスが、サインインせずに組織名義のメッセージを組織のメール サーバーへ直接送りました (ダイレクト送信)。組織がこれを受け付けない設定のため、Microsoft 365 は拒否しました。",
    ),
    cause: t(
      "The organization turned on RejectDirectSend: mail from the organization's own domain that reaches its MX without a connector or a sign-in is refused, because spoofers send the same way. Scanners, line-of-business applications and services such as CRM or ticketing systems that send as your domain are the usual senders.",
      "組織で RejectDirectSend が有効です。コネクタもサインインもなしに組織の MX に届いた、組織自身のドメインからのメールは拒否されます。なりすましも同じ方法で送るためです。組織のドメインとして送信する複合機、業務アプリケーション、CRM やチケット管理などのサービスがよくある送信元です。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Give the sender a way in that Microsoft 365 can attribute to the organization: an inbound partner connector for its IP address or certificate, or SMTP AUTH / OAuth with a mailbox; or, if you must, turn RejectDirectSend off again (Set-OrganizationConfig -RejectDirectSend $false).",
        "送信元に、Microsoft 365 が組織のものと判断できる経路を用意してください。IP アドレスや証明書による受信用のパートナー コネクタ、またはメールボックスでの SMTP AUTH や OAuth です。やむを得ない場合は RejectDirectSend を無効に戻してください (Set-OrganizationConfig -RejectDirectSend $false)。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
];
