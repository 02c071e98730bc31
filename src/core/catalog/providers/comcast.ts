// Source: Xfinity Support, "Email error codes" (xfinity.com/support/articles/email-errors), and
// Comcast's postmaster pages "Mail delivery error codes" (postmaster.comcast.net/mail-error-codes,
// the table of ES/BL codes whose bits name the block lists) and "Understand email error messages
// and their codes" (postmaster.comcast.net/smtp-error-codes.php: the 421 replies) and its sending
// requirements (postmaster.comcast.net/block-removal-request.html: reverse DNS, "Not Our Customer"
// replies, 25 connections per IP). Comcast's refusals carry the code (BL000000, ES000010, ...) and
// often a link to its explanation. Codes and texts are Comcast's (matched in the reply); the
// explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog, ProviderEntry } from "./types";

/** Steps for the sender's admin that several Comcast meanings share. */
const comcastAdmin = {
  cleanUp: t(
    "Find what sent spam from {ip} (a compromised account, an infected computer, a web form or script) and stop it before anything else.",
    "{ip} から迷惑メールを送ったもの (乗っ取られたアカウント、感染したコンピューター、Web フォームやスクリプト) を探し、何よりも先に止めてください。",
  ),
  askRemoval: t(
    "Once it is fixed, ask Comcast to remove {ip} with the blocklist removal request linked from its email error page, quoting the full refusal; repeated blocks are not lifted.",
    "解消したら、Comcast のメール エラー ページにあるブロック リストの削除依頼フォームから、拒否メッセージの全文を添えて {ip} の削除を依頼してください。ブロックを繰り返した IP は解除されません。",
  ),
  staticPtr: t(
    "Give {ip} a reverse DNS (PTR) name that reads as a mail server (for example mail.example.com), not one generated from the IP or containing words such as dynamic, dhcp, dsl or pool, with a forward record that points back to {ip}.",
    "{ip} に、メール サーバーとわかる逆引き DNS (PTR) 名 (例: mail.example.com) を設定してください。IP から自動生成された名前や、dynamic、dhcp、dsl、pool などの語を含む名前は避け、正引きレコードが {ip} を指すようにしてください。",
  ),
};

/** One meaning for each of Comcast's BL codes that names outside block lists. */
function listedOn(
  id: string,
  codes: readonly string[],
  lists: { readonly en: string; readonly ja: string },
  lookup: { readonly en: string; readonly ja: string },
): ProviderEntry {
  return {
    id,
    title: `Sending IP listed on ${lists.en}`,
    code: "",
    texts: codes.map((code) => code.toUpperCase()),
    markers: codes,
    reasons: ["blocked", "badreputation"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      `Comcast refused your server[[ ({ip})]] because its IP is listed on ${lists.en}.`,
      `あなたのサーバーの IP [[({ip}) ]]が ${lists.ja} に載っているため、Comcast は受け付けを拒否しました。`,
    ),
    cause: t(
      `Comcast checks connecting servers against outside block lists, and the last three digits of its code flag them (001 Spamhaus ZEN, 010 Cloudmark CSI, 100 Sender Score): here ${lists.en}. Only the list can remove the listing, not Comcast.`,
      `Comcast は接続してきたサーバーを外部のブロック リストと照合しており、コードの下 3 桁がどのリストかを示します (001 は Spamhaus ZEN、010 は Cloudmark CSI、100 は Sender Score)。今回は ${lists.ja} です。掲載を削除できるのはリストの運営者だけで、Comcast にはできません。`,
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [comcastAdmin.cleanUp, t(lookup.en, lookup.ja)],
    actions: ["request-delisting", "contact-your-admin"],
  };
}

export const comcast: ProviderCatalog = {
  provider: {
    id: "comcast",
    name: "Comcast / Xfinity",
    page: "https://www.xfinity.com/support/articles/email-errors",
    hosts: [".comcast.net"],
    markers: [
      "comcast.net/content/faq",
      "postmaster.comcast.net",
      "xfinity.com/support/articles/email-errors",
      // its codes, which no other server writes
      "es000001",
      "es000010",
      "bl000000",
      "bl000001",
      "bl000010",
      "bl000011",
      "bl000100",
      "bl000101",
      "bl000110",
      "bl000111",
      "rl000001",
      "rl000003",
    ],
    domains: ["comcast.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "comcast-spam-patterns",
      title: "Blocked by Comcast for spam",
      code: "",
      // The code, or (in replies without one) Comcast's words for the same block.
      texts: ["BL000000", "Comcast block for spam"],
      markers: ["bl000000"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Comcast has blocked your server[[ ({ip})]] on its own block list, because its mail to Comcast looked like spam.",
        "あなたのサーバー[[ ({ip}) ]]から Comcast への送信が迷惑メールのように見えたため、Comcast は自社のブロック リストでそのサーバーをブロックしました。",
      ),
      cause: t(
        "Comcast's filters saw mail from this IP in patterns typical of spam (volume, complaints, unknown recipients). The block is Comcast's own, so public block-list checkers do not show it.",
        "Comcast のフィルターが、この IP からのメールに迷惑メール特有のパターン (送信量、苦情、存在しない宛先) を検知しました。Comcast 独自のブロックのため、公開ブロック リストの検索サービスには表示されません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [comcastAdmin.cleanUp, YOUR_ADMIN.checkPtr, comcastAdmin.askRemoval],
      actions: ["request-delisting", "contact-your-admin"],
    },
    listedOn(
      "comcast-spamhaus",
      ["bl000001"],
      { en: "the Spamhaus ZEN block list", ja: "Spamhaus ZEN" },
      {
        en: "Look {ip} up at check.spamhaus.org, fix the cause it names, then request removal there.",
        ja: "check.spamhaus.org で {ip} を検索し、示された原因を解消してから、そこで削除を申請してください。",
      },
    ),
    listedOn(
      "comcast-cloudmark",
      ["bl000010"],
      { en: "Cloudmark Sender Intelligence (CSI)", ja: "Cloudmark Sender Intelligence (CSI)" },
      {
        en: "Look {ip} up at csi.cloudmark.com and request a reset of its reputation there once the cause is fixed.",
        ja: "csi.cloudmark.com で {ip} を検索し、原因を解消したら、そこで評価のリセットを申請してください。",
      },
    ),
    listedOn(
      "comcast-senderscore",
      ["bl000100"],
      {
        en: "the Sender Score block list (Validity)",
        ja: "Sender Score ブロック リスト (Validity)",
      },
      {
        en: "Look {ip} up at senderscore.org; the listing ends once complaints and spam-trap hits from the IP stop.",
        ja: "senderscore.org で {ip} を検索してください。その IP からの苦情やスパム トラップへの送信が止まれば、掲載は終わります。",
      },
    ),
    listedOn(
      "comcast-several-lists",
      ["bl000011", "bl000101", "bl000110", "bl000111"],
      {
        en: "more than one of Spamhaus ZEN, Cloudmark CSI and Sender Score",
        ja: "2 つ以上のリスト (Spamhaus ZEN、Cloudmark CSI、Sender Score のうち)",
      },
      {
        en: "Look {ip} up at check.spamhaus.org, csi.cloudmark.com and senderscore.org, and request removal from each list that shows it.",
        ja: "check.spamhaus.org、csi.cloudmark.com、senderscore.org で {ip} を検索し、掲載されている各リストに削除を申請してください。",
      },
    ),
    {
      id: "comcast-residential-comcast",
      title: "Mail sent directly from a Comcast home connection",
      code: "",
      texts: ["ES000001"],
      markers: ["es000001"],
      reasons: ["blocked", "requireptr"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Comcast refused mail sent straight from a Comcast home internet connection[[ ({ip})]]: it takes mail from its residential customers only through its own mail servers.",
        "Comcast の家庭向けインターネット回線[[ ({ip}) ]]から直接送られたメールを、Comcast は拒否しました。家庭向けの利用者からのメールは、Comcast 自身のメール サーバー経由でしか受け付けません。",
      ),
      cause: t(
        "The sending IP is in Comcast's residential address space, where mail servers are not allowed; this block is not lifted for residential addresses.",
        "送信元の IP は Comcast の家庭向けアドレス帯にあり、そこでメール サーバーを動かすことは認められていません。家庭向けアドレスについてこのブロックは解除されません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send through an authenticated submission server instead (your mail provider's, or smtp.comcast.net for a Comcast account), or move the mail server to a business connection with a static IP.",
          "代わりに認証付きの送信サーバー (利用しているメール事業者のもの、Comcast のアカウントなら smtp.comcast.net) を経由して送るか、メール サーバーを固定 IP の法人向け回線に移してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "comcast-dynamic-ip",
      title: "Sending IP looks dynamic or residential",
      code: "",
      texts: ["ES000010"],
      markers: ["es000010"],
      reasons: ["blocked", "requireptr"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Comcast refused your server[[ ({ip})]] because its IP looks like a dynamic or home address, not a mail server's.",
        "あなたのサーバーの IP [[({ip}) ]]がメール サーバーではなく、動的な家庭向けアドレスのように見えるため、Comcast は受け付けを拒否しました。",
      ),
      cause: t(
        "Comcast does not take mail directly from dynamic or residential address space, and it judges an address dynamic when its reverse DNS name does not follow the naming of a static server.",
        "Comcast は動的アドレスや家庭向けアドレスから直接メールを受け付けません。逆引き DNS 名が固定サーバーの命名になっていないアドレスは、動的アドレスと判断されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        comcastAdmin.staticPtr,
        t(
          "If {ip} really is a home or dynamic address, send through your provider's submission server instead.",
          "{ip} が実際に家庭向けや動的なアドレスである場合は、代わりに利用しているプロバイダーの送信サーバーを経由して送ってください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "comcast-rate-limit",
      title: "Sending rate limited",
      code: "",
      texts: ["RL000001", "RL000003", "Throttled - try again later"],
      markers: ["rl000001", "rl000003"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] sent Comcast more mail in a short time than it accepts, so Comcast is slowing it down.",
        "あなたのサーバー[[ ({ip}) ]]が Comcast の受け付ける量を超えるメールを短時間に送ったため、Comcast は受け付けを遅らせています。",
      ),
      cause: t(
        "Comcast limits messages and connections per sending IP over time; the limit is tighter for an IP with a short or poor sending history.",
        "Comcast は送信 IP ごとに一定時間のメッセージ数と接続数を制限しています。送信実績が短い、または評価の低い IP では上限が厳しくなります。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "Send to Comcast more slowly and with fewer parallel connections, spread bulk mail over the day, and do not retry deferred mail aggressively.",
          "Comcast 宛ては送信ペースを落として同時接続数を減らし、一斉送信は 1 日の中で分散させ、保留されたメールを短い間隔で再試行しないでください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "comcast-too-many-sessions",
      code: "",
      texts: ["Too many sessions opened"],
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] had more connections open to Comcast at once than it allows.",
        "あなたのサーバー[[ ({ip}) ]]が、Comcast の上限を超える数の接続を同時に開いていました。",
      ),
      cause: t(
        "Comcast allows a fixed number of simultaneous connections from one sending IP (25, by its postmaster page) and refuses the ones beyond it.",
        "Comcast は 1 つの送信 IP からの同時接続数を一定数 (同社のポストマスター ページによれば 25) までとし、それを超える接続を拒否します。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "Cap the sending server's parallel connections to Comcast's mail servers below that limit.",
          "送信サーバーから Comcast のメール サーバーへの同時接続数を、その上限より少なく設定してください。",
        ),
      ],
      actions: ["retry-later"],
    },
    {
      id: "comcast-reverse-dns-failure",
      code: "",
      texts: ["Reverse DNS failure"],
      reasons: ["requireptr", "networkerror"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Comcast could not look up the reverse DNS name of your server[[ ({ip})]] just then, so it asked it to try again later.",
        "Comcast はその時点であなたのサーバー[[ ({ip}) ]]の逆引き DNS 名を確認できなかったため、後で再試行するよう求めました。",
      ),
      cause: t(
        "Comcast requires every sending IP to have a valid reverse DNS (PTR) name; this lookup failed, most often because a DNS server for the IP's reverse zone is down or misconfigured.",
        "Comcast はすべての送信 IP に有効な逆引き DNS (PTR) 名を求めています。今回はその確認に失敗しました。多くは、その IP の逆引きゾーンを担当する DNS サーバーの停止や設定の誤りが原因です。",
      ),
      fix: [YOU.retryLater],
      adminFix: [
        YOUR_ADMIN.checkPtr,
        t(
          "Check that the DNS servers of the reverse zone of {ip} answer (dig -x {ip}); ask the owner of the IP range if they do not.",
          "{ip} の逆引きゾーンの DNS サーバーが応答するか (dig -x {ip}) 確認し、応答しない場合は IP アドレス帯の管理者に連絡してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "comcast-no-ptr",
      code: "",
      texts: ["must have a PTR record with a valid Reverse DNS entry"],
      reasons: ["requireptr", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Comcast refused your server[[ ({ip})]] because its IP address has no valid reverse DNS (PTR) name.",
        "あなたのサーバーの IP アドレス[[ ({ip}) ]]に有効な逆引き DNS (PTR) 名がないため、Comcast は受け付けを拒否しました。",
      ),
      cause: t(
        "Comcast checks the reverse DNS of every sending IP and takes no connection from an IP without a PTR record whose name has a matching A (or MX) record.",
        "Comcast はすべての送信 IP の逆引き DNS を確認し、PTR レコードがない IP や、その名前に対応する A (または MX) レコードがない IP からの接続を受け付けません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin"],
    },
    {
      id: "comcast-not-our-customer",
      code: "",
      texts: ["Not our Customer"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Comcast has no mailbox with this address.",
        "Comcast には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the Comcast account was closed. Comcast asks senders to treat this reply as an unsubscribe: many mails to such addresses get the sending IP blocked.",
        "アドレスの入力ミスか、Comcast のアカウントが解約されています。Comcast は送信者に、この応答を配信停止の依頼として扱うよう求めています。このような宛先への送信が多いと、送信 IP がブロックされます。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
  ],
};
