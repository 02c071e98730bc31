// Meanings of a mailing-list manager's notices to a poster (the listmanager dialect reads them):
// the list holds the post for its moderator, or refused it by its own policy. The words are the
// managers' own templates (mlmmj's list texts wait-post and deny-post; Mailman 2's and 3's held,
// rejected and refused notices; Sympa's message reports), so they hold wherever the list is. A hold is no failure and no
// server retries it: the moderator posts it or refuses it, and sending again would post it twice.
// A refusal by the list's policy is the list owner's to change (the receiving side's policy);
// a post too big or naming the list only in Bcc is the poster's to fix (the size meaning of
// 5.3.4 serves the first).
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN } from "./steps";

const ASK_LIST_OWNER = t(
  "If you should be allowed to post, write to the list's owner (the list's address with -owner, or the address the notice names) and ask; resend only once they allow it.",
  "投稿できるはずの場合は、リストの管理者 (リストのアドレスに -owner を付けたもの、または通知に書かれたアドレス) に連絡して確認してください。許可されてから送り直してください。",
);

export const LIST_NOTICE_ENTRIES: readonly CatalogEntry[] = [
  {
    id: "list-held-for-moderator",
    code: "",
    title: "The mailing list holds your post for its moderator",
    texts: [
      "is being held until the list moderator can review it",
      "moderators are being asked to review it before releasing it",
      "has been forwarded to the moderator",
    ],
    source: "wording",
    temporary: true,
    heldForReview: true,
    owner: "recipient-admin",
    summary: t(
      "The mailing list did not refuse your post: it holds it until one of its moderators reviews it (a moderated list, a post from a non-member, one too large, or one that names the list only in Bcc).",
      "メーリング リストは投稿を拒否していません。モデレーターが確認するまで保留しています (モデレートされたリスト、メンバー以外からの投稿、大きすぎる投稿、Bcc だけでリストを宛先にした投稿など)。",
    ),
    cause: t(
      "A list's owner can have posts wait for a moderator's approval: every post, or those that break one of the list's rules. No server retries it; the moderator releases it to the list or rejects it, and the list then tells you.",
      "リストの管理者は、すべての投稿、またはリストの規則に合わない投稿を、モデレーターの承認まで待たせることができます。サーバーが再試行するのではなく、モデレーターがリストに配信するか却下し、その結果はリストから通知されます。",
    ),
    fix: [
      t(
        "Do not send it again: a second copy would be held too, or posted twice. Wait for the moderator's decision; if it is urgent, write to the list's owner.",
        "送り直さないでください。2 通目も保留されるか、二重に投稿されます。モデレーターの判断を待ち、急ぐ場合はリストの管理者に連絡してください。",
      ),
    ],
    adminFix: [ADMIN.nothingToChange],
    actions: ["contact-recipient-admin", "copy-summary"],
  },
  {
    id: "list-refused-sender",
    code: "",
    title: "The mailing list does not take posts from your address",
    texts: [
      "because you are not a list subscriber",
      "Message distribution in the list is restricted to list subscribers",
      "because you are not a list moderator",
      "because of an access rule set up by the list administrator",
      "The message is not from a list member",
      "You are not allowed to post to this mailing list",
      "matched a header rule",
      // the same refusal in other list managers' words: ezmlm-idx's "Sorry, only subscribers may
      // post." (softwerkskammer/Agora#1065), Topicbox's "Non-members are not allowed to post."
      // (openzfs/zfs#5249), Sympa's French template for a moderators-only list (sympa#695)
      "only subscribers may post",
      "Non-members are not allowed to post",
      // Groups.io's refusal at the SMTP level, under 5.1.1 as if the list did not exist: "510 5.1.1
      // Your email address, <x>, is not subscribed to that group." (a Gmail DSN in the xen-devel
      // archive, 2025-07; the same words from lists.projectacrn.org in a linux-kernel patch of 2021
      // marking that list subscribers-only)
      "is not subscribed to that group",
      "La diffusion de message est réservée aux modérateurs",
      // Sympa's refusal by the list's send scenario, whose reason may be empty (a scenario's
      // reject() without one: the lab's Sympa 6.2; the same report in sympa#695 and sympa#852)
      "You are not allowed to send this message for the following reason",
    ],
    source: "wording",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The mailing list refused your post by its own rules: it takes posts only from its members (or moderators), or a rule of its owner refuses your address. Nothing was sent to the list's members.",
      "メーリング リストは独自の規則により投稿を拒否しました。メンバー (またはモデレーター) からの投稿しか受け付けないか、管理者の規則があなたのアドレスを拒否しています。リストのメンバーには何も届いていません。",
    ),
    cause: t(
      "A list's owner decides who may post. The list compares your From: address with its members: a post from another address of yours (an alias, a second account) is not a member's.",
      "誰が投稿できるかはリストの管理者が決めます。リストは差出人 (From) のアドレスをメンバーと照合するため、あなたの別のアドレス (エイリアスや別のアカウント) からの投稿はメンバーの投稿とみなされません。",
    ),
    fix: [
      t(
        "If you are a member, send the post again from the address you subscribed with.",
        "メンバーである場合は、登録したアドレスから投稿し直してください。",
      ),
      ASK_LIST_OWNER,
    ],
    adminFix: [ADMIN.nothingToChange],
    actions: ["contact-recipient-admin", "copy-summary"],
  },
  {
    id: "list-refused-moderator",
    code: "",
    title: "The list's moderator rejected your post",
    texts: ["has been rejected by the list moderator", "because a moderator rejected it"],
    source: "wording",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "A moderator of the mailing list reviewed your post and rejected it; it was not sent to the list's members.",
      "メーリング リストのモデレーターが投稿を確認し、却下しました。リストのメンバーには送られていません。",
    ),
    cause: t(
      "The list holds posts for review, and its moderator decided against this one; the notice may give the moderator's reason.",
      "このリストは投稿を確認のために保留しており、モデレーターがこの投稿を却下しました。通知に理由が書かれている場合があります。",
    ),
    fix: [
      t(
        "Read the moderator's reason in the notice; do not send the same post again unchanged. Write to the list's owner if you think it was a mistake.",
        "通知に書かれたモデレーターの理由を確認してください。同じ投稿をそのまま送り直さないでください。誤りだと思う場合はリストの管理者に連絡してください。",
      ),
    ],
    adminFix: [ADMIN.nothingToChange],
    actions: ["contact-recipient-admin", "copy-summary"],
  },
  {
    id: "list-implicit-destination",
    code: "",
    title: "The list's address was not in To: or Cc:",
    texts: ["the list address was not found in either the To: or CC: header"],
    source: "wording",
    temporary: false,
    owner: "you",
    summary: t(
      "The mailing list refused your post because its address was not in the To: or Cc: line (only in Bcc, or reached through another address that forwards to it).",
      "リストのアドレスが To: または Cc: にない (Bcc だけで指定したか、転送する別のアドレス経由で届いた) ため、メーリング リストは投稿を拒否しました。",
    ),
    cause: t(
      "Lists refuse posts that do not name them openly, against spam sent to many lists in Bcc.",
      "多数のリストに Bcc で送られる迷惑メールを防ぐため、リストは自分のアドレスを明示していない投稿を拒否します。",
    ),
    fix: [
      t(
        "Send the post again with the list's address in To: or Cc:.",
        "リストのアドレスを To: または Cc: に入れて送り直してください。",
      ),
    ],
    adminFix: [ADMIN.nothingToChange],
    actions: ["copy-summary"],
  },
];
