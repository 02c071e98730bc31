// Source: Zoho Mail Help (zoho.com/mail/help: spam control, blocked accounts) and the refusals Zoho's
// servers write, as Zoho lists them for its mail services. Texts are Zoho's phrasings (matched in the
// reply); the explanations are our own words. Zoho redefines codes: 5.4.1 is the recipient domain's
// own filter, 5.4.6 and 5.1.8 are Zoho stopping the sender's own account, 4.3.1 a passing fault.
import { t } from "../types";
import { ADMIN, SENDER } from "../steps";
import { zoho as zohoRules } from "../../reason/providers/zoho";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const zoho: ProviderCatalog = {
  provider: {
    id: "zoho",
    name: "Zoho Mail",
    page: "https://www.zoho.com/mail/help/",
    hosts: zohoRules.hosts,
    // Its own wordings name it when the report names no server.
    markers: [
      "detected by zoho mail",
      "zoho mail",
      "mail rejected by destination domain",
      "mailbox delivery restricted by policy error",
      "mailbox delivery failure policy error",
      "email flagged as spam",
      "unusual sending activity detected",
      "relaying disallowed as",
      "mailpolicy violation",
    ],
    domains: ["zohomail.com", "zoho.com", "zohomail.eu", "zohomail.in"],
    kind: "receiver",
  },
  entries: [
    {
      id: "zoho-no-such-user",
      code: "5.1.1",
      texts: ["User does not exist", "User unknown"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's domain is hosted at Zoho Mail, and Zoho has no mailbox with this address.",
        "宛先のドメインは Zoho メールで運用されていますが、Zoho にはこのアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the account was removed by the domain's admin.",
        "アドレスの入力ミスか、ドメインの管理者がアカウントを削除しています。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "zoho-5.4.1-rejected-by-domain",
      code: "5.4.1",
      texts: ["Mail rejected by destination domain"],
      reasons: ["rejected", "policyviolation", "filtered"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's organization set up its Zoho Mail to refuse your message (a block or filter rule of theirs matched).",
        "受信側の組織が、あなたのメッセージを拒否するよう Zoho メールを設定しています (受信側のブロックやフィルターのルールに一致しました)。",
      ),
      cause: t(
        "Zoho lets each domain's admin block senders, domains or content; this refusal comes from such a rule, not from a network problem.",
        "Zoho では各ドメインの管理者が送信者、ドメイン、内容をブロックできます。この拒否はそうしたルールによるもので、ネットワークの問題ではありません。",
      ),
      fix: [SENDER.askRecipientAdminAnotherWay],
      adminFix: [
        t(
          "Recipient's admin: check the Zoho Mail admin console's spam control and block lists for your domain or address.",
          "受信側の管理者: Zoho メール管理コンソールの迷惑メール設定とブロック リストに、送信側のドメインやアドレスが含まれていないか確認してください。",
        ),
      ],
      actions: ["contact-recipient-admin", "contact-recipient"],
    },
    {
      id: "zoho-policy-restricted",
      code: "",
      texts: [
        "Mailbox delivery restricted by policy error",
        "Mailbox delivery failure policy error",
        "Recipient address rejected: Access denied",
        "MailPolicy violation Error delivering to mailboxes",
        "MailPolicy violation",
      ],
      reasons: ["policyviolation", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "A delivery policy set on the recipient's Zoho mailbox does not allow your message.",
        "受信者の Zoho メールボックスに設定された配信ポリシーが、あなたのメッセージを許可していません。",
      ),
      cause: t(
        "The recipient's admin restricted who may send to this mailbox (for example internal senders only).",
        "受信側の管理者が、このメールボックスに送信できる相手を制限しています (例: 組織内の送信者のみ)。",
      ),
      fix: [SENDER.askRecipientAdmin],
      adminFix: [
        t(
          "Recipient's admin: review the mail policy applied to this user in the Zoho Mail admin console.",
          "受信側の管理者: Zoho メール管理コンソールで、このユーザーに適用されているメール ポリシーを見直してください。",
        ),
      ],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "zoho-dmarc-reject",
      title: "Email rejected per the sender domain's DMARC policy",
      code: "",
      texts: ["Email rejected per DMARC policy for $domain"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Zoho Mail refused the message because it failed the DMARC check of {domain}, whose policy asks receivers to reject such mail.",
        "このメールは {domain} の DMARC 検査に合格せず、そのドメインのポリシーが拒否を求めているため、Zoho メールは受け取りを拒否しました。",
      ),
      cause: t(
        "Neither SPF nor DKIM passed for a domain aligned with the From address, often because a service sent as the domain without being set up for it, or the message was forwarded.",
        "From アドレスと一致するドメインで SPF も DKIM も合格しませんでした。多くは、設定されていないサービスがそのドメインを名乗って送った場合や、転送された場合です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "zoho-virus",
      code: "",
      texts: ["detected by Zoho Mail"],
      reasons: ["virusdetected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Zoho Mail found a virus in the message (in an attachment or a link) and refused it.",
        "Zoho メールがメッセージ (添付ファイルやリンク) にウイルスを検出したため、受け取りを拒否しました。",
      ),
      cause: t(
        "Zoho scans incoming mail; the reply names the malware it found.",
        "Zoho は受信メールを検査しており、応答には検出したマルウェアの名前が示されています。",
      ),
      fix: [
        t(
          "Do not resend the attachment: scan your computer, then send a clean copy or a link to the file.",
          "同じ添付ファイルは送り直さず、コンピューターをウイルス検査したうえで、安全なファイルかファイルへのリンクを送ってください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [
        t(
          "Scan the sender's device and the original file; check whether other outgoing mail carries the same malware.",
          "送信者の端末と元のファイルを検査し、ほかの送信メールにも同じマルウェアが含まれていないか確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "zoho-flagged-spam",
      code: "",
      texts: ["Email flagged as spam", "Email policy violation detected"],
      reasons: ["spamdetected", "policyviolation", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Zoho Mail's filters judged the message to be spam and refused it.",
        "Zoho メールのフィルターがメッセージを迷惑メールと判定し、受け取りを拒否しました。",
      ),
      cause: t(
        "The content, the links or the sending server's reputation looked like spam to Zoho's filters.",
        "内容、リンク、または送信サーバーの評価が、Zoho のフィルターには迷惑メールのように見えました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkDmarc,
        YOUR_ADMIN.checkSpf,
        YOUR_ADMIN.checkDkim,
        t(
          "Check the sending IP and the linked domains against block lists.",
          "送信 IP とリンク先のドメインがブロック リストに載っていないか確認してください。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "zoho-greylisted",
      code: "",
      texts: ["Greylisted, try again after some time", "Greylisted"],
      reasons: ["blocked"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "nobody",
      summary: t(
        "Zoho Mail asked your server to try again a little later (greylisting).",
        "Zoho メールがあなたのサーバーに少し後で再試行するよう求めました (グレーリスティング)。",
      ),
      cause: t(
        "Greylisting turns away the first attempt from an unfamiliar sender; proper mail servers retry and are then accepted.",
        "グレーリスティングは、見慣れない送信元からの最初の配信を一度断る仕組みです。正しく動作するメール サーバーは再試行し、その時点で受け付けられます。",
      ),
      fix: [YOU.retryLater],
      adminFix: [
        t(
          "Make sure your server retries deferred mail (most do within minutes).",
          "送信側のサーバーが保留されたメールを再試行する設定になっているか確認してください (通常は数分以内に再試行します)。",
        ),
      ],
      actions: ["retry-later"],
    },
    {
      id: "zoho-temporary-system-error",
      code: "4.3.1",
      texts: ["Temporary System Error"],
      reasons: ["systemerror"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "Zoho Mail had a temporary problem accepting the message.",
        "Zoho メール側でメッセージを受け付ける際に一時的な問題が起きました。",
      ),
      cause: t("A passing fault on Zoho's side.", "Zoho 側の一時的な障害です。"),
      fix: [YOU.retryLater],
      adminFix: [
        t(
          "If it lasts, check Zoho's service status page.",
          "長引く場合は、Zoho のサービス稼働状況ページを確認してください。",
        ),
      ],
      actions: ["retry-later"],
      lastingDeferral: "receiving-side",
    },
    {
      id: "zoho-5.4.6-unusual-sending",
      code: "5.4.6",
      texts: ["Unusual sending activity detected"],
      reasons: ["securityerror", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Zoho Mail stopped your own account from sending because it saw unusual sending activity; the message never left Zoho.",
        "送信の様子がふだんと違うため、Zoho メールがあなた自身のアカウントからの送信を止めました。メッセージは Zoho から送り出されていません。",
      ),
      cause: t(
        "Zoho blocks outgoing mail from an account that suddenly sends a lot, to many unknown addresses, or after a suspicious sign-in, in case it has been taken over. New accounts are watched closely.",
        "急に大量に送る、存在しない宛先に多く送る、不審なサインインがあった、といったアカウントは乗っ取りの可能性があるため、Zoho は送信を止めます。新しいアカウントは特に厳しく監視されます。",
      ),
      fix: [SENDER.secureAccount, YOU.forwardToAdmin],
      adminFix: [
        t(
          "In the Zoho Mail admin console (Troubleshoot > Blocked accounts), check the reason, have the user change the password, then unblock the account.",
          "Zoho メール管理コンソール (トラブルシューティング > ブロックされたアカウント) で理由を確認し、パスワードを変更させてからブロックを解除してください。",
        ),
        ADMIN.checkCompromise,
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "zoho-5.1.8-sender-blocked",
      code: "5.1.8",
      texts: ["Sender Address Blocked"],
      reasons: ["securityerror", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Zoho Mail has blocked your address from sending, so the message was not sent.",
        "Zoho メールがあなたのアドレスからの送信をブロックしているため、メッセージは送られませんでした。",
      ),
      cause: t(
        "Zoho blocks an account's outgoing mail after suspected abuse or a sending limit breach until an admin (or Zoho) unblocks it.",
        "不正利用の疑いや送信上限の超過があると、管理者 (または Zoho) が解除するまで、Zoho はそのアカウントの送信をブロックします。",
      ),
      fix: [SENDER.secureAccount, YOU.forwardToAdmin],
      adminFix: [
        t(
          "In the Zoho Mail admin console (Troubleshoot > Blocked accounts), check the reason and unblock the account once it is safe.",
          "Zoho メール管理コンソール (トラブルシューティング > ブロックされたアカウント) で理由を確認し、安全を確かめてからブロックを解除してください。",
        ),
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "zoho-relaying-disallowed",
      title: "Relaying disallowed for this From address",
      code: "",
      texts: ["Relaying disallowed as <address>", "Relaying disallowed"],
      reasons: ["norelaying", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Zoho Mail did not send the message because its From address is not one your Zoho account may send as.",
        "差出人 (From) のアドレスが、あなたの Zoho アカウントで送信に使えるアドレスではないため、Zoho メールはメッセージを送りませんでした。",
      ),
      cause: t(
        "Zoho only sends mail whose From address belongs to the signed-in account (its own address, an alias, or a verified sender address); another address is refused to stop spoofing.",
        "Zoho は、サインインしたアカウントのアドレス (本人のアドレス、エイリアス、確認済みの送信者アドレス) を From とするメールしか送信しません。なりすましを防ぐため、それ以外のアドレスは拒否されます。",
      ),
      fix: [
        t(
          "Send from the address of the account you signed in with, or ask your admin to add this address to your account as an alias.",
          "サインインしたアカウントのアドレスから送るか、このアドレスをエイリアスとしてアカウントに追加するよう管理者に依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "In the Zoho Mail admin console, add the address as an alias of the user, or check the From address the sending program or device is set to use.",
          "Zoho メール管理コンソールでこのアドレスをユーザーのエイリアスとして追加するか、送信プログラムや端末に設定された From アドレスを確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "zoho-mailbox-full",
      code: "",
      texts: ["Mailbox size limit exceeded"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Zoho mailbox is full, so it could not take your message.",
        "受信者の Zoho メールボックスがいっぱいのため、メッセージを受け取れませんでした。",
      ),
      cause: t(
        "The mailbox reached the storage limit of its plan; its owner (or their admin) must make room.",
        "メールボックスがプランの容量上限に達しています。持ち主 (または受信側の管理者) が空きを作る必要があります。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
  ],
};
