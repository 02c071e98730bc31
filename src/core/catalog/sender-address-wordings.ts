// Refusals that are about the envelope sender itself, not the recipient, in words any server may
// write under codes whose registry meanings point elsewhere: x.1.3 ("bad destination mailbox
// address syntax") and x.7.1 say nothing of the sender's state. The explanations are our own words.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

/**
 * The empty sender (MAIL FROM:<>) refused. Bounces, delivery and read reports and automatic replies
 * go out with it so that they never bounce back in a loop, and RFC 5321 (4.5.5) requires a
 * receiver to accept it; some servers refuse it against fake bounces. Sendmail's "553 You are not
 * authorized to send mail as <>" under 5.1.3 (a 2009 forum post of a bounce to 163.net; the same
 * words in the review's Sendmail row), Coremail's "Requested action not taken: NULL sender is not
 * allowed" (its support page's list of replies, icoremail.vip).
 */
const NULL_SENDER_REFUSED: CatalogEntry = {
  id: "null-sender-refused",
  code: "",
  title: "Mail from the empty sender (<>) refused",
  texts: [
    "not authorized to send mail as <>",
    "NULL sender is not allowed",
    "null sender not allowed",
  ],
  source: "wording",
  temporary: false,
  owner: "recipient-admin",
  summary: t(
    "The receiving server refused a message sent from the empty sender address (<>), the one that bounces, delivery and read reports and automatic replies use; the recipient's address itself was not at fault.",
    "受信側のサーバーは、空の送信者アドレス (<>) から送られたメッセージを拒否しました。空の送信者アドレスは、エラー通知、配信や開封の通知、自動応答で使われるものです。受信者のアドレス自体に問題はありません。",
  ),
  cause: t(
    "Mail servers send notices about other messages with an empty sender so that a notice never bounces back in a loop, and the SMTP standard (RFC 5321) requires receivers to accept it. This server refuses it, usually by a setting meant against fake bounces. What failed was such a notice (a bounce, a read receipt, an automatic reply), not a message someone wrote.",
    "メール サーバーは、ほかのメッセージについての通知を空の送信者で送ります。通知がループして戻ってくるのを防ぐためで、SMTP の標準 (RFC 5321) は受信側にこれを受け付けるよう求めています。このサーバーはこれを拒否しています。多くは、偽のエラー通知を防ぐための設定によるものです。届かなかったのはそのような通知 (エラー通知、開封確認、自動応答) で、人が書いたメッセージではありません。",
  ),
  fix: [
    t(
      "Nothing to correct in the address or to send again: if the notice mattered (a read receipt, an automatic reply), tell the recipient another way.",
      "アドレスの修正や送り直しは不要です。その通知 (開封確認や自動応答) が重要な場合は、別の手段で受信者に伝えてください。",
    ),
    SENDER.askRecipientAdmin,
  ],
  adminFix: [
    t(
      "The receiving server's admin should accept the empty sender (MAIL FROM:<>), as RFC 5321 requires, and check bounces by other means (such as BATV or the bounce's own headers) if fake bounces were the worry.",
      "受信側のサーバーの管理者は、RFC 5321 の求めるとおり空の送信者 (MAIL FROM:<>) を受け付け、偽のエラー通知が心配な場合は、別の方法 (BATV や、通知自体のヘッダーの確認など) で見分けてください。",
    ),
  ],
  actions: ["contact-recipient-admin", "copy-summary"],
};

/**
 * A server refusing the envelope sender because the sender's own mailbox is disabled: Postfix's
 * restriction quoting it ("550 5.7.1 <x>: Sender address rejected: mailbox disabled", a Czech
 * school's server's refusal pasted on pastebin.com, 6JA7cVwM), and a mail server's own refusal of a disabled or deleted
 * account's session ("553 5.7.1 Sender address rejected: mailbox disabled or deleted", its
 * mailbox life-cycle code in the code corpus). The account is the sender's, so its state is what
 * to fix, not the recipient's address.
 */
const SENDER_MAILBOX_DISABLED: CatalogEntry = {
  id: "sender-mailbox-disabled",
  code: "",
  title: "Your own mailbox is disabled",
  texts: ["Sender address rejected: mailbox disabled"],
  source: "wording",
  temporary: false,
  // your own account's state, as its sign-in and sending limit are (README, "Who must fix it")
  owner: "you",
  summary: t(
    "The server refused the message because the mailbox of the address you sent from is disabled there; the recipient's address was not at fault.",
    "送信に使ったアドレスのメールボックスがそのサーバーで無効になっているため、サーバーはメッセージを拒否しました。受信者のアドレスに問題はありません。",
  ),
  cause: t(
    "Mail servers refuse to send, or to take mail, from an account that is switched off: suspended for abuse or an unpaid bill, closed, or disabled by its admin. Until it is enabled again every message from that address is refused the same way.",
    "メール サーバーは、停止されたアカウント (不正利用や料金未払いによる停止、解約、管理者による無効化) からの送信や受信を拒否します。有効に戻るまで、そのアドレスからのメッセージはすべて同じように拒否されます。",
  ),
  fix: [
    t(
      "Ask your mail admin or provider why your mailbox is disabled and have it enabled again; send the message again once it is, or send it from another address of yours.",
      "メールボックスが無効になっている理由をメール管理者またはプロバイダーに確認し、有効に戻してもらってください。有効に戻ったら送り直すか、自分の別のアドレスから送ってください。",
    ),
  ],
  adminFix: [
    t(
      "Check the sending account's state on the server that refused it (disabled, suspended, locked or deleted) and enable it again, or find out why it was switched off.",
      "拒否したサーバーで送信アカウントの状態 (無効、停止、ロック、削除) を確認し、有効に戻すか、停止された理由を確かめてください。",
    ),
    ADMIN.messageTrace,
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/**
 * A sender address with no domain, or no full one: qpsmtpd's core answers MAIL FROM with "450 FQDN
 * required in the envelope sender" when require_resolvable_fromhost is set and the address has no
 * host (its SMTP.pm, in the code corpus; a pooled held-out reply round 57 left). Postfix's own words
 * ("need fully-qualified address") have its table. The registry's 4.0.0 said nothing of the sender.
 */
const SENDER_NOT_QUALIFIED: CatalogEntry = {
  id: "sender-not-qualified",
  code: "",
  title: "Sender address without a full domain",
  texts: ["FQDN required in the envelope sender"],
  source: "wording",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The receiving server refused the message because the sender address it was given has no full domain after the @ (or no @ at all).",
    "渡された送信者アドレスの @ の後ろに完全なドメインがない (または @ がない) ため、受信側のサーバーはメッセージを拒否しました。",
  ),
  cause: t(
    'A sender address must end in a domain anyone can look up (name@example.com). Scripts, cron jobs and devices that send as "root" or name@localhost give one that no reply can reach, and the receiver refuses it; retrying does not change the address.',
    '送信者アドレスは、だれでも調べられるドメインで終わる必要があります (name@example.com)。"root" や name@localhost として送るスクリプト、cron ジョブ、機器は返信の届かないアドレスを渡すため、受信側は拒否します。再試行してもアドレスは変わりません。',
  ),
  fix: [SENDER.askYourAdmin],
  adminFix: [
    t(
      "Give the program or device that sent it a full sender address of your domain, or have the server that relays its mail complete short addresses with your domain.",
      "送信したプログラムや機器に自組織のドメインの完全な送信者アドレスを設定するか、そのメールを中継するサーバーで短いアドレスに自組織のドメインを補うようにしてください。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

export const SENDER_ADDRESS_ENTRIES: readonly CatalogEntry[] = [
  NULL_SENDER_REFUSED,
  SENDER_MAILBOX_DISABLED,
  SENDER_NOT_QUALIFIED,
];
