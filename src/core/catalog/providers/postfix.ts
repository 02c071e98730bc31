// Postfix's own refusal texts, as its SMTP server writes them for the restrictions an admin turns on
// (smtpd_check.c; the postconf(5) manual, postfix.org/postconf.5.html: reject_non_fqdn_helo_hostname,
// reject_invalid_helo_hostname, reject_unknown_helo_hostname, reject_unknown_client_hostname,
// reject_unknown_reverse_client_hostname, reject_unknown_sender_domain,
// reject_unknown_recipient_domain, reject_non_fqdn_sender, reject_non_fqdn_recipient,
// reject_multi_recipient_bounce,
// reject_unlisted_recipient, reject_unauth_pipelining, message_size_limit, smtpd_client_message_rate_limit; LOCAL_RECIPIENT_README: "User unknown in local recipient table"),
// and the same table names after "Sender address rejected:" when smtpd_reject_unlisted_sender finds
// an envelope sender in a domain the server itself receives for but no such user (Node's
// smtp-server, nodemailer/smtp-server lib/smtp-connection.js, writes these words with "local sender
// table" for an application's own sender check),
// and the one its own SMTP client writes when a TLS policy of "encrypt" or stronger meets a server
// that offers no STARTTLS (smtp_proto.c; TLS_README, "Mandatory TLS encryption"), and the one it
// writes when a DNS lookup of the destination fails for now ("Host or domain name not found. Name
// service error for name=... type=MX: Host not found, try again": the resolver's temporary answer,
// dns_lookup.c; a delay, not a mistyped domain, which reads "Host not found" without "try again").
// A recipient address it checks with the mail server behind it (reject_unverified_recipient,
// ADDRESS_VERIFICATION_README) that it could not verify yet is deferred as "450 4.1.1 <a@b>:
// Recipient address rejected: unverified address: <why the probe failed>", or "Address verification
// in progress" while the probe runs; gateways built on it (Proofpoint's, in Postmark's SMTP Field
// Manual) write the same. The registry reads 4.1.1 as an address that does not exist; an address
// the probe found missing reads "undeliverable address", with the inner server's own refusal.
// Its postscreen answers "450 4.3.2 Service currently unavailable" to a client it has not yet
// passed (POSTSCREEN_README: the deep protocol tests and the DNSBL score; the client must come
// back, as with greylisting; the Modoboa maintainers explain it so in modoboa issues #997 and
// #3586), which the registry reads as a busy receiver. Postfix runs behind
// many self-hosted and hosted domains (and inside Zimbra, iRedMail, mailcow, Proxmox Mail Gateway),
// so these words mean the same whichever host wrote them: the table is found by its words, not by a
// host. "Relay access denied" and an access table's "Client host rejected: Access denied" keep the
// engine's own meanings (reason-meanings.ts), anvil's "Error: too many connections from" the shared
// throttling meaning, and Postfix's block-list refusals ("blocked using zen.spamhaus.org") the
// block lists' tables. Texts are
// Postfix's (matched in the reply); the explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { IN_ITS_QUEUE } from "../waiting";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const POSTCONF = "https://www.postfix.org/postconf.5.html";

export const postfix: ProviderCatalog = {
  provider: {
    id: "postfix",
    name: "Postfix",
    page: POSTCONF,
    hosts: [],
    markers: [
      "helo command rejected",
      "client host rejected",
      "sender address rejected",
      "user unknown in local recipient table",
      "user unknown in virtual mailbox table",
      "user unknown in virtual alias table",
      "user unknown in relay recipient table",
      "recipient address rejected: need fully-qualified",
      "recipient address rejected: domain not found",
      "message size exceeds fixed limit",
      "improper use of smtp command pipelining",
      "error: too much mail from",
      "tls is required, but",
      "server certificate not verified",
      "server certificate not trusted",
      "host not found, try again",
      "service currently unavailable",
      "recipient address rejected: unverified address",
      "address verification in progress",
      "multi-recipient bounce",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "postfix-helo-hostname",
      code: "",
      texts: [
        "Helo command rejected: need fully-qualified hostname",
        "Helo command rejected: Invalid name",
        "Helo command rejected: Host not found",
      ],
      page: `${POSTCONF}#reject_non_fqdn_helo_hostname`,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because the sending server introduced itself (in its HELO or EHLO greeting) with a name that is not a full, valid host name.",
        "送信サーバーが挨拶 (HELO または EHLO) で名乗った名前が完全で有効なホスト名ではないため、受信側のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        'A mail server must greet with its full host name, such as mail.example.com, that exists in DNS. A short name ("mail", "localhost", a computer name) or a name that does not resolve is what a program, device or newly installed server sends by default. The recipient\'s side checks it and refuses; this is about the sending server\'s settings.',
        'メール サーバーは、mail.example.com のように DNS に存在する完全なホスト名で挨拶する必要があります。短い名前 ("mail"、"localhost"、コンピューター名) や名前解決できない名前は、プログラムや機器、導入したばかりのサーバーが既定で送るものです。受信側はそれを確認して拒否しています。送信サーバーの設定の問題です。',
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.setHeloName],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-client-hostname",
      code: "",
      texts: [
        "Client host rejected: cannot find your hostname",
        "Client host rejected: cannot find your reverse hostname",
      ],
      reasons: ["requireptr", "blocked"],
      page: `${POSTCONF}#reject_unknown_client_hostname`,
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The receiving server refused the connection because the sending server's IP address[[ {ip}]] has no reverse DNS (PTR) name, or that name does not lead back to the same address.",
        "送信サーバーの IP アドレス[[ {ip} ]]に逆引き DNS (PTR) 名がない、またはその名前が同じアドレスに戻らないため、受信側のサーバーは接続を拒否しました。",
      ),
      cause: t(
        'Postfix looks the connecting IP address up in reverse DNS and then looks the name it gets up again; "cannot find your hostname" means one of the two lookups failed or they did not agree, "cannot find your reverse hostname" that there is no PTR name at all.',
        'Postfix は接続してきた IP アドレスを逆引き DNS で調べ、得られた名前をもう一度正引きします。"cannot find your hostname" はどちらかの検索が失敗したか結果が一致しなかったこと、"cannot find your reverse hostname" は PTR 名がまったくないことを示します。',
      ),
      whileRetrying: {
        cause: t(
          "A DNS server that did not answer in time gives the same refusal as a deferral, which clears on a later try.",
          "DNS サーバーが時間内に応答しなかった場合も同じ拒否が一時的なエラーとして返り、後の再試行で解消します。",
        ),
      },
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-sender-domain-unknown",
      code: "",
      texts: ["Sender address rejected: Domain not found"],
      page: `${POSTCONF}#reject_unknown_sender_domain`,
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The receiving server refused the message because the domain of the sender address has no mail (MX) or address (A) record it could find in DNS.",
        "送信者アドレスのドメインについて、受信側のサーバーが DNS でメール (MX) レコードもアドレス (A) レコードも見つけられなかったため、メッセージは拒否されました。",
      ),
      cause: t(
        "Postfix accepts mail only from sender domains that could receive a reply. The envelope sender's domain does not exist in DNS, has neither an MX nor an A record, or its name servers did not answer in time (then the refusal is temporary and may clear). Programs and devices that send with an invented or internal domain (example.local, a server's own name) meet this refusal.",
        "Postfix は、返信を受け取れる送信者ドメインからのメールしか受け付けません。エンベロープ送信者のドメインが DNS に存在しない、MX レコードも A レコードもない、またはそのネーム サーバーが時間内に応答しませんでした (この場合は一時的なエラーで、解消することがあります)。架空のドメインや内部用のドメイン (example.local、サーバー自身の名前) で送信するプログラムや機器が、この拒否を受けます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check that the sender address's domain resolves publicly (an MX or A record, name servers that answer); if a program or device sent the message, make it use a real address of your domain as its sender.",
          "送信者アドレスのドメインが外部から名前解決できるか (MX または A レコードがあり、ネーム サーバーが応答するか) を確認してください。プログラムや機器が送った場合は、送信者として自組織のドメインの実在するアドレスを使うように設定してください。",
        ),
        YOUR_ADMIN.checkMessageFormat,
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      // reject_multi_recipient_bounce: "550 5.5.3 <...>: Recipient address rejected: Multi-recipient
      // bounce" (or "Data command rejected:" when checked at DATA); gateways built on Postfix
      // (Hornetsecurity's classification table) write the same.
      id: "postfix-multi-recipient-bounce",
      title: "Multi-recipient bounce",
      code: "",
      texts: ["Multi-recipient bounce"],
      page: `${POSTCONF}#reject_multi_recipient_bounce`,
      reasons: ["rejected", "policyviolation", "exceedlimit"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused a message with an empty sender (the form of a bounce) because it was addressed to more than one recipient.",
        "送信者が空のメッセージ (配信エラー通知の形式) が複数の宛先に送られていたため、受信側のサーバーはそのメッセージを拒否しました。",
      ),
      cause: t(
        "A real bounce goes back to one sender only, so Postfix can refuse an empty-sender message with several recipients as forged. The sending server or an application (a notice, an automatic reply, a calendar or ticket system) sent it with an empty sender to several people; sending fewer recipients does not help, a real sender address does.",
        "本物の配信エラー通知は 1 人の送信者にだけ返されるため、Postfix は送信者が空で宛先が複数あるメッセージを偽物として拒否できます。送信側のサーバーやアプリケーション (通知、自動応答、カレンダーやチケットのシステム) が、送信者を空にして複数の宛先に送りました。宛先を減らすのではなく、実在する送信者アドレスを設定すれば解決します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Give the application or server that sent it a real sender address (envelope MAIL FROM), and let it send an empty-sender bounce to one recipient only.",
          "送信したアプリケーションやサーバーに実在する送信者アドレス (エンベロープの MAIL FROM) を設定し、送信者が空の配信エラー通知は 1 人の宛先にだけ送るようにしてください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-sender-not-qualified",
      code: "",
      texts: ["Sender address rejected: need fully-qualified address"],
      page: `${POSTCONF}#reject_non_fqdn_sender`,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because its sender address is incomplete: it has no domain, or only a short host name after the @.",
        "送信者アドレスが不完全 (ドメインがない、または @ の後ろが短いホスト名だけ) なため、受信側のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        'Each sender address must end in a full domain (name@example.com). A program, script or device that sends as "root", "www-data" or name@server gives the receiving server an address nobody can reply to, and Postfix refuses it.',
        '送信者アドレスは完全なドメインで終わる必要があります (name@example.com)。"root" や "www-data"、name@server のように送るプログラムやスクリプト、機器は、誰も返信できないアドレスを受信側に渡すことになり、Postfix はそれを拒否します。',
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Set the sending program's or device's sender (From and envelope) to a full address of your domain, or have the server that relays it rewrite short addresses to your domain (in Postfix, myorigin and append_dot_mydomain).",
          "送信するプログラムや機器の送信者 (From とエンベロープ) を、自組織のドメインの完全なアドレスに設定してください。または、中継するサーバーで短いアドレスを自組織のドメインに書き換えてください (Postfix では myorigin と append_dot_mydomain)。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-recipient-not-qualified",
      code: "",
      texts: [
        "Recipient address rejected: need fully-qualified address",
        "Recipient address rejected: Domain not found",
      ],
      page: `${POSTCONF}#reject_unknown_recipient_domain`,
      owner: "you",
      temporary: false,
      summary: t(
        "The server refused the recipient's address: it is incomplete, or its domain does not exist in DNS.",
        "宛先アドレスが不完全であるか、そのドメインが DNS に存在しないため、サーバーは宛先を拒否しました。",
      ),
      cause: t(
        "An address needs a full domain after the @ (name@example.com), and that domain must be published in DNS with an MX or A record. A typo in the domain, a missing part (name@example) or a domain that has expired gives this refusal; when the domain's name servers did not answer in time, it comes as a deferral that may clear.",
        "アドレスには @ の後ろに完全なドメインが必要で (name@example.com)、そのドメインは MX または A レコード付きで DNS に公開されている必要があります。ドメインの入力ミス、一部の欠落 (name@example)、期限切れのドメインでこの拒否になります。ドメインのネーム サーバーが時間内に応答しなかった場合は一時的なエラーとして返り、解消することがあります。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete],
      adminFix: [
        t(
          "If the address is right, the recipient's domain has no working MX or A record: only whoever runs that domain can publish one.",
          "アドレスが正しい場合は、宛先のドメインに有効な MX または A レコードがありません。レコードを公開できるのは、そのドメインの管理者だけです。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "postfix-unknown-user",
      code: "",
      texts: [
        "User unknown in local recipient table",
        "User unknown in virtual mailbox table",
        "User unknown in virtual alias table",
        "User unknown in relay recipient table",
      ],
      reasons: ["userunknown"],
      page: "https://www.postfix.org/LOCAL_RECIPIENT_README.html",
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's mail server has no mailbox or alias with this address, so it refused the message.",
        "受信側のメール サーバーにこのアドレスのメールボックスもエイリアスもないため、メッセージは拒否されました。",
      ),
      cause: t(
        "Postfix checks every recipient against the addresses it knows before accepting a message (its local, virtual mailbox, alias or relay recipient table) and refuses one it does not find. The address is mistyped, the person has left, or the mailbox was never set up on this server. If you are sure the address is right, the recipient's mail admin has not added it (a gateway's relay recipient table is often out of date).",
        "Postfix は、メッセージを受け付ける前にすべての宛先を自分の知っているアドレス (ローカル、仮想メールボックス、エイリアス、中継先の宛先テーブル) と照合し、見つからない宛先を拒否します。アドレスの入力ミス、退職、またはこのサーバーにメールボックスが作られていないことが原因です。アドレスが正しいと確信できる場合は、受信側の管理者がアドレスを登録していません (ゲートウェイの中継先の宛先テーブルが古いことがよくあります)。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete, MAILBOX.askCurrentAddress],
      adminFix: [
        t(
          "Recipient's admin: if the address should exist, add it to the server's mailboxes or aliases, or refresh the gateway's list of valid recipients (relay_recipient_maps).",
          "受信側の管理者: このアドレスが存在するはずであれば、サーバーのメールボックスまたはエイリアスに追加するか、ゲートウェイの有効な宛先の一覧 (relay_recipient_maps) を更新してください。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry", "contact-recipient"],
    },
    {
      // The sender, not the recipient: longer than the recipient tables' texts, so it wins over them.
      id: "postfix-unlisted-sender",
      title: "Sender address unknown to the receiving server",
      code: "",
      texts: [
        "Sender address rejected: User unknown in local recipient table",
        "Sender address rejected: User unknown in virtual mailbox table",
        "Sender address rejected: User unknown in virtual alias table",
        "Sender address rejected: User unknown in relay recipient table",
        "Sender address rejected: User unknown in local sender table",
      ],
      reasons: ["rejected"],
      page: `${POSTCONF}#smtpd_reject_unlisted_sender`,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused your sender address, not the recipient: the address is in a domain that server receives mail for, and it has no such user.",
        "受信側のサーバーが拒否したのは宛先ではなくあなたの送信者アドレスです。そのアドレスのドメインはこのサーバーが受信を担当しているドメインですが、サーバーにそのユーザーがいません。",
      ),
      cause: t(
        "Postfix (and servers that copy its words) checks the envelope sender like a recipient when its domain is one it handles itself, and refuses an address it does not know. This happens when a program or service sends as an address of the recipient's own domain, when the sender address was deleted there, or when the receiving server still believes it hosts your domain (an old server the domain has moved away from).",
        "Postfix (および同じ文言を使うサーバー) は、エンベロープ送信者のドメインが自分の担当するドメインである場合、そのアドレスを宛先と同じように照合し、知らないアドレスを拒否します。プログラムやサービスが受信側のドメインのアドレスを送信者として使った場合、そこで送信者アドレスが削除された場合、または受信側のサーバーがまだあなたのドメインを担当する設定のままになっている場合 (ドメインの移転元の古いサーバー) に起こります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send with an existing address of a domain you own as the envelope sender; if your domain moved away from that server, ask its admin to remove the domain from the domains it receives for.",
          "エンベロープ送信者には自組織が所有するドメインの実在するアドレスを使ってください。自組織のドメインがそのサーバーから移転済みであれば、受信を担当するドメインの一覧からそのドメインを外すよう、そのサーバーの管理者に依頼してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-address-unverified",
      title: "Address not verified yet",
      // "unverified address" is always Postfix's deferral (unverified_recipient_defer_code); a code
      // would let the row stand for any 4.1.1 of a Postfix site
      code: "",
      texts: ["Recipient address rejected: unverified address", "Address verification in progress"],
      reasons: ["systemerror", "networkerror", "userunknown"],
      page: "https://www.postfix.org/ADDRESS_VERIFICATION_README.html",
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's mail gateway checks every address with the mail server behind it before accepting a message; that check has not finished yet (or could not reach that server just now), so it asked your server to try again later.",
        "受信側のメール ゲートウェイは、メッセージを受け付ける前に、背後のメール サーバーに問い合わせて宛先アドレスを確認します。その確認がまだ終わっていない (または今はそのサーバーに接続できなかった) ため、後で再試行するよう求めました。",
      ),
      cause: t(
        'This says nothing against the address yet: the gateway\'s probe is still running, or it failed for a reason the reply names after "unverified address" (a lost connection, a timeout). If the address turns out not to exist, a later attempt is refused with "undeliverable address"; a deferral that lasts for days means the recipient\'s gateway cannot reach its own mail server.',
        'これだけでは、アドレスが誤っているとはまだ言えません。ゲートウェイの確認が進行中か、応答の "unverified address" の後に書かれた理由 (接続の切断、時間切れ) で失敗しています。アドレスが存在しなければ、後の試行が "undeliverable address" で拒否されます。何日も続く場合は、受信側のゲートウェイが背後のメール サーバーに接続できていません。',
      ),
      lastingDeferral: "address",
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "Nothing to change on the sending side. If the deferral lasts, the recipient's admin checks that the gateway reaches the mail server behind it (the probe's failure is in the gateway's log).",
          "送信側で変える設定はありません。保留が続く場合は、受信側の管理者がゲートウェイから背後のメール サーバーへ接続できるかを確認します (確認の失敗理由はゲートウェイのログにあります)。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "postfix-size-limit",
      code: "",
      texts: ["Message size exceeds fixed limit"],
      reasons: ["mesgtoobig", "exceedlimit"],
      page: `${POSTCONF}#message_size_limit`,
      owner: "you",
      temporary: false,
      summary: t(
        "The message is larger than the largest message the receiving server accepts, so it refused the message.",
        "メッセージが受信側のサーバーで受け付けられる最大サイズを超えているため、拒否されました。",
      ),
      cause: t(
        "Each Postfix server has a fixed size limit for one message (message_size_limit; 10 MB unless its admin changed it). Attachments grow by about a third when they are sent, so a 8 MB file already goes over the default.",
        "Postfix のサーバーには、メッセージ 1 通のサイズの上限 (message_size_limit、管理者が変えていなければ 10 MB) があります。添付ファイルは送信時に約 3 分の 1 大きくなるため、8 MB のファイルでも既定の上限を超えます。",
      ),
      fix: [YOU.shrink],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      id: "postfix-message-rate",
      title: "Too much mail from your server",
      code: "",
      texts: ["Error: too much mail from <ip>"],
      reasons: ["speeding"],
      page: `${POSTCONF}#smtpd_client_message_rate_limit`,
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The receiving server is holding back mail from your sending server[[ ({ip})]] for a while, because it sent more messages in a short time than that server allows.",
        "送信サーバー[[ ({ip}) ]]が短い時間に受信側のサーバーの許容数を超えるメッセージを送ったため、受信側はしばらくの間このサーバーからのメールを受け付けていません。",
      ),
      cause: t(
        "Postfix counts the messages each sending IP address delivers per minute (smtpd_client_message_rate_limit) and defers the rest once the count passes the limit. Japanese hosting services document the same limit for their own servers, where it lifts by itself a few minutes after the sending slows.",
        "Postfix は送信元の IP アドレスごとに 1 分あたりのメッセージ数を数え (smtpd_client_message_rate_limit)、上限を超えた分を後回しにします。日本のホスティング サービスも自社のサーバーに同じ制限を設けており、送信のペースが落ちると数分で自動的に解除されます。",
      ),
      whileRetrying: {
        cause: t(
          "The message usually arrives late rather than not at all.",
          "多くの場合、メッセージは届かないのではなく遅れて届きます。",
        ),
      },
      fix: [YOU.waitForRetry],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "postfix-pipelining",
      code: "",
      texts: ["Improper use of SMTP command pipelining"],
      page: `${POSTCONF}#reject_unauth_pipelining`,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because the sending program sent its commands too early, before the server had answered the previous ones.",
        "送信プログラムが、サーバーが前のコマンドに応答する前にコマンドを送ったため、受信側のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "SMTP lets a client send several commands at once only when the server offers pipelining, and spam tools often ignore that. Postfix refuses a client that talks ahead of its replies. Mail servers do not do this; the sender is usually a script, a backup or monitoring tool, a device or a hand-written SMTP client.",
        "SMTP では、サーバーがパイプライン処理に対応していると示した場合にのみ、クライアントが複数のコマンドをまとめて送れます。迷惑メールの送信ツールはこれを無視することが多く、Postfix は応答を待たずに送ってくるクライアントを拒否します。メール サーバーはこのような送り方をしません。送信元は多くの場合、スクリプト、バックアップや監視のツール、機器、自作の SMTP クライアントです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find the program or device that sent the message and make its SMTP client wait for each reply (or use a current mail library), or send it through your organization's own mail server instead of directly.",
          "メッセージを送ったプログラムや機器を特定し、その SMTP クライアントが応答を待つようにする (または最新のメール ライブラリを使う) か、直接送らずに自組織のメール サーバー経由で送るようにしてください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-tls-required",
      sendersOwn: true,
      title: "TLS is required, but the receiving server did not offer it",
      code: "",
      texts: [
        "TLS is required, but was not offered by host <host>",
        "TLS is required, but host <host> refused to start TLS",
      ],
      page: "https://www.postfix.org/TLS_README.html",
      owner: "your-admin",
      temporary: true,
      summary: t(
        "Your mail server did not hand the message over, because it is set to send to this destination only over an encrypted (TLS) connection and the receiving server did not offer one this time.",
        "あなたのメール サーバーは、この宛先には暗号化 (TLS) 接続でしか送らない設定で、今回は受信側のサーバーが TLS を提示しなかったため、メッセージを渡しませんでした。",
      ),
      cause: t(
        "The big mailbox providers always offer TLS, so a missing offer usually means something on the path removed it (a firewall or antivirus that inspects SMTP) or a wrong server answered; a receiver that really offers no TLS cannot be reached under this policy.",
        "大手のメール サービスは必ず TLS を提示するため、提示がない場合はたいてい経路上の何か (SMTP を検査するファイアウォールやウイルス対策) が取り除いたか、別のサーバーが応答しています。本当に TLS を提示しない受信側には、この設定のままでは届きません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Test from the sending server (openssl s_client -starttls smtp -connect <the MX>:25) whether STARTTLS is offered; if it is not, look for a device on your side that inspects SMTP, and check the TLS policy (smtp_tls_security_level, smtp_tls_policy_maps) for this destination.",
          "送信サーバーから STARTTLS が提示されるか確認してください (openssl s_client -starttls smtp -connect <MX>:25)。提示されない場合は、自組織側で SMTP を検査している機器を探し、この宛先の TLS 設定 (smtp_tls_security_level、smtp_tls_policy_maps) を確認してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      // the smtp client's words when the TLS policy for the destination is "verify" or "secure"
      // (smtp_tls_security_level, smtp_tls_policy_maps) and the certificate fails that check
      id: "postfix-tls-not-verified",
      sendersOwn: true,
      title: "The receiving server's certificate could not be verified",
      code: "",
      texts: ["Server certificate not verified", "Server certificate not trusted"],
      reasons: ["failedstarttls", "networkerror", "expired"],
      page: "https://www.postfix.org/TLS_README.html#client_tls_verify",
      owner: "your-admin",
      temporary: true,
      summary: t(
        "Your mail server did not hand the message over, because it is set to send to this destination only to a server whose TLS certificate it can verify, and the check failed.",
        "あなたのメール サーバーは、この宛先には TLS 証明書を検証できたサーバーにしか送らない設定で、その検証に失敗したため、メッセージを渡しませんでした。",
      ),
      cause: t(
        "The check fails when the certificate's issuer is not among the certificate authorities the sending server trusts (often because it was given none: no smtp_tls_CAfile), when the certificate does not name the host the policy expects, or when the receiver's certificate has expired. Trying again does not help: the same check fails until one side changes.",
        "証明書の発行元が送信サーバーの信頼する認証局に含まれていない場合 (多くは認証局が設定されていない、つまり smtp_tls_CAfile がない場合)、証明書が設定で期待するホスト名を含まない場合、または受信側の証明書の期限が切れている場合に検証は失敗します。再試行しても、どちらかの側が変わるまでは同じ検証で失敗します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Read the sending server's log for the line before it (certificate verification failed for ...: untrusted issuer, or a name mismatch); give the smtp client a CA file (smtp_tls_CAfile), correct the names in the TLS policy for this destination, or tell the recipient's admin if their certificate has expired.",
          "送信サーバーのログで直前の行 (certificate verification failed for ...: untrusted issuer や名前の不一致) を確認してください。smtp クライアントに認証局のファイル (smtp_tls_CAfile) を設定する、この宛先の TLS 設定の名前を直す、または受信側の証明書の期限が切れている場合は受信側の管理者に伝えてください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "postfix-dns-try-again",
      sendersOwn: true,
      title: "DNS lookup failed for now",
      code: "4.4.3/4.4.0/4.0.0",
      texts: ["Host not found, try again"],
      reasons: ["networkerror", "hostunknown", "expired"],
      page: "https://www.postfix.org/postconf.5.html#smtp_host_lookup",
      owner: "nobody",
      temporary: true,
      summary: t(
        "The sending server could not look up where to deliver for the recipient's domain just now (a DNS lookup timed out or failed for the moment).",
        "送信サーバーは、宛先ドメインの配送先を今は調べられませんでした (DNS の問い合わせが時間切れか一時的に失敗しました)。",
      ),
      whileRetrying: { summary: IN_ITS_QUEUE },
      cause: t(
        '"try again" is the DNS resolver\'s temporary answer: the domain\'s name servers did not answer in time, or the sending server\'s own resolver had trouble. It says nothing against the address itself: a domain that does not exist gives "Host not found" without "try again", as a refusal. Most such delays clear within minutes; one that lasts for days means the recipient domain\'s DNS servers are broken.',
        '"try again" は DNS リゾルバーの一時的な応答です。ドメインのネーム サーバーが時間内に応答しなかったか、送信サーバー自身のリゾルバーに問題がありました。アドレスそのものの誤りを示すものではありません。存在しないドメインの場合は "try again" のない "Host not found" となり、拒否になります。たいていは数分で解消します。何日も続く場合は、宛先ドメインの DNS サーバーの不具合です。',
      ),
      lastingDeferral: "sending-side",
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it lasts: check that the sending server's DNS resolver works (it answers for other domains), then look up the recipient domain's MX and name servers; if they do not answer, only the recipient's side can fix its DNS.",
          "続く場合は、送信サーバーの DNS リゾルバーが正常か (他のドメインを引けるか) を確認し、宛先ドメインの MX とネーム サーバーを調べてください。応答しない場合、DNS を直せるのは受信側だけです。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "postfix-postscreen-deferred",
      title: "Deferred by postscreen",
      code: "4.3.2",
      texts: ["Service currently unavailable"],
      reasons: ["blocked", "systemerror", "rejected", "toomanyconn"],
      page: "https://www.postfix.org/POSTSCREEN_README.html",
      owner: "nobody",
      temporary: true,
      summary: t(
        "The receiving Postfix server's front guard (postscreen) turned your server away for now; a mail server that comes back later is let through.",
        "受信側の Postfix サーバーの入口の防御 (postscreen) が、今はあなたのサーバーを断りました。後でもう一度来たメール サーバーは通されます。",
      ),
      cause: t(
        "postscreen tests each new sending server before any mail is taken: whether it speaks too early, how it behaves in the SMTP dialogue, and its score on the block lists the receiver checks. A server that passes the deeper tests must still disconnect and come back, so its first attempt gets this deferral, much like greylisting. A deferral that never clears means the sending IP address keeps failing the tests: often a block-list listing.",
        "postscreen は、メールを受け取る前に新しい送信サーバーを試験します。早すぎる送信がないか、SMTP のやりとりでのふるまい、受信側が参照するブロック リストでのスコアなどです。詳しい試験に合格したサーバーも一度切断して接続し直す必要があるため、最初の試みはグレーリスティングと同じようにこの保留になります。いつまでも解消しない場合は、送信 IP アドレスが試験に落ち続けています。多くはブロック リストへの掲載です。",
      ),
      lastingDeferral: "sending-side",
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If the deferral lasts for hours, check the sending IP address on the public block lists and that the server waits for the receiver's greeting before it speaks; the recipient's admin can exempt your server in postscreen's access list.",
          "保留が何時間も続く場合は、送信 IP アドレスが公開ブロック リストに載っていないか、サーバーが受信側の挨拶を待ってから送信しているかを確認してください。受信側の管理者は、postscreen のアクセス リストであなたのサーバーを除外できます。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
  ],
};
