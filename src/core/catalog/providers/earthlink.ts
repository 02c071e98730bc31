// Source: EarthLink's postmaster pages, run by Vade, its filtering provider: "Inbound SMTP error
// codes" (postmaster-earthlink.vadesecure.com/inbound_error_codes: every refusal carries a code
// ELNK_nnn; _101 Vade's Threat Network list, _102 a Validity block list, _111 a Spamhaus list,
// _103 server unavailable, _105 and _108 reverse DNS, _110 too many connections, _130 a server
// sending unacceptable mail, rate-limited); and EarthLink's older refusals of an IP it blocks
// itself, "550 IP <ip> is blocked by EarthLink" (support.earthlink.net, "Email Blocked by
// EarthLink") and "550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@..." (its
// auto-reply as quoted on lists.freebsd.org, 2009), both lifted by writing to
// blockedbyearthlink@earthlink.net with "Blocked <ip>" as the subject. The explanations are our
// own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const INBOUND = "https://postmaster-earthlink.vadesecure.com/inbound_error_codes";

/** A deferral that lasts: the sending server's limits or reputation are for the admin. */
const ifItKeepsComingBack = t(
  "If messages to EarthLink addresses keep coming back, forward this report to your mail admin.",
  "EarthLink のアドレス宛てのメールが戻り続ける場合は、このレポートをメール管理者に転送してください。",
);

export const earthlink: ProviderCatalog = {
  provider: {
    id: "earthlink",
    name: "EarthLink",
    page: INBOUND,
    hosts: [".earthlink.net", ".oxsus-vadesecure.net"],
    markers: ["elnk_", "blockedbyearthlink", "postmaster-earthlink", "blocked by earthlink"],
    domains: ["earthlink.net", "mindspring.com", "peoplepc.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "earthlink-block-list",
      title: "Sending IP on a block list EarthLink uses (ELNK_101, _102, _111)",
      code: "",
      texts: ["Sender blocked error"],
      markers: ["elnk_101", "elnk_102", "elnk_111"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "EarthLink refuses mail from {ip}: that address is on a block list EarthLink checks.",
        "EarthLink は {ip} からのメールを拒否しています。このアドレスが、EarthLink の参照するブロック リストに載っているためです。",
      ),
      cause: t(
        "The code at the end of the reply names the list: ELNK_101 is Vade's Threat Network list, ELNK_102 a Validity block list, ELNK_111 a Spamhaus list. Each lists addresses that sent spam, malware or phishing; Spamhaus also lists home connections that should not deliver mail themselves.",
        "応答の末尾のコードがリストを示します。ELNK_101 は Vade の Threat Network リスト、ELNK_102 は Validity のブロック リスト、ELNK_111 は Spamhaus のリストです。いずれも迷惑メール、マルウェア、フィッシングを送ったアドレスを登録しています。Spamhaus は、自らメールを配信すべきでない家庭用回線のアドレスも登録しています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find the list the code names and look {ip} up there; fix what got it listed (an infected machine, a hijacked account, a home connection sending directly), then ask for removal through EarthLink's postmaster page or the list's own form.",
          "コードが示すリストで {ip} を調べてください。掲載の原因 (感染した端末、乗っ取られたアカウント、家庭用回線からの直接送信) を解消してから、EarthLink のポストマスター ページまたはリスト自身のフォームで削除を申請してください。",
        ),
      ],
      actions: ["contact-your-admin", "request-delisting"],
    },
    {
      id: "earthlink-reverse-dns",
      title: "Reverse DNS of the sending IP missing or wrong (ELNK_105, _108)",
      code: "",
      texts: [
        "Please check your reverse DNS configuration",
        "Please check your FCrDNS configuration",
      ],
      markers: ["elnk_105", "elnk_108"],
      reasons: ["requireptr", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "EarthLink refuses mail from {ip} because its reverse DNS is missing or does not match (ELNK_105: no usable PTR name; ELNK_108: the PTR name does not point back to {ip}).",
        "{ip} の逆引き DNS がないか一致しないため、EarthLink はこのアドレスからのメールを拒否しています (ELNK_105: 使える PTR 名がない、ELNK_108: PTR 名が {ip} を指していない)。",
      ),
      cause: t(
        "EarthLink takes mail only from IPs whose PTR name resolves back to the same IP (forward-confirmed reverse DNS).",
        "EarthLink は、PTR 名が同じ IP に正引きで戻るアドレス (正引き確認済みの逆引き DNS) からしかメールを受け付けません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin"],
    },
    {
      id: "earthlink-unavailable",
      title: "EarthLink's server temporarily unavailable (ELNK_103)",
      code: "",
      texts: ["The server is temporarily unavailable"],
      markers: ["elnk_103"],
      reasons: ["systemerror", "toomanyconn"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "EarthLink's server was temporarily unavailable.",
        "EarthLink のサーバーが一時的に利用できませんでした。",
      ),
      cause: t(
        "A passing condition on EarthLink's side; nothing about your message or your server.",
        "EarthLink 側の一時的な状態で、メッセージや送信サーバーの問題ではありません。",
      ),
      fix: [YOU.waitForRetry],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
    {
      id: "earthlink-too-many-connections",
      title: "Too many connections from the sending IP (ELNK_110)",
      code: "",
      texts: ["exceeds the concurrent connections limit"],
      markers: ["elnk_110"],
      reasons: ["toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "EarthLink deferred the message: {ip} had more connections open to it at once than EarthLink allows.",
        "{ip} から EarthLink への同時接続数が上限を超えていたため、EarthLink はメッセージの受け付けを保留しました。",
      ),
      cause: t(
        "EarthLink limits how many connections one sending IP may hold at the same time; those above the limit are turned away until others close.",
        "EarthLink は 1 つの送信 IP が同時に張れる接続数を制限しており、上限を超えた接続は他の接続が閉じるまで断られます。",
      ),
      fix: [YOU.waitForRetry, ifItKeepsComingBack],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "earthlink-rate-limited",
      title: "Sending IP rate-limited for unacceptable mail (ELNK_130)",
      code: "",
      texts: ["Your server is the source of unacceptable messages"],
      markers: ["elnk_130"],
      reasons: ["badreputation", "spamdetected", "speeding"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "EarthLink is slowing down mail from {ip} for a while: too much of what that server sent recently was spam or other mail EarthLink does not accept.",
        "{ip} から最近届いたメールの多くが迷惑メールなど EarthLink が受け付けないメールであったため、EarthLink はしばらくこの IP アドレスからの受け付けのペースを落としています。",
      ),
      cause: t(
        "EarthLink keeps track of the volume and quality of each sending IP's mail; past a limit of bad mail it defers that IP's messages until its record improves.",
        "EarthLink は送信 IP ごとにメールの量と質を記録しており、問題のあるメールが上限を超えると、評価が回復するまでその IP からのメッセージを保留します。",
      ),
      fix: [YOU.waitForRetry, ifItKeepsComingBack],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.cleanLists],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "earthlink-blocked-ip",
      title: "Sending IP blocked by EarthLink",
      code: "",
      texts: ["IP <ip> is blocked by EarthLink", "Dynamic/zombied/spam IPs blocked"],
      markers: ["blockedbyearthlink"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "EarthLink has blocked {ip}: it takes no mail from that address.",
        "EarthLink は {ip} をブロックしており、このアドレスからのメールを受け付けません。",
      ),
      cause: t(
        "EarthLink blocks sending IPs of its own accord: after complaints from its users, for addresses that change daily (home connections), and for addresses known for spam or taken over by malware. It blocks IPs, not domains.",
        "EarthLink は独自に送信 IP をブロックします。利用者からの苦情があった場合、毎日変わるアドレス (家庭用回線) の場合、迷惑メールで知られているかマルウェアに乗っ取られたアドレスの場合です。ブロックするのは IP で、ドメインではありません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          'Fix the cause (a dynamic address sending directly, an infected machine, an open relay), then forward the bounce to blockedbyearthlink@earthlink.net with the subject "Blocked {ip}", ideally from the blocked server itself.',
          "原因 (動的アドレスからの直接送信、感染した端末、オープン リレー) を解消してから、件名を「Blocked {ip}」としてこの配信エラーを blockedbyearthlink@earthlink.net に転送してください。できればブロックされたサーバー自身から送ってください。",
        ),
      ],
      actions: ["contact-your-admin", "request-delisting"],
    },
  ],
};
