// Source: Proton publishes little about the replies of its receiving servers. Its MX hosts are
// mail.protonmail.ch and mailsec.protonmail.ch (the records its custom-domain setup asks for), and
// its inbound servers are named mailinzur....protonmail.ch. Its support page "How to block email
// stalkers" (https://proton.me/support/email-stalkers, formerly protonmail.com/support/
// knowledge-base/email-stalkers/) says a blocked sender is not told, so a block gives no refusal
// and has no entry here. Proton's page https://proton.me/support/smtp-errors exists, but its text
// was not readable in the sources we used, so nothing here is drawn from it. The two replies below
// are as quoted by users: "550 5.1.1 <x@proton.me>: Recipient address rejected: Address does not
// exist" (users' delivery notes and test logs, for proton.me and protonmail.com addresses) and
// "mailsec.protonmail.ch:25 --> 554 5.7.1 rejected by rspamd filter" (GitHub, rspamd/rspamd issue
// 5098: account e-mails refused by Proton's spam filter). A full Proton mailbox, its rate limits
// and its own policy refusals have no published or quoted reply we could find, so they are left
// to the engine. Texts are the quoted replies' (matched in the reply); the explanations are our own
// words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const proton: ProviderCatalog = {
  provider: {
    id: "proton",
    name: "Proton Mail",
    page: "https://proton.me/support/smtp-errors",
    hosts: [".protonmail.ch"],
    markers: [],
    domains: ["proton.me", "protonmail.com", "pm.me", "protonmail.ch"],
    kind: "receiver",
  },
  entries: [
    {
      id: "proton-address-does-not-exist",
      code: "",
      texts: ["Recipient address rejected: Address does not exist"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Proton Mail has no address like this one: no account or address of that name exists there.",
        "Proton Mail には、この名前のアカウントやアドレスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the Proton account, or the address at a domain hosted on Proton Mail, was deleted or disabled. Proton checks the address before it takes the message, so nothing was delivered.",
        "アドレスの入力ミスか、Proton のアカウント (または Proton Mail でホストされているドメインのアドレス) が削除または無効化されています。Proton はメッセージを受け取る前にアドレスを確認するため、何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "proton-spam-filter",
      code: "",
      texts: ["rejected by rspamd filter"],
      reasons: ["spamdetected", "rejected", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Proton Mail's spam filter judged this message to be spam and refused it when it arrived.",
        "Proton Mail の迷惑メール フィルターがこのメッセージを迷惑メールと判定し、受信時に拒否しました。",
      ),
      cause: t(
        "Proton's receiving servers score each message as it comes in (the sender's SPF, DKIM and DMARC results, the standing of the sending IP and domain, the content and its links) and refuse it above their threshold. Automated mail such as account notices can be refused too. The reply names only the filter, not the rule that fired.",
        "Proton の受信側のサーバーは、受信するメッセージごとに点数を付け (送信者の SPF・DKIM・DMARC の結果、送信 IP とドメインの評価、内容とリンク)、しきい値を超えると拒否します。アカウントの通知などの自動送信メールも拒否されることがあります。応答に書かれているのはフィルターの名前だけで、該当したルールはわかりません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkReputation],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ],
};
