// SmarterMail (SmarterTools), the Windows mail server many hosts offer, in its own reply words for
// its outgoing (submission) side, as hosts running it publish them: "550 From domain must match
// authenticated domain" (aspnethosting.co.uk, "Mail server SMTP rules"), the sender's own server
// refusing before the message left. Its "550 Authentication is required for relay" (the same
// page; profusionsupport.com) is written by other servers too and keeps the engine's sign-in
// meaning. Found by its words, whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://www.aspnethosting.co.uk/knowledgebase.php?action=displayarticle&id=185";

export const smartermail: ProviderCatalog = {
  provider: {
    id: "smartermail",
    name: "SmarterMail",
    page: PAGE,
    hosts: [],
    markers: ["from domain must match authenticated domain"],
    domains: [],
    kind: "receiver",
  },
  entries: [
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
