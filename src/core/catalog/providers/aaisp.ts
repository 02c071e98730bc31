// Source: Andrews & Arnold's (AAISP, a UK internet provider) support page "Sending Email Errors"
// (support.aa.net.uk/Sending_Email_Errors, which its outgoing server smtp.aa.net.uk links in every
// refusal: "Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors x.x.x.x is blocked from
// sending. Probably due to sending spam messages."): CA1, a customer's account blocked after mail
// to many invalid addresses (about 20 failures an hour); CA2, an IP address blocked after about 20
// high spam-scoring messages or 20 failed recipients an hour; CA3, a mailbox blocked after about
// 40 high spam-scoring messages in 6 hours (compromised accounts dribble spam); BO1, a bounce
// message a customer's own server generated, which it will not relay (backscatter); and its page
// "Outgoing Spam Restrictions". These are the sender's own provider refusing to send. The
// explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://support.aa.net.uk/Sending_Email_Errors";

/** Every block lifts only when AAISP's support does it, after the cause is dealt with. */
const askSupport = t(
  "Once the cause is dealt with, ask AAISP's support to lift the block, quoting the error code.",
  "原因に対処したら、エラー コードを添えて AAISP のサポートにブロックの解除を依頼してください。",
);

/** A compromised account is the first thing to rule out: change its password. */
const changePassword = t(
  "Change the mailbox's password (and in every program that sends with it): a stolen password is the most common cause.",
  "メールボックスのパスワードを変更してください (送信に使うすべてのプログラムの設定も)。盗まれたパスワードが最も多い原因です。",
);

export const aaisp: ProviderCatalog = {
  provider: {
    id: "aaisp",
    name: "Andrews & Arnold (AAISP)",
    page: PAGE,
    hosts: [".aa.net.uk"],
    markers: ["wiki.aa.org.uk/sending_email_errors", "support.aa.net.uk/sending_email_errors"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "aaisp-ca1-account-invalid-recipients",
      title: "Account blocked from sending: many invalid recipients (CA1)",
      code: "",
      texts: ["Error CA1"],
      markers: ["error ca1"],
      reasons: ["blocked", "rejected", "securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Your own provider, Andrews & Arnold, blocked your account from sending because it sent to many addresses that do not exist.",
        "存在しない多数のアドレスへ送信したため、あなた自身のプロバイダーである Andrews & Arnold があなたのアカウントからの送信をブロックしました。",
      ),
      cause: t(
        "AAISP blocks an account that sends to about 20 invalid addresses in an hour. Either someone else is sending junk through the account with its password, or a mailing list holds many addresses that no longer exist.",
        "AAISP は、1 時間に約 20 件の無効なアドレスへ送信したアカウントをブロックします。他人がパスワードを使ってアカウントから迷惑メールを送っているか、メーリング リストに存在しないアドレスが多数含まれています。",
      ),
      fix: [changePassword, askSupport],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "aaisp-ca2-ip-blocked",
      title: "IP address blocked from sending (CA2)",
      code: "",
      texts: ["is blocked from sending. Probably due to sending spam messages", "Error CA2"],
      markers: ["error ca2"],
      reasons: ["blocked", "spamdetected", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your own provider, Andrews & Arnold, blocked the IP address you send from[[ ({ip})]] on its outgoing server because spam-like mail left from it.",
        "迷惑メールと思われるメールが送られていたため、あなた自身のプロバイダーである Andrews & Arnold は、送信元の IP アドレス[[ ({ip}) ]]を送信サーバーでブロックしました。",
      ),
      cause: t(
        "AAISP blocks an IP that sends about 20 high spam-scoring messages, or mail to about 20 failing addresses, in an hour. The sender is often a third party: an infected computer or device on that network, or a stolen password used from there.",
        "AAISP は、1 時間に約 20 件の迷惑メールとしての判定スコアが高いメッセージ、または約 20 件の失敗するアドレスへのメールを送った IP をブロックします。送り主は第三者であることが多く、そのネットワーク上の感染したコンピューターや機器、そこから使われた盗まれたパスワードなどです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find what on the network behind {ip} sends the spam (scan computers and devices, check the mail accounts used there), stop it, then ask AAISP's support to unblock the IP.",
          "{ip} の背後のネットワークで迷惑メールを送っているものを突き止め (コンピューターや機器をスキャンし、そこで使われているメール アカウントを確認)、止めてから、AAISP のサポートに IP のブロック解除を依頼してください。",
        ),
        YOUR_ADMIN.cleanLists,
      ],
      actions: ["contact-your-admin", "secure-account"],
    },
    {
      id: "aaisp-ca3-mailbox-blocked",
      title: "Mailbox blocked from sending: spam over several hours (CA3)",
      code: "",
      texts: ["Error CA3"],
      markers: ["error ca3"],
      reasons: ["blocked", "spamdetected", "securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Your own provider, Andrews & Arnold, blocked your mailbox from sending because it sent spam-like mail over several hours.",
        "数時間にわたって迷惑メールと思われるメールを送っていたため、あなた自身のプロバイダーである Andrews & Arnold があなたのメールボックスからの送信をブロックしました。",
      ),
      cause: t(
        "AAISP blocks a mailbox that sends about 40 high spam-scoring messages in 6 hours: stolen accounts are often used to send spam slowly, to go unnoticed.",
        "AAISP は、迷惑メールの判定スコアが高いメッセージを 6 時間に約 40 件送ったメールボックスをブロックします。盗まれたアカウントは、気付かれないようゆっくり迷惑メールを送るのによく使われます。",
      ),
      fix: [changePassword, askSupport],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "aaisp-bo1-bounce-not-relayed",
      title: "Bounce message not relayed (BO1)",
      code: "",
      texts: ["Error BO1"],
      markers: ["error bo1"],
      reasons: ["rejected", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your own provider, Andrews & Arnold, refused to relay a bounce message (a non-delivery report) that your mail server generated.",
        "あなたのメール サーバーが作成した配信エラー通知 (NDR) の中継を、あなた自身のプロバイダーである Andrews & Arnold が拒否しました。",
      ),
      cause: t(
        "A server that accepts a message and only later finds it unwanted sends its bounce to the message's sender address, which spam forges: the bounce lands on an innocent party (backscatter). AAISP does not relay such bounces.",
        "メッセージをいったん受け取り、後から不要と判断したサーバーは、配信エラーをメッセージの送信者アドレスへ送ります。迷惑メールではこのアドレスが偽装されているため、無関係の相手に届きます (バックスキャッター)。AAISP はこうした配信エラーを中継しません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the mail server refuse unwanted mail during the SMTP conversation (unknown recipients, spam) instead of accepting it and sending a bounce afterwards.",
          "メール サーバーが、不要なメール (存在しない宛先、迷惑メール) を受け取ってから配信エラーを送るのではなく、SMTP のやり取りの中で拒否するようにしてください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
