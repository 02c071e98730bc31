// Cleanmail, the Swiss hosted mail filter (cleanmail.ch), in its own support notes: "Stricter rules
// for accepting mail with sender bluewin.ch" (cleanmail.ch/stricter-rules-for-bluewin: "Forged
// sender domain from this server", mail from a domain that publishes SPF but did not come through
// that domain's servers, which the recipient cannot allow by a list entry), "Outlook Express
// End-Of-Life" (support.cleanmail.ch: "CMR-HDR-OE-EOL", messages written, or claiming to be written,
// with Outlook Express, which mostly spammers still name) and "Bulk Policy Violation" (its outbound
// scanner blocking an account's further sending after a mass mailing). Found by these words, which
// no other filter writes. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const SUPPORT = "https://support.cleanmail.ch/author/supportcleanmail-ch";

export const cleanmail: ProviderCatalog = {
  provider: {
    id: "cleanmail",
    name: "Cleanmail",
    page: SUPPORT,
    hosts: [".cleanmail.ch"],
    markers: ["forged sender domain from this server", "cmr-hdr-oe-eol", "bulk policy violation"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "cleanmail-forged-sender-domain",
      code: "",
      texts: ["Forged sender domain from this server"],
      reasons: ["authfailure", "securityerror", "rejected", "policyviolation"],
      page: "https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en",
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's filter (Cleanmail) refused the message because it did not come from the servers your address's domain names as its own (SPF).",
        "メッセージが、あなたのアドレスのドメインが自ら指定する送信サーバー (SPF) から送られていないため、受信側のフィルター (Cleanmail) は拒否しました。",
      ),
      cause: t(
        "Cleanmail checks the sender's domain's SPF record and refuses mail for a domain that says where its mail comes from when the message came from elsewhere, as forgeries and phishing do. The usual innocent cause is a mail program or device sending a provider's address (bluewin.ch, for example) through another provider's outgoing server. The recipient cannot allow it by a list entry.",
        "Cleanmail は送信者ドメインの SPF レコードを確認し、送信元を指定しているドメインのメールが別の場所から来た場合は、なりすましやフィッシングと同じく拒否します。よくある無害な原因は、メール アプリや機器が、あるプロバイダーのアドレス (たとえば bluewin.ch) を別のプロバイダーの送信サーバー経由で送っていることです。受信者がリストに登録して許可することはできません。",
      ),
      fix: [
        t(
          "Send through the outgoing server (SMTP) of the provider your address belongs to: check the account's outgoing server settings in your mail program or device.",
          "アドレスが属するプロバイダーの送信サーバー (SMTP) から送ってください。メール アプリや機器のアカウントの送信サーバー設定を確認してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "cleanmail-outlook-express",
      title: "Outlook Express is no longer accepted",
      code: "",
      texts: ["CMR-HDR-OE-EOL"],
      reasons: ["policyviolation", "rejected", "contenterror"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's filter (Cleanmail) refused the message because it was written with Outlook Express, or its header claims so.",
        "メッセージが Outlook Express で作成された (またはヘッダーがそう示している) ため、受信側のフィルター (Cleanmail) は拒否しました。",
      ),
      cause: t(
        "Outlook Express has had no security updates for many years, and today mostly spam names it in its header, so Cleanmail refuses such messages. An old mail program, or a program or device that writes that name into its messages, causes it.",
        "Outlook Express は長年セキュリティ更新がなく、現在ヘッダーにその名前を記すのはほとんどが迷惑メールのため、Cleanmail はそうしたメッセージを拒否します。古いメール アプリ、またはその名前をメッセージに書き込むプログラムや機器が原因です。",
      ),
      fix: [
        t(
          "Send the message with a current mail program (or webmail) instead of Outlook Express.",
          "Outlook Express ではなく、現在のメール アプリ (または Web メール) で送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If a program or device of your organization sends mail that names Outlook Express in its header (X-Mailer), update it or have it send through a current mail client or server.",
          "自組織のプログラムや機器が、ヘッダー (X-Mailer) に Outlook Express と記したメールを送っている場合は、それを更新するか、現在のメール アプリやメール サーバーを経由して送るようにしてください。",
        ),
      ],
      actions: ["copy-summary"],
    },
    {
      id: "cleanmail-bulk-policy",
      title: "Blocked after a mass mailing (Bulk Policy Violation)",
      code: "",
      texts: ["Bulk Policy Violation"],
      reasons: ["exceedlimit", "policyviolation", "rejected", "blocked"],
      ownBounce: true,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your own outgoing filter (Cleanmail's outbound scanner) stopped this message: after a mass mailing from your account it blocks further sending; the recipient's side never saw it.",
        "あなた自身の送信フィルター (Cleanmail のアウトバウンド スキャナー) がこのメッセージを止めました。あなたのアカウントから一斉送信があった後、以降の送信をブロックしています。受信側にはメッセージが届いていません。",
      ),
      cause: t(
        "Cleanmail's outbound scanner limits mass mail through it, against spam from misused accounts; once an account sends a bulk mailing, it refuses the account's next messages until the block is lifted.",
        "Cleanmail のアウトバウンド スキャナーは、悪用されたアカウントからの迷惑メールを防ぐため、経由する一斉送信を制限しています。アカウントが一斉送信をすると、ブロックが解除されるまで以降のメッセージを拒否します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check who sent the mass mailing (a misused password changes now), ask Cleanmail's support to lift the block, and send mailings through a service made for bulk mail.",
          "誰が一斉送信をしたかを確認し (悪用されたパスワードはすぐに変更してください)、Cleanmail のサポートにブロックの解除を依頼し、一斉送信は大量送信向けのサービスから送ってください。",
        ),
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
  ],
};
