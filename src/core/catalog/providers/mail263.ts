// Source: 263 Enterprise Mail's help, "为什么发送到263企业邮局系统被退信?" (why mail sent to 263's
// enterprise mail system bounces), as its East China service centre publishes it
// (263gmail.js.cn/help/13/2.htm): "user not exist" for a wrong address or a wrong mailing list name
// (in reply to RCPT TO), "maillist abc.list@xyz.cn is null, please contact admin" for a list with
// no members, and "mail size limit exceeded" (after the message's data) for a mailbox over its
// quota (信箱超容), not for a message too large. 263's mail servers are *.263.net. Texts are
// 263's (matched in the reply); the explanations are our own words.
import { ADMIN, SENDER } from "../steps";
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const mail263: ProviderCatalog = {
  provider: {
    id: "mail263",
    name: "263 Enterprise Mail",
    // its home page: the help page above is served over plain http only
    page: "https://www.263.net/",
    hosts: [".263.net"],
    markers: ["is null, please contact admin"],
    domains: ["263.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "mail263-user-unknown",
      code: "",
      texts: ["user not exist"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "263 Enterprise Mail has no mailbox or mailing list with this address at the recipient's domain.",
        "263 Enterprise Mail には、宛先のドメインにこのアドレスのメールボックスやメーリング リストがありません。",
      ),
      cause: t(
        "The recipient's domain keeps its mail at 263, which found no account or list by this name: a typo, a former employee's address, or a list name written wrong.",
        "宛先のドメインは 263 でメールを管理しており、263 はこの名前のアカウントやリストを見つけられませんでした。入力ミス、退職者のアドレス、リスト名の誤りなどが原因です。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete, MAILBOX.askCurrentAddress],
      adminFix: [ADMIN.checkRecipientExists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "mail263-list-empty",
      title: "maillist (list) is null, please contact admin",
      code: "",
      texts: ["maillist <list> is null, please contact admin", "is null, please contact admin"],
      reasons: ["mailererror", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "263 Enterprise Mail could not deliver to this mailing list: the list has no members.",
        "263 Enterprise Mail はこのメーリング リストに配信できませんでした。リストにメンバーがいません。",
      ),
      cause: t(
        "The address is a mailing list at the recipient's organization, and its admin left it without members (a list being set up, or one whose members were all removed), so the message has nowhere to go.",
        "このアドレスは受信側のメーリング リストで、管理者がメンバーのいない状態にしています (設定中のリスト、またはメンバーが全員削除されたリスト)。そのためメッセージの届け先がありません。",
      ),
      fix: [SENDER.askRecipientAdmin],
      adminFix: [
        t(
          "Recipient's admin: add members to the list in 263's admin console, or remove the list if it is no longer used.",
          "受信側の管理者: 263 の管理コンソールでリストにメンバーを追加するか、使っていないリストなら削除してください。",
        ),
      ],
      actions: ["contact-recipient-admin", "copy-summary"],
    },
    {
      id: "mail263-mailbox-full",
      code: "",
      texts: ["mail size limit exceeded"],
      reasons: ["mailboxfull", "mesgtoobig"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "263 Enterprise Mail refused the message: the recipient's mailbox is over its storage quota (263's words for a full mailbox).",
        "263 Enterprise Mail はメッセージを拒否しました。受信者のメールボックスが保存容量の上限を超えているためです (263 はいっぱいになったメールボックスをこの言葉で伝えます)。",
      ),
      cause: t(
        "The mailbox holds as much as its quota allows, so 263 takes no more mail for it until the recipient deletes mail or the quota is raised.",
        "メールボックスが容量の上限まで使われているため、受信者がメールを削除するか上限が引き上げられるまで、263 はこのメールボックス宛てのメールを受け付けません。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
  ],
};
