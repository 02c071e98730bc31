// Source: Apple Support, "Postmaster information for iCloud Mail" (support.apple.com/102322, formerly
// HT204137, the page iCloud's refusals link to), and the refusals iCloud's servers write. Texts and
// [CS..]/[HM..] codes are Apple's phrasings (matched in the reply); the explanations are our own
// words. Spamhaus refusals (IP lists and DBL) go to the Spamhaus table.
import { t } from "../types";
import { LIMIT_CLEARS } from "../waiting";
import { apple } from "../../reason/providers/apple";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Steps for the sender's admin that several iCloud meanings share. */
const appleAdmin = {
  postmaster: t(
    "If the cause is fixed and the refusals go on, write to iCloud's postmaster team (icloudadmin@apple.com) with your company, domain, sending IPs, the full SMTP errors and when it started.",
    "原因を解消しても拒否が続く場合は、iCloud のポストマスター チーム (icloudadmin@apple.com) に、会社名、ドメイン、送信 IP、SMTP エラーの全文、発生時期を添えて連絡してください。",
  ),
  bulkRules: t(
    "Check the sending against Apple's requirements: only opted-in recipients, an unsubscribe link, SPF and DKIM passing, a published DMARC policy, reverse DNS for the sending IPs, and consistent IPs and From addresses.",
    "Apple の要件 (同意を得た宛先だけに送る、配信停止リンクを入れる、SPF と DKIM に合格する、DMARC ポリシーを公開する、送信 IP に逆引き DNS を設定する、送信 IP と From アドレスを一定に保つ) に沿っているか確認してください。",
  ),
};

export const icloud: ProviderCatalog = {
  provider: {
    id: "icloud",
    name: "iCloud Mail",
    page: "https://support.apple.com/102322",
    hosts: apple.hosts,
    markers: [
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map((n) => `[cs${n}]`),
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map(
        (n) => `[hm${n}]`,
      ),
      // phrasings only iCloud's servers write
      "inactive email address",
      "relay not permitted for user",
      "support.apple.com/en-us/ht204137",
      "support.apple.com/en-us/102322",
      "support.apple.com/102322",
    ],
    domains: ["icloud.com", "me.com", "mac.com", "privaterelay.appleid.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "icloud-local-policy",
      code: "5.7.1",
      texts: ["Message rejected due to local policy"],
      markers: ["[cs01]", "[cs02]", "[cs03]", "[cs04]", "[hm07]", "[hm08]"],
      reasons: ["policyviolation", "rejected", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "iCloud Mail's filters refused the message: Apple judged your sending IP, your domain or this message as likely junk.",
        "iCloud メールのフィルターがメッセージを拒否しました。送信元の IP、ドメイン、またはこのメッセージ自体が迷惑メールの可能性が高いと Apple が判断したためです。",
      ),
      cause: t(
        "Apple has no allow list: it rates each sender by IP and domain reputation, content checks and user feedback. The bracketed code ([CS01], [HM08], ...) names the internal check that fired; Apple does not publish what each one means.",
        "Apple には許可リストがなく、IP とドメインの評価、内容の検査、利用者からの報告をもとに送信者を判定しています。角かっこ内のコード ([CS01]、[HM08] など) は反応した内部の検査を示しますが、それぞれの意味は公開されていません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [appleAdmin.bulkRules, appleAdmin.postmaster],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "icloud-no-ptr",
      code: "",
      texts: [
        "Reverse DNS lookup failed",
        "cannot find your reverse hostname",
        "cannot find your hostname",
      ],
      reasons: ["requireptr"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "iCloud Mail refused the connection because the sending IP[[ {ip}]] has no working reverse DNS (PTR) name.",
        "送信元 IP [[{ip} ]]に有効な逆引き DNS (PTR) 名がないため、iCloud メールは接続を拒否しました。",
      ),
      cause: t(
        "Apple requires every sending IP to have a PTR record whose name resolves back to the same IP; servers without one look like infected or home machines.",
        "Apple は、すべての送信 IP に、同じ IP に正引きできる名前の PTR レコードを求めています。これがないサーバーは感染した端末や家庭の機器のように見えます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr, appleAdmin.postmaster],
      actions: ["contact-your-admin"],
    },
    {
      id: "icloud-dmarc-policy",
      title: "Rejected under the sender domain's DMARC policy",
      code: "",
      texts: ["rejected due to $domain DMARC policy", "s DMARC policy"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "iCloud Mail refused the message because it failed the DMARC check of {domain}, and that domain asks receivers to reject such mail.",
        "このメールは {domain} の DMARC 検査に合格せず、そのドメインが不合格のメールを拒否するよう受信側に求めているため、iCloud メールは受け取りを拒否しました。",
      ),
      cause: t(
        "iCloud applies the DMARC policy the sending domain publishes. Neither SPF nor DKIM passed for an address aligned with the From domain, typically because mail was sent through a service not set up for the domain, or was forwarded.",
        "iCloud は送信ドメインが公開している DMARC ポリシーに従います。From ドメインと一致するアドレスで SPF も DKIM も合格しませんでした。多くは、そのドメイン向けに設定されていないサービスから送った場合や、転送された場合です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "icloud-proofpoint-blocked",
      title: "Blocked: sending IP on Proofpoint's block list",
      code: "",
      texts: ["Blocked - see https://support.proofpoint.com/dnsbl-lookup"],
      markers: ["support.proofpoint.com/dnsbl-lookup"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "iCloud Mail refused the connection because your sending server's address[[ ({ip})]] is on Proofpoint's block list, which Apple uses.",
        "送信サーバーのアドレス[[ ({ip}) ]]が、Apple の利用する Proofpoint のブロック リストに載っているため、iCloud メールは接続を拒否しました。",
      ),
      cause: t(
        "The address was seen sending spam or has a poor reputation with Proofpoint; the reply links to Proofpoint's lookup page for it.",
        "このアドレスから迷惑メールが観測されたか、Proofpoint での評価が低いためです。応答には Proofpoint の照会ページへのリンクが含まれています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Open the Proofpoint lookup page named in the error[[ (https://support.proofpoint.com/dnsbl-lookup.cgi?ip={ip})]], fix the cause and request removal there.",
          "エラーに示された Proofpoint の照会ページ[[ (https://support.proofpoint.com/dnsbl-lookup.cgi?ip={ip}) ]]を開き、原因を解消してからそこで削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "icloud-no-such-user",
      code: "5.1.1",
      texts: ["user does not exist", "unknown or illegal alias"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "iCloud Mail has no mailbox or alias with this address.",
        "iCloud メールには、このアドレスのメールボックスやエイリアスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the iCloud address or alias was deleted.",
        "アドレスの入力ミスか、iCloud のアドレスまたはエイリアスが削除されています。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "icloud-inactive-address",
      code: "",
      texts: ["inactive email address"],
      reasons: ["userunknown", "suspend"],
      temporary: false,
      owner: "you",
      summary: t(
        "The iCloud address exists but its owner has turned it off, so it does not take mail now.",
        "この iCloud アドレスは存在しますが、持ち主が無効にしているため、現在はメールを受け取りません。",
      ),
      cause: t(
        "iCloud lets people deactivate an address (or an alias) without deleting it.",
        "iCloud では、アドレス (やエイリアス) を削除せずに無効にできます。",
      ),
      fix: [MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
    {
      id: "icloud-relay-not-permitted",
      code: "",
      texts: ["Relay not permitted for user"],
      reasons: ["norelaying", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "This is an iCloud Hide My Email address that its owner has turned off, so iCloud no longer forwards mail sent to it.",
        "これは iCloud の「メールを非公開」で作られたアドレスで、持ち主が転送を止めたため、iCloud はこのアドレス宛てのメールを転送しなくなりました。",
      ),
      cause: t(
        "Hide My Email addresses (@privaterelay.appleid.com) forward to a real iCloud mailbox only while their owner keeps them on.",
        "「メールを非公開」のアドレス (@privaterelay.appleid.com) は、持ち主が有効にしている間だけ本来の iCloud メールボックスへ転送されます。",
      ),
      fix: [
        t(
          "Treat this as the recipient having unsubscribed; ask them for another address if you still need to reach them.",
          "受信者が配信を停止したものとして扱ってください。まだ連絡が必要な場合は、別のアドレスを教えてもらってください。",
        ),
      ],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
    {
      id: "icloud-domain-not-served",
      code: "",
      texts: ["Relay access denied", "host/domain does not accept mail"],
      reasons: ["norelaying", "notaccept", "hostunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "iCloud Mail does not take mail for this address's domain: it is not an iCloud address, or its custom domain is no longer set up in iCloud.",
        "iCloud メールは、このアドレスのドメイン宛てのメールを受け付けていません。iCloud のアドレスではないか、独自ドメインの iCloud での設定がなくなっています。",
      ),
      cause: t(
        "The domain after the @ is mistyped, or its owner moved its custom email domain away from iCloud while its DNS still points to Apple's servers.",
        "@ より後ろのドメインの入力ミスか、ドメインの持ち主が独自ドメインのメールを iCloud から移したのに、DNS がまだ Apple のサーバーを指しています。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [
        t(
          "Recipient's admin: point the domain's MX records at the mail service it uses now, or set the domain up again in iCloud.",
          "受信側の管理者: ドメインの MX レコードを現在使っているメール サービスに向けるか、iCloud でドメインを設定し直してください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "icloud-over-quota",
      code: "",
      texts: ["user is over quota"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's iCloud storage is full, so iCloud Mail could not store your message.",
        "受信者の iCloud ストレージがいっぱいのため、iCloud メールはメッセージを保存できませんでした。",
      ),
      cause: t(
        "iCloud Mail shares the owner's iCloud storage plan; when it is full, new mail is refused until they free space or upgrade.",
        "iCloud メールは持ち主の iCloud ストレージを共有しています。いっぱいになると、空きを作るかプランを変更するまで新しいメールは受け付けられません。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "icloud-excessive-volume",
      code: "",
      texts: ["deferred due to excessive volume"],
      reasons: ["speeding"],
      temporary: true,
      lastingDeferral: "receiving-side",
      owner: "nobody",
      summary: t(
        "This recipient is getting a lot of mail in a short time, so iCloud Mail put yours off and asked your server to try again later.",
        "この受信者宛てに短時間で多くのメールが届いているため、iCloud メールは受け取りを一時的に見合わせ、あなたのサーバーに後で再試行するよう求めました。",
      ),
      cause: t(
        "Apple limits how much one mailbox receives in a short time.",
        "Apple は 1 つのメールボックスが短時間に受信する量を制限しています。",
      ),
      whileRetrying: { cause: LIMIT_CLEARS },
      fix: [YOU.retryAfterLimit],
      adminFix: [MAILBOX.spaceOut],
      actions: ["retry-later"],
    },
    {
      id: "icloud-service-unavailable",
      code: "",
      texts: ["Service unavailable - try again later"],
      reasons: ["systemerror", "toomanyconn"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "iCloud Mail was not taking mail at that moment and asked your server to try again later.",
        "iCloud メールはその時点でメールを受け付けておらず、あなたのサーバーに後で再試行するよう求めました。",
      ),
      cause: t(
        "A short overload or connection limit on Apple's side, common at busy times.",
        "Apple 側の一時的な過負荷や接続数の制限で、混雑する時間帯によく起こります。",
      ),
      // not on a give-up, whose retries did not get through
      whileRetrying: {
        cause: t("Delivery resumes on a later retry.", "後の再試行で配信されます。"),
      },
      fix: [YOU.retryLater],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["retry-later"],
      lastingDeferral: "sending-side",
    },
  ],
};
