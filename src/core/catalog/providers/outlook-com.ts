// Source: Outlook.com postmaster "Troubleshooting" (sendersupport.olc.protection.outlook.com/pm/
// troubleshooting.aspx: SC-, DY-, RP-, OU- codes), Microsoft's high-volume sender requirements
// for Outlook.com (550 5.7.515, 2025), and Outlook.com's S31xx block-list replies. Texts are
// Microsoft's published phrasings; the explanations are our own words. Outlook.com is run by
// Microsoft: the Exchange tables' exact texts (5.7.509, 5.7.510, ...) keep winning over these.
// Its outgoing servers' refusal of a sending account, "554 5.2.0 STOREDRV.Submission.Exception:
// OutboundSpamException; ... WASCL UserAction verdict is not None. Actual verdict is RefuseQuota,
// ShowTierUpgrade", as users met it (Youans/nodejs-nodemailer-outlook issue 11, 2020: an account
// not yet verified; nodemailer issue 1486, 2022: lifted after signing in again to unblock it).
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const TROUBLESHOOTING = "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx";
const SUPPORT_FORM = t(
  "Once the cause is fixed, ask Microsoft to lift the block, quoting {ip} and the code in the reply: for Outlook.com and Hotmail recipients with the sender support form (olcsupport.office.com), for Microsoft 365 recipients (a server name ending in mail.protection.outlook.com) with the delist portal (sender.office.com). SNDS (sendersupport.olc.protection.outlook.com/snds) shows {ip}'s standing.",
  "原因を解消したら、{ip} と応答内のコードを伝えて Microsoft にブロックの解除を依頼してください。Outlook.com や Hotmail の宛先には送信者サポート フォーム (olcsupport.office.com)、Microsoft 365 の宛先 (サーバー名が mail.protection.outlook.com で終わる) には登録解除ポータル (sender.office.com) を使ってください。SNDS (sendersupport.olc.protection.outlook.com/snds) で {ip} の状態を確認できます。",
);

export const outlookCom: ProviderCatalog = {
  provider: {
    id: "outlook-com",
    name: "Outlook.com",
    page: TROUBLESHOOTING,
    hosts: [".olc.protection.outlook.com", ".hotmail.com", ".live.com", ".msn.com"],
    markers: [
      "(s3150)",
      "(s3140)",
      "(s3114)",
      "(s3115)",
      "(as3150)",
      "(as3140)",
      "mail.live.com/mail/troubleshooting",
      "olc.protection.outlook.com",
      "mail rejected by outlook.com",
      "mail rejected by hotmail",
      // Outlook.com's own reference codes and phrasings: they name it when no host or domain does
      ...["sc-001", "sc-002", "sc-003", "sc-004", "dy-001", "dy-002", "ou-001", "ou-002"],
      ...["rp-001", "rp-002", "rp-003"],
      "connecting to outlook.com server",
      "doesn't meet the required authentication level",
      // the wording of Microsoft's support article on 5.7.515
      "does not meet the required authentication level",
      "see https://postmaster.live.com",
      "(s775)",
      "(s843)",
      "(s77714)",
      // its outgoing servers' verdict on a sending account (see outlook-com-outbound-spam)
      "wascl useraction verdict",
    ],
    domains: [
      "outlook.com",
      "hotmail.com",
      "live.com",
      "msn.com",
      "passport.com",
      "hotmail.co.uk",
      "hotmail.fr",
      "hotmail.de",
      "hotmail.it",
      "hotmail.es",
      "live.jp",
      "outlook.jp",
      "hotmail.co.jp",
      "live.co.uk",
      "outlook.fr",
      "outlook.de",
    ],
    kind: "receiver",
    microsoft: true,
  },
  entries: [
    {
      id: "outlook-com-5.7.1-block-list",
      title: "Part of the sender's network is on Microsoft's block list",
      code: "5.7.1",
      texts: [
        "Unfortunately, messages from [$IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list",
        "part of their network is on our block list",
      ],
      markers: ["(s3150)", "(s3140)", "(s3114)", "(s3115)", "(as3150)", "(as3140)"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Microsoft's mail service (Outlook.com, or Microsoft 365 for business recipients) refused mail from {ip}: Microsoft's own block list includes that IP address or the network it belongs to.",
        "Microsoft のメール サービス (Outlook.com、または企業の宛先では Microsoft 365) は {ip} からのメールを拒否しました。Microsoft 独自のブロック リストに、この IP アドレスまたはそれが属するネットワークが載っています。",
      ),
      cause: t(
        "Microsoft blocks IPs and ranges whose mail it judged risky (spam complaints, volume spikes, poor reputation, a shared or newly used IP); the block is Microsoft's, not a public list, and it is lifted on request.",
        "Microsoft は、送信メールを危険と判断した IP や範囲 (迷惑メールの苦情、急な送信量の増加、低い評価、共有 IP や使い始めの IP) をブロックします。これは公開リストではなく Microsoft 自身のブロックで、申請により解除されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, SUPPORT_FORM],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "outlook-com-5.7.515-authentication-level",
      title: "Sending domain doesn't meet the required authentication level",
      code: "5.7.515",
      texts: [
        "Access denied, sending domain [$SenderDomain] doesn't meet the required authentication level",
        "doesn't meet the required authentication level",
        "does not meet the required authentication level",
      ],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Outlook.com refused the message because {domain} does not meet Microsoft's authentication rule for high-volume senders: SPF, DKIM and DMARC must all be in place, and DMARC must pass.",
        "{domain} が Microsoft の大量送信者向け認証要件を満たしていないため、Outlook.com はメッセージを拒否しました。SPF・DKIM・DMARC をすべて設定し、DMARC が合格する必要があります。",
      ),
      cause: t(
        "Since 2025, Outlook.com requires domains that send it more than 5,000 messages a day to pass SPF and DKIM and publish a DMARC record (at least p=none) aligned with the From domain.",
        "2025 年から Outlook.com は、1 日に 5,000 通を超えて送るドメインに、SPF と DKIM の合格と、From ドメインと一致する DMARC レコード (少なくとも p=none) の公開を求めています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkDmarc],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
    },
    {
      // Outlook.com's reply for an address it does not have, with or without the enhanced code.
      id: "outlook-com-mailbox-unavailable",
      code: "",
      texts: ["Requested action not taken: mailbox unavailable"],
      reasons: ["userunknown", "filtered", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Outlook.com has no mailbox at the address you wrote to: the address is wrong, or the account was closed.",
        "宛先のアドレスには Outlook.com のメールボックスがありません。アドレスが間違っているか、アカウントが閉鎖されています。",
      ),
      cause: t(
        "Outlook.com and Hotmail answer this way for an address that does not exist or an account that was deleted after long inactivity.",
        "Outlook.com と Hotmail は、存在しないアドレスや長期間使われず削除されたアカウントにこう応答します。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "outlook-com-mailbox-full",
      code: "",
      texts: ["Mailbox full", "mailbox is full", "exceeded storage allocation"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Outlook.com mailbox is full, so it cannot take new mail until they make room.",
        "受信者の Outlook.com のメールボックスがいっぱいのため、空きを作るまで新しいメールを受け取れません。",
      ),
      cause: t(
        "The mailbox reached its storage limit; only its owner can free space or upgrade the storage.",
        "メールボックスが保存容量の上限に達しています。空きを作ったり容量を増やしたりできるのは持ち主だけです。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "outlook-com-4.7.650-ip-reputation",
      title: "Rate limited due to IP reputation",
      code: "4.7.650/4.7.651",
      texts: [
        "The mail server [$IP] has been temporarily rate limited due to IP reputation",
        "has been temporarily rate limited due to ip reputation",
        "rate limited due to ip reputation",
      ],
      reasons: ["badreputation", "speeding", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Outlook.com is accepting mail from {ip} only slowly for now, because of that IP address's reputation.",
        "IP アドレスの評価のため、Outlook.com は現在 {ip} からのメールをゆっくりとしか受け付けていません。",
      ),
      cause: t(
        "Microsoft throttles IPs with a poor or unknown reputation (new IPs, volume spikes, complaints) until their mail proves wanted.",
        "Microsoft は、評価が低いか未知の IP (新しい IP、急な送信量の増加、苦情) を、そのメールが望まれていると分かるまで制限します。",
      ),
      fix: [YOU.retryAfterBlock],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.slowDown],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "outlook-com-4.7.500-server-busy",
      title: "Server busy, try again later",
      code: "4.7.500",
      texts: [
        "Server busy. Please try again later from [$IP]",
        "Server busy. Please try again later",
      ],
      reasons: ["blocked", "badreputation", "speeding", "systemerror"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "nobody",
      summary: t(
        "Outlook.com is holding back mail from {ip} for now (its reply says the server is busy).",
        "Outlook.com は現在 {ip} からのメールを保留しています (応答には、サーバーが混雑していると書かれています)。",
      ),
      cause: t(
        "Outlook.com defers mail from IPs it does not yet trust or that send in bursts; the deferral usually passes within hours.",
        "Outlook.com は、まだ信頼していない IP や一度に大量に送る IP からのメールを保留します。通常は数時間で解消します。",
      ),
      fix: [YOU.retryLater],
      adminFix: [YOUR_ADMIN.slowDown, YOUR_ADMIN.checkReputation],
      actions: ["wait-for-retry"],
    },
    {
      id: "outlook-com-rate-limit",
      code: "",
      texts: [
        "has exceeded the rate limit allowed",
        "has exceeded the connection limit allowed",
        // 451 4.7.652 (S3115): too many connections open at once from the sending IP.
        "has exceeded the maximum number of connections",
        "We have limits for how many messages can be sent per hour and per day",
      ],
      markers: ["rp-001", "rp-002", "rp-003"],
      reasons: ["speeding", "toomanyconn", "badreputation"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Outlook.com is limiting how much mail it accepts from {ip} per hour and per day.",
        "Outlook.com は {ip} から 1 時間・1 日に受け付けるメールの量を制限しています。",
      ),
      cause: t(
        "The sending server sent more messages or opened more connections than Outlook.com allows an IP of its reputation.",
        "送信サーバーが、Outlook.com がその評価の IP に許すより多くのメッセージを送るか、多くの接続を開きました。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [YOUR_ADMIN.slowDown, YOUR_ADMIN.checkReputation],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "outlook-com-policy-reputation",
      code: "",
      texts: [
        "Mail rejected by Outlook.com for policy reasons",
        "Mail rejected by Hotmail for policy reasons",
        "related to content with spam-like characteristics or IP/domain reputation",
      ],
      markers: ["sc-001", "sc-002", "sc-003", "sc-004", "ou-001", "ou-002"],
      reasons: ["blocked", "badreputation", "spamdetected", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Outlook.com refused mail from {ip} for policy reasons: spam-like content, a poor reputation of the IP or of {domain}, complaints, or signs of an open relay.",
        "Outlook.com はポリシー上の理由で {ip} からのメールを拒否しました。迷惑メールのような内容、IP または {domain} の低い評価、苦情、オープン リレーの兆候などです。",
      ),
      cause: t(
        "Microsoft's filters scored this sender as a source of unwanted mail (the SC/OU code in the reply says which kind: content or reputation, address harvesting, open proxy, complaints).",
        "Microsoft のフィルターが、この送信者を迷惑メールの発信元と判定しました (応答の SC/OU コードが種類を示します: 内容や評価、アドレス収集、オープン プロキシ、苦情)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, SUPPORT_FORM],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "outlook-com-dynamic-ip",
      code: "",
      texts: [
        "We generally do not accept email from dynamic IP's",
        "do not accept email from dynamic ip",
        "likely cause is a compromised or virus infected server/personal computer",
      ],
      markers: ["dy-001", "dy-002"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Outlook.com does not take mail sent directly from {ip}: it looks like a home or dynamic address, or a machine that may be infected.",
        "Outlook.com は {ip} から直接送られたメールを受け付けません。家庭用や動的なアドレス、または感染の疑いがある端末のように見えるためです。",
      ),
      cause: t(
        "Mail from dynamic or end-user IP ranges usually comes from infected computers, so Outlook.com expects it to go through the provider's mail server.",
        "動的 IP やエンド ユーザー向けの範囲からのメールは感染した端末によるものが多いため、Outlook.com はプロバイダーのメール サーバー経由で送られることを求めています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send through your provider's smart host instead of directly from {ip}, and check the machine for malware.",
          "{ip} から直接送らずプロバイダーのスマート ホストを経由させ、端末にマルウェアがないか確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "outlook-com-outbound-spam",
      title: "Sending account held by Outlook.com's outbound spam filter",
      code: "",
      texts: ["WASCL UserAction verdict is not None"],
      markers: ["wascl useraction verdict"],
      // written by its outgoing servers, for the sending account
      ownBounce: true,
      reasons: ["securityerror", "rejected", "spamdetected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Outlook.com would not send this message from your account: its filter for outgoing mail is holding the account back (a sending limit reached, a new account not yet verified, or mail that looked like spam).",
        "Outlook.com は、あなたのアカウントからこのメッセージを送信しませんでした。送信メールのフィルターがアカウントの送信を止めています (送信数の上限、まだ確認されていない新しいアカウント、迷惑メールに見えるメールなど)。",
      ),
      cause: t(
        "Outlook.com's outgoing servers judge each sending account: a new or unverified account, a burst of messages or recipients over the day's limit, or mail that looks like spam (often from a stolen password) makes them refuse its mail until the account is verified or the limit resets. The recipient's side never saw the message.",
        "Outlook.com の送信サーバーは、送信するアカウントごとに判定します。新しいアカウントや確認されていないアカウント、1 日の上限を超えるメッセージや宛先の数、迷惑メールに見えるメール (パスワードの盗用によることが多い) があると、アカウントが確認されるか上限がリセットされるまで、そのメールを拒否します。受信者の側にはメッセージは届いていません。",
      ),
      fix: [
        t(
          "Sign in to outlook.com on the web: if it asks you to verify the account (a code sent to your phone or another address) or shows a notice about unusual activity, follow it, and change the password if you did not send a lot yourself.",
          "Web で outlook.com にサインインしてください。アカウントの確認 (電話や別のアドレスに届くコード) を求められたり、普段と異なるアクティビティのお知らせが表示されたりした場合は、その指示に従ってください。自分で大量に送っていない場合はパスワードを変更してください。",
        ),
        t(
          "If you sent many messages today, wait a day before sending again, and send bulk mail through a service made for it.",
          "今日多数のメッセージを送った場合は、1 日待ってから送り直してください。一斉送信には専用のサービスを使ってください。",
        ),
      ],
      adminFix: [
        t(
          "If an application or a shared account sends through this mailbox account, check who sends through it and how much, change its password if the sending was not yours, and move bulk or automatic mail to a sending service made for it.",
          "アプリケーションや共有アカウントがこのメール アカウント経由で送信している場合は、誰がどれだけ送っているかを確認し、身に覚えのない送信ならパスワードを変更し、一斉送信や自動送信のメールは専用の送信サービスに移してください。",
        ),
      ],
      actions: ["secure-account"],
    },
  ],
};
