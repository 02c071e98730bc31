// Source: Microsoft Learn (Defender for Office 365), "Control automatic external email forwarding
// in Microsoft 365" (outbound-spam-policies-external-email-forwarding): the NDR Exchange Online
// returns when an outbound spam filter policy blocks an automatic forward. Not a row of the NDR
// table (seed 000), so kept apart from the seed entries; the words are our own.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

export const exchangeOnlineOutbound: readonly CatalogEntry[] = [
  {
    id: "exo-5.7.520-external-forwarding-blocked",
    code: "5.7.520",
    texts: [
      "Access denied, Your organization does not allow external forwarding",
      "does not allow external forwarding",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 stopped an automatic forward: the organization of the mailbox that forwards mail does not let it be forwarded automatically to addresses outside the organization. The message itself reached that mailbox; only the forwarded copy was not sent.",
      "Microsoft 365 が自動転送を止めました。転送元のメールボックスを持つ組織が、組織外のアドレスへのメールの自動転送を許可していません。メッセージ自体はそのメールボックスに届いており、送られなかったのは転送のコピーだけです。",
    ),
    cause: t(
      "An inbox rule or a forwarding address sends this mailbox's mail to an outside address, and the outbound spam filter policy that applies to the mailbox blocks automatic external forwarding. Microsoft 365 blocks it by default: the policy's \"Automatic - System-controlled\" setting now means Off. Remote domains and mail flow rules can block it too; any block wins.",
      "受信トレイ ルールまたは転送先アドレスによってこのメールボックスのメールが組織外のアドレスに送られる設定になっており、このメールボックスに適用される送信スパム フィルター ポリシーが外部への自動転送を禁止しています。Microsoft 365 の既定は禁止で、ポリシーの「自動 - システム制御」は現在「オフ」と同じ意味です。リモート ドメインやメール フロー ルールでも禁止でき、どれか 1 つでも禁止していれば転送されません。",
    ),
    fix: [
      t(
        "If you set up forwarding or a rule that sends your mail to an outside address, your organization is blocking it: turn the rule off, or ask your mail admin whether forwarding can be allowed for your mailbox.",
        "組織外のアドレスへメールを送る転送やルールを自分で設定した場合は、組織がそれを禁止しています。ルールを無効にするか、自分のメールボックスで転送を許可できるかメール管理者に相談してください。",
      ),
      t(
        "If you never set up any forwarding, tell your admin at once: a forwarding rule you did not create can be the work of someone who got into your account.",
        "転送を設定した覚えがない場合は、すぐに管理者に知らせてください。自分で作っていない転送ルールは、アカウントに不正に入った第三者が作ったものかもしれません。",
      ),
      SENDER.askYourAdmin,
    ],
    adminFix: [
      t(
        'In the Microsoft Defender portal (Email & collaboration > Policies & rules > Threat policies > Anti-spam), open the outbound spam filter policy that applies to the user: "Automatic forwarding rules" set to Off or to "Automatic - System-controlled" blocks it. To allow it for some users only, give them a custom outbound policy with forwarding On.',
        "Microsoft Defender ポータル (メールとコラボレーション > ポリシーとルール > 脅威ポリシー > スパム対策) で、このユーザーに適用される送信スパム フィルター ポリシーを開いてください。「自動転送ルール」が「オフ」または「自動 - システム制御」なら転送は禁止されます。一部のユーザーだけに許可するには、転送を「オン」にしたカスタムの送信ポリシーをそのユーザーに割り当ててください。",
      ),
      t(
        "Check that remote domains and mail flow rules do not block the forward as well, and look at the mailbox's inbox rules and forwarding address (Get-InboxRule, ForwardingSmtpAddress): the Auto forwarded messages report lists who forwards mail outside.",
        "リモート ドメインやメール フロー ルールでも転送が禁止されていないか確認し、メールボックスの受信トレイ ルールと転送先アドレス (Get-InboxRule、ForwardingSmtpAddress) を確認してください。「自動転送メッセージ」レポートで、組織外へ転送しているユーザーがわかります。",
      ),
      ADMIN.checkCompromise,
    ],
    actions: ["contact-your-admin"],
  },
];
