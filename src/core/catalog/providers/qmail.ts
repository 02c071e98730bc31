// qmail's own refusal texts (qmail-smtpd, and vpopmail's quota check), as Japanese hosting services
// that run it document them for their users: WebARENA Suite2's 制限事項 page
// (web.arena.ne.jp/support/suite2/manual/email/restrict.html: the rcpthosts refusal of a client that
// did not log in), @nifty's セカンドメールのエラーメッセージ (faq.support.nifty.com/?p=4076: the same
// refusal, read there as a domain typed wrong) and Hosting Ace's メールについて FAQ (tiki.ne.jp/ace/faq/mail.html: the full mailbox
// deferral). qmail runs behind many hosted domains, so the table is found by its words, not by a
// host. Its size refusal ("databytes limit", #5.3.4) and "no mailbox here by that name" (#5.1.1)
// keep the registry's meanings, which are the same. qmail-local's loop refusal ("This message is
// looping: it already has my Delivered-To line. (#5.4.6)", its source and GoDaddy's bounce help page,
// godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685) is a mailbox forwarding back to
// itself: the registry's 5.4.6 names a routing loop between servers, your admin's. The explanations
// are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { RECIPIENT_ADMIN, YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const qmail: ProviderCatalog = {
  provider: {
    id: "qmail",
    name: "qmail",
    page: "https://cr.yp.to/qmail.html",
    hosts: [],
    markers: [
      "list of allowed rcpthosts",
      // the same refusal in the Portuguese of Brazilian qmail builds, as Microsoft's Portuguese
      // article on relay errors quotes it ("553 – esse domínio não está na minha lista de
      // rcpthosts permitidos (#5.7.1)")
      "lista de rcpthosts",
      "sorry, mailbox is full",
      "already has my delivered-to line",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "qmail-rcpthosts",
      title: "Domain not in the server's allowed rcpthosts",
      code: "",
      texts: ["sorry, that domain isn't in my list of allowed rcpthosts", "lista de rcpthosts"],
      page: "https://web.arena.ne.jp/support/suite2/manual/email/restrict.html",
      owner: "you",
      temporary: false,
      summary: t(
        "The mail server refused to pass the message on: it does not handle the recipient's domain itself, and your mail app did not log in to it before sending.",
        "メール サーバーはメッセージの中継を拒否しました。このサーバーは宛先のドメインを自分で扱っておらず、メール アプリが送信前にサーバーへサインインしていませんでした。",
      ),
      cause: t(
        "qmail passes mail on to other domains only for senders it knows: one who logged in (SMTP authentication) or, on older hosting plans, one who checked mail first (POP before SMTP). When it is your own outgoing server that says this, usually right as you press Send, the mail app's outgoing server settings are missing the login. When the recipient's server says it, that server is not set up to receive mail for the recipient's domain.",
        "qmail が他のドメインへメールを中継するのは、サインインした送信者 (SMTP 認証)、または古いホスティング プランでは先にメールを受信した送信者 (POP before SMTP) だけです。送信ボタンを押した直後に自分の送信サーバーがこう応答した場合は、メール アプリの送信サーバー設定にサインインの設定がありません。受信側のサーバーが応答した場合は、そのサーバーが宛先のドメインのメールを受け取るよう設定されていません。",
      ),
      fix: [
        t(
          "In your mail app's account settings, turn on authentication for the outgoing (SMTP) server with the same user name and password as for incoming mail, use port 587, then send again.",
          "メール アプリのアカウント設定で、送信 (SMTP) サーバーの認証を有効にし、受信と同じユーザー名とパスワードを使い、ポート 587 を指定してから送り直してください。",
        ),
        t(
          "If your provider still uses POP before SMTP, check for new mail first and send within a few minutes.",
          "プロバイダーがまだ POP before SMTP を使っている場合は、先にメールを受信してから数分以内に送信してください。",
        ),
        YOU.checkAddress,
      ],
      adminFix: [
        t(
          "If the recipient's server wrote this (not your own), the domain's MX points to a server that does not list the domain in its rcpthosts: only whoever runs that domain can fix it.",
          "この応答を書いたのが自分の送信サーバーではなく受信側のサーバーの場合、そのドメインの MX が、rcpthosts にそのドメインを登録していないサーバーを指しています。直せるのはそのドメインの管理者だけです。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "qmail-mailbox-full",
      title: "Mailbox is full",
      code: "",
      texts: ["sorry, mailbox is full"],
      reasons: ["mailboxfull"],
      page: "https://www.tiki.ne.jp/ace/faq/mail.html",
      owner: "recipient",
      temporary: true,
      summary: t(
        "The recipient's mailbox is full, so their mail server cannot take new messages for now.",
        "受信者のメールボックスがいっぱいのため、受信側のメール サーバーは今は新しいメッセージを受け取れません。",
      ),
      cause: t(
        "Each mailbox on the server has a storage quota, and this one has reached it, often because the mail app keeps copies of every message on the server.",
        "サーバー上の各メールボックスには保存容量の上限があり、このメールボックスは上限に達しています。メール アプリがすべてのメッセージのコピーをサーバーに残す設定になっていることがよくある原因です。",
      ),
      fix: [SENDER.tellMailboxFull, SENDER.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "qmail-forwarding-loop",
      title: "Forwarding loop at the recipient's mailbox",
      code: "",
      texts: ["This message is looping: it already has my Delivered-To line"],
      page: "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
      owner: "recipient",
      temporary: false,
      summary: t(
        "The recipient's mailbox sent the message back to itself: its forwarding goes round in a loop, so the server stopped delivering it.",
        "受信者のメールボックスがメッセージを自分自身へ送り返していました。転送がループしているため、サーバーは配信を止めました。",
      ),
      cause: t(
        "qmail marks each message it delivers to a mailbox with that mailbox's Delivered-To line, and refuses a message that already carries it: the mailbox forwards to an address that forwards back (two addresses forwarding to each other, or a forward to itself).",
        "qmail は、メールボックスに配信するメッセージにそのメールボックスの Delivered-To 行を付け、すでにその行があるメッセージは拒否します。転送先のアドレスが元のアドレスへ転送し返している (2 つのアドレスが互いに転送している、または自分自身へ転送している) 状態です。",
      ),
      fix: [
        t(
          "Tell the recipient another way (phone, chat, another address) that their mail forwarding loops, so they correct it; then send again.",
          "電話やチャット、別のアドレスなど他の手段で、受信者のメール転送がループしていることを伝えて直してもらい、その後で送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "The recipient (or their admin) checks the mailbox's forwarding rules (its .qmail file or the hosting panel's forwarders) and removes the forward that leads back to it.",
          "受信者 (またはその管理者) が、メールボックスの転送設定 (.qmail ファイルやホスティングの管理画面の転送設定) を確認し、元のアドレスへ戻る転送を外します。",
        ),
      ],
      actions: ["contact-recipient"],
    },
  ],
};
