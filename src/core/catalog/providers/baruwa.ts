// Baruwa, the open-source mail filter gateway (Exim with MailScanner) that hosts run in front of
// company mailboxes, in the refusal texts its gateways explain to senders (the rejection notes of a
// Baruwa deployment, bastion.umanix.net/info: "Dictionary attack detected", "Legitimate bounces are
// never sent to more than one recipient.", "Restricted characters in address"; its "The sender ...
// is banned" is the recipient's own block list, read among the words any server may write). Found
// by these words, whatever host wrote them. The explanations are our own words.
import { ADMIN } from "../steps";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const NOTES = "https://bastion.umanix.net/info";

export const baruwa: ProviderCatalog = {
  provider: {
    id: "baruwa",
    name: "Baruwa mail filter",
    page: NOTES,
    hosts: [],
    markers: [
      "dictionary attack detected",
      "legitimate bounces are never sent to more than one recipient",
      "restricted characters in address",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "baruwa-dictionary-attack",
      code: "",
      texts: ["Dictionary attack detected"],
      reasons: ["blocked", "rejected", "userunknown", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's filter refused mail from your server because it sent to many addresses there that do not exist, which looks like someone guessing addresses.",
        "あなたのサーバーが受信側の存在しないアドレスへ多数送信し、アドレスを推測する行為のように見えたため、受信側のフィルターはメールを拒否しました。",
      ),
      cause: t(
        "The gateway counts messages to unknown addresses from each sending server and, past a limit, blocks all its mail for a while. An old mailing list full of dead addresses, or an address-checking tool, sets it off.",
        "このゲートウェイは送信サーバーごとに存在しないアドレス宛てのメッセージを数え、上限を超えるとしばらくの間そのサーバーからのメールをすべてブロックします。存在しないアドレスの多い古いメーリング リストや、アドレス確認ツールがきっかけになります。",
      ),
      fix: [YOU.retryAfterBlock, YOU.checkAddress],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "baruwa-multi-recipient-bounce",
      code: "",
      texts: ["Legitimate bounces are never sent to more than one recipient"],
      reasons: ["rejected", "policyviolation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's filter refused a bounce message (one with an empty sender) that your server addressed to more than one recipient.",
        "あなたのサーバーが複数の宛先に送った配信エラー通知 (送信者が空のメッセージ) を、受信側のフィルターは拒否しました。",
      ),
      cause: t(
        "A real bounce goes back to one sender only; a message with an empty sender and several recipients is typical of spam disguised as bounces, so the gateway refuses it. A mail server or application that sends notices with an empty sender to several people causes it.",
        "本物の配信エラー通知は 1 人の送信者にだけ返されます。送信者が空で宛先が複数あるメッセージは、配信エラーを装った迷惑メールの典型のため、このゲートウェイは拒否します。送信者を空にした通知を複数人に送るメール サーバーやアプリケーションが原因です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Give notices and automatic messages a real sender address, and send a bounce (empty sender) to one recipient only.",
          "通知や自動送信のメッセージには実在する送信者アドレスを設定し、送信者が空の配信エラー通知は 1 人の宛先にだけ送ってください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "baruwa-restricted-characters",
      code: "",
      texts: ["Restricted characters in address"],
      reasons: ["userunknown", "syntaxerror", "rejected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's filter refused the address because it holds characters it does not allow in an address.",
        "アドレスに使えない文字が含まれているため、受信側のフィルターはその宛先を拒否しました。",
      ),
      cause: t(
        "The gateway refuses addresses with characters such as %, ! or / before the @, which are used to trick a server into relaying. A mistyped or pasted address usually causes it.",
        "このゲートウェイは、@ の前に % や ! や / などの文字を含むアドレスを拒否します。サーバーに中継させるための細工に使われる文字だからです。多くは入力ミスや貼り付けたアドレスが原因です。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [ADMIN.nothingToChange],
      actions: ["resend-corrected-address"],
    },
  ],
};
