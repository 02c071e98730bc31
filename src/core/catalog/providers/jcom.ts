// Source: the replies J:COM's (JCOM Co., Ltd., Japanese cable ISP) incoming mail servers write, as
// a Japanese bulk-mail vendor published them for senders ("SMTP応答コード【J:COM編】",
// note.com/sendmagic/n/n59a9f610bc0e: 550 Invalid recipient, 553 <domain> does not exist,
// 421 Too many messages for this session); J:COM publishes no table of its own. The explanations
// are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { senderDomainMissing } from "./sender-domain-missing";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const jcom: ProviderCatalog = {
  provider: {
    id: "jcom",
    name: "J:COM",
    page: "https://cs.myjcom.jp/",
    hosts: [".jcom.home.ne.jp", ".zaq.ne.jp"],
    markers: [],
    domains: ["jcom.home.ne.jp", "jcom.zaq.ne.jp"],
    kind: "receiver",
  },
  entries: [
    {
      id: "jcom-invalid-recipient",
      code: "",
      texts: ["Invalid recipient"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "J:COM has no mailbox with this address.",
        "J:COM にはこのアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or its owner changed it or ended the J:COM contract. Addresses change when people move or switch providers, so an address that once worked can stop.",
        "アドレスの入力ミスか、持ち主がアドレスを変更したか J:COM の契約を終了したかのどちらかです。引っ越しやプロバイダーの変更でアドレスが変わることがあるため、以前は届いていたアドレスでも届かなくなることがあります。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    senderDomainMissing("jcom", "J:COM"),
    {
      id: "jcom-too-many-messages",
      code: "",
      texts: ["Too many messages for this session"],
      reasons: ["toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "J:COM's server accepted no more messages over this connection from the sending server.",
        "J:COM のサーバーが、送信サーバーからのこの接続でこれ以上メッセージを受け付けませんでした。",
      ),
      cause: t(
        "J:COM limits how many messages one connection may carry. The sending server put too many into one session (typical of mailing lists and newsletters); the rest have to go over a new connection.",
        "J:COM は 1 回の接続で送れるメッセージ数を制限しています。送信サーバーが 1 回のセッションに多くのメッセージを詰め込んだため (メーリング リストやメールマガジンでよく起こります)、残りは新しい接続で送る必要があります。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
  ],
};
