// Source: Telstra's CrowdSupport wiki "Why is my email being blacklisted?"
// (crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234): BigPond's
// outgoing servers greet a customer whose IP is on Spamhaus's Exploits Block List with "BigPond
// Outbound [OB105. Connection refused. <ip> is listed on the Exploits Block List (XBL)", removal being
// the customer's to request from Spamhaus; and BigPond's inbound refusal of a message as spam, "558
// 5.7.1 <id> Message content rejected due to suspected spam. IB703" (IB704 alike), as a sender quoted
// it in full (greig.homeip.net, "Spam email as defined by Bigpond") and deliverability firms list it
// (suped.com, 2025). BigPond's servers are *.bigpond.com. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234";

export const telstra: ProviderCatalog = {
  provider: {
    id: "telstra",
    name: "Telstra BigPond",
    page: PAGE,
    hosts: [".bigpond.com", ".bigpond.net.au", ".telstra.com"],
    markers: ["bigpond outbound"],
    domains: ["bigpond.com", "bigpond.net.au", "telstra.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "telstra-suspected-spam",
      title: "Message content rejected as suspected spam (IB703, IB704)",
      code: "",
      texts: ["Message content rejected due to suspected spam"],
      markers: ["ib703", "ib704"],
      reasons: ["spamdetected", "contenterror", "badreputation"],
      temporary: false,
      owner: "you",
      summary: t(
        "BigPond's spam filter rejected this message: its content (text, links, what the links lead to) together with the sender's record looked like spam.",
        "BigPond の迷惑メール フィルターはこのメッセージを拒否しました。内容 (本文、リンク、リンク先) と送信元のこれまでの実績から、迷惑メールと判断されました。",
      ),
      cause: t(
        "The verdict is about this message, not a block of the sender: others from the same address may pass. BigPond weighs the links' domains (shorteners and listed domains especially), the wording and the complaints its users made about similar mail.",
        "この判定はこのメッセージに対するもので、送信者のブロックではありません。同じアドレスからの他のメールは届くことがあります。BigPond はリンク先のドメイン (特に短縮 URL や掲載済みのドメイン)、文言、似たメールへの利用者の苦情を判定に使います。",
      ),
      fix: [
        t(
          "Send a shorter version without link shorteners or links to little-known sites, or reach the recipient another way; if many messages to BigPond addresses come back, forward this report to your mail admin.",
          "短縮 URL やあまり知られていないサイトへのリンクを含まない短い文面で送り直すか、別の手段で受信者に連絡してください。BigPond のアドレス宛てのメールが多く戻る場合は、このレポートをメール管理者に転送してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.checkDkim],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "telstra-outbound-xbl",
      title: "BigPond's outgoing server refuses an IP on Spamhaus XBL (OB105)",
      code: "",
      texts: ["is listed on the Exploits Block List (XBL)"],
      markers: ["ob105"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      ownBounce: true,
      summary: t(
        "BigPond, your own mail provider, will not take your mail for sending: the internet address you connect from[[ ({ip})]] is on Spamhaus's Exploits Block List (XBL).",
        "あなたのメール事業者である BigPond は、送信するメールを受け付けません。接続元のインターネット アドレス[[ ({ip}) ]]が Spamhaus の Exploits Block List (XBL) に載っているためです。",
      ),
      cause: t(
        "The XBL lists addresses from which infected computers or devices were seen sending spam or attacks. BigPond checks it before it lets anyone send; it does not remove listings itself, the user does, at Spamhaus.",
        "XBL は、感染したコンピューターや機器が迷惑メールや攻撃を送っていたアドレスを登録しています。BigPond は送信を受け付ける前にこれを確認します。掲載の削除は BigPond ではなく、利用者が Spamhaus で行います。",
      ),
      fix: [
        t(
          "Scan every computer, phone and smart device on your connection for malware and update your router, then look your address up on Spamhaus's checker and request its removal there.",
          "接続しているすべてのコンピューター、スマートフォン、スマート機器をマルウェア スキャンし、ルーターを更新してから、Spamhaus の検索ページでアドレスを調べて削除を申請してください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [YOUR_ADMIN.checkListing],
      actions: ["request-delisting", "contact-your-admin"],
    },
  ],
};
