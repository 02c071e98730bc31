// DreamHost, a web host whose shared servers send its customers' mail, in its own help pages: "SMTP
// quota overview" (help.dreamhost.com, article 215730467): an account that sends more than its
// outgoing limit is refused with "Policy Rejection- Quota Exceeded"; and "Troubleshooting PHP mail"
// (article 215507068, its sender domain policy, article 215036118): mail a website sends From an
// address whose domain's mail DreamHost does not host is refused with "Sender domain not allowed.
// Please read: https://dhurl.org/20b". Both are DreamHost's verdicts on its customer's own sending.
// Found by DreamHost's hosts or its short link; the explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const QUOTA_PAGE = "https://help.dreamhost.com/hc/en-us/articles/215730467-SMTP-quota-overview";
const PHP_MAIL_PAGE =
  "https://help.dreamhost.com/hc/en-us/articles/215507068-Troubleshooting-PHP-mail-";

export const dreamhost: ProviderCatalog = {
  provider: {
    id: "dreamhost",
    name: "DreamHost",
    page: QUOTA_PAGE,
    hosts: [".dreamhost.com"],
    markers: ["dhurl.org/20b"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "dreamhost-sending-quota",
      code: "",
      texts: ["Policy Rejection- Quota Exceeded"],
      page: QUOTA_PAGE,
      reasons: ["exceedlimit", "speeding", "rejected"],
      ownBounce: true,
      temporary: false,
      owner: "you",
      summary: t(
        "DreamHost refused to send the message because your account has reached its limit of outgoing mail for now (its SMTP quota). The recipient's mailbox is not the problem.",
        "アカウントが送信メールの上限 (SMTP の送信枠) に達したため、DreamHost はメッセージの送信を拒否しました。受信者のメールボックスの問題ではありません。",
      ),
      cause: t(
        "DreamHost caps how much mail each account sends in a period, to keep its servers off block lists. A large mailing, a program that resends in a loop, or malware or a stolen password sending through the account reaches the cap.",
        "DreamHost は、自社のサーバーがブロック リストに載らないよう、アカウントごとに一定時間に送れるメールの量を制限しています。大量の一斉送信、送信を繰り返すプログラム、またはアカウントを使って送信するマルウェアや盗まれたパスワードで上限に達します。",
      ),
      fix: [
        YOU.retryAfterLimit,
        t(
          "If you did not send that much mail, change the account's password and scan your computer for malware: someone may be sending through it.",
          "それほど多くのメールを送っていないなら、アカウントのパスワードを変え、パソコンをマルウェア スキャンしてください。誰かがアカウントを使って送信しているおそれがあります。",
        ),
      ],
      adminFix: [YOUR_ADMIN.accountCap],
      actions: ["retry-later", "secure-account", "contact-your-admin"],
    },
    {
      id: "dreamhost-sender-domain",
      code: "",
      texts: ["Sender domain not allowed"],
      page: PHP_MAIL_PAGE,
      reasons: ["rejected", "securityerror"],
      ownBounce: true,
      temporary: false,
      owner: "your-admin",
      summary: t(
        "DreamHost refused to send mail from your website because its From address is on a domain whose mail DreamHost does not host.",
        "Web サイトから送るメールの差出人 (From) アドレスのドメインは、DreamHost がメールを扱っていないドメインです。そのため DreamHost は送信を拒否しました。",
      ),
      cause: t(
        "DreamHost's servers send a website's mail (a contact form, PHP's mail function) only From an address on the sending domain whose mail is hosted at DreamHost; a From address at Gmail or another provider is refused unless the site signs in to that provider's server.",
        "DreamHost のサーバーは、Web サイトのメール (問い合わせフォームや PHP の mail 関数) を、送信元ドメインのアドレスで、そのメールを DreamHost が扱っている場合に限って送ります。Gmail など他社のアドレスを差出人 (From) にしたメールは、サイトがその会社のサーバーにサインインして送らない限り拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Set the website's From address to an address on its own domain hosted at DreamHost, or make the site send through the other provider's server with SMTP authentication.",
          "Web サイトの差出人 (From) アドレスを DreamHost で扱っている自ドメインのアドレスにするか、サイトが SMTP 認証を使って他社のサーバー経由で送るようにしてください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
