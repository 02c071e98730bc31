// Source: Microsoft Learn (Defender for Office 365), "Control automatic external email forwarding
// in Microsoft 365" (outbound-spam-policies-external-email-forwarding): the NDR Exchange Online
// returns when an outbound spam filter policy blocks an automatic forward. Not a row of the NDR
// table (seed 000), so kept apart from the seed entries; the words are our own.
// Queue quotas: Microsoft's support engineer Tim McMichael, "Office 365: Organization Queue Quota
// Exceeded" (timmcmic.blog, December 2017): mail an organization sent that the service cannot pass
// on (deferred by its receivers, no one answering) piles up in the service's queues; past a
// threshold the organization's new mail is deferred ("Sender queue quota" for one sender) until
// the queues drain. The sending organization's own outbound queue, so its admin's to clear.
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
  {
    id: "exo-4.7.3-queue-quota",
    code: "4.7.3",
    texts: ["Organization queue quota exceeded", "Sender queue quota exceeded"],
    // the registry's 4.7.3 stands for other servers' replies
    byTextOnly: true,
    source: "exchange-online",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 is holding back new mail from your organization for a while: too much of the mail it already sent is still waiting in Microsoft's queues, undelivered.",
      "Microsoft 365 は、自組織からの新しいメールの受け付けをしばらく保留しています。すでに送ったメールのうち、配信できずに Microsoft のキューに残っているものが多すぎるためです。",
    ),
    cause: t(
      "Exchange Online caps how much of one organization's (or one sender's) outgoing mail may wait in its queues. Mail that receivers keep deferring, or that goes to domains where no server answers, piles up there (often a burst of automatic mail or mail to invalid addresses); until those queues drain by delivery or expiry, new mail from the organization is deferred. It clears by itself once the queued mail is gone.",
      "Exchange Online は、1 つの組織 (または 1 人の送信者) の送信メールがキューにとどまれる量に上限を設けています。受信側が保留し続けるメールや、応答するサーバーのないドメイン宛てのメールがキューにたまり (自動送信メールの大量発生や無効なアドレス宛てのメールが多い)、配信または期限切れでキューが空くまで、組織からの新しいメールは保留されます。キューのメールがなくなれば自然に解消します。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Find the mail stuck in the service's queues (message trace for messages pending or deferred in the last hours): usually an application or mailbox sending a burst of automatic mail, or mail to invalid or unreachable domains. Stop it at its source and fix the delivery problem; new mail flows again as the queues drain. If it persists, open a Microsoft support case.",
        "サービスのキューにたまっているメールを探してください (直近数時間の保留中・延期のメッセージをメッセージ追跡で確認)。多くの場合、自動送信メールを大量に送っているアプリケーションやメールボックス、または無効なドメインや到達できないドメイン宛てのメールです。送信元で止めて配信の問題を直せば、キューが空くにつれて新しいメールも流れます。続く場合は Microsoft サポートに問い合わせてください。",
      ),
      ADMIN.checkCompromise,
    ],
    actions: ["contact-your-admin"],
  },
];
