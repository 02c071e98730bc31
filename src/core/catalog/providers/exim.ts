// Exim's own refusal texts and cPanel's Exim configuration (most shared web hosts). Exim writes
// "Sender verify failed" / "Could not complete sender verify callout" when `verify = sender` (with
// a callout) cannot confirm the envelope sender ("Callback setup failed while verifying" when the
// sender's server refused the check's connection, HELO or null sender; "Sender verification failed"
// in the rejection notes of Baruwa, an Exim-based filter gateway, bastion.umanix.net/info), and "Unrouteable address" when no router can
// deliver to the recipient's domain, "cannot route to sender address" when the sender check finds no
// route to the envelope sender's domain (verify.c and smtp_in.c; Exim 3 wrote "550 rejected:
// cannot route to sender <a@b>", as a 2002 samba.org list post quotes it) (the Exim specification, chapter "Access control lists",
// exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html, and the default
// configuration's ACLs); cPanel's spam filtering refuses with "The mail server detected your
// message as spam and has prevented delivery." and the Exim specification's content-scanning
// example with "This message scored <score> spam points." Exim's "relay not permitted" keeps the
// engine's relaying meaning (reason-meanings.ts). cPanel's Exim also caps what each hosted domain
// sends (WHM Tweak Settings, docs.cpanel.net/whm/server-configuration/tweak-settings: "Max hourly
// emails per domain", "Maximum percentage of failed or deferred messages a domain may send per
// hour"); the sender's own hosting server then writes "Domain <domain> has exceeded the max emails
// per hour (n/m (p%)) allowed. Message discarded." (or "Message will be reattempted later") and
// "... the max defers and failures per hour ...", as hosts' help pages quote them (InMotion
// Hosting's "Domain has exceeded the max emails per hour", HostKing's knowledge base). Found by
// these words, whatever host wrote them. Exim's dnslookup router writes "lowest numbered MX record
// points to local host" when a domain's best MX is the receiving server itself but the domain is
// not set up there (the Exim specification, chapter "The dnslookup router", option self), and a
// recipient callout that cannot finish defers with "Could not complete recipient verify callout"
// (the ACL chapter); both are the recipient's side, as VIPRE Email Security's list of its
// rejection reasons explains them (vipre.freshdesk.com, "Email rejection reasons").
// The explanations are our own words.
import { ADMIN, SENDER } from "../steps";
import { t } from "../types";
import { IN_ITS_QUEUE, NOT_YET_RECEIVED } from "../waiting";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog, ProviderEntry } from "./types";

const ACL =
  "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html";

/** cPanel's hourly cap per domain: "Message discarded"; held instead below ("reattempted later"). */
const RETRY =
  "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html";
const DNSLOOKUP =
  "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_dnslookup_router.html";
const HOURLY_LIMIT: ProviderEntry = {
  id: "exim-cpanel-hourly-limit",
  code: "",
  temporary: false,
  title: "Your domain reached its hosting server's hourly sending limit",
  texts: [
    "has exceeded the max emails per hour <x> allowed. Message discarded",
    "has exceeded the max emails per hour",
  ],
  owner: "your-admin",
  summary: t(
    "Your own hosting server stopped this message: your domain sent more mail this hour than the host allows per domain; the recipient's side never saw it.",
    "あなた自身のホスティング サーバーがこのメッセージを止めました。あなたのドメインが、ホストがドメインごとに認める 1 時間あたりの送信数を超えたためです。受信側にはメッセージが届いていません。",
  ),
  cause: t(
    "Shared web hosts (cPanel's Exim) count the messages each hosted domain sends per hour and hold or drop those over the cap; every mailbox, contact form and script of the domain counts. A cap you reach without a mailing usually means a form or script sends in bulk, or a mailbox password was stolen.",
    "共用のレンタル サーバー (cPanel の Exim) は、ホストする各ドメインが 1 時間に送るメッセージを数え、上限を超えた分を保留または破棄します。ドメインのすべてのメールボックス、問い合わせフォーム、スクリプトが数に入ります。一斉送信をしていないのに上限に達した場合は、フォームやスクリプトが大量に送っているか、メールボックスのパスワードが盗まれていることがほとんどです。",
  ),
  fix: [
    t(
      "Send it again in the next hour, or spread a larger mailing over several hours; if you did not send much, tell whoever runs your domain's hosting.",
      "次の 1 時間のうちに送り直すか、多数への送信は数時間に分けてください。あまり送っていない場合は、ドメインのホスティングを管理している人に知らせてください。",
    ),
  ],
  adminFix: [
    t(
      "Find what sent so much this hour (the hosting panel's mail delivery report: a form, a script, a mailbox), change the passwords of any mailbox you do not trust, and move mailings to a sending service; the host can raise the domain's hourly cap.",
      "この 1 時間に大量に送信したもの (フォーム、スクリプト、メールボックスのどれか) をホスティングの管理画面の配信レポートで特定し、信用できないメールボックスのパスワードを変更し、一斉送信は送信サービスに移してください。ドメインの 1 時間あたりの上限はホストに引き上げてもらえます。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

export const exim: ProviderCatalog = {
  provider: {
    id: "exim",
    name: "Exim",
    page: ACL,
    hosts: [],
    markers: [
      "sender verify failed",
      "sender verification failed",
      "sender verify defer",
      "cannot route to sender",
      "could not complete sender verify",
      "callback setup failed while verifying",
      "unrouteable address",
      "detected your message as spam and has prevented delivery",
      "spam points",
      "max emails per hour",
      "max defers and failures per hour",
      "disabled recipient address",
      "lowest numbered mx record points to local host",
      "could not complete recipient verify callout",
      "could not complete recipient callout",
      "retry time not reached",
      "have been failing for a long time",
      "host lookup did not complete",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    HOURLY_LIMIT,
    {
      ...HOURLY_LIMIT,
      id: "exim-cpanel-hourly-limit-deferred",
      texts: [
        "has exceeded the max emails per hour <x> allowed. Message will be reattempted later",
      ],
      temporary: true,
      summary: t(
        "Your own hosting server is holding this message: your domain sent more mail this hour than the host allows per domain.",
        "あなた自身のホスティング サーバーがこのメッセージを保留しています。あなたのドメインが、ホストがドメインごとに認める 1 時間あたりの送信数を超えたためです。",
      ),
      whileRetrying: { summary: NOT_YET_RECEIVED },
      fix: [SENDER.waitForRetry],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "exim-cpanel-failure-limit",
      title: "Too many of your domain's messages failed this hour",
      code: "",
      texts: ["has exceeded the max defers and failures per hour"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your own hosting server stopped this message: too many of your domain's messages failed or were deferred this hour, so the host stops its outgoing mail for a while; the recipient's side never saw it.",
        "あなた自身のホスティング サーバーがこのメッセージを止めました。この 1 時間にあなたのドメインのメッセージの多くが失敗または保留になったため、ホストがしばらく送信を止めています。受信側にはメッセージが届いていません。",
      ),
      cause: t(
        "Shared web hosts (cPanel's Exim) stop a domain's outgoing mail for the rest of the hour once a set share of its messages bounced or was deferred: mail to addresses that do not exist, to servers that refuse it, or spam sent through a stolen password or a hacked form.",
        "共用のレンタル サーバー (cPanel の Exim) は、ドメインのメッセージのうち一定の割合が配信エラーまたは保留になると、その 1 時間の残りはそのドメインの送信を止めます。存在しないアドレスや受信を拒否するサーバーへのメール、盗まれたパスワードや改ざんされたフォームから送られた迷惑メールが原因です。",
      ),
      fix: [
        t(
          "Send it again after the hour; before that, look at your other bounces and stop writing to addresses that do not exist or refuse your mail.",
          "1 時間たってから送り直してください。その前に他の配信エラーを確認し、存在しないアドレスや受信を拒否するアドレスへの送信をやめてください。",
        ),
      ],
      adminFix: [
        t(
          "Check the hosting panel's mail delivery report for the failing messages: clean the lists and forms that write to bad addresses, and change the passwords of any mailbox or form that sent mail you did not expect.",
          "ホスティングの管理画面の配信レポートで失敗したメッセージを確認し、誤ったアドレスへ送るリストやフォームを整理し、身に覚えのないメールを送ったメールボックスやフォームのパスワードを変更してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "exim-sender-verify",
      code: "",
      texts: [
        "Sender verify failed",
        "Sender verification failed",
        "Could not complete sender verify callout",
        "Sender verify defer",
        "Callback setup failed while verifying",
      ],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because it could not confirm that your sender address exists: it asked your domain's mail server, and the answer was no, or no answer came.",
        "受信側のサーバーは、あなたの送信者アドレスが存在することを確認できなかったため、メッセージを拒否しました。あなたのドメインのメール サーバーに問い合わせたところ、存在しないという応答だったか、応答がありませんでした。",
      ),
      cause: t(
        'Before accepting mail, many Exim servers (cPanel hosts among them) check the envelope sender by connecting to the sender domain\'s mail server and asking whether it would take mail for that address (a callout). The check fails when the address does not exist there (a program sending as noreply@ or as an address with no mailbox), when the domain\'s MX records are wrong, or when that server refuses or times out the check ("could not complete" and "defer" are those).',
        '多くの Exim サーバー (cPanel のホストを含む) は、メールを受け付ける前に送信者ドメインのメール サーバーに接続し、そのアドレス宛てのメールを受け取るか問い合わせて (コールアウト) エンベロープ送信者を確認します。アドレスがそこに存在しない (noreply@ やメールボックスのないアドレスで送るプログラム)、ドメインの MX レコードが誤っている、またはそのサーバーが確認を拒否したりタイムアウトしたりした ("could not complete" や "defer" がそれです) 場合に失敗します。',
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the sender address a real mailbox that accepts mail (or send from one), check the sending domain's MX records, and let its mail server answer the receiving server's check (RCPT TO for that address) without delay or refusal.",
          "送信者アドレスを、メールを受け取れる実在のメールボックスにする (またはそのアドレスから送る) とともに、送信ドメインの MX レコードを確認し、そのメール サーバーが受信側の確認 (そのアドレスへの RCPT TO) に遅れや拒否なく応答するようにしてください。",
        ),
        ADMIN.checkDns,
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "exim-sender-unroutable",
      title: "Cannot route to the sender address",
      code: "",
      texts: ["cannot route to sender"],
      reasons: ["rejected"],
      page: ACL,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because it found no way to send mail back to your sender address: its domain has no mail (MX) or address (A) record it could use.",
        "受信側のサーバーは、あなたの送信者アドレスへメールを返す経路を見つけられなかったため、メッセージを拒否しました。そのドメインに使えるメール (MX) レコードもアドレス (A) レコードもありません。",
      ),
      cause: t(
        "Exim's sender check looks up the envelope sender's domain the way it would to deliver a reply. The domain does not exist, was mistyped in the sending program, is an internal name (a server's own name, example.local), or its DNS records are missing or did not answer.",
        "Exim の送信者チェックは、返信を配送するときと同じようにエンベロープ送信者のドメインを調べます。原因は、ドメインが存在しない、送信するプログラムでドメインを入力し間違えている、内部用の名前 (サーバー自身の名前や example.local) である、または DNS レコードがないか DNS が応答しなかった、のいずれかです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the sending program or server use a real address of your domain as its sender, and check that the domain has a public MX or A record.",
          "送信するプログラムやサーバーが自組織のドメインの実在するアドレスを送信者として使うようにし、そのドメインに外部から見える MX または A レコードがあることを確認してください。",
        ),
        ADMIN.checkDns,
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "exim-unrouteable",
      code: "",
      texts: ["Unrouteable address"],
      reasons: ["hostunknown", "userunknown"],
      owner: "you",
      temporary: false,
      summary: t(
        "The server found no way to deliver to this address: the recipient's domain has no usable mail (MX) record, or the server does not know where to send mail for it.",
        "サーバーはこのアドレスへの配信経路を見つけられませんでした。宛先のドメインに使えるメール (MX) レコードがないか、サーバーがそのドメインのメールの送り先を知りません。",
      ),
      cause: t(
        'Exim routes each address by its domain; "Unrouteable address" means none of its routes applies: the domain is mistyped or does not exist, its MX records point nowhere, or, on the recipient\'s own server, the domain is not set up there any more.',
        'Exim は各アドレスをドメインによって配送経路に振り分けます。"Unrouteable address" は、どの経路も当てはまらなかったことを示します。ドメインの入力ミスや存在しないドメイン、どこも指していない MX レコード、または受信側のサーバーでそのドメインがもう設定されていないことが原因です。',
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete],
      adminFix: [ADMIN.checkDns],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "exim-spam",
      code: "",
      texts: [
        "The mail server detected your message as spam and has prevented delivery",
        "This message scored <score> spam points",
      ],
      reasons: ["spamdetected", "securityerror", "policyviolation", "rejected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's mail server (Exim, with SpamAssassin) refused the message because its spam score went over the limit the recipient's host set.",
        "受信側のメール サーバー (Exim と SpamAssassin) は、迷惑メールのスコアが受信側のホストの設定した基準を超えたため、メッセージを拒否しました。",
      ),
      cause: t(
        "Hosts that run Exim (cPanel's among them) pass incoming mail to SpamAssassin, which adds up points for the words, links, layout, authentication (SPF, DKIM) and block-list entries of the message, and refuse it above a set score. No single test decides it; several together do.",
        "Exim を使うホスト (cPanel を含む) は受信メールを SpamAssassin に渡し、文言、リンク、レイアウト、認証 (SPF・DKIM)、ブロック リストへの掲載に点数を付けて合計し、設定された点数を超えると拒否します。1 つの検査だけで決まるのではなく、複数の検査の合計で決まります。",
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [ADMIN.checkAuthRecords, YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient", "copy-summary"],
    },
    {
      // cPanel's "block" setting for a suspended account (Cpanel/Email/Config/SuspendedDelivery.pm
      // writes "525 5.7.13 Disabled recipient address"; its "bounce" setting the same words as a
      // deferral): 5.7.13's registry meaning, a disabled account after a sign-in, is the sender's.
      id: "exim-cpanel-suspended-recipient",
      title: "The recipient's hosting account is suspended",
      code: "",
      texts: ["Disabled recipient address"],
      reasons: ["suspend", "userunknown", "rejected"],
      owner: "recipient-admin",
      temporary: false,
      page: "https://docs.cpanel.net/whm/service-configuration/exim-configuration-manager-basic-editor/",
      summary: t(
        "The recipient's mail server refused the message because the hosting account the recipient's address belongs to is suspended; nothing about your message or your setup caused it.",
        "宛先アドレスが属するホスティング アカウントが停止されているため、受信側のメール サーバーはメッセージを拒否しました。あなたのメッセージや設定が原因ではありません。",
      ),
      cause: t(
        "On cPanel hosting, a suspended account (often for an unpaid bill or abuse) can be set to refuse the mail of all its addresses with these words, as a refusal or as a deferral that holds the mail until the account is back. Only the recipient, or whoever runs the domain's hosting, can have it lifted.",
        "cPanel のホスティングでは、停止されたアカウント (支払いの滞りや不正利用によることが多い) が、そのすべてのアドレス宛てのメールをこの文言で拒否するように設定できます。拒否する場合と、アカウントが戻るまで保留する場合があります。解除できるのは受信者か、ドメインのホスティングを管理する人だけです。",
      ),
      fix: [
        t(
          "Reach the recipient another way (phone, another address) and tell them their domain's hosting account is suspended; send again once it is restored.",
          "電話や別のアドレスなど他の手段で受信者に連絡し、ドメインのホスティング アカウントが停止されていることを伝えてください。復旧してから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Nothing to change on the sending side. The recipient's side has its hosting provider lift the suspension (often a billing matter).",
          "送信側で変える設定はありません。受信側がホスティング事業者に停止の解除を依頼します (多くは支払いの問題です)。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "exim-mx-points-to-self",
      title: "The recipient domain's MX points back at the receiving server",
      code: "",
      texts: ["lowest numbered MX record points to local host"],
      reasons: ["hostunknown", "networkerror", "systemerror"],
      page: "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_dnslookup_router.html",
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The receiving mail server could not deliver for the recipient's domain: the domain's main MX record points at that server itself, which is not set up to take the domain's mail.",
        "受信側のメール サーバーは宛先ドメインへ配信できませんでした。ドメインの最優先の MX レコードがそのサーバー自身を指していますが、そのサーバーはこのドメインのメールを受け取るよう設定されていません。",
      ),
      cause: t(
        "Exim gives these words when the lowest-numbered MX of a domain names the server itself but the domain is not one it delivers locally or routes on: the recipient domain's DNS or the filter service in front of it is set up wrongly (often a domain moved to a filtering service without adding it there). Only the recipient's side can fix it.",
        "Exim は、ドメインの最優先の MX がサーバー自身を指しているのに、そのドメインがローカル配信や転送の対象として設定されていないときにこの文言を返します。宛先ドメインの DNS か、その前にあるフィルター サービスの設定の誤りです (フィルター サービスにドメインを追加しないまま移行した場合が多い)。直せるのは受信側だけです。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [
        t(
          "Nothing to change on the sending side. The recipient's admin makes the domain's MX point to a server that accepts its mail, or adds the domain to the server or filtering service its MX names.",
          "送信側で変える設定はありません。受信側の管理者が、ドメインの MX をメールを受け取るサーバーに向けるか、MX が指すサーバーやフィルター サービスにドメインを追加します。",
        ),
      ],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "exim-recipient-callout-deferred",
      title: "The recipient could not be checked for now",
      code: "",
      texts: [
        "Could not complete recipient verify callout",
        "Could not complete recipient callout",
      ],
      reasons: ["networkerror", "systemerror", "expired"],
      page: ACL,
      owner: "recipient-admin",
      temporary: true,
      summary: t(
        "The receiving filter could not confirm the recipient's address with the recipient's own mail server just now (that server did not answer its check), so it deferred the message.",
        "受信側のフィルターは、宛先アドレスを受信者自身のメール サーバーに今は確認できませんでした (そのサーバーが確認に応答しませんでした)。そのためメッセージを保留しました。",
      ),
      cause: t(
        "A filter or gateway in front of the recipient's mailboxes checks each recipient by asking the mailbox server behind it (a callout) before it accepts mail. When that server is down, slow or refuses the gateway's connection, the check cannot finish and the gateway defers. This is between the recipient's filter and their own server.",
        "受信者のメールボックスの前にあるフィルターやゲートウェイは、メールを受け付ける前に、後ろのメールボックス サーバーに宛先を問い合わせて確認します (コールアウト)。そのサーバーが停止している、応答が遅い、またはゲートウェイからの接続を拒否すると、確認が終わらずゲートウェイは保留します。受信側のフィルターと受信側自身のサーバーの間の問題です。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it lasts: tell the recipient's admin that their filtering service cannot reach their mail server to check recipients.",
          "続く場合は、受信側のフィルター サービスが宛先の確認のために受信側のメール サーバーへ接続できていないことを、受信側の管理者に伝えてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-recipient-admin"],
    },
    {
      // Exim keeps a retry time per host in its hints database; a host that failed is not tried
      // again before it, and past the retry rule's cutoff the address fails with these words
      id: "exim-retry-time-not-reached",
      sendersOwn: true,
      title: "No server for the domain is due for another try yet",
      code: "",
      texts: [
        "retry time not reached for any host",
        "have been failing for a long time (and retry time not reached)",
      ],
      reasons: ["networkerror", "expired"],
      page: RETRY,
      owner: "nobody",
      temporary: true,
      summary: t(
        "The sending server did not try to deliver this time: every server of the recipient's domain failed its earlier attempts, and none was due for another try yet; once the servers have failed for too long, it gives up.",
        "送信サーバーは今回は配信を試みませんでした。宛先ドメインのどのサーバーも以前の試行で失敗しており、どれもまだ試し直す時刻になっていなかったためです。サーバーの失敗が長く続きすぎると、配信をあきらめます。",
      ),
      cause: t(
        "Exim remembers each host that failed and waits before trying it again, longer after each failure; these words mean the earlier failures (a connection that timed out or was refused, a lookup that failed) are the real cause, and the notice names no new one. A destination that stays unreachable for days usually has a server down or a firewall in the way, on the recipient's side or on the sender's.",
        "Exim は失敗したホストを記録し、失敗するたびに間隔を延ばして再試行を待ちます。この文言は、以前の失敗 (接続の時間切れや拒否、名前解決の失敗) が本当の原因で、通知は新しい原因を示していないことを意味します。何日も到達できない場合は、受信側か送信側のどちらかで、サーバーの停止やファイアウォールによる遮断が起きていることが多いです。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it lasts, find the last real error for this domain in the sending server's log (exim -Mvl <message id>, or the main log), test a connection to the domain's MX from the sending server, and clear the hints once it works (exim_tidydb, or exinext to see the retry times).",
          "続く場合は、送信サーバーのログ (exim -Mvl <メッセージ ID> やメイン ログ) でこのドメインの最後の実際のエラーを探し、送信サーバーから宛先ドメインの MX への接続を試してください。接続できるようになったら、exim_tidydb で再試行の記録を整理してください。再試行の時刻は exinext で確認できます。",
        ),
      ],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
    {
      // the dnslookup router's deferral when the resolver answers "try again" (SERVFAIL, timeout)
      id: "exim-host-lookup-deferred",
      sendersOwn: true,
      title: "DNS lookup did not complete",
      code: "",
      texts: ["host lookup did not complete"],
      reasons: ["networkerror", "hostunknown", "expired"],
      page: DNSLOOKUP,
      owner: "nobody",
      temporary: true,
      summary: t(
        "The sending server could not finish looking up where to deliver for the recipient's domain (the DNS lookup failed for the moment).",
        "送信サーバーは、宛先ドメインの配送先の検索を終えられませんでした (DNS の問い合わせが一時的に失敗しました)。",
      ),
      whileRetrying: { summary: IN_ITS_QUEUE },
      cause: t(
        "The DNS resolver gave no answer in time, or a temporary error, for the domain's MX or address records: the domain's name servers are slow or down, or the sending server's own resolver has trouble. It says nothing against the address; a domain that does not exist fails at once instead.",
        "DNS リゾルバーが、ドメインの MX やアドレスのレコードについて時間内に応答しないか、一時的なエラーを返しました。ドメインのネーム サーバーが遅いか停止しているか、送信サーバー自身のリゾルバーに問題があります。アドレスそのものの誤りを示すものではありません。存在しないドメインの場合はすぐに失敗になります。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it lasts: check that the sending server's resolver answers for other domains, then look up the recipient domain's MX and name servers; if they do not answer, only the recipient's side can fix its DNS.",
          "続く場合は、送信サーバーのリゾルバーが他のドメインに応答するかを確認し、宛先ドメインの MX とネーム サーバーを調べてください。応答しない場合、DNS を直せるのは受信側だけです。",
        ),
      ],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
  ],
};
