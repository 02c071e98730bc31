// Causes the engine reads from the words when the code says no more than "refused" (x.7.1, x.7.0,
// 5.0.0 or none) and no provider's or Microsoft's table knows the reply. The registry's x.7.1
// ("delivery not authorized") named the recipient's admin for all of them, while a block list,
// a spam verdict, a relay refusal and a refused sender each have their own cause and owner. Reasons as Sisimai names them; the explanations are our own words.
import type { Reason } from "../types";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./providers/steps";
import { ADMIN } from "./steps";
import type { CatalogEntry } from "./types";
import { t } from "./types";

/**
 * A refusal of the sending server: a block list, or its reputation with the receiver ("550 Message
 * rejected due to sender IP reputation", "554 ... poor reputation"), which the registry's x.7.1
 * handed to the recipient's admin.
 */
const REFUSED_SENDING_SERVER: CatalogEntry = {
  id: "refused-sending-server",
  code: "",
  texts: ["Sending server refused (block list or reputation)"],
  source: "reason",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The receiving server refused mail from your sending server ({ip}) or your domain, most often because it is on a block list the receiver uses[[ ({list})]] or has a poor reputation there.",
    "受信側のサーバーは、あなたの送信サーバー ({ip}) またはドメインからのメールを拒否しました。多くの場合、受信側が使うブロック リスト[[ ({list}) ]]に載っているか、受信側での評価が低いことが原因です。",
  ),
  cause: t(
    "Receivers check the connecting server's IP address, and often the sending domain, against block lists and their own reputation data. A listing usually follows spam sent from that address: a compromised account or device, a shared address another customer misused, or a sudden jump in volume.",
    "受信側は、接続してきたサーバーの IP アドレス (多くの場合は送信ドメインも) をブロック リストや独自の評価データと照合します。掲載の多くは、その IP アドレスから送られた迷惑メールが原因です。乗っ取られたアカウントや端末、ほかの利用者が悪用した共用の IP アドレス、送信量の急増などが考えられます。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [YOUR_ADMIN.checkListing, YOUR_ADMIN.checkReputation],
  actions: ["request-delisting", "contact-your-admin", "copy-summary"],
};

/**
 * The same refusal given as a deferral: "451 4.7.1 Temporarily rejected: sender IP listed on
 * <list>", "450 4.7.1 ... reputation", or a receiver's own ban of the sending IP that lapses by
 * itself, in words Sisimai's block-list reason does not read (LogSat SpamFilter's "421 Your IP is
 * temporarily blocked, please try again later", logsat.com forum TID 6127; SocketLabs' "421 4.5.1
 * Too many errors, you have been temporarily blacklisted", its help page of that name;
 * "475 access from your network is restricted, try later", among the replies MailChannels' "Why
 * is my email blocked?" lists). The registry's x.7.x deferral named the recipient's admin, 421's
 * a busy receiver, nobody's; a block that persists is for your admin to lift.
 */
export const REFUSED_SENDING_SERVER_DEFERRED: CatalogEntry = {
  ...REFUSED_SENDING_SERVER,
  id: "refused-sending-server-deferred",
  title: "Sending server blocked for now (block list or reputation)",
  texts: [
    "Your IP is temporarily blocked",
    "IP address is temporarily blocked",
    "you have been temporarily blacklisted",
    "access from your network is restricted",
  ],
  source: "wording",
  temporary: true,
  summary: t(
    "The receiving server is refusing mail from your sending server ({ip}) for now, most often because it is on a block list the receiver uses[[ ({list})]], has a poor reputation there, or recently sent it spam or too many failed commands; such a block often lapses, and one that lasts is for your mail admin to lift.",
    "受信側のサーバーは、現在あなたの送信サーバー ({ip}) からのメールを拒否しています。多くの場合、受信側が使うブロック リスト[[ ({list}) ]]に載っているか、受信側での評価が低いか、最近そのサーバーに迷惑メールや誤ったコマンドを多数送ったことが原因です。このような遮断は時間がたつと解除されることが多く、続く場合はメール管理者が解除に取り組む必要があります。",
  ),
};

/** A reason's own meaning, where the registry code it maps to says less. */
export const REASON_MEANINGS: Readonly<Partial<Record<Reason, CatalogEntry>>> = {
  blocked: REFUSED_SENDING_SERVER,
  badreputation: REFUSED_SENDING_SERVER,
  spamdetected: {
    id: "refused-as-spam",
    code: "",
    texts: ["Message refused as spam"],
    source: "reason",
    temporary: false,
    owner: "you",
    summary: t(
      "The receiving server's spam filter judged this message to be spam and refused it.",
      "受信側のサーバーの迷惑メール フィルターが、このメッセージを迷惑メールと判定して拒否しました。",
    ),
    cause: t(
      "Spam filters score the words, links, attachments and layout of a message together with the sending domain's authentication (SPF, DKIM, DMARC) and the sending server's reputation. Advertising wording, shortened or poorly rated links, or a failed authentication check can tip the score.",
      "迷惑メール フィルターは、メッセージの文面、リンク、添付ファイル、書式を、送信ドメインの認証 (SPF・DKIM・DMARC) や送信サーバーの評価とあわせて採点します。広告的な文言、短縮 URL や評価の低いリンク、認証の失敗などで判定が変わります。",
    ),
    fix: [
      t(
        "Send the message again without what may look like advertising: shortened links, many links or images, or attachments the recipient did not expect. If it is refused again, forward this report to your mail admin.",
        "広告のように見えるもの (短縮 URL、多数のリンクや画像、受信者が予期していない添付ファイル) を外して送り直してください。再び拒否される場合は、このレポートをメール管理者に転送してください。",
      ),
    ],
    adminFix: [ADMIN.checkAuthRecords, YOUR_ADMIN.checkReputation, RECIPIENT_ADMIN.reviewPolicy],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin", "copy-summary"],
  },
  norelaying: {
    id: "relay-refused",
    code: "",
    texts: ["Relay access denied"],
    source: "reason",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "A server refused to pass the message on (relaying denied): it does not take mail for {recipientDomain} from your sending server.",
      "サーバーがメッセージの中継を拒否しました。このサーバーは、あなたの送信サーバーから {recipientDomain} 宛てのメールを受け付けません。",
    ),
    cause: t(
      "Either the message went through an outgoing server that relays only for signed-in users or known addresses (a program, scanner or device sent it without signing in), or the recipient's domain points its mail (its MX record) at a server that no longer handles that domain.",
      "送信に使った中継サーバーがサインインした利用者や登録済みのアドレスからのメールしか中継しない (プログラムや複合機、機器がサインインせずに送った) か、宛先ドメインのメールの送り先 (MX レコード) が、そのドメインをもう扱っていないサーバーを指しています。",
    ),
    fix: [
      t(
        "If a program or device (a scanner, an application) sent it, check that it signs in to the outgoing server; otherwise forward this report to your mail admin.",
        "プログラムや機器 (複合機、アプリケーション) から送った場合は、送信サーバーにサインインする設定になっているか確認してください。それ以外の場合は、このレポートをメール管理者に転送してください。",
      ),
    ],
    adminFix: [
      t(
        "If a program or device sent it, set it to sign in to your outgoing server (SMTP AUTH, usually port 587 with STARTTLS) or add its fixed IP address to the outgoing server's list of addresses allowed to relay.",
        "プログラムや機器から送った場合は、そのプログラムや機器が送信サーバーにサインインして送るように設定するか (SMTP AUTH、通常はポート 587 と STARTTLS)、その固定 IP アドレスを、送信サーバーで中継を許可するアドレスの一覧に加えてください。",
      ),
      t(
        "If the refusing server is the one the recipient domain's MX record names, the recipient's admin must accept the domain there (or correct the MX record); check it with nslookup -type=mx.",
        "拒否したサーバーが宛先のドメインの MX レコードに示されたサーバーであれば、受信側の管理者がそのサーバーでそのドメインのメールを受け付けるように設定する (または MX レコードを直す) 必要があります。MX レコードは nslookup -type=mx で確認してください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  securityerror: {
    id: "sign-in-required",
    code: "",
    texts: ["Sign-in to the sending server required or failed"],
    source: "reason",
    temporary: false,
    owner: "you",
    summary: t(
      "The server refused the message because the program that sent it did not sign in to it (SMTP authentication), or its sign-in failed.",
      "送信に使ったプログラムがサーバーにサインイン (SMTP 認証) していない、またはサインインに失敗したため、サーバーはメッセージを拒否しました。",
    ),
    cause: t(
      "Outgoing servers accept mail for other domains only from signed-in users. A mail program, phone, scanner or application set up without the outgoing server's sign-in, with an old password, or with a sign-in method the server no longer allows (basic authentication turned off) is refused.",
      "送信サーバーは、ほかのドメイン宛てのメールをサインインした利用者からしか受け付けません。送信サーバーのサインイン設定がない、古いパスワードのまま、またはサーバーが許可しなくなった方式 (基本認証の無効化など) で設定されたメール アプリ、スマートフォン、複合機、アプリケーションは拒否されます。",
    ),
    fix: [
      t(
        "In the mail program or device that sent the message, turn on sign-in for the outgoing (SMTP) server with your current password; if you do not manage that device, forward this report to your mail admin.",
        "メッセージを送ったメール アプリや機器で、送信 (SMTP) サーバーへのサインインを有効にし、現在のパスワードを設定してください。その機器を管理していない場合は、このレポートをメール管理者に転送してください。",
      ),
    ],
    adminFix: [
      t(
        "Check the sending device's or application's SMTP settings (server, port, TLS, account) and that its sign-in method is still allowed for the account.",
        "送信した機器やアプリケーションの SMTP 設定 (サーバー、ポート、TLS、アカウント) と、そのアカウントでサインイン方式がまだ許可されているかを確認してください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  virusdetected: {
    id: "refused-as-malware",
    code: "",
    texts: ["Message refused as malware"],
    source: "reason",
    temporary: false,
    owner: "you",
    summary: t(
      "The receiving server's malware scanner found a virus, or an attachment type it blocks, in this message and refused it.",
      "受信側のサーバーのマルウェア スキャナーが、このメッセージにウイルスまたは受信側がブロックしている種類の添付ファイルを見つけ、拒否しました。",
    ),
    cause: t(
      "Receivers scan attachments and links; executable files (also inside archives), macros and known malicious links are refused. A scan may also flag a harmless file of a blocked type.",
      "受信側は添付ファイルやリンクを検査し、実行形式のファイル (圧縮ファイル内のものを含む)、マクロ、既知の悪意あるリンクを拒否します。無害なファイルでも、ブロック対象の種類であれば拒否されることがあります。",
    ),
    fix: [
      t(
        "Scan the attachment on your computer; send the file another way (a shared link) or in another format, and do not send it again if the scan finds something.",
        "手元のコンピューターで添付ファイルを検査してください。ファイルは別の方法 (共有リンク) や別の形式で送り、検査で何か見つかった場合は送り直さないでください。",
      ),
    ],
    adminFix: [ADMIN.checkCompromise],
    actions: ["secure-account", "contact-your-admin", "copy-summary"],
  },
  rejected: {
    id: "sender-refused",
    code: "",
    texts: ["Sender refused"],
    source: "reason",
    temporary: false,
    owner: "you",
    summary: t(
      "The receiving side refused the message because of its sender, not its recipient: your address (or its domain) may not send there.",
      "受信側は、宛先ではなく送信者を理由にメッセージを拒否しました。あなたのアドレス (またはそのドメイン) からは、そこへ送ることができません。",
    ),
    cause: t(
      "A group may accept posts only from its members; a server may refuse a sender address it has blocked, one it could not verify, or one whose domain does not exist or cannot receive replies.",
      "グループがメンバーからの投稿しか受け付けない場合や、受信側のサーバーが、ブロックしている送信者アドレス、確認できない送信者アドレス、存在しないか返信を受け取れないドメインの送信者を拒否する場合があります。",
    ),
    fix: [
      t(
        "Check that you sent from the address the recipient or the group expects (a member's address, not an alias); if it is the right one, forward this report to your mail admin.",
        "受信者やグループが想定しているアドレス (エイリアスではなく、メンバーとして登録されたアドレス) から送ったか確認してください。正しいアドレスであれば、このレポートをメール管理者に転送してください。",
      ),
    ],
    adminFix: [
      t(
        "Check that the sending domain resolves and has MX records, that the envelope sender is a real mailbox, and ask the recipient's admin whether they block your address or domain.",
        "送信ドメインが名前解決でき MX レコードを持つこと、エンベロープ送信者が実在するメールボックスであることを確認し、受信側の管理者にあなたのアドレスやドメインをブロックしていないか問い合わせてください。",
      ),
    ],
    actions: ["contact-your-admin", "contact-recipient-admin", "copy-summary"],
  },
};

/** A reason's own meaning for a deferral, where the cause does not pass by waiting alone. */
export const DEFERRED_REASON_MEANINGS: Readonly<Partial<Record<Reason, CatalogEntry>>> = {
  blocked: REFUSED_SENDING_SERVER_DEFERRED,
  badreputation: REFUSED_SENDING_SERVER_DEFERRED,
};

/**
 * A cause's meaning when the refusing server is the sender's own (its host is in the sender's
 * domain, the recipient elsewhere): a relay refusal there is the sending side's setup, never the
 * recipient's domain's MX.
 */
export const OWN_SERVER_MEANINGS: Readonly<Partial<Record<Reason, CatalogEntry>>> = {
  norelaying: {
    id: "relay-refused-own-server",
    code: "",
    texts: ["Relay access denied by your own outgoing server"],
    source: "reason",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your own organization's outgoing server (the refusing host this report names) refused to pass the message on to {recipientDomain} (relaying denied): it did not recognize the server or program that handed it the message as one of its own.",
      "自組織の送信サーバー (このレポートが拒否したホストとして示すもの) が、{recipientDomain} 宛てのメッセージの中継を拒否しました。メッセージを渡したサーバーやプログラムを、自組織のものとして認識しなかったためです。",
    ),
    cause: t(
      "An outgoing server relays mail to other domains only for senders that sign in (SMTP authentication) or come from addresses it trusts. The server that wrote this report, or the program or device (a scanner, an application) that sent the message, handed it over without signing in, from an address the outgoing server does not list.",
      "送信サーバーは、サインイン (SMTP 認証) した送信者か、信頼するアドレスから来たメールだけを他のドメインへ中継します。このレポートを書いたサーバー、またはメッセージを送ったプログラムや機器 (複合機、アプリケーション) が、サインインせずに、送信サーバーが登録していないアドレスからメッセージを渡しました。",
    ),
    fix: [
      t(
        "If a program or device (a scanner, an application) sent it, turn on sign-in (SMTP authentication) to the outgoing server in its mail settings; otherwise forward this report to your mail admin.",
        "プログラムや機器 (複合機、アプリケーション) から送った場合は、そのメール設定で送信サーバーへのサインイン (SMTP 認証) を有効にしてください。それ以外の場合は、このレポートをメール管理者に転送してください。",
      ),
    ],
    adminFix: [
      t(
        "On that outgoing server, let the server or device that handed over the message relay: have it sign in (SMTP AUTH on the submission port), or add its address to the relay's trusted networks or relay connector.",
        "その送信サーバーで、メッセージを渡したサーバーや機器が中継できるようにしてください。サインイン (サブミッション ポートでの SMTP AUTH) させるか、そのアドレスを中継の信頼するネットワークまたは中継用コネクタに加えてください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
};

/**
 * A cause's meaning when the refusing server is the recipient's domain's own (its host is in the
 * recipient's domain, or is that domain's Exchange Online MX), the sender elsewhere: a relay
 * refusal there says the domain's own server does not take mail for it (Broadcom's KB 396890 for
 * "554 5.7.1 Relay access denied", Microsoft's 5.4.1 "Relay Access Denied"), which only the
 * recipient's side can fix.
 */
export const RECIPIENT_SERVER_MEANINGS: Readonly<Partial<Record<Reason, CatalogEntry>>> = {
  norelaying: {
    id: "relay-refused-recipient-server",
    code: "",
    texts: ["Relay access denied by the recipient's own mail server"],
    source: "reason",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The mail server of {recipientDomain} itself (the refusing host this report names) refused the message as relaying: it is not set up to take mail for its own domain.",
      "{recipientDomain} 自身のメール サーバー (このレポートが拒否したホストとして示すもの) が、メッセージを中継として拒否しました。このサーバーは、自分のドメイン宛てのメールを受け付ける設定になっていません。",
    ),
    cause: t(
      "A server refuses to relay mail for domains it does not handle. When the recipient's domain's own server answers so, that domain's mail setup is broken: its MX record still points at a server (an old host, a former provider) that no longer takes the domain, or the domain was removed from the list of domains the server receives for.",
      "サーバーは、自分が扱っていないドメイン宛てのメールの中継を拒否します。宛先のドメイン自身のサーバーがこう応答した場合は、そのドメインのメール設定に問題があります。MX レコードが、もうそのドメインを扱っていないサーバー (古いホストや以前の事業者) を指したままになっているか、サーバーの受信対象のドメインの一覧からそのドメインが外されています。",
    ),
    fix: [YOU.checkDomainThenTellRecipient],
    adminFix: [
      ADMIN.checkDns,
      t(
        "Recipient's admin: point the domain's MX records at the server that holds its mailboxes now, and list the domain there as one it accepts (accepted domain, relay_domains or virtual domains).",
        "受信側の管理者: ドメインの MX レコードを、現在メールボックスを置いているサーバーに向け、そのサーバーでこのドメインを受け付けるドメイン (承認済みドメイン、relay_domains、仮想ドメイン) として登録してください。",
      ),
    ],
    actions: ["contact-recipient-admin", "copy-summary"],
  },
};
