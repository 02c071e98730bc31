// Source: the mail platform of Aruba S.p.A., shared by Aruba.it and its Forpsi brand (Czech Republic,
// Slovakia, Poland: konto.pl), whose replies carry a queue id before their words: Aruba Business's
// "Errori comuni durante l'invio e la ricezione della posta" (guide.arubabusiness.it: "552 5.2.0
// <id> spam detected", "<id> policy violation"), Aruba Hosting's "Risoluzione errori comuni"
// (guide.hosting.aruba.it), Forpsi's articles on "policy violation" (support.konto.pl kb a2765,
// a2164, linking support.forpsi.com/kb) and the list of a Forpsi-hosted provider
// (support.grhosting.cz kb a290: "blocked by SPF", "sender is blacklisted"). The same words come
// from Aruba's outgoing servers (your own provider stopping your mail) and from its inbound ones.
// The explanations are our own words.
import { t } from "../types";
import { finalOnly } from "../step-kinds";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const aruba: ProviderCatalog = {
  provider: {
    id: "aruba",
    name: "Aruba / Forpsi",
    page: "https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta",
    hosts: [".aruba.it", ".arubabusiness.it", ".forpsi.com", ".forpsi.net"],
    markers: ["support.forpsi.com/kb", "bizsmtp"],
    domains: ["aruba.it"],
    kind: "receiver",
  },
  entries: [
    {
      id: "aruba-spam-detected",
      code: "",
      texts: ["spam detected"],
      reasons: ["spamdetected", "policyviolation", "rejected"],
      temporary: false,
      // Its page: the account's recipients reported its mail as spam; the account's user sends only
      // to people who agreed and opens a ticket. An inbound refusal is a verdict on the message.
      owner: "you",
      summary: t(
        "An Aruba / Forpsi mail server refused the message as spam.",
        "Aruba / Forpsi のメール サーバーが、メッセージを迷惑メールとして拒否しました。",
      ),
      cause: t(
        "Aruba's outgoing servers stop mail from an account whose messages many recipients reported as spam; its inbound servers refuse mail their filter scores as spam for mailboxes set to refuse it. The bounce's server name tells which: your own provider's outgoing server, or the recipient's.",
        "Aruba の送信サーバーは、多くの受信者から迷惑メールとして報告されたアカウントのメールを止めます。Aruba の受信用サーバーは、迷惑メールを拒否する設定のメールボックス宛てに、フィルターが迷惑メールと判定したメールを拒否します。どちらかは、配信エラーに書かれたサーバー名でわかります (自分のプロバイダーの送信サーバーか、受信側のサーバーか)。",
      ),
      fix: [
        YOU.plainVersionOrAllowed,
        t(
          "If your own Aruba account's outgoing mail is stopped, send only to people who agreed to receive it, remove bouncing addresses, and open a ticket with Aruba with the full error, the sender, the recipient and the date.",
          "自分の Aruba アカウントの送信メールが止められている場合は、受信に同意した相手だけに送り、エラーになるアドレスを削除したうえで、エラーの全文、送信者、受信者、日付を添えて Aruba にチケットで問い合わせてください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["contact-recipient", "copy-summary"],
    },
    {
      id: "aruba-policy-violation",
      code: "",
      texts: ["policy violation"],
      reasons: ["policyviolation", "speeding", "exceedlimit", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your provider's Aruba / Forpsi outgoing server stopped the message: more mail left your account or IP address than its limits allow.",
        "プロバイダーの Aruba / Forpsi の送信サーバーがメッセージを止めました。あなたのアカウントまたは IP アドレスから、上限を超える量のメールが送られたためです。",
      ),
      cause: t(
        "Aruba limits how much one account or IP sends (Forpsi: 250 a minute, 1,000 an hour) and blocks sending for about an hour when the limits are passed or when over half of the last hour's messages could not be delivered. Malware or a stolen password can send in your name.",
        "Aruba は 1 つのアカウントまたは IP から送れる量を制限しており (Forpsi では 1 分に 250 通、1 時間に 1,000 通)、上限を超えた場合や直近 1 時間のメッセージの半分以上が配信できなかった場合は、約 1 時間送信を止めます。マルウェアや盗まれたパスワードで、あなたの名前でメールが送られていることもあります。",
      ),
      fix: [
        finalOnly(
          t(
            "Wait an hour, then send the message again, to fewer recipients at once.",
            "1 時間ほど待ってから、一度に送る宛先を減らして送り直してください。",
          ),
          t(
            "From now on, send to fewer recipients at once.",
            "今後は、一度に送る宛先を減らしてください。",
          ),
        ),
        t(
          "If you did not send much mail, scan your devices for malware and change the mailbox password.",
          "多くのメールを送った覚えがない場合は、端末をマルウェア検査し、メールボックスのパスワードを変更してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.slowDown, YOUR_ADMIN.cleanLists],
      actions: ["retry-later", "secure-account", "split-recipients"],
    },
    {
      id: "aruba-blocked-by-spf",
      code: "",
      texts: ["blocked by SPF"],
      reasons: ["authfailure", "rejected", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The recipient's Aruba / Forpsi server refused the message because the SPF record of {domain} does not allow the server that sent it[[ ({ip})]].",
        "{domain} の SPF レコードが送信したサーバー[[ ({ip}) ]]を許可していないため、受信側の Aruba / Forpsi のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "The domain's SPF record lists the servers that may send its mail. Mail sent through another server (a forwarding, your internet provider's server, a website) fails the check.",
        "ドメインの SPF レコードには、そのドメインのメールを送ってよいサーバーが記載されています。ほかのサーバー (転送、インターネット プロバイダーのサーバー、Web サイトなど) を通して送ったメールは検査に不合格になります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "aruba-sender-blacklisted",
      code: "",
      texts: ["sender is blacklisted"],
      reasons: ["filtered", "rejected", "blocked"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's mailbox (on Aruba / Forpsi) has your address on its own block list.",
        "受信者のメールボックス (Aruba / Forpsi) の受信拒否リストに、あなたのアドレスが登録されています。",
      ),
      cause: t(
        "The mailbox's owner (or the domain's admin) listed your address or domain among the senders to refuse; it is their setting, not a public block list.",
        "メールボックスの持ち主 (またはドメインの管理者) が、あなたのアドレスやドメインを受信拒否リストに登録しています。公開ブロック リストではなく、受信側の設定です。",
      ),
      fix: [
        t(
          "If the message is wanted, ask the recipient another way to take your address off their block list.",
          "必要なメッセージであれば、別の手段で受信者に連絡し、受信拒否リストからあなたのアドレスを外してもらってください。",
        ),
      ],
      adminFix: [MAILBOX.recipientsOwnList],
      actions: ["contact-recipient"],
    },
  ],
};
