// Source: Interia's help for its mail users, "Dlaczego wiadomość nie została dostarczona?" (Why was
// the message not delivered?, pomoc.poczta.interia.pl, nId 6589600), which gives each refusal of
// Interia's servers in Polish and English: "Account not found", "Mailbox not available",
// "Recipient doesn't want your mail" and "[SPF] host ... is not allowed to send mail from domain".
// The explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const interia: ProviderCatalog = {
  provider: {
    id: "interia",
    name: "Interia Poczta",
    page: "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
    hosts: [".interia.pl", ".interia.eu"],
    markers: [],
    domains: ["interia.pl", "interia.eu", "interia.com", "poczta.fm"],
    kind: "receiver",
  },
  entries: [
    {
      id: "interia-account-not-found",
      code: "",
      texts: ["Account not found"],
      reasons: ["userunknown", "suspend"],
      temporary: false,
      owner: "you",
      summary: t(
        "Interia has no account with this address, or the account was blocked.",
        "Interia には、このアドレスのアカウントがないか、アカウントがブロックされています。",
      ),
      cause: t(
        "The address is mistyped, or the Interia account was deleted or blocked; Interia gives the same reply for both.",
        "アドレスの入力ミスか、Interia のアカウントが削除またはブロックされています。Interia はどちらの場合も同じ応答を返します。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "interia-mailbox-not-available",
      code: "",
      texts: ["Mailbox not available"],
      reasons: ["mailboxfull", "suspend", "userunknown"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Interia mailbox cannot take mail now: it is full or the account is suspended.",
        "受信者の Interia のメールボックスは現在メールを受け取れません。いっぱいになっているか、アカウントが停止されています。",
      ),
      cause: t(
        'Interia writes this for a full mailbox and for a suspended account, and sometimes for a mistyped address; a missing account has a reply of its own ("Account not found").',
        'Interia は、メールボックスがいっぱいの場合やアカウントが停止された場合に、ときにはアドレスの入力ミスでもこの応答を返します。アカウントがない場合は別の応答 ("Account not found") になります。',
      ),
      fix: [YOU.checkAddress, YOU.reachRecipientOtherWay],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient", "resend-corrected-address"],
    },
    {
      id: "interia-recipient-blocked-you",
      code: "",
      texts: ["Recipient doesn't want your mail"],
      reasons: ["filtered", "rejected", "blocked"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient has probably put your address on the blocked senders of their Interia mailbox.",
        "受信者は、Interia のメールボックスの受信拒否リストにあなたのアドレスを登録していると思われます。",
      ),
      cause: t(
        "An Interia user can block single senders; Interia then refuses their mail with this reply. It is the recipient's own setting, not a judgment of your server.",
        "Interia の利用者は送信者を個別にブロックでき、その送信者のメールはこの応答で拒否されます。受信者自身の設定で、あなたのサーバーに対する判定ではありません。",
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
      id: "interia-spf",
      ownRecordsCause: true,
      title: "SPF: sending server not allowed",
      code: "",
      texts: [
        "[SPF] <ip> is not allowed to send mail from <domain>",
        "is not allowed to send mail from",
      ],
      reasons: ["authfailure", "rejected", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Interia refused the message because the SPF record of {domain} does not allow the server that sent it[[ ({ip})]].",
        "{domain} の SPF レコードが送信したサーバー[[ ({ip}) ]]を許可していないため、Interia はメッセージを拒否しました。",
      ),
      cause: t(
        "The owner of a domain lists in SPF the servers that may send its mail; Interia refuses mail from any other. A new mail service, a website or a device sending in the domain's name is often missing from the list.",
        "ドメインの所有者は、そのドメインのメールを送ってよいサーバーを SPF に記載します。Interia はそれ以外のサーバーからのメールを拒否します。新しいメール サービスや Web サイト、ドメイン名で送信する機器が記載されていないことがよくあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ],
};
