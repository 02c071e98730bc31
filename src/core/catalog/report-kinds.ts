// Meanings of reports that are no delivery failure, chosen by the report's kind, not by a code:
// an automatic reply (RFC 3834: out of office, "I have a new address") and a complaint report
// from a feedback loop (RFC 5965 ARF, Microsoft's JMRP). Without them the class fallback called
// an out-of-office reply a permanent failure for the recipient's admin. Our own words.
import type { Reason } from "../types";
import { ADMIN, SENDER } from "./steps";
import type { CatalogEntry } from "./types";
import { t } from "./types";

/** The reasons of such reports, each with its meaning. */
export const REPORT_KIND_ENTRIES: Readonly<Partial<Record<Reason, CatalogEntry>>> = {
  vacation: {
    id: "automatic-reply",
    code: "",
    // the title only: the kind, not words, selects it
    texts: ["Automatic reply"],
    source: "report-kind",
    temporary: false,
    owner: "nobody",
    summary: t(
      "This is an automatic reply from the recipient's side (for example an out-of-office message), not a delivery failure: your message reached their mail system.",
      "これは受信側からの自動応答 (不在通知など) で、配信エラーではありません。メッセージは受信側のメール システムに届いています。",
    ),
    cause: t(
      "The recipient, or their organization, set the mailbox to answer incoming mail on its own, usually while they are away. Such replies are marked as automatic (the Auto-Submitted header of RFC 3834) so that they are not taken for a person's answer.",
      "受信者またはその組織が、届いたメールに自動で返信するようメールボックスを設定しています。多くは不在の間の設定です。このような返信には、人による返信と区別するための印 (RFC 3834 の Auto-Submitted ヘッダー) が付きます。",
    ),
    fix: [
      t(
        "Nothing needs fixing. Read the reply for a return date or another contact; if the matter is urgent, write to that contact.",
        "修正の必要はありません。返信に戻りの日付や別の連絡先が書かれていないか確認し、急ぎの用件であればその連絡先へ送ってください。",
      ),
      // a sender-verification ("challenge-response") service answers automatically too, but holds
      // the message until the sender proves to be a person: the reply says what to do
      t(
        "If the reply asks you to confirm that you are a person before your message is passed on (a sender-verification service), do what it asks: until then the recipient does not see your message.",
        "返信が、メッセージを渡す前に人であることの確認を求めている場合 (送信者確認サービス) は、その指示に従ってください。確認するまで、受信者にはメッセージが表示されません。",
      ),
    ],
    adminFix: [
      t(
        "Nothing to fix in the mail system: the reply shows the message reached the recipient's side.",
        "メール システムで直すことはありません。この返信は、メッセージが受信側に届いたことを示しています。",
      ),
    ],
    actions: ["copy-summary"],
  },
  feedback: {
    id: "complaint-report",
    code: "",
    texts: ["Complaint (feedback) report"],
    source: "report-kind",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "This is a complaint report, not a delivery failure: a mailbox provider tells your side that its user marked a message from you as spam (or reported it as abuse).",
      "これは苦情レポートで、配信エラーではありません。メールボックス事業者が、その利用者があなたからのメッセージを迷惑メールとして (または不正利用として) 報告したことを知らせています。",
    ),
    cause: t(
      "Large mailbox providers send such reports through feedback loops (in the format of RFC 5965, or Microsoft's JMRP) to senders who signed up for them, so that mail nobody asked for stops. Many complaints lower the sending domain's and IP address's reputation, and refusals follow.",
      "大手のメールボックス事業者は、登録した送信者にフィードバック ループを通じてこのレポートを送ります (RFC 5965 の形式、または Microsoft の JMRP)。望まれていないメールを止めてもらうためです。苦情が多いと送信ドメインや IP アドレスの評価が下がり、受信拒否につながります。",
    ),
    fix: [
      t(
        "Stop sending this kind of mail to the reported recipient, and pass the report to your mail admin.",
        "報告した受信者へこの種のメールを送るのをやめ、このレポートをメール管理者に渡してください。",
      ),
    ],
    adminFix: [
      t(
        "Remove the reported address from mailing lists; check that the mail was asked for (a recorded subscription, a working unsubscribe link); if nobody meant to send it, check the sending account for misuse.",
        "報告されたアドレスをメーリング リストから削除してください。そのメールが求められたものか (購読の記録、機能する配信停止リンク) を確認し、誰も送るつもりがなかった場合は、送信したアカウントが悪用されていないか確認してください。",
      ),
    ],
    actions: ["secure-account", "copy-summary"],
  },
};

/**
 * A delay warning whose reply names no cause our tables know (none, or words no entry reads, as
 * Gmail's "did not accept our requests to connect"): the registry's meaning of its code ("x.4.7 delivery
 * time expired") says the opposite of the notice, and its owner (the recipient's admin) is not yet
 * anyone's to act on. Chosen by the report's kind in bestMatch(). Our own words.
 */
export const DELAYED_ENTRY: CatalogEntry = {
  id: "delivery-delayed",
  code: "",
  texts: ["Delivery delayed, still being retried"],
  source: "report-kind",
  temporary: true,
  owner: "nobody",
  summary: t(
    "The message has not been delivered yet: the receiving side has not taken it so far.",
    "メッセージはまだ配信されていません。これまでのところ、受信側に受け取られていません。",
  ),
  cause: t(
    "The sending server could not hand the message over on its attempts so far, and the notice names no cause our tables know: it gives none, or quotes a reply they do not cover (read that reply for the reason). Usually the receiving server did not answer, or answered only with a temporary refusal; most delays clear up on their own within hours (a receiving server that is busy, down for maintenance or unreachable for a while, or a temporary limit).",
    "送信側のサーバーはこれまでの試行でメッセージを渡せませんでした。通知には、当製品の表で説明できる原因が書かれていません。理由が書かれていないか、表にない応答が引用されています (その場合は、引用された応答に書かれた理由を確認してください)。たいていは受信側のサーバーが応答しなかったか、一時的な拒否しか返さなかったためで、多くの遅延は数時間以内に自然に解消します (受信側のサーバーの混雑、保守や一時的な接続不能、一時的な上限など)。",
  ),
  fix: [SENDER.waitForRetry],
  adminFix: [
    t(
      "If delays to this domain go on, read the last reply the sending server got in its queue or logs.",
      "この宛先ドメインへの遅延が続く場合は、送信側のサーバーのキューやログで、最後に受け取った応答を確認してください。",
    ),
    ADMIN.checkDns,
    ADMIN.checkRemoteServer,
  ],
  actions: ["wait-for-retry", "copy-summary"],
  lastingDeferral: "sending-side",
};

/**
 * A sender-verification ("challenge-response") reply: the recipient's filter holds the message
 * until the sender proves to be a person. Chosen by the report's dialect in bestMatch(), whatever
 * its words. The sender is the one to act; no link of the reply is shown or opened. Our own words.
 */
export const CHALLENGE_ENTRY: CatalogEntry = {
  id: "sender-verification-challenge",
  code: "",
  texts: ["A sender check holds your message until you confirm"],
  source: "report-kind",
  temporary: false,
  owner: "you",
  summary: t(
    "Your message has not reached the recipient yet: a sender-verification service on their side holds it until you confirm that you are a person. Nothing is wrong with your mail.",
    "メッセージはまだ受信者に届いていません。受信側の送信者確認サービスが、あなたが人であることを確認できるまでメッセージを保留しています。あなたのメールに問題があるわけではありません。",
  ),
  cause: t(
    'Some people and organizations take mail only from senders they already know. A message from anyone else is held, and its sender gets an automatic request (a "challenge") to prove to be a person: by opening a page and typing a word or code, by filling in a form, or by replying. A sender who answers is let through from then on; held messages that nobody confirms are deleted after some days.',
    "知っている送信者からのメールだけを受け取る人や組織があります。それ以外の人からのメッセージは保留され、送信者には人であることの証明を求める自動の依頼 (「チャレンジ」) が届きます。ページを開いて単語やコードを入力する、フォームに記入する、返信する、といった方法です。応答した送信者のメールはそれ以降そのまま届き、誰も確認しない保留中のメッセージは数日後に削除されます。",
  ),
  fix: [
    t(
      "If you sent this message, confirm as the request asks, once. Open its link only if it goes to the service the request names or to the recipient's own domain. Do not send the message again: a second copy would be held too.",
      "このメッセージを送ったのがあなたであれば、依頼の指示に従って一度だけ確認してください。リンクを開くのは、依頼に書かれたサービスか受信者自身のドメインへのリンクである場合だけにしてください。メッセージを送り直さないでください。2 通目も保留されます。",
    ),
    t(
      "If you did not send the message it refers to, ignore the request: your address was probably forged on someone else's mail, and answering would confirm your address to a stranger.",
      "依頼が指すメッセージを送っていない場合は、依頼を無視してください。他人のメールの送信者としてあなたのアドレスが偽装された可能性が高く、応答すると見知らぬ相手にあなたのアドレスを確認させることになります。",
    ),
    t(
      "If you would rather not answer it, or the matter is urgent, reach the recipient another way (by phone, or from an address they already know).",
      "応答したくない場合や急ぎの用件の場合は、別の方法 (電話や、相手が既に知っているアドレスなど) で受信者に連絡してください。",
    ),
  ],
  adminFix: [
    t(
      "Nothing to fix in the mail system: the recipient's own filter holds the message by their setting. If your users often meet one recipient's challenges, that recipient can add your domain to their approved senders.",
      "メール システムで直すことはありません。受信者自身のフィルターが、受信者の設定によってメッセージを保留しています。あなたの組織の利用者が同じ受信者のチャレンジを何度も受ける場合は、その受信者に承認済みの送信者としてドメインを登録してもらえます。",
    ),
  ],
  actions: ["copy-summary"],
};
