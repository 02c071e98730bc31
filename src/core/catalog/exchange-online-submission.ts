// Source: Microsoft Learn, "Enable or disable authenticated client SMTP submission (SMTP AUTH) in
// Exchange Online" and "How to set up a multifunction device or application to send email using
// Microsoft 365 or Office 365" (their troubleshooting of the smtp.office365.com endpoint): the
// replies a program gets when it signs in and sends there. Not rows of the NDR table (seed 000);
// a relay or an application that sends through Microsoft 365 turns them into bounces. The words
// are our own.
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
      "The program or device that sent the message could not sign in to Microsoft 365's outgoing server (smtp.office365.com), so nothing was sent.",
      "メッセージを送ったプログラムや機器が Microsoft 365 の送信サーバー (smtp.office365.com) にサインインできなかったため、何も送信されませんでした。",
    ),
    cause: t(
      "Microsoft 365 refused the sign-in: a wrong or changed password, SMTP AUTH turned off for the mailbox or the organization (the default for organizations created since 2020), or a sign-in method the organization no longer allows (basic authentication under security defaults or Conditional Access).",
      "Microsoft 365 がサインインを拒否しました。パスワードの誤りや変更、メールボックスまたは組織で SMTP AUTH が無効 (2020 年以降に作られた組織の既定)、または組織が許可しなくなったサインイン方式 (セキュリティの既定値や条件付きアクセスの下での基本認証) が原因です。",
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
    id: "exo-5.7.60-send-as-denied",
    code: "5.7.60",
    texts: ["Client does not have permissions to send as this sender"],
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
];
