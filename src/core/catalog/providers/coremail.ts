// Coremail, the mail server software many Chinese companies, universities and government offices
// run (and the hosted mail built on it), in its own refusal words: its support site lists them as
// 退信提示 (bounce messages), www.icoremail.vip/support/index.php?cate_id=84 ("IP is rejected",
// "Requested mail action not taken: Invalid IP", "Requested mail action not taken: Fake sender",
// "User in blacklist", with "User not found" and "User suspended", which keep the meanings every
// server's unknown and disabled mailboxes have). Its servers run under each organization's own
// host names, so the table is found by its words. The explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://www.icoremail.vip/support/index.php?cate_id=84";
const BLOCKED_SENDER = "user in blacklist";
const IP_REFUSED = ["ip is rejected", "mail action not taken: invalid ip"];
const FAKE_SENDER = "mail action not taken: fake sender";

export const coremail: ProviderCatalog = {
  provider: {
    id: "coremail",
    name: "Coremail",
    page: PAGE,
    hosts: [],
    markers: [BLOCKED_SENDER, ...IP_REFUSED, FAKE_SENDER],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "coremail-sender-on-blocked-list",
      code: "",
      texts: ["User in blacklist"],
      markers: [BLOCKED_SENDER],
      reasons: ["filtered", "rejected", "blocked"],
      owner: "recipient",
      temporary: false,
      summary: t(
        "The recipient's mail system (Coremail) refused the message because your address is on the recipient's blocked senders list.",
        "あなたのアドレスが受信者の受信拒否リストに登録されているため、受信側のメール システム (Coremail) はメッセージを拒否しました。",
      ),
      cause: t(
        "Coremail lets each user (and the organization's admin) list senders whose mail is refused. It is a setting on the recipient's side, not a judgment of your server or your message.",
        "Coremail では、利用者 (およびその組織の管理者) が、メールを拒否する送信者を登録できます。これは受信側の設定で、あなたのサーバーやメッセージに対する判定ではありません。",
      ),
      fix: [
        t(
          "If the message is wanted, ask the recipient another way (phone, another address) to remove your address from their blocked senders.",
          "必要なメッセージであれば、電話や別のアドレスなど他の手段で、受信拒否リストからあなたのアドレスを外すよう受信者に依頼してください。",
        ),
      ],
      adminFix: [MAILBOX.recipientsOwnList],
      actions: ["contact-recipient"],
    },
    {
      id: "coremail-ip-refused",
      title: "Sending server's IP address refused (Coremail)",
      code: "",
      texts: ["IP is rejected", "Requested mail action not taken: Invalid IP"],
      markers: IP_REFUSED,
      reasons: ["blocked", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail system (Coremail) refused mail from the server that sent your message[[ ({ip})]]: it does not take mail from that IP address.",
        "受信側のメール システム (Coremail) は、メッセージを送ったサーバー[[ ({ip}) ]]からのメールを拒否しました。その IP アドレスからのメールを受け付けていません。",
      ),
      cause: t(
        "Coremail refuses a sending IP address that its anti-spam checks or the organization's rules distrust: one with a poor reputation or on a block list, without a reverse DNS (PTR) name, in a home or dynamic range, or one its admin listed. Your message itself was not read.",
        "Coremail は、迷惑メール対策の判定や組織のルールで信頼しない送信 IP アドレスを拒否します。評価が低いかブロック リストに載っているアドレス、逆引き DNS (PTR) 名のないアドレス、家庭向けや動的な範囲のアドレス、受信側の管理者が登録したアドレスなどです。メッセージの内容は読まれていません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.findUnnamedListing, YOUR_ADMIN.checkPtr, YOUR_ADMIN.checkReputation],
      actions: ["contact-your-admin"],
    },
    {
      id: "coremail-fake-sender",
      ownRecordsCause: true,
      title: "Sender address judged forged (Coremail)",
      code: "",
      texts: ["Requested mail action not taken: Fake sender"],
      markers: [FAKE_SENDER],
      reasons: ["authfailure", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail system (Coremail) refused the message as coming from a forged sender: the server that sent it may not send mail for your address's domain[[ {domain}]].",
        "受信側のメール システム (Coremail) は、送信者が偽装されているとしてメッセージを拒否しました。メッセージを送ったサーバーは、あなたのアドレスのドメイン[[ {domain} ]]のメールを送ることを認められていません。",
      ),
      cause: t(
        "Coremail checks that the sending server may send for the sender's domain, by its SPF record, and refuses mail from outside that claims one of the organization's own domains. A mail service, website or device that sends in your domain's name but is missing from its SPF record is the usual cause.",
        "Coremail は、送信サーバーが送信者のドメインのメールを送ってよいかを SPF レコードで確認し、受信側の組織自身のドメインを名乗る外部からのメールを拒否します。あなたのドメインの名義で送信しているのに、その SPF レコードに記載されていないメール サービス、Web サイト、機器がよくある原因です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ],
};
