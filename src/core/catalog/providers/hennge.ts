// Source: HENNGE One's "HENNGE Email DLPサービスの送信制限について" (support.hdeone.com/hc/ja/articles/
// 360017461194, also in English and Chinese): the replies of HENNGE Email DLP, the outbound filter
// that many Japanese Microsoft 365 and Google Workspace tenants send all their mail through, when a
// sender passes its limits (1.1 600 recipients in 10 minutes, 1.2 10,000 in 24 hours, 1.3
// concurrent connections per sender) or its bounce-rate block list (2.x). HENNGE's relay has no
// host name that bounces show, so it is named by its own wording (its replies lack the "for
// customer" of Google's relay-limit texts). The explanations are our own words.
import { finalOnly } from "../step-kinds";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://support.hdeone.com/hc/ja/articles/360017461194";

/** The limit is your organization's own outbound filter's, not the recipient's. */
const ownFilter = t(
  "Your organization sends its mail through HENNGE Email DLP, which checks and counts each sender's messages before they leave; the limit is there, so the recipients' servers never saw these messages.",
  "あなたの組織はメールを HENNGE Email DLP 経由で送信しており、送信前に送信者ごとのメッセージを確認・集計しています。制限はそこでかかっているため、受信側のサーバーにはメッセージが届いていません。",
);

export const hennge: ProviderCatalog = {
  provider: {
    id: "hennge",
    name: "HENNGE Email DLP",
    page: PAGE,
    hosts: [],
    markers: [
      "smtp relay limit exceeded.",
      "smtp relay limit per sender exceeded",
      "high volume of bounced emails coming from",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "hennge-peak-relay-limit",
      code: "",
      texts: ["Peak SMTP relay limit exceeded"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sender",
      owner: "you",
      summary: t(
        "You sent to more recipients in a short time than your organization's outbound filter (HENNGE Email DLP) allows, so it is holding your messages for now.",
        "短時間に送った宛先の数が、組織の送信フィルター (HENNGE Email DLP) の上限を超えたため、メッセージは一時的に保留されています。",
      ),
      cause: t(
        "HENNGE Email DLP lets one sender address reach at most 600 recipients in 10 minutes. Above that it refuses for the time being; the limit lifts once your sending slows down, and the held messages go out again.",
        "HENNGE Email DLP では、1 つの送信者アドレスから 10 分間に送れる宛先は 600 件までです。これを超えると一時的に受け付けなくなります。送信のペースが落ちると制限は解除され、保留されたメッセージは改めて送信されます。",
      ),
      // the held messages go out by themselves: the pace is for the mail to come
      fix: [
        finalOnly(
          t(
            "Wait and send fewer messages at once: split a large mailing over time, or ask your admin for a mail delivery service for newsletters.",
            "しばらく待ち、一度に送る量を減らしてください。大量の一斉送信は時間を分けて行うか、メールマガジンなどには配信サービスを使えないか管理者に相談してください。",
          ),
          t(
            "From now on, send fewer messages at once: split a large mailing over time, or ask your admin for a mail delivery service for newsletters.",
            "今後は、一度に送る量を減らしてください。大量の一斉送信は時間を分けて行うか、メールマガジンなどには配信サービスを使えないか管理者に相談してください。",
          ),
        ),
      ],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["wait-for-retry", "split-recipients"],
    },
    {
      id: "hennge-daily-relay-limit",
      code: "",
      texts: ["Daily SMTP relay limit exceeded"],
      reasons: ["speeding", "toomanyconn"],
      temporary: false,
      owner: "you",
      summary: t(
        "You sent to more recipients in one day than your organization's outbound filter (HENNGE Email DLP) allows, so this message was not sent.",
        "1 日に送った宛先の数が、組織の送信フィルター (HENNGE Email DLP) の上限を超えたため、このメッセージは送信されませんでした。",
      ),
      cause: t(
        "HENNGE Email DLP lets one sender address reach at most 10,000 recipients in 24 hours. Messages refused under this limit are not sent later by themselves.",
        "HENNGE Email DLP では、1 つの送信者アドレスから 24 時間に送れる宛先は 10,000 件までです。この制限で拒否されたメッセージは、後で自動的に送られることはありません。",
      ),
      fix: [
        t(
          "Send the message again to the recipients this report lists once your sending of the last 24 hours is below the limit.",
          "直近 24 時間の送信量が上限を下回ってから、このレポートに記載された宛先へ送り直してください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [YOUR_ADMIN.cleanLists],
      // a day's count of recipients: fewer per message does not lower it
      actions: ["contact-your-admin"],
    },
    {
      id: "hennge-concurrent-limit",
      code: "",
      texts: ["Peak concurrent SMTP relay limit per sender exceeded"],
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "One sender opened more connections at once than your organization's outbound filter (HENNGE Email DLP) allows; the messages are held for now.",
        "1 人の送信者が、組織の送信フィルター (HENNGE Email DLP) の上限を超える数の接続を同時に開いたため、メッセージは一時的に保留されています。",
      ),
      cause: ownFilter,
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find the program or device that sends as this address in parallel (a business system, a multifunction printer, a mailing tool) and lower how many connections it opens at once.",
          "このアドレスで並行して送信しているプログラムや機器 (業務システム、複合機、配信ツールなど) を特定し、同時に開く接続数を減らしてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "hennge-bounce-block",
      title: "Sender blocked after many bounces",
      code: "",
      texts: ["high volume of bounced emails coming from"],
      reasons: ["blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your organization's outbound filter (HENNGE Email DLP) has blocked mail from this sender for a while, because many of its recent messages bounced.",
        "最近のメッセージの多くが配信エラーになったため、組織の送信フィルター (HENNGE Email DLP) がこの送信者からのメールを一定時間ブロックしています。",
      ),
      cause: t(
        "HENNGE Email DLP blocks a sender (or a whole organization) that causes many bounces in a short time, usually by mailing old or mistyped addresses; the block lifts after the time the reply gives, and an admin can lift some blocks in its console.",
        "HENNGE Email DLP は、短時間に多くの配信エラーを起こした送信者 (または組織全体) をブロックします。古いアドレスや誤ったアドレスへの送信が主な原因です。ブロックは応答に示された時間がたつと解除され、一部のブロックは管理者が管理画面から解除できます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.cleanLists,
        t(
          "Then lift the block in the HENNGE Email DLP admin console ([Tenant Settings] > [Restricted Senders]), or ask HENNGE's support when the console cannot.",
          "その後、HENNGE Email DLP の管理画面 ([テナント設定] > [制限された送信者]) でブロックを解除してください。管理画面で解除できない場合は HENNGE のサポートに依頼してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
