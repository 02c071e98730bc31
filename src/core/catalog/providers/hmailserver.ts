// hMailServer, the free Windows mail server many small companies and hosts run, in its own reply
// words: its SMTP server's source (github.com/hmailserver/hmailserver,
// hmailserver/source/Server/SMTP/SMTPConnection.cpp: "Delivery is not allowed to this address.",
// "Login credentials no longer valid. Please re-authenticate."), its manual's error pages
// (hmailserver.com/documentation/latest/?page=reference_error_messages_smtp: "501 HELO Invalid
// domain address.", "421 Excessive amounts of data sent to server."; v4.4's reference_error_messages: the IP range rules behind "Delivery is not
// allowed") and its issue tracker for the replies of its anti-spam and routes ("Sender domain does
// not have any MX records.", issue 260; "Recipient not in route list", issue 21). Its greylisting's
// bare "451 Please try again later." names nothing of hMailServer and is read by its words as any
// server's (../wordings.ts); "SMTP authentication is required." keeps the sign-in meaning. Found by
// its words, whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const SOURCE = "https://github.com/hmailserver/hmailserver";
const MANUAL =
  "https://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp";

export const hmailserver: ProviderCatalog = {
  provider: {
    id: "hmailserver",
    name: "hMailServer",
    page: MANUAL,
    hosts: [],
    markers: [
      "delivery is not allowed to this address",
      "sender domain does not have any mx records",
      "recipient not in route list",
      "helo invalid domain address",
      "ehlo invalid domain address",
      "login credentials no longer valid",
      "excessive amounts of data sent to server",
      "since this would mean connecting to myself",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "hmailserver-relay-not-allowed",
      code: "",
      texts: ["Delivery is not allowed to this address"],
      reasons: ["norelaying", "securityerror"],
      page: "https://www.hmailserver.com/documentation/v4.4/?page=reference_error_messages",
      owner: "you",
      temporary: false,
      summary: t(
        "An hMailServer refused to take the message for this recipient: its rules do not let a sender connecting from where you are, without signing in, send to that address.",
        "hMailServer がこの宛先へのメッセージを受け付けませんでした。サインインせずにその接続元から送る送信者に、そのアドレスへの送信を許可しない設定になっているためです。",
      ),
      cause: t(
        "hMailServer decides by the connecting IP address (its IP ranges) and by sign-in who may send where. By default a sender from outside that has not signed in may not send to an outside address, so that no one can use the server to pass on spam. This is what you meet when your mail program sends through your own hMailServer without its outgoing-server sign-in, or from a network the server does not trust; the recipient's side has nothing to do with it.",
        "hMailServer は、接続元の IP アドレス (IP 範囲) とサインインの有無によって、だれがどこへ送れるかを決めます。既定では、サインインしていない外部からの送信者は外部のアドレスへ送れません。サーバーが迷惑メールの中継に使われないようにするためです。メール アプリが送信サーバーのサインインなしで自分の hMailServer 経由で送ったとき、またはサーバーが信頼していないネットワークから送ったときに起きます。受信者の側には関係ありません。",
      ),
      fix: [
        t(
          "In your mail program, turn on sign-in (authentication) for the outgoing (SMTP) server with your full address and password, then send again.",
          "メール アプリで送信 (SMTP) サーバーのサインイン (認証) を有効にし、完全なアドレスとパスワードを設定してから送り直してください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [
        t(
          "In hMailServer's IP ranges, check which range the sender connects from and whether it requires SMTP authentication and allows delivery to external addresses; never allow unauthenticated external-to-external delivery.",
          "hMailServer の IP 範囲 (IP Ranges) で、送信者の接続元がどの範囲に当たり、SMTP 認証を必須にしているか、外部アドレスへの配信を許可しているかを確認してください。認証なしの外部から外部への配信は許可しないでください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      // the sending hMailServer's own refusal to deliver to an address of its own machine
      // (source/Server/Common/TCPIP/TCPConnection.cpp: "Doing that could start evil loops"); a
      // Yandex recipient's notice in a forum, h-facts16's held-out set
      id: "hmailserver-connect-to-self",
      code: "",
      texts: ["since this would mean connecting to myself"],
      page: SOURCE,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your own hMailServer did not deliver the message: the recipient's mail server address it looked up is one of its own, and it will not connect to itself.",
        "あなたの hMailServer はメッセージを配信しませんでした。宛先のメール サーバーとして調べたアドレスが自分自身のアドレスで、hMailServer は自分自身には接続しないためです。",
      ),
      cause: t(
        "hMailServer refuses to open an SMTP connection to one of its own IP addresses, since that could loop the message forever. The recipient's domain is not set up on this server, yet DNS (its MX, or the server's own DNS or hosts file) or a route or smart host in hMailServer points back to this machine, often after a domain was moved away or when internal DNS differs from the public one.",
        "hMailServer は、メッセージが無限にループするおそれがあるため、自分自身の IP アドレスへの SMTP 接続を開きません。宛先のドメインはこのサーバーに設定されていないのに、DNS (そのドメインの MX、またはサーバー自身の DNS や hosts ファイル)、あるいは hMailServer のルートやスマート ホストがこのマシンを指しています。ドメインを別の場所へ移した後や、社内 DNS が公開 DNS と異なる場合によく起きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look up the recipient domain's MX from the hMailServer machine and from outside: if it resolves to this server, correct the server's DNS or hosts file, the route or smart host settings, or add the domain to hMailServer if it should be hosted here.",
          "hMailServer のマシン上と外部の両方から宛先ドメインの MX を調べてください。このサーバーを指している場合は、サーバーの DNS 設定や hosts ファイル、ルートやスマート ホストの設定を直すか、このサーバーで受信するべきドメインであれば hMailServer にドメインを追加してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "hmailserver-sender-domain-no-mx",
      code: "",
      texts: ["Sender domain does not have any MX records"],
      reasons: ["rejected", "blocked"],
      page: "https://github.com/hmailserver/hmailserver/issues/260",
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving hMailServer refused the message because your domain[[ {domain}]] has no MX record in DNS, so it cannot receive replies.",
        "あなたのドメイン[[ {domain} ]]に DNS の MX レコードがなく、返信を受け取れないため、受信側の hMailServer はメッセージを拒否しました。",
      ),
      cause: t(
        "hMailServer's anti-spam can check that the sender's domain publishes an MX record and refuse mail when it does not: a domain that cannot receive mail is typical of forged senders. A domain used only for sending (an application's or a newsletter's) often lacks one.",
        "hMailServer の迷惑メール対策は、送信者のドメインが MX レコードを公開しているかを確認し、なければメールを拒否できます。メールを受け取れないドメインは、送信者を偽装したメールによく見られるためです。送信専用のドメイン (アプリケーションやニュースレター用) には MX レコードがないことがよくあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Publish an MX record for {domain} (or for the domain of the envelope sender) pointing to a server that accepts its mail, including bounces.",
          "{domain} (またはエンベロープ送信者のドメイン) に、配信エラーを含めそのメールを受け付けるサーバーを指す MX レコードを公開してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "hmailserver-route-list",
      code: "",
      texts: ["Recipient not in route list"],
      page: "https://github.com/hmailserver/hmailserver/issues/21",
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The receiving hMailServer takes mail for the recipient's domain only for a list of addresses (a route), and the recipient's address is not on it.",
        "受信側の hMailServer は、宛先のドメインについては、決められたアドレスの一覧 (ルート) にあるアドレス宛てのメールだけを受け付けており、宛先のアドレスはその一覧にありません。",
      ),
      cause: t(
        "The recipient's organization relays its mail through this hMailServer with a route that lists the addresses to pass on. An address missing from the list is refused: either the address is wrong, or their admin has not added it. Older hMailServer versions give this refusal a temporary 421 code, so your server may keep retrying in vain.",
        "受信側の組織は、この hMailServer を経由し、転送するアドレスを並べたルートでメールを中継しています。一覧にないアドレスは拒否されます。アドレスが間違っているか、受信側の管理者が追加していないかのどちらかです。古い hMailServer はこの拒否に一時的なエラー 421 を返すため、あなたのサーバーが無駄に再試行を続けることがあります。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If the address is right, tell the recipient another way: their mail admin must add it to the route on their mail gateway.",
          "アドレスが正しければ、別の手段で受信者に伝えてください。受信側の管理者が、メール ゲートウェイのルートにそのアドレスを追加する必要があります。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: add the address to the route's list of recipients in hMailServer (or let the route deliver to all addresses of the domain).",
          "受信側の管理者: hMailServer のルートの宛先一覧にそのアドレスを追加してください (またはドメインのすべてのアドレスを配信するようにしてください)。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "hmailserver-helo-syntax",
      code: "",
      texts: ["HELO Invalid domain address", "EHLO Invalid domain address"],
      page: MANUAL,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving hMailServer refused the connection because the sending server introduced itself (HELO or EHLO) with a name that is not a valid host name.",
        "送信サーバーが挨拶 (HELO または EHLO) で名乗った名前が有効なホスト名ではないため、受信側の hMailServer は接続を拒否しました。",
      ),
      cause: t(
        "The greeting must carry a host name (or an IP address in brackets) of valid form. An empty name, one with spaces or other characters a host name cannot have, is what a misconfigured program, device or server sends. This is about the sending server's settings.",
        "挨拶には、正しい形のホスト名 (または角かっこで囲んだ IP アドレス) が必要です。空の名前や、ホスト名に使えない空白などの文字を含む名前は、設定の誤ったプログラムや機器、サーバーが送るものです。送信サーバーの設定の問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.setHeloName],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "hmailserver-data-without-line-end",
      code: "",
      texts: ["Excessive amounts of data sent to server"],
      page: MANUAL,
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The receiving hMailServer closed the connection because the sending server sent it a large block of data without the line ends SMTP requires.",
        "送信サーバーが SMTP で必要な改行を含まない大きなデータのかたまりを送ったため、受信側の hMailServer は接続を閉じました。",
      ),
      cause: t(
        "SMTP commands and message lines end with a line break (CRLF). hMailServer's manual says it answers this way when a client sends a large chunk with none, which a correct mail server never does: a misconfigured program or device, or a broken sending library, is sending. Its retries will meet the same answer until it is fixed.",
        "SMTP のコマンドとメッセージの各行は改行 (CRLF) で終わります。hMailServer のマニュアルによれば、改行を含まない大きなかたまりが送られたときにこの応答を返します。正しく動作するメール サーバーはこのような送り方をしないため、送っているのは設定の誤ったプログラムや機器、または不具合のある送信ライブラリです。直すまでは再試行しても同じ応答になります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find the program or device that sent this message and check how it writes the message: every line must end with CRLF and be no longer than 1,000 characters; update or reconfigure it.",
          "このメッセージを送ったプログラムや機器を特定し、メッセージの書き込み方を確認してください。各行は CRLF で終わり、1,000 文字以内である必要があります。そのプログラムや機器を更新するか、設定を直してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "hmailserver-login-expired",
      code: "",
      texts: ["Login credentials no longer valid. Please re-authenticate"],
      page: SOURCE,
      owner: "you",
      temporary: false,
      summary: t(
        "Your hMailServer stopped accepting messages on this connection because the password it signed in with is no longer valid.",
        "サインインに使ったパスワードがもう有効ではないため、あなたが使っている hMailServer はこの接続でのメッセージの受け付けをやめました。",
      ),
      cause: t(
        "hMailServer checks the sign-in again before each message. The password was changed (or the account disabled) while your mail program stayed connected, or the program still holds an old password.",
        "hMailServer は、メッセージごとにサインインを確認し直します。メール アプリが接続したままの間にパスワードが変更された (またはアカウントが無効にされた) か、アプリが古いパスワードを保持しています。",
      ),
      fix: [
        t(
          "Enter your current password in your mail program's outgoing (SMTP) server settings and send again.",
          "メール アプリの送信 (SMTP) サーバーの設定に現在のパスワードを入力して、送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Check that the account is enabled in hMailServer and that its password was not changed without the user knowing.",
          "hMailServer でアカウントが有効になっているか、パスワードが利用者の知らないうちに変更されていないかを確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
