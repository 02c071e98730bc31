// SmarterMail (SmarterTools), the Windows mail server many hosts offer, in its own reply words for
// its outgoing (submission) side, as hosts running it publish them: "550 Authentication is
// required for relay" and "550 From domain must match authenticated domain" (aspnethosting.co.uk,
// "Mail server SMTP rules"; profusionsupport.com, "What does 550 Authentication is Required for
// Relay mean in SmarterMail?", which also says SmarterMail takes the full address as user name).
// Both are the sender's own server refusing before the message left. Found by its words, whatever
// host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://profusionsupport.com/what-does-550-authentication-is-required-for-relay-mean-in-smartermail";

export const smartermail: ProviderCatalog = {
  provider: {
    id: "smartermail",
    name: "SmarterMail",
    page: PAGE,
    hosts: [],
    markers: [
      "authentication is required for relay",
      "from domain must match authenticated domain",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "smartermail-auth-required",
      code: "",
      texts: ["Authentication is required for relay"],
      reasons: ["securityerror", "norelaying"],
      owner: "you",
      temporary: false,
      summary: t(
        "Your outgoing mail server (SmarterMail) refused the message because your mail program did not sign in to it before sending to an outside address.",
        "メール アプリが外部のアドレスへ送る前に送信メール サーバー (SmarterMail) にサインインしなかったため、サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "SmarterMail passes mail on to other domains only for signed-in users, so that no one can use it to send spam. The outgoing server's sign-in is off in your mail program or device, its password is old, or the user name is not the full email address SmarterMail expects.",
        "SmarterMail は、迷惑メールの送信に使われないよう、サインインした利用者のメールだけをほかのドメインへ中継します。メール アプリや機器で送信サーバーのサインインが無効になっている、パスワードが古い、またはユーザー名が SmarterMail の求める完全なメール アドレスになっていない、のいずれかです。",
      ),
      fix: [
        t(
          "In your mail program, turn on sign-in for the outgoing (SMTP) server, with your full email address as the user name and your current password, then send again.",
          "メール アプリで送信 (SMTP) サーバーのサインインを有効にし、ユーザー名を完全なメール アドレス、パスワードを現在のものにしてから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Check the account's outgoing settings on the device or application that sent it (server, port 587 or 465, TLS, full address as user name).",
          "送信した機器やアプリケーションの送信設定 (サーバー、ポート 587 または 465、TLS、ユーザー名に完全なアドレス) を確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "smartermail-from-domain-mismatch",
      code: "",
      texts: ["From domain must match authenticated domain"],
      reasons: ["rejected", "securityerror"],
      owner: "you",
      temporary: false,
      summary: t(
        "Your outgoing mail server (SmarterMail) refused the message because its From address is in another domain than the account you signed in with.",
        "差出人 (From) のアドレスのドメインが、サインインしたアカウントのドメインと異なるため、送信メール サーバー (SmarterMail) はメッセージを拒否しました。",
      ),
      cause: t(
        "The server lets a signed-in account send only as addresses of its own domain, so that a stolen password cannot be used to send as anyone. A mail program with several accounts that sends one account's address through another's server, or an application whose From address differs from its sign-in, meets this.",
        "このサーバーは、盗まれたパスワードでだれにでもなりすませないよう、サインインしたアカウントに自分のドメインのアドレスでの送信だけを許可しています。複数のアカウントを持つメール アプリがあるアカウントのアドレスを別のアカウントのサーバー経由で送った場合や、From アドレスとサインインが異なるアプリケーションで起きます。",
      ),
      fix: [
        t(
          "Send from the address that belongs to the account you sign in with, or set this address's own outgoing server for it in your mail program.",
          "サインインしているアカウントのアドレスから送るか、メール アプリでこのアドレス用の送信サーバーを設定してください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [
        t(
          "If the account must send as another domain, give it its own account in that domain, or add the domain to what the account may send as.",
          "アカウントが別のドメインとして送る必要がある場合は、そのドメインに専用のアカウントを用意するか、そのアカウントが送信に使えるドメインに追加してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
