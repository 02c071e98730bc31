// Source: NTT docomo, 迷惑メール対策 (docomo.ne.jp/info/spam_mail: 受信/拒否設定, なりすましメール拒否,
// 迷惑メールおまかせブロック) for what its users' filters do, and the replies docomo's servers write.
// docomo answers "Unknown user" both for a missing address and for mail its user's filter refuses;
// the engine's reason tells them apart (its docomo rules read the status, 5.1.1 or 5.2.0, and for a
// reply relayed without detail whether it came at the recipient or after the data). Texts are docomo's phrasings (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { SENDER } from "../steps";
import { nttdocomo } from "../../reason/providers/nttdocomo";
import { CARRIER, MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const docomo: ProviderCatalog = {
  provider: {
    id: "docomo",
    name: "NTT docomo",
    page: "https://www.docomo.ne.jp/info/spam_mail/",
    hosts: nttdocomo.hosts,
    markers: [],
    domains: ["docomo.ne.jp"],
    kind: "receiver",
  },
  entries: [
    {
      id: "docomo-unknown-user",
      code: "",
      texts: ["Unknown user"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "docomo did not accept the message for this address: either the address does not exist (mistyped or changed), or the recipient's own reception settings refuse your mail. docomo gives the same answer for both.",
        "docomo はこの宛先へのメールを受け付けませんでした。アドレスが存在しない (入力ミスや変更) か、受信者自身の受信拒否設定であなたのメールが拒否されたかのどちらかです。docomo はどちらの場合も同じ応答を返します。",
      ),
      cause: t(
        "docomo answers \"Unknown user\" both for an address that does not exist and for mail that its user's filters refuse (designated reception, refusal of mail from computers, spoofing refusal). Refused when the address was given, it is usually a missing address; refused after the message was sent, usually the recipient's filter. Phone addresses change often.",
        "docomo は、存在しないアドレスにも、受信者のフィルター (指定受信、パソコンからのメール拒否、なりすましメール拒否など) で拒否したメールにも「Unknown user」と応答します。宛先を伝えた段階で拒否された場合は多くがアドレスの誤り、本文を送った後に拒否された場合は多くが受信者のフィルターです。携帯電話のアドレスはよく変更されます。",
      ),
      fix: [YOU.checkAddress, CARRIER.allowSender],
      adminFix: [CARRIER.spoofCheck, MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "docomo-refused-by-recipient-filter",
      code: "",
      texts: ["Unknown user"],
      reasons: ["filtered", "rejected"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The docomo user's own reception settings refused your message: the address is valid, but the mail filter on their line does not let your mail in.",
        "docomo の受信者自身の受信拒否設定によって、メッセージが拒否されました。アドレスは正しいものの、受信者のメール フィルターがあなたのメールを通していません。",
      ),
      cause: t(
        "docomo users choose which senders to accept: only designated domains or addresses, no mail from computers, no mail that looks spoofed. Mail through mailing lists and forwarding services counts as spoofed unless the recipient registers it. Only the recipient can change these settings.",
        "docomo の利用者は、受け取る相手を自分で設定しています (指定したドメインやアドレスだけを受信、パソコンからのメールを拒否、なりすましと判定したメールを拒否など)。メーリング リストや転送サービスを経由したメールも、受信者が登録しない限りなりすましとして扱われます。この設定を変えられるのは受信者本人だけです。",
      ),
      fix: [CARRIER.allowSender],
      adminFix: [CARRIER.spoofCheck],
      actions: ["contact-recipient"],
    },
    {
      id: "docomo-mailbox-full",
      code: "",
      texts: ["Too much mail data"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "docomo could not store the message because the recipient's mailbox has no room left.",
        "受信者のメールボックスに空きがないため、docomo はメッセージを保存できませんでした。",
      ),
      cause: t(
        "The recipient's docomo mail storage is full; they need to delete mail before new mail can arrive.",
        "受信者の docomo メールの保存容量がいっぱいです。新しいメールを受け取るには、受信者が不要なメールを削除する必要があります。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "docomo-line-too-long",
      code: "",
      texts: ["Line Too Long"],
      reasons: ["notcompliantrfc", "contenterror"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "docomo refused the message because a line in it is longer than the mail standard allows (1,000 bytes).",
        "メッセージ内の 1 行がメールの規格で許される長さ (1,000 バイト) を超えているため、docomo は受け取りを拒否しました。",
      ),
      cause: t(
        "The program that wrote the message (often a web form, a script or a newsletter tool) put very long lines in it without wrapping or encoding them.",
        "メッセージを作成したプログラム (Web フォーム、スクリプト、メール配信ツールなど) が、長い行を折り返しもエンコードもせずに書き込んでいます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the sending program encode the body (quoted-printable or base64) or wrap its lines below 998 characters.",
          "送信プログラムで本文をエンコード (quoted-printable または base64) するか、行を 998 文字未満で折り返すようにしてください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "docomo-too-many-recipients",
      code: "",
      texts: ["too many recipients"],
      reasons: ["toomanyconn", "exceedlimit"],
      temporary: false,
      owner: "you",
      summary: t(
        "docomo refused the message because it was addressed to too many docomo recipients at once.",
        "一度に多数の docomo の宛先へ送ろうとしたため、docomo はメッセージを拒否しました。",
      ),
      cause: t(
        "docomo limits the number of recipients in one delivery.",
        "docomo は 1 回の配信で指定できる宛先の数を制限しています。",
      ),
      fix: [SENDER.split],
      adminFix: [
        t(
          "Lower the number of recipients per message (per SMTP transaction) for docomo.ne.jp.",
          "docomo.ne.jp 宛ての 1 通 (1 回の SMTP 処理) あたりの宛先数を減らしてください。",
        ),
      ],
      actions: ["split-recipients"],
    },
  ],
};
