// What a refusal means when the server that refused is the sender's own mailbox provider (GMX's
// "550-Requested action not taken: mailbox unavailable / 550 Sender address is not allowed" from its
// outgoing server, for a gmx.de sender writing to another domain): the message never left for the
// recipient, so the cause is the sender's account or message, never the recipient's side. One
// meaning for every provider with mailboxes of its own; {provider} is its name. When it applies is
// decided in ../match.ts.
import type { CatalogEntry } from "../types";
import { t } from "../types";
import { SENDER } from "../steps";

const cause = t(
  "The refusal came from {provider}'s own outgoing server, which sends mail for your {provider} account; the recipient's server never saw the message. An outgoing server refuses for reasons of the sending account: the From address is not one the account may send as, the email program did not sign in to the outgoing server, the account reached its sending limit, or it is held for suspected spam (a compromised password).",
  "拒否したのは、あなたの {provider} アカウントのメールを送信する {provider} 自身の送信サーバーで、受信側のサーバーにはメッセージが届いていません。送信サーバーが拒否するのは送信アカウント側の理由です。From のアドレスがそのアカウントで送信できるアドレスではない、メール アプリが送信サーバーにサインインしていない、アカウントが送信数の上限に達した、迷惑メールの疑い (パスワードの漏えい) で送信が止められている、などです。",
);

/** The only step for someone else: an application or shared use of a personal account. */
const sharedUse = t(
  "If an application or a shared account sends through this mailbox account, check who sends through it and how much, change its password if the sending was not yours, and move bulk or automatic mail to a sending service made for it.",
  "アプリケーションや共有アカウントがこのメール アカウント経由で送信している場合は、誰がどれだけ送っているかを確認し、身に覚えのない送信ならパスワードを変更し、一斉送信や自動送信のメールは専用の送信サービスに移してください。",
);

const fix = [
  t(
    "Send from the address of your {provider} account itself (not another address or an alias the account has not confirmed), with your email program signed in to {provider}'s outgoing server (SMTP authentication on, the account's own user name and password).",
    "{provider} アカウントそのもののアドレスから送ってください (別のアドレスや、アカウントで確認していない別名ではなく)。メール アプリが {provider} の送信サーバーにサインインしている (SMTP 認証が有効で、アカウント自身のユーザー名とパスワードを使う) ことも確認してください。",
  ),
  t(
    "If you sent a lot today, wait until tomorrow; if the refusal goes on, sign in to {provider}'s web mail and look for a notice about your account (a sending block, a password to change), or ask {provider}'s support.",
    "今日大量に送った場合は翌日まで待ってください。拒否が続く場合は、{provider} の Web メールにサインインしてアカウントに関するお知らせ (送信の停止、パスワードの変更の要求など) がないか確認するか、{provider} のサポートに問い合わせてください。",
  ),
];

export const SENDING_PROVIDER: {
  readonly deferred: CatalogEntry;
  readonly refused: CatalogEntry;
} = {
  deferred: {
    id: "sending-provider-deferred",
    code: "4.x.x",
    texts: ["Deferred by your own provider's outgoing server"],
    source: "provider",
    temporary: true,
    lastingDeferral: "own-account",
    owner: "you",
    summary: t(
      "Your own email provider ({provider}) is holding back the message for now; the recipient's side has nothing to do with it.",
      "あなた自身のメール サービス ({provider}) が、メッセージの送信をいったん保留しています。受信者の側とは関係ありません。",
    ),
    cause,
    fix: [SENDER.waitForRetry, ...fix],
    adminFix: [sharedUse],
    actions: ["wait-for-retry"],
  },
  refused: {
    id: "sending-provider-refused",
    code: "5.x.x",
    texts: ["Refused by your own provider's outgoing server"],
    source: "provider",
    temporary: false,
    owner: "you",
    summary: t(
      "Your own email provider ({provider}) refused to send the message: the cause is your account or the message, not the recipient.",
      "あなた自身のメール サービス ({provider}) がメッセージの送信を拒否しました。原因は受信者ではなく、あなたのアカウントかメッセージにあります。",
    ),
    cause,
    fix,
    adminFix: [sharedUse],
    actions: ["secure-account"],
  },
};
