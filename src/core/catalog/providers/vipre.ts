// VIPRE Email Security (formerly FuseMail), a hosted filter in front of company mailboxes, in its
// own list of the rejection reasons its portal shows (vipre.freshdesk.com, "Email rejection
// reasons"): "Your domain is not configured to use this MX host." (mail sent to its MX for a domain
// it does not filter), "Your sender domain is required to send via an encrypted SMTP session" (a
// TLS rule for the sender's domain), "You cannot say you are me. I am me." (a sender claiming the
// recipient's own domain from outside) and the callout answers "Invalid Mailbox (Call FWD)" and
// "Call forward rejected" (the recipient's own server refused the address when the filter checked
// it). Its Exim wordings (the MX pointing at itself, a recipient callout that did not finish) are
// in exim.ts. Found by these words, whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const REASONS =
  "https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons";

export const vipre: ProviderCatalog = {
  provider: {
    id: "vipre",
    name: "VIPRE Email Security",
    page: REASONS,
    hosts: [],
    markers: [
      "your domain is not configured to use this mx host",
      "your sender domain is required to send via an encrypted smtp session",
      "you cannot say you are me",
      "invalid mailbox (call fwd)",
      "call forward rejected",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "vipre-domain-not-configured",
      title: "The recipient's domain is not set up at its filtering service",
      code: "",
      texts: ["Your domain is not configured to use this MX host"],
      reasons: ["hostunknown", "rejected", "norelaying"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's filtering service (VIPRE) refused the message because the recipient's domain sends its mail to the service without being set up there.",
        "宛先ドメインがフィルタリング サービス (VIPRE) に登録されないままメールをそのサービスへ向けているため、サービスはメッセージを拒否しました。",
      ),
      cause: t(
        "The recipient domain's MX records name VIPRE's servers, but the domain is not (or no longer) one of the service's customers' domains: a recent move or an ended subscription with the DNS left as it was. Only the recipient's side can fix it.",
        "宛先ドメインの MX レコードは VIPRE のサーバーを指していますが、そのドメインはサービスの顧客のドメインとして登録されていない (またはもう登録されていない) 状態です。移行直後や、契約終了後に DNS をそのままにしている場合です。直せるのは受信側だけです。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [
        t(
          "Nothing to change on the sending side. The recipient's admin adds the domain to the filtering service or points its MX records at the servers that now take its mail.",
          "送信側で変える設定はありません。受信側の管理者が、ドメインをフィルタリング サービスに追加するか、MX レコードを現在メールを受け取るサーバーに向け直します。",
        ),
      ],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "vipre-tls-required",
      title: "Your domain must send over TLS to this receiver",
      code: "",
      texts: ["Your sender domain is required to send via an encrypted SMTP session"],
      reasons: ["securityerror", "rejected", "policyviolation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's filtering service (VIPRE) refused the message because mail from your domain must reach it over an encrypted (TLS) connection, and this one was not encrypted.",
        "あなたのドメインからのメールは暗号化 (TLS) された接続で届く必要があるのに、この接続は暗号化されていなかったため、受信側のフィルタリング サービス (VIPRE) はメッセージを拒否しました。",
      ),
      cause: t(
        "The recipient's organization set a rule that mail from your domain must use TLS; the sending server (or a device or application sending as your domain) delivered without STARTTLS.",
        "受信側の組織は、あなたのドメインからのメールに TLS を必須とするルールを設定しています。送信サーバー (またはあなたのドメインとして送る機器やアプリケーション) が STARTTLS を使わずに配信しました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkTls],
      actions: ["contact-your-admin"],
    },
    {
      id: "vipre-own-domain-spoof",
      title: "Your message claims the recipient's own domain",
      code: "",
      texts: ["You cannot say you are me"],
      reasons: ["securityerror", "rejected", "authfailure"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's filtering service (VIPRE) refused the message because its sender claims to be the recipient's own domain while coming from outside it.",
        "送信者が受信側自身のドメインを名乗りながら外部から届いたため、受信側のフィルタリング サービス (VIPRE) はメッセージを拒否しました。",
      ),
      cause: t(
        "Mail from outside that uses the receiving organization's own domain as its sender is a common form of phishing, so the service refuses it. A genuine case is an outside system (a web form, a newsletter or ticketing service) sending as the recipient's domain; it needs to be allowed by the recipient's admin, or to send with its own domain.",
        "受信側の組織自身のドメインを送信者に使う外部からのメールはよくあるフィッシングの形のため、サービスは拒否します。正当な例は、外部のシステム (Web フォーム、配信サービス、問い合わせ管理サービスなど) が受信側のドメインとして送る場合です。受信側の管理者に許可してもらうか、そのシステム自身のドメインで送る必要があります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send from an address of your own domain; if an outside service must send as the recipient's domain, the recipient's admin has to allow its servers.",
          "自組織のドメインのアドレスから送ってください。外部のサービスが受信側のドメインとして送る必要がある場合は、受信側の管理者にそのサーバーを許可してもらう必要があります。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "vipre-callout-rejected",
      title: "The recipient's server refused the address",
      code: "",
      texts: ["Invalid Mailbox (Call FWD)", "Call forward rejected"],
      reasons: ["userunknown", "rejected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's filtering service (VIPRE) asked the recipient's own mail server about the address, and that server refused it: the mailbox most likely does not exist.",
        "受信側のフィルタリング サービス (VIPRE) が受信者自身のメール サーバーに宛先を問い合わせたところ、そのサーバーが拒否しました。メールボックスが存在しない可能性が高いです。",
      ),
      cause: t(
        "Before accepting a message the service checks the recipient with the mail server behind it (call forward); a refusal there is usually a typo or an address that no longer exists, rarely a fault of the recipient's server.",
        "サービスはメッセージを受け付ける前に、後ろにあるメール サーバーで宛先を確認します (コール フォワード)。そこで拒否される原因の多くは入力ミスか、すでに存在しないアドレスで、受信側のサーバーの不具合であることはまれです。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [
        t(
          "Nothing to change on the sending side; if the address is right, the recipient's admin checks why their mail server refuses it.",
          "送信側で変える設定はありません。アドレスが正しい場合は、受信側の管理者がメール サーバーが拒否する理由を確認します。",
        ),
      ],
      actions: ["resend-corrected-address"],
    },
  ],
};
