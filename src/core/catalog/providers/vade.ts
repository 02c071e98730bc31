// Vade (Vade Secure, now part of Hornetsecurity) filtering in front of the mailboxes of Open-Xchange's
// hosted customers (many ISPs in the US and Europe). Its postmaster pages
// (postmaster-oxsus.vadesecure.com for the US platform and its "Inbound SMTP error codes" page,
// postmaster-oxseu.vadesecure.com for the EU one, listed in Open-Xchange's "Mail Server error codes
// of OX App Suite Cloud" article) name each refusal by a code in the reply, OXSUS0001_nnn /
// OXSEU0001_nnn, behind a plain "Connection refused"; some replies write the code with three zeros
// (OXSUS001_403). The reply's generic 5.7.1 or 4.2.1 says nothing, so the code is the meaning. The
// older page's _102 (a queue backlog, "Connection deferred") is the newer page's Validity block
// list ("blocked by Validity"): the words tell them apart. Found by that code, whatever host wrote
// it. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const US = "https://postmaster-oxsus.vadesecure.com/";

export const vade: ProviderCatalog = {
  provider: {
    id: "vade",
    name: "Vade (Open-Xchange hosted mail filtering)",
    page: US,
    hosts: [],
    markers: ["oxsus0001_", "oxseu0001_", "oxsus001_", "oxseu001_"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "vade-threat-network",
      code: "",
      title: "Sending IP on the Vade Threat Network list (_101)",
      texts: ["Connection refused"],
      markers: ["001_101"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail filter (Vade) refused mail from your server[[ ({ip})]] because its IP address is on Vade's own list of addresses seen sending spam.",
        "受信側のメール フィルター (Vade) は、あなたのサーバー[[ ({ip}) ]]の IP アドレスが、迷惑メールの送信が確認されたアドレスを集めた Vade 独自のリストに載っているため、そこからのメールを拒否しました。",
      ),
      cause: t(
        "Vade builds this list from the spam its filters see across the providers it protects. A listed IP is refused for every mailbox behind Vade, whatever the message; the usual causes are a compromised account or device sending spam through the server, or a shared server whose other users did.",
        "Vade は、保護している多くの事業者でフィルターが見た迷惑メールからこのリストを作っています。掲載された IP は、メッセージの内容にかかわらず、Vade の背後にあるすべてのメールボックスで拒否されます。よくある原因は、乗っ取られたアカウントや端末がサーバー経由で迷惑メールを送ったこと、または共有サーバーの他の利用者が送ったことです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Once the spam has stopped, ask for {ip} to be removed through Vade's postmaster page named in the reply.",
          "迷惑メールが止まったら、応答に示された Vade の postmaster ページから {ip} の削除を依頼してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "vade-backend-busy",
      code: "",
      title: "Vade's servers busy (_102, _103)",
      texts: ["Connection deferred"],
      markers: ["001_102", "001_103"],
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's mail filter (Vade) could not pass mail on to the mailboxes behind it just then, so it asked your server to try again later.",
        "受信側のメール フィルター (Vade) は、その時点で背後のメールボックスにメールを渡せなかったため、後で再試行するようあなたのサーバーに求めました。",
      ),
      cause: t(
        "Too many messages were waiting in Vade's queue for the receiving provider's servers. Nothing is wrong with your message or your server.",
        "受信側の事業者のサーバーへ渡すメッセージが Vade のキューにたまりすぎていました。あなたのメッセージやサーバーに問題はありません。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "Nothing to change; if the deferrals last more than a day, the recipient's provider can check its mail servers behind Vade.",
          "変更は不要です。保留が 1 日以上続く場合は、受信側の事業者が Vade の背後にある自社のメール サーバーを確認できます。",
        ),
      ],
      actions: ["wait-for-retry"],
      lastingDeferral: "receiving-side",
    },
    {
      id: "vade-no-reverse-dns",
      code: "",
      title: "No reverse DNS for the sending IP (_105, _108)",
      texts: ["Connection refused"],
      markers: ["001_105", "001_108"],
      reasons: ["requireptr"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail filter (Vade) refused mail from your server[[ ({ip})]] because that IP address has no reverse DNS name.",
        "あなたのサーバー[[ ({ip}) ]]の IP アドレスに逆引き DNS 名がないため、受信側のメール フィルター (Vade) はそこからのメールを拒否しました。",
      ),
      cause: t(
        "Vade refuses a connection from an IP address whose reverse DNS (PTR) lookup finds no name (_105), or whose name does not lead back to the same address (_108, forward-confirmed reverse DNS): home connections and misconfigured servers look like that, and a real mail server is expected to have a matching name.",
        "Vade は、逆引き DNS (PTR) で名前が見つからない IP アドレス (_105)、またはその名前の正引きが同じアドレスに戻らない IP アドレス (_108、正引き確認付きの逆引き DNS) からの接続を拒否します。家庭用回線や設定を誤ったサーバーがこれに当たります。正規のメール サーバーには一致する名前があるのが前提です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin"],
    },
    {
      id: "vade-rate-limit",
      code: "",
      title: "Too many connections or messages from one IP (_110, _130, _136, _139, _140)",
      texts: ["Connection refused"],
      markers: ["001_110", "001_130", "001_136", "001_139", "001_140"],
      reasons: ["toomanyconn", "speeding"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The recipient's mail filter (Vade) held back mail from your server[[ ({ip})]] because it opened too many connections or sent too many messages in a short time.",
        "あなたのサーバー[[ ({ip}) ]]が短時間に多くの接続を開いたか多くのメッセージを送ったため、受信側のメール フィルター (Vade) はそこからのメールを保留しました。",
      ),
      cause: t(
        "Vade limits every sending IP address, in connections at once and in messages over time, to protect the mailboxes behind it, and lowers the limit for an address whose recent mail looked unwanted (_130). A burst of mail, such as a newsletter or many recipients at one provider, reaches the limit.",
        "Vade は、背後のメールボックスを守るため、送信 IP アドレスごとに同時接続数と時間あたりのメッセージ数を制限しており、最近のメールが望まれないものに見えたアドレスには上限を下げます (_130)。ニュースレターや同じ事業者の多数の宛先など、まとまった送信が上限に達します。",
      ),
      whileRetrying: {
        cause: t(
          "The sending server's retries get through as the rate falls.",
          "送信ペースが下がれば、送信サーバーの再試行は受け付けられます。",
        ),
      },
      // given up on, the pace or the reputation (_130) kept meeting the limit for days
      lastingDeferral: "sending-side",
      fix: [SENDER.waitForRetry],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "vade-validity-list",
      code: "",
      title: "Sending IP on Validity's block list (_102)",
      texts: ["blocked by Validity"],
      markers: ["blocked by validity"],
      reasons: ["blocked", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail filter (Vade) refused mail from your server[[ ({ip})]] because that IP address is on Validity's block list (Sender Score).",
        "あなたのサーバー[[ ({ip}) ]]の IP アドレスが Validity のブロック リスト (Sender Score) に載っているため、受信側のメール フィルター (Vade) はそこからのメールを拒否しました。",
      ),
      cause: t(
        "Validity lists addresses involved in spam, malware or phishing, and Vade refuses them for every mailbox it protects. The reply links Validity's lookup page for the address.",
        "Validity は迷惑メールやマルウェア、フィッシングに関わったアドレスを掲載しており、Vade は保護しているすべてのメールボックスでそれらを拒否します。応答には、そのアドレスを調べる Validity の検索ページへのリンクがあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up on senderscore.org's block list lookup, fix what got it listed (often a compromised account or device), then request removal there.",
          "senderscore.org のブロック リスト検索で {ip} を調べ、掲載の原因 (乗っ取られたアカウントや端末が多い) を解消してから、そこで削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "vade-spamhaus-listed",
      code: "",
      title: "Sending IP on a Spamhaus block list (_111)",
      texts: ["Connection refused"],
      markers: ["001_111"],
      reasons: ["blocked", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail filter (Vade) refused mail from your server[[ ({ip})]] because that IP address is on a Spamhaus block list.",
        "あなたのサーバー[[ ({ip}) ]]の IP アドレスが Spamhaus のブロック リストに載っているため、受信側のメール フィルター (Vade) はそこからのメールを拒否しました。",
      ),
      cause: t(
        "Spamhaus lists addresses involved in spam, malware or phishing, and addresses of home connections that should not deliver mail directly. The reply links Spamhaus's lookup for the address, which says which list and why.",
        "Spamhaus は、迷惑メールやマルウェア、フィッシングに関わったアドレスや、直接メールを配信すべきでない家庭用回線のアドレスを掲載しています。応答には Spamhaus の検索ページへのリンクがあり、どのリストに載っているか、その理由がわかります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up on check.spamhaus.org (the link in the reply), fix what got it listed, then request removal there; a home connection's address must send through its provider's mail server instead.",
          "check.spamhaus.org (応答のリンク) で {ip} を調べ、掲載の原因を解消してから、そこで削除を申請してください。家庭用回線のアドレスからは、プロバイダーのメール サーバー経由で送る必要があります。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "vade-recipient-unknown",
      code: "",
      title: "Recipient unknown or address malformed (_403)",
      texts: ["Connection refused"],
      markers: ["001_403"],
      reasons: ["userunknown"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's mail filter (Vade) refused the message because the recipient's address is not a mailbox it knows, or is not written as a valid address.",
        "宛先のアドレスが受信側のメール フィルター (Vade) の知るメールボックスではないか、有効なアドレスの形になっていないため、Vade はメッセージを拒否しました。",
      ),
      cause: t(
        "Vade's postmaster page gives this code two meanings: the recipient's account does not exist at the provider, or the address given to the receiving server is malformed. Despite the 5.7.1 code in the reply, it is about the address, not about spam.",
        "Vade の postmaster ページは、このコードに 2 つの意味を挙げています。宛先のアカウントがその事業者に存在しない、または受信側のサーバーに渡したアドレスの形が正しくない、のどちらかです。応答のコードは 5.7.1 ですが、迷惑メールではなくアドレスの問題です。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If the address is right, reach the recipient another way: the account may have been closed.",
          "アドレスが正しければ、別の手段で受信者に連絡してください。アカウントが閉鎖された可能性があります。",
        ),
      ],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
  ],
};
