// Source: RFC 5321 4.2.2-4.2.3 (the reply codes and their texts), RFC 7504 3 (521 "host does not
// accept mail" with 5.3.2, 556 "domain does not accept mail" with 5.1.10), RFC 7505 4 (556 5.1.10
// for a null MX), RFC 1870 (552 for a message over the SIZE limit), RFC 4954 6 (530 5.7.0
// "authentication required", 535 5.7.8 "authentication credentials invalid"); the explanations
// are our own words.
// What a reply code means when the reply gives no enhanced code of its own (Postfix reports a bare
// "521 ..." as 5.0.0) and no words the engine knows: the code's meaning in the RFCs, where the
// engine's reason alone (or the class) said something else.
import type { Reason } from "../types";
import { REASON_MEANINGS } from "./reason-meanings";
import { ADMIN, SENDER } from "./steps";
import type { CatalogEntry } from "./types";
import { t } from "./types";

export interface ReplyCodeMeaning {
  /** The enhanced code ("subject.detail") the RFCs pair with the reply code. */
  readonly code: string;
  /** The paired code at MAIL FROM, where the reply is about the sender's address (553). */
  readonly atMail?: string;
  /** The meaning, where the registry's words for `code` do not fit this reply; else the registry's. */
  readonly entry?: CatalogEntry;
  /** Reasons that leave the reply code's meaning standing: the reply's words named nothing else. */
  readonly reasons: readonly Reason[];
  /**
   * Causes the words may name that outrank any enhanced code on this reply: servers give 521 to a
   * sending server they refuse ("521 <ip> is blocked"), whatever code they add.
   */
  readonly outranks?: readonly Reason[];
  /** A 4xx reply code: its meaning is the temporary class's (the registry's 4.x.y for `code`). */
  readonly deferral?: boolean;
}

/** No cause in the words: the engine's fallbacks. */
const WORDLESS: readonly Reason[] = ["onhold", "undefined"];

const HOST_TAKES_NO_MAIL: CatalogEntry = {
  id: "reply-521-no-mail-here",
  code: "5.3.2",
  texts: ["Host does not accept mail"],
  source: "reply-code",
  temporary: false,
  owner: "you",
  summary: t(
    "The server your message was sent to does not accept email at all (reply code 521), so the message cannot reach this address through it.",
    "メッセージの送り先のサーバーは、メールを一切受け付けていません (応答コード 521)。このため、このアドレスにはそのサーバー経由では届きません。",
  ),
  cause: t(
    "Reply 521 is for a host that takes no mail (RFC 7504): the recipient's domain points its mail at a web server, a parked domain or a mail server that was switched off. A domain that has stopped receiving mail, or a mistyped domain that happens to exist, ends this way.",
    "応答コード 521 は、メールを受け取らないホストのためのものです (RFC 7504)。宛先のドメインのメールの送り先が、Web サーバー、パーキング ドメイン、停止したメール サーバーなどを指しています。メールの受信をやめたドメインや、入力ミスでできた、たまたま実在するドメインでこうなります。",
  ),
  fix: [
    t(
      "Check the address, the part after the @ above all; if it is right, reach the recipient another way and tell them their domain does not receive email.",
      "アドレス、特に @ より後ろを確かめてください。正しければ、別の手段で受信者に連絡し、そのドメインがメールを受信していないことを伝えてください。",
    ),
  ],
  adminFix: [
    ADMIN.checkDns,
    t(
      "If the reply names your sending server or its IP address, the receiver refuses your server rather than all mail: check the address against the block lists and ask the receiver's postmaster.",
      "応答があなたの送信サーバーや IP アドレスを名指ししている場合は、受信側がすべてのメールではなくあなたのサーバーを拒否しています。その IP アドレスをブロック リストで確認し、受信側の postmaster に問い合わせてください。",
    ),
  ],
  actions: ["resend-corrected-address", "contact-recipient", "copy-summary"],
};

const USER_NOT_LOCAL: CatalogEntry = {
  id: "reply-551-user-not-local",
  code: "5.1.6",
  texts: ["User not local"],
  source: "reply-code",
  temporary: false,
  owner: "you",
  summary: t(
    'The receiving server says the recipient is not at this address on it (reply code 551, "user not local") and did not take the message.',
    "受信側のサーバーは、受信者がこのサーバーのこのアドレスにはいない (応答コード 551「user not local」) として、メッセージを受け取りませんでした。",
  ),
  cause: t(
    "Reply 551 is for a server that knows the recipient's mail goes elsewhere but does not pass it on (RFC 5321): the person moved to another address or another mail system. The reply often names the address to use.",
    "応答コード 551 は、受信者のメールの行き先が別にあると知りながら転送しないサーバーのためのものです (RFC 5321)。受信者が別のアドレスや別のメール システムに移っています。応答に使うべきアドレスが書かれていることがよくあります。",
  ),
  fix: [
    t(
      "If the reply names another address for the recipient, send the message there; otherwise ask the recipient for their current address.",
      "応答に受信者の別のアドレスが書かれていれば、そこへ送ってください。書かれていなければ、受信者に現在のアドレスを尋ねてください。",
    ),
  ],
  adminFix: [ADMIN.checkRecipientExists],
  actions: ["contact-recipient", "copy-summary"],
};

const NO_ROOM: CatalogEntry = {
  id: "reply-552-no-room",
  code: "5.2.2/5.3.4",
  texts: ["Requested mail action aborted: exceeded storage allocation"],
  source: "reply-code",
  temporary: false,
  owner: "you",
  summary: t(
    "The receiving side had no room for this message (reply code 552): either the message is larger than it accepts, or the recipient's mailbox is full.",
    "受信側にはこのメッセージを入れる余地がありませんでした (応答コード 552)。メッセージが受け付けられる大きさを超えているか、受信者のメールボックスがいっぱいです。",
  ),
  cause: t(
    "Reply 552 is for a message that exceeds the storage the recipient is allowed (RFC 5321), and servers give it to a message over their size limit too (RFC 1870); this reply did not say which.",
    "応答コード 552 は、受信者に割り当てられた容量を超えるメッセージのためのもので (RFC 5321)、サーバーはサイズ上限を超えたメッセージにも使います (RFC 1870)。この応答はどちらかを示していません。",
  ),
  fix: [
    t(
      "If the message has large attachments, make it smaller (share a link to the file instead) and send it again.",
      "大きな添付ファイルがある場合は、メッセージを小さくして (代わりにファイルへのリンクを共有して) 送り直してください。",
    ),
    t(
      "If it is small, the recipient's mailbox is probably full: reach them another way and ask them to make room.",
      "メッセージが小さい場合は、受信者のメールボックスがいっぱいの可能性が高いので、別の手段で連絡して空きを作ってもらってください。",
    ),
  ],
  adminFix: [ADMIN.checkLimits],
  actions: ["shrink-attachments", "contact-recipient", "copy-summary"],
};

const NAME_NOT_ALLOWED: CatalogEntry = {
  id: "reply-553-name-not-allowed",
  code: "5.1.3/5.1.7",
  texts: ["Requested action not taken: mailbox name not allowed"],
  source: "reply-code",
  temporary: false,
  owner: "you",
  summary: t(
    "The server refused an address of this message as not allowed there (reply code 553): the recipient's address, or your own sender address.",
    "サーバーは、このメッセージのアドレスを使用できないものとして拒否しました (応答コード 553)。宛先のアドレスか、あなた自身の送信者アドレスのどちらかです。",
  ),
  cause: t(
    "Reply 553 is for a mailbox name the server does not allow, a badly written one for example (RFC 5321). Outgoing servers give it too to a sender address the signed-in account may not send from; this reply did not say which address.",
    "応答コード 553 は、書き方の誤りなど、サーバーが認めないメールボックス名のためのものです (RFC 5321)。送信サーバーは、サインインしたアカウントが使えない送信者アドレスにもこのコードを返します。この応答はどちらのアドレスかを示していません。",
  ),
  fix: [
    SENDER.checkAddress,
    t(
      "If the address is right, check that the From address is one your account may send from (the address you sign in with, or one added to it), then send again.",
      "アドレスが正しい場合は、差出人 (From) のアドレスが、あなたのアカウントで送信できるアドレス (サインインに使うアドレスか、それに追加したアドレス) であるか確かめてから送り直してください。",
    ),
  ],
  adminFix: [
    t(
      "On your outgoing server, check which From addresses the account may send from (its send-as rights or sender login map), and that the recipient's address reached it as written.",
      "自組織の送信サーバーで、このアカウントが差出人 (From) として使えるアドレス (送信者としての権限や送信者ログインの対応表) を確認し、宛先アドレスが入力したとおりに届いているかも確認してください。",
    ),
  ],
  actions: ["resend-corrected-address", "copy-summary"],
};

/**
 * RFC 5321's 503, "bad sequence of commands": the sending program sent a command the server does not
 * take at that point of the conversation (AUTH before the second EHLO after STARTTLS: 1&1's "503
 * Command sequence error", nodemailer/nodemailer#26; STARTTLS before EHLO: "503 STARTTLS command
 * used when not advertised", dpwright/HaskellNet-SSL#20; Postfix's "503 5.5.1 Error: need MAIL
 * command"). Not a syntax error (x.5.2, what the reason alone gives): each command was well formed.
 */
const BAD_SEQUENCE: CatalogEntry = {
  id: "reply-503-bad-sequence",
  code: "5.5.1",
  texts: ["Bad sequence of commands"],
  source: "reply-code",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The server refused a command from the program that sent your message because it came at the wrong point of the SMTP conversation (reply code 503, bad sequence of commands).",
    "メッセージを送ったプログラムのコマンドが SMTP のやり取りの順序に合わなかったため、サーバーがそのコマンドを拒否しました (応答コード 503、コマンドの順序の誤り)。",
  ),
  cause: t(
    "Reply 503 is for commands out of order (RFC 5321): the program signed in before greeting the server again after starting encryption, asked for encryption the server had not offered, or sent the message before an accepted sender and recipient. The fault is in the sending program or its settings, not in the message or the address.",
    "応答コード 503 は、順序の誤ったコマンドのためのものです (RFC 5321)。暗号化を始めた後、サーバーへのあいさつ (EHLO) をやり直さずにサインインした、サーバーが提供していない暗号化を求めた、受け付けられた送信者と宛先の前にメッセージを送った、などです。原因はメッセージやアドレスではなく、送信プログラムかその設定にあります。",
  ),
  fix: [SENDER.askYourAdmin],
  adminFix: [
    t(
      "Update the sending program or its mail library, and check its encryption setting against the server's port (implicit TLS on 465, STARTTLS on 587); the server's log or the program's SMTP debug output shows the command that came out of order.",
      "送信プログラムやそのメール ライブラリを更新し、暗号化の設定がサーバーのポートに合っているか (465 は最初から TLS、587 は STARTTLS) 確認してください。順序を外れたコマンドは、サーバーのログかプログラムの SMTP デバッグ出力でわかります。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/** RFC 4954's sign-in replies: the client that sent the message did not sign in, or failed to. */
const SIGN_IN: Pick<ReplyCodeMeaning, "reasons"> & { entry?: CatalogEntry } = {
  ...(REASON_MEANINGS.securityerror !== undefined ? { entry: REASON_MEANINGS.securityerror } : {}),
  // the class's fallback for a 5.7.x the words did not explain
  reasons: ["securityerror", ...WORDLESS],
};

/** Reply code -> its meaning in the RFCs. */
export const REPLY_CODE_MEANINGS: Readonly<Record<string, ReplyCodeMeaning>> = {
  "521": {
    code: "3.2",
    entry: HOST_TAKES_NO_MAIL,
    reasons: ["notaccept", ...WORDLESS],
    outranks: ["blocked"],
  },
  // the registry's x.1.10 ("Recipient address has null MX") says it: from any server, not only
  // the one whose own x.1.10 means something else (Exchange Online's "recipient not found")
  "556": { code: "1.10", reasons: ["notaccept", ...WORDLESS] },
  "551": { code: "1.6", entry: USER_NOT_LOCAL, reasons: WORDLESS },
  "552": { code: "2.2", entry: NO_ROOM, reasons: WORDLESS },
  // "mailbox name not allowed (e.g., mailbox syntax incorrect)": the recipient's or the sender's
  // (outgoing servers refuse a From the account may not use: NetEase's "553 Local user only"); at
  // MAIL FROM, the sender's
  "553": { code: "1.3", atMail: "1.7", entry: NAME_NOT_ALLOWED, reasons: WORDLESS },
  // "encryption required for requested authentication mechanism" (RFC 4954 with 5.7.11; 524 in the
  // registry): not the registry's x.7.10 that the reason alone gives, "encryption needed" for any mail
  "524": { code: "7.11", reasons: ["failedstarttls", ...WORDLESS] },
  "538": { code: "7.11", reasons: ["failedstarttls", ...WORDLESS] },
  // "<domain> Service not available, closing transmission channel" (RFC 5321 4.2.3): the receiver
  // is shutting down, restarting or dropping an idle session ("421 Server shutting down", GMX's
  // "421 gmx.net Service closing transmission channel - command timeout"); the registry's 4.3.2
  // ("system not accepting network messages"), not 4.0.0's nothing said, handed to the recipient's admin
  // (a delay notice's own "expired" is no cause the words named)
  "421": { code: "3.2", deferral: true, reasons: ["expired", ...WORDLESS] },
  // "bad sequence of commands"; Postfix pairs it with 5.5.1 ("503 5.5.1 Error: need MAIL command")
  "503": { code: "5.1", entry: BAD_SEQUENCE, reasons: ["syntaxerror", ...WORDLESS] },
  "530": { code: "7.0", ...SIGN_IN },
  "535": { code: "7.8", ...SIGN_IN },
};
