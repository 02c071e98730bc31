// Meanings known by words any server may write, not one provider's: no code, registry or table
// names them. Greylisting (postgrey, Exim's and Rspamd's greylisting, many appliances) answers
// with whatever code its software picks (450 4.2.0, 451 4.7.1, 421 4.7.0), so the code's own
// registry meaning ("mailbox status", "security") would mislead. A refusal of a message whose
// header breaks RFC 5322 (Gmail, Yahoo, Outlook.com and others enforce it since 2024) comes under
// 5.7.0, 5.7.1, 5.6.0 or 5.0.0, whose registry meanings say security or nothing. The explanations
// are our own words. A refusal of the sending server's HELO name, or of the sender's SPF, comes
// from many servers in their own words ("bogus HELO", "Sender prohibited by SPF") under 5.7.1 or
// 5.0.0, whose registry meanings say security or nothing; Postfix's, policyd-spf's and the big
// receivers' own words have their tables (providers/). Postfix's smtpd hangs up on a client past
// its error limit (smtpd_hard_error_limit) with "421 4.7.0 <host> Error: too many errors", and every
// receiver running it (iCloud's MXs among them) writes that under 4.7.0, which says only "security";
// Sendmail's "421 4.7.0 <host> Too many bad commands; closing connection", Exim's "Too many syntax
// or protocol errors" and Japanese servers' "421 4.7.0 Too many bad command." (moongray.com/20170322)
// say the same in their words.
// A sender on the receiving organization's own block list ("551 Sender is on domain's blacklist",
// among the receivers' refusals Broadcom's knowledge base article 169925 lists; a Baruwa gateway's
// "The sender ... is banned") or on one user's ("Your message was rejected by this user") comes
// under 5.0.0 or a bare 551, whose meanings say nothing or "user not local".
import type { CatalogEntry } from "./types";
import { IN_ITS_QUEUE, NOT_YET_RECEIVED, NOT_YET_SENT } from "./waiting";
import { t } from "./types";
import { finalOnly } from "./step-kinds";
import { ADMIN, SENDER } from "./steps";
import { YOU, YOUR_ADMIN } from "./providers/steps";
import { LIST_NOTICE_ENTRIES } from "./list-notices";
import { CONNECTION_ENTRIES, SESSION_TIMEOUT } from "./connection-wordings";
import { SENDER_ADDRESS_ENTRIES } from "./sender-address-wordings";
import { NULL_MX_ENTRIES } from "./null-mx-wordings";
import { LOOKUP_FAILURE_ENTRIES } from "./lookup-failure-wordings";
import { REFUSED_SENDING_SERVER_DEFERRED } from "./reason-meanings";
import { SENDING_IP_CONNECTION_CAP } from "./sending-ip-caps";

/**
 * A receiver that could not evaluate the From domain's DMARC policy: "554 5.7.5 permanent error
 * evaluating dmarc policy" (Proton Mail's refusal as EasyDMARC's "DMARC errors for outgoing
 * emails" quotes it, easydmarc.com/blog/dmarc-errors-for-outgoing-emails, with its deferral "451
 * 4.7.5 temporary error evaluating dmarc policy"; EmailGuard's and PowerDMARC's articles on the
 * same 554 5.7.5 reply, emailguard.io/resources and powerdmarc.com). These are RFC 7489's DMARC
 * results permerror and temperror (11.2): a record that cannot be used, or a DNS lookup that failed
 * for now. The registry's x.7.5 ("cryptographic failure") says nothing of DMARC, so the words pick
 * the meaning and the class tells the two apart (match.ts).
 */
const DMARC_UNEVALUATED: CatalogEntry = {
  id: "dmarc-unevaluated",
  code: "5.x.x",
  title: "Your domain's DMARC policy could not be evaluated",
  texts: ["error evaluating DMARC policy"],
  source: "wording",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The receiving server refused the message because it could not evaluate the DMARC policy of your domain[[ {domain}]]: the DMARC record, or the SPF or DKIM records it relies on, could not be used.",
    "あなたのドメイン[[ {domain} ]]の DMARC ポリシーを評価できなかったため、受信側のサーバーはメッセージを拒否しました。DMARC レコード、または DMARC が利用する SPF や DKIM のレコードを使用できませんでした。",
  ),
  cause: t(
    "DMARC tells receivers what to do with mail whose From domain passes neither SPF nor DKIM in alignment. This reply means the receiver found your domain's records but could not use them: a DMARC record with a syntax error (not starting with v=DMARC1, a misspelt p= value, a report address without mailto:), two DMARC records for one domain, or an SPF record that itself cannot be read.",
    "DMARC は、From のドメインが SPF と DKIM のどちらでも (ドメインの一致を含めて) 合格しないメールの扱いを受信側に伝えるしくみです。この応答は、受信側があなたのドメインのレコードを見つけたものの使えなかったことを示します。DMARC レコードの書式の誤り (v=DMARC1 で始まっていない、p= の値の綴りの誤り、レポート先アドレスに mailto: がない)、1 つのドメインに DMARC レコードが 2 つある、または SPF レコード自体を解釈できない、などが原因です。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Check the DMARC record of {domain} (_dmarc.{domain}) with a DMARC checker: keep exactly one TXT record, starting with v=DMARC1; and a p= of none, quarantine or reject, with mailto: before each report address; then check the domain's SPF and DKIM records the same way.",
      "DMARC チェック ツールで {domain} の DMARC レコード (_dmarc.{domain}) を確認してください。TXT レコードを 1 つだけにし、v=DMARC1; で始め、p= を none、quarantine、reject のいずれかにし、各レポート先アドレスの前に mailto: を付けてください。続けて、同じドメインの SPF と DKIM のレコードも同様に確認してください。",
    ),
  ],
  actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
};

/**
 * The sender's own outgoing server capping the account's sending ("450 4.7.1 End-of-data rejected:
 * Number messages per hour exceeded", "462 Daily send limit reached. Please try again tomorrow"):
 * mailbox and hosting providers word their hourly and daily caps this way, as a deferral or a
 * refusal. The recipient's side never saw the message.
 */
const OWN_SENDING_LIMIT: CatalogEntry = {
  id: "own-sending-limit",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "5.x.x",
  title: "Your account reached its sending limit",
  texts: [
    "Daily send limit reached",
    "daily sending limit",
    "hourly sending limit",
    "Number messages per hour exceeded",
    "messages per hour exceeded",
    "only <x> messages per day",
    "reached your sending limit",
    "outgoing limits",
    "outgoing limit reached",
    // Rspamd's ratelimit bucket for an authenticated sender (rspamd.com/doc/modules/ratelimit.html:
    // "user"), which mailcow and docker-mailserver apply to their users' outgoing mail (mailcow
    // issues #176, #539, #1497); quoted with or without backslashes
    "Ratelimit <x>user<x> exceeded",
    // an hourly or rate cap in other words: "550 send spam mail rejected: exceeded hour limit"
    // (gophish/gophish#3231), Zoho's "550 5.4.6 mail rate exceeded limit" (its community forum),
    // a relay's "User <x> has exceeded its 24-hour sending limit" (nodemailer/nodemailer#1137)
    "exceeded hour limit",
    "hourly limit exceeded",
    "mail rate exceeded",
    "24-hour sending limit",
    // "exceeded" after the limit's name, with a word between: Gmail's "550 5.4.5 Daily user
    // sending limit exceeded" (its SMTP error table), "Message sending limit exceeded"
    "sending limit exceeded",
    // a rate per sender address on the sender's own outgoing server: a web host's "450 too many
    // emails from this sender, please try again later" (caorda.com/?p=16601) and an office's own
    // Barracuda rate control, "450 too many emails from this sender (rate controlled)"
    // (automationadmin.com/2016/05/barracuda-rate-controlled-message)
    "too many emails from this sender",
    // the account's rate in a host's own words: "451 Requested action aborted: This mail account
    // has sent too many messages in a short amount of time. Please try again later."
    // (hostingsupport.co.za, "Most common mail error codes explained")
    "mail account has sent too many messages",
  ],
  source: "wording",
  temporary: false,
  owner: "you",
  summary: t(
    "Your own outgoing mail server refused to send this message: your account reached the number of messages it may send per hour or per day; the recipient's side never saw it.",
    "あなた自身の送信メール サーバーがこのメッセージの送信を拒否しました。あなたのアカウントが 1 時間または 1 日に送れるメッセージ数の上限に達したためです。受信側にはメッセージが届いていません。",
  ),
  cause: t(
    "Mailbox and hosting providers cap how many messages (or recipients) one account sends per hour and per day, against spam from stolen passwords. Every recipient of a message to many people counts, and so does mail an application or a contact form sends through the account.",
    "メール サービスやレンタル サーバーは、盗まれたパスワードからの迷惑メールを防ぐため、1 つのアカウントが 1 時間や 1 日に送れるメッセージ (または宛先) の数に上限を設けています。多数に宛てたメッセージでは宛先の 1 人 1 人が数えられ、アプリケーションや問い合わせフォームがそのアカウントで送るメールも数に入ります。",
  ),
  fix: [
    t(
      "Send it again after the hour or the day is over, to fewer recipients at a time; if you did not send that much, change your password, as someone else may be sending through your account.",
      "その 1 時間または 1 日が過ぎてから、一度に送る宛先を減らして送り直してください。それほど送っていない場合は、他人があなたのアカウントから送っているおそれがあるため、パスワードを変更してください。",
    ),
  ],
  adminFix: [YOUR_ADMIN.accountCap],
  actions: ["copy-summary"],
};

/**
 * A sending service's account (Amazon SES, which an office's own server often relays through as
 * its smarthost) over its daily quota or its per-second rate: "454 Throttling failure: Maximum
 * sending rate exceeded", "454 Throttling failure: Daily message quota exceeded" (SES's page
 * "Errors related to the sending quotas for your Amazon SES account",
 * docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html), "554 Message rejected:
 * Sending quota exceeded"; Mailtrap's "550 5.7.0 Too many emails per second. Please upgrade your
 * plan" (two applications' logs of 2025 and 2026 quote it, from its sandbox's SMTP host). The
 * account is the organization's, set up by its admin, not a mailbox's: the sender's admin raises
 * the quota or slows the sending.
 */
const SENDING_SERVICE_QUOTA: CatalogEntry = {
  id: "sending-service-quota",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "5.x.x",
  title: "Your sending service's account reached its quota or rate",
  texts: [
    "Maximum sending rate exceeded",
    "Daily message quota exceeded",
    "Sending quota exceeded",
    "Too many emails per second",
  ],
  source: "wording",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The sending service your organization's mail goes out through refused this message: the account there has sent as many messages as it may per day, or per second; the recipient's side never saw it.",
    "自組織のメールの送信に使っている送信サービスが、このメッセージを拒否しました。そのサービスのアカウントが 1 日 (または 1 秒) に送れるメッセージ数の上限に達したためです。受信側にはメッセージが届いていません。",
  ),
  cause: t(
    "Sending services such as Amazon SES give each account a daily quota and a maximum rate, low for a new account; a mail server that relays through the service is refused once either is reached, for every recipient, until the day rolls over or the rate drops.",
    "Amazon SES などの送信サービスは、アカウントごとに 1 日の送信数の上限と最大送信レートを設けており、新しいアカウントでは低めに設定されています。このサービス経由で中継するメール サーバーは、どちらかに達すると、日付が変わるか送信ペースが下がるまで、すべての宛先について拒否されます。",
  ),
  // a daily quota resets in a day, not an hour: the admin knows when, or raises it
  fix: [YOU.forwardToAdmin, YOU.resendAfterQuota],
  adminFix: [
    finalOnly(
      t(
        "In the sending service's console, check the account's sending quota and rate; ask the service to raise them (or to move the account out of its sandbox), and have the mail server send more slowly (a lower concurrency or rate towards the service). Send the refused messages again once the quota allows.",
        "送信サービスの管理画面で、アカウントの送信数の上限と送信レートを確認してください。サービスに上限の引き上げ (またはサンドボックスの解除) を申請し、メール サーバーからサービスへの送信ペース (同時接続数や送信レート) を下げてください。上限に余裕ができたら、拒否されたメッセージを送り直してください。",
      ),
      t(
        "In the sending service's console, check the account's sending quota and rate; ask the service to raise them (or to move the account out of its sandbox), and have the mail server send more slowly (a lower concurrency or rate towards the service). Its queued messages go out once the quota allows.",
        "送信サービスの管理画面で、アカウントの送信数の上限と送信レートを確認してください。サービスに上限の引き上げ (またはサンドボックスの解除) を申請し、メール サーバーからサービスへの送信ペース (同時接続数や送信レート) を下げてください。メール サーバーのキューにあるメッセージは、上限に余裕ができれば送信されます。",
      ),
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/**
 * An outgoing server locking an account's sign-in for a while after too many failed ones, against
 * password guessing, in the words of several providers: NetEase's "451 Requested mail action not
 * taken: too much fail authentication" (its list of replies), Yahoo's "535 5.7.0 (#AUTH005) Too
 * many bad auth attempts." (PHPMailer/PHPMailer#2034), "535 auth failed (this user authenticate
 * too many times)" (nodemailer/nodemailer#1350). Under 451, 454 or 535, whose meanings say only
 * "try later" or "sign-in failed"; the sign-in works again once the lock lapses and the password
 * is right.
 */
const SIGN_IN_LOCKED: CatalogEntry = {
  id: "sign-in-locked",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "5.x.x",
  title: "Sign-in blocked after too many failed attempts",
  texts: [
    "too much fail authentication",
    "Too many bad auth attempts",
    "authenticate too many times",
    "too many failed authentication",
    // Gmail's "454 4.7.0 Too many login attempts, please try again later" (its SMTP error table)
    "Too many login attempts",
  ],
  source: "wording",
  temporary: false,
  owner: "you",
  summary: t(
    "Your outgoing mail server stopped accepting your account's sign-in for a while because it saw too many failed sign-ins; the message was not sent.",
    "失敗したサインインが多すぎたため、送信メール サーバーがあなたのアカウントのサインインをしばらく受け付けなくなりました。メッセージは送信できませんでした。",
  ),
  cause: t(
    "Servers lock sign-in for an account or an address after repeated failures, against password guessing. A phone, mail program or application that still holds an old password keeps failing and keeps the lock in place; so does one that signs in anew for every message it sends.",
    "サーバーは、パスワードの推測を防ぐため、失敗が続いたアカウントやアドレスのサインインをしばらく止めます。古いパスワードのままのスマートフォン、メール アプリ、アプリケーションは失敗を繰り返してロックを長引かせます。メッセージを送るたびにサインインし直すものも同様です。",
  ),
  fix: [
    finalOnly(
      t(
        "Correct the password saved in every app and device that uses this account (use the app password or authorization code if your provider asks for one), wait a while, then send the message again; if you did not cause the failures, change your password.",
        "このアカウントを使うすべてのアプリと機器に保存されたパスワードを正しく直し (プロバイダーがアプリ パスワードや認証コードを求める場合はそれを使います)、しばらく待ってから送り直してください。失敗に心当たりがない場合は、パスワードを変更してください。",
      ),
      t(
        "Correct the password saved in every app and device that uses this account (use the app password or authorization code if your provider asks for one); if you did not cause the failures, change your password.",
        "このアカウントを使うすべてのアプリと機器に保存されたパスワードを正しく直してください (プロバイダーがアプリ パスワードや認証コードを求める場合はそれを使います)。失敗に心当たりがない場合は、パスワードを変更してください。",
      ),
    ),
  ],
  adminFix: [
    t(
      "Find the device or application that keeps failing to sign in (the outgoing server's log names its address) and correct its password, or have it send many messages over one signed-in connection.",
      "サインインに失敗し続けている機器やアプリケーションを (送信サーバーのログにあるアドレスから) 見つけてパスワードを直すか、1 回サインインした接続で複数のメッセージを送るよう設定してください。",
    ),
  ],
  actions: ["copy-summary"],
};

/**
 * A refusal by a rule the receiving server's admin wrote, in the words the software gives a rule
 * that carries no text of its own: Postfix's access tables ("<a@b>: Recipient address rejected:
 * Access denied", postfix.org/access.5.html: REJECT or DEFER "with a generic error response
 * message"; Zoho's table reads the same words as the recipient's policy), Exim's ACLs ("550
 * Administrative prohibition", the default message of its deny verb, exim.org's spec,
 * chapter "Access control lists"), VPOP3's SMTP rules ("550 5.7.1 Recipient Prohibited (<rule
 * number>)", wiki.pscs.co.uk). They come under 5.7.1, 5.0.0 or a bare 550, which the engine read
 * as an unknown address or a refused sender, yours, though only the receiving side knows the rule.
 * Such rules close an address to outside mail (a retired, leaked or no-reply address:
 * docker-mailserver/docker-mailserver#452, mail-in-a-box/mailinabox#1563) or keep out senders the
 * organization decided against. The sender's own Postfix, Exim or VPOP3 writes the same words for
 * its own rules; a bounce names the refusing host, and the recipient's side is far the more common.
 */
const RECEIVER_RULE_REFUSED: CatalogEntry = {
  id: "receiver-rule-refused",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "5.x.x",
  title: "Refused by a rule on the receiving server",
  texts: [
    "Recipient address rejected: Access denied",
    "Administrative prohibition",
    "Recipient Prohibited (<x>)",
  ],
  source: "wording",
  temporary: false,
  owner: "recipient-admin",
  summary: t(
    "A rule on the receiving mail server refused this message. The server's admins set up the rule (for this address, for some senders or for some networks), and the reply does not say which or why.",
    "受信側のメール サーバーのルールがこのメッセージを拒否しました。ルールは受信側の管理者が (この宛先、一部の送信者、または一部のネットワークに対して) 設定したもので、どのルールか、なぜ拒否したかは応答に書かれていません。",
  ),
  cause: t(
    'Mail servers let their admins refuse mail by rules of their own, and answer with a standard phrase when a rule gives no reason: Postfix says "Access denied", Exim "Administrative prohibition", VPOP3 "Recipient Prohibited" with the rule\'s number. Such a rule may keep an internal-only or retired address from outside mail, keep out senders or networks the organization decided against, or be a mistake. Checking the address\'s spelling will not help; only the receiving side can see the rule and change it.',
    "メール サーバーでは、管理者が独自のルールでメールを拒否でき、ルールに理由が書かれていないときは決まった文言で応答します。Postfix は「Access denied」、Exim は「Administrative prohibition」、VPOP3 はルール番号付きの「Recipient Prohibited」です。こうしたルールには、社内専用や使われなくなったアドレスに外部からのメールが届かないようにするもの、組織が受け付けないと決めた送信者やネットワークを締め出すもののほか、誤って設定されたものもあります。アドレスの綴りを確かめても解決しません。ルールを確認して変えられるのは受信側だけです。",
  ),
  fix: [SENDER.askRecipientAdminAnotherWay],
  adminFix: [
    t(
      "Nothing to change on the sending side. The recipient's admin finds the rule that refused the message in the server's log (by the time and your server's IP address) and changes it if the mail is wanted.",
      "送信側で変える設定はありません。受信側の管理者が、時刻とあなたのサーバーの IP アドレスを手がかりにサーバーのログから拒否したルールを探し、必要なメールであればルールを変更します。",
    ),
  ],
  actions: ["contact-recipient", "contact-recipient-admin", "copy-summary"],
};

/**
 * The receiver's anti-spam filtering the sending IP until its operator registers it or has it
 * cleared with the receiver: the wording Korean mail servers share ("421 4.3.2 Your IP(<ip>) is
 * filtered and this connection will be closed. You must register your IP to <address or page>",
 * Naver's with realip.naver.com, whose table names it, and Hanafos's with its own address, as
 * Korean senders list them) and Paran's "Transaction failed. (SPAM_SUSPECT:IP_CONTROL)
 * (cleanip.paran.com)". Under 421 or 550, whose registry meanings say "service not available" or
 * nothing; the sending server's retries do not help until the IP is registered.
 */
const RECEIVER_IP_FILTERED: CatalogEntry = {
  id: "receiver-ip-filtered",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "5.x.x",
  title: "Sending IP filtered by the receiver until registered",
  texts: [
    "is filtered and this connection will be closed",
    "You must register your IP to",
    "SPAM_SUSPECT:IP_CONTROL",
  ],
  source: "wording",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The receiving mail service's anti-spam filter blocks mail from your server's IP address[[ ({ip})]] and asks the IP's operator to register it with the service.",
    "受信側のメール サービスの迷惑メール フィルターが、あなたのサーバーの IP アドレス[[ ({ip}) ]]からのメールを遮断しており、その IP の運用者にサービスへの登録を求めています。",
  ),
  cause: t(
    "Some mail services, common among Korean portals and internet providers, filter an IP that sends much mail, or mail their users report, until its operator registers it as a mail server with them (the address or page in the reply) or has it cleared there.",
    "韓国のポータルやインターネット プロバイダーに多いように、大量のメールや利用者から報告されたメールを送る IP を、その運用者がメール サーバーとして登録する (応答にある連絡先やページで) か解除を受けるまで遮断するメール サービスがあります。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Register {ip} with the receiving service at the address or page its reply names, with SPF, DKIM and a reverse DNS name in place, and send less to it at a time.",
      "SPF・DKIM と逆引き DNS 名を設定したうえで、応答に書かれた連絡先やページで受信側のサービスに {ip} を登録し、一度に送る量を減らしてください。",
    ),
    YOUR_ADMIN.checkReputation,
  ],
  actions: ["contact-your-admin", "request-delisting"],
};

/**
 * The sending machine's own network errors, which mail servers write into their delay and expiry
 * notices as they come from the operating system: "Network is unreachable" (ENETUNREACH) and
 * "Cannot assign requested address" (EADDRNOTAVAIL), after Postfix's "connect to <host>[<ip>]:25:"
 * or Exim's "H=<host> [<ip>]". The receiving server was never reached; mostly an IPv6 address tried
 * from a server without working IPv6 (docker-mailserver issue 762, chatmail relay PR 919).
 */
const OWN_NETWORK: CatalogEntry = {
  id: "own-network-unreachable",
  title: "Your server's network could not reach the receiving server",
  code: "",
  texts: ["Network is unreachable", "Cannot assign requested address"],
  source: "wording",
  // the operating system's words on the machine that tried: its steps are for that machine
  sendersOwn: true,
  temporary: true,
  owner: "your-admin",
  summary: t(
    "Your mail server could not even open a connection to the receiving server: its own network had no route to that address, or no local address to send from.",
    "あなたのメール サーバーは、受信側のサーバーへの接続を開くこともできませんでした。自身のネットワークにその宛先への経路がないか、送信に使えるローカル アドレスがないためです。",
  ),
  whileRetrying: {
    summary: IN_ITS_QUEUE,
    cause: t(
      "If another of the receiver's addresses works, a later attempt goes through; if none does, the message stays queued until it expires.",
      "受信側の別のアドレスに接続できれば後の再試行で届きますが、どれにも接続できなければ期限切れになるまで保持されます。",
    ),
  },
  cause: t(
    "These are the sending machine's own network errors, not a reply from the receiver, which never saw the message. They come mostly from IPv6: the receiving domain's server has an IPv6 address, and the sending server tries it without a working IPv6 connection of its own.",
    "これは送信側のマシン自身のネットワーク エラーで、受信側からの応答ではありません。受信側はメッセージを受け取っていません。多くは IPv6 が原因です。受信側のサーバーに IPv6 アドレスがあり、送信サーバーが自身に使える IPv6 接続がないままそのアドレスを試しています。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Check the sending server's own network: its default route, and for an IPv6 address its IPv6 set-up; if it has no working IPv6, make it send over IPv4 only (Postfix: inet_protocols = ipv4; Exim: disable_ipv6 = true).",
      "送信サーバー自身のネットワークを確認してください。デフォルト ルートと、IPv6 アドレスの場合は IPv6 の設定です。使える IPv6 がない場合は、IPv4 だけで送るよう設定してください (Postfix: inet_protocols = ipv4、Exim: disable_ipv6 = true)。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/**
 * A service on the sending machine itself that the mail server could not reach: a content filter or
 * relay on the loopback address (Postfix's "lost connection with 127.0.0.1[127.0.0.1] while sending
 * message body", mail-in-a-box issue 1144; Haraka's "connect ECONNREFUSED 127.0.0.1:2555", its
 * issue 1304), its local delivery socket (Postfix's "connect to <host>[/var/run/dovecot/lmtp]: No
 * such file or directory", docker-mailserver issue 961) or its own bounce service (Postfix's
 * "bounce or trace service failure", mail-in-a-box issue 1144). The words are a connection's, but
 * the receiving server was never the one that failed: three rounds of the words judged each your
 * admin's, where the connection meanings said nobody's. Retrying does not mend a stopped service.
 */
const OWN_LOCAL_SERVICE: CatalogEntry = {
  id: "own-local-service-failed",
  title: "Your server could not reach a service on its own machine",
  code: "",
  texts: [
    "connect ECONNREFUSED 127.0.0.1",
    "connect ECONNREFUSED ::1",
    "connect to 127.0.0.1",
    "lost connection with 127.0.0.1",
    // a socket file where an address would be: "connect to <host>[/var/run/dovecot/lmtp]"
    "[/var/run/",
    "[/run/",
    "[private/",
    "bounce or trace service failure",
  ],
  source: "wording",
  temporary: true,
  owner: "your-admin",
  summary: t(
    "Your mail server could not hand the message to a service on its own machine (a filter, its local delivery or its bounce service): the service is stopped, missing or misconfigured.",
    "あなたのメール サーバーは、同じマシン上のサービス (フィルター、ローカル配送、配信エラーの通知を作る処理など) にメッセージを渡せませんでした。そのサービスが停止しているか、存在しないか、設定が誤っています。",
  ),
  cause: t(
    "The address in these words is the sending machine itself (127.0.0.1, ::1, or a socket file), not the receiving server, which has not been reached yet. A content filter, a local relay or the delivery agent that the mail server passes mail to is not running, or the server points to the wrong port or path.",
    "この文面にあるアドレスは送信側のマシン自身 (127.0.0.1、::1、またはソケット ファイル) で、受信側のサーバーではありません。受信側にはまだ接続していません。メール サーバーがメールを渡すコンテンツ フィルターやローカルの中継、配送エージェントが動いていないか、サーバーの設定で指定したポートやパスが誤っています。",
  ),
  whileRetrying: {
    summary: IN_ITS_QUEUE,
    cause: t(
      "The message moves on only once the service works again.",
      "そのサービスが動くようになるまで、メッセージは先に進みません。",
    ),
  },
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Look in the sending server's log for the service named (its address, port or socket path), start it or fix the setting that points to it (Postfix: content_filter, the transport's LMTP socket; Haraka: the outbound relay's port), then flush the queue.",
      "送信サーバーのログで、名前の出ているサービス (アドレス、ポート、ソケットのパス) を確認し、そのサービスを起動するか、それを指す設定を直してください (Postfix: content_filter や配送の LMTP ソケット、Haraka: 送信中継のポート)。その後、キューのメッセージを再試行させてください。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/**
 * The receiving server's filter or mail software out of licence: a hosted Barracuda's "422 License
 * Expired" (ActiveCampaign's SMTP field manual), a spam filter's "451 4.0.0 Spam filter end message
 * failed - server - license [slot 1]" (emacs-devel, May 2014). Under 4.0.0 or a bare 422 they read
 * as nothing said, nobody's; a licence does not renew itself while the sending server retries, and
 * only the receiving side can renew it (as Sophos's and E-Post's own tables say of theirs).
 */
const RECEIVER_UNLICENSED: CatalogEntry = {
  id: "receiver-unlicensed-deferred",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "4.x.x",
  title: "The receiving server's filter has no valid licence",
  texts: ["License Expired", "Licence expired", "filter <x> license [slot"],
  source: "wording",
  temporary: true,
  owner: "recipient-admin",
  summary: t(
    "The receiving server is not taking mail for now because its filter or mail software has no valid licence (expired, or out of licensed slots). Nothing is wrong with your message or your server.",
    "受信側のサーバーは、フィルターやメール サーバーのソフトウェアのライセンスが有効でない (期限切れ、またはライセンス数の不足) ため、今はメールを受け付けていません。あなたのメッセージやサーバーに問題はありません。",
  ),
  cause: t(
    "Filtering gateways and some mail servers stop taking mail when their licence runs out. Until the receiving side renews the licence, every attempt of the sending server is refused, and it gives up if that takes longer than it keeps the message.",
    "フィルタリング ゲートウェイや一部のメール サーバーは、ライセンスが切れるとメールの受け付けを止めます。受信側がライセンスを更新するまで送信側のサーバーの試行はすべて拒否され、更新が送信側のサーバーの保持期間より長くかかると、送信側のサーバーは配信をあきらめます。",
  ),
  fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
  adminFix: [
    t(
      "Nothing to change on the sending side. Recipient's admin: renew the filter's or mail server's licence (or point the domain's MX records to a server in service).",
      "送信側で変える設定はありません。受信側の管理者: フィルターまたはメール サーバーのライセンスを更新してください (または、ドメインの MX レコードを稼働中のサーバーに向けてください)。",
    ),
  ],
  actions: ["wait-for-retry", "contact-recipient-admin"],
};

/**
 * A fault inside the receiving server, in the mail servers' own words for it: it could not write the
 * message to its queue (blackhole's "458 Unable to queue message", kura/blackhole's response codes;
 * qmail-smtpd's "qq" replies when qmail-queue fails, "451 qq internal bug (#4.3.0)" on a Plesk qmail
 * wiki page and "451 qq write error or disk full (#4.3.0)" among the others of its source; Postfix's
 * "451 4.3.0 Error: queue file write error"), or its directory did not answer a lookup (sendmail's
 * "421 4.0.0 Error getting LDAP results in map <map>" and "451 4.3.5 Error getting LDAP results,
 * map=...", its ldapmap code, quoted bare on sqlserverf1.com's list of 451s). Read by their code
 * alone they say nothing; the words name a fault that only the receiving side can clear.
 */
const RECEIVER_LOCAL_FAULT: CatalogEntry = {
  id: "receiver-local-fault-deferred",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "4.x.x",
  title: "The receiving server had an internal fault",
  texts: [
    "Unable to queue message",
    "qq internal bug",
    "qq write error or disk full",
    "qq read error",
    "qq crashed",
    "qq out of memory",
    "qq trouble creating files in queue",
    "queue file write error",
    "Error getting LDAP results",
    // the same fault refused outright: hMailServer's "554 Your message was received but it could
    // not be saved. Please retry later." (hmailserver/hmailserver#92) and "552 Error in local
    // delivery" (Microsoft's KB Q115495)
    "received but it could not be saved",
    "Error in local delivery",
    // Postfix's local(8) when it cannot write the message into a Maildir, its maildir.c: "maildir
    // delivery failed: create maildir file ...: Permission denied" (h-facts18, a forum's and a
    // blog's pasted notices, read as the registry's broad 5.0.0 and 5.2.0)
    "maildir delivery failed: <file>: Permission denied",
  ],
  source: "wording",
  temporary: true,
  lastingDeferral: "receiving-side",
  owner: "nobody",
  summary: t(
    "The receiving server could not take the message because of a fault on its own side: it could not write the message to its mail queue, or its user directory did not answer. Nothing is wrong with your message or your server.",
    "受信側のサーバーは、サーバー自身の不具合のためにメッセージを受け付けられませんでした。メッセージをメール キューに書き込めなかったか、ユーザー ディレクトリが応答しませんでした。あなたのメッセージやサーバーに問題はありません。",
  ),
  cause: t(
    "A mail server writes every message to its queue, and looks its recipients up in its directory (LDAP, for example), before accepting it. When the disk is full, the queueing program fails or the directory does not answer, it refuses for now, asking the sending server to try again later. The message goes through once the receiving side has fixed the fault; if it is returned in the end, the fault lasted longer than your server kept the message.",
    "メール サーバーは、メッセージを受け付ける前に、キューに書き込み、宛先をディレクトリ (LDAP など) で照会します。ディスクがいっぱいのとき、キューに入れるプログラムが失敗したとき、ディレクトリが応答しないときは一時的に拒否し、送信側のサーバーに後で再試行するよう求めます。受信側が不具合を直せばメッセージは届きます。最終的に配信エラーとして戻ってきた場合は、不具合があなたのサーバーがメッセージを保持する期間より長く続いたということです。",
  ),
  fix: [SENDER.waitForRetry],
  adminFix: [
    t(
      "Nothing to change on the sending side. Recipient's admin: check the free space of the mail queue's disk, the directory server, and the mail server's log for the failing step.",
      "送信側で変える設定はありません。受信側の管理者: メール キューのディスクの空き容量、ディレクトリ サーバー、失敗した処理の記録をメール サーバーのログで確認してください。",
    ),
  ],
  actions: ["wait-for-retry"],
};

/**
 * The receiving server could not start TLS after it offered it: RFC 3207's reply to STARTTLS, "454
 * TLS not available due to temporary reason" (4), as Postfix's smtpd words it when its certificate
 * or key cannot be used ("454 4.7.0 TLS not available due to local problem", its tls code), a bare
 * "454 TLS not available" (swiftmailer/swiftmailer#574) and rsmtpd's "454 TLS failed" (its
 * SmtpResponse454). Read by the code alone they say nothing, or the registry's "security"; a
 * sending server that must encrypt defers until the receiving side's TLS works again.
 */
const RECEIVER_TLS_UNAVAILABLE: CatalogEntry = {
  id: "receiver-tls-unavailable-deferred",
  // the class tells the two apart (match.ts); the words alone pick the meaning
  code: "4.x.x",
  title: "The receiving server could not start encryption (TLS)",
  texts: ["TLS not available", "454 <status> TLS failed"],
  source: "wording",
  temporary: true,
  owner: "recipient-admin",
  summary: t(
    "The receiving server offered an encrypted connection (STARTTLS) but could not start it on its own side, so your server did not hand the message over unencrypted. Nothing is wrong with your message.",
    "受信側のサーバーは暗号化された接続 (STARTTLS) を提示しましたが、自身の側で開始できませんでした。このため、あなたのサーバーはメッセージを暗号化しないまま渡すことはしませんでした。あなたのメッセージに問題はありません。",
  ),
  cause: t(
    "A server that advertises STARTTLS answers 454 when it cannot start TLS after all: its certificate or private key cannot be read, has expired or does not match, or its TLS library fails. A sending server that must encrypt for this domain (its own policy, DANE or MTA-STS) keeps the message and retries; it gets through once the receiving side's TLS works again, and comes back to you if that takes longer than your server keeps it.",
    "STARTTLS を提示するサーバーは、実際には TLS を開始できないときに 454 で応答します。証明書や秘密鍵が読み込めない、期限が切れている、証明書と秘密鍵が一致しない、TLS のライブラリでエラーが起きた、などが原因です。このドメインに暗号化して送る必要がある送信サーバー (自組織のポリシー、DANE、MTA-STS による) はメッセージを保持して再試行します。受信側の TLS が直ればメッセージは届き、それがあなたのサーバーの保持期間より長くかかると配信エラーとして戻ってきます。",
  ),
  fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
  adminFix: [
    t(
      "Recipient's admin: check the mail server's TLS certificate, key and chain (path, permissions, expiry) and its log for the TLS error. Your admin: if your server requires TLS for this domain only by its own setting, it may relax that for this destination until the receiving side is fixed.",
      "受信側の管理者: メール サーバーの TLS 証明書、秘密鍵、中間証明書 (パス、アクセス権、有効期限) と、ログに記録された TLS のエラーを確認してください。自組織の管理者: このドメインへの TLS を自組織の設定だけで必須にしている場合は、受信側が直るまでこの宛先について要件を緩めることもできます。",
    ),
  ],
  actions: ["wait-for-retry", "contact-recipient-admin"],
};

/**
 * A rule's refusal that gives no reason, and Postfix's DEFER (or a REJECT under soft_bounce) of the
 * same rule, for now: match.ts reads a block list named after their words as the reason.
 */
export const REASONLESS_RULES: readonly CatalogEntry[] = [
  RECEIVER_RULE_REFUSED,
  {
    ...RECEIVER_RULE_REFUSED,
    id: "receiver-rule-refused-deferred",
    code: "4.x.x",
    temporary: true,
  },
];

const SENDER_DOMAIN_UNKNOWN: CatalogEntry = {
  id: "sender-domain-unknown",
  code: "",
  // sendmail's check_mail words ("553 5.1.8 <x>... Domain of sender address x does not exist"),
  // which filters built on it repeat under other codes ("550 5.1.0 MailProtect : ..."); Postfix's
  // "Sender address rejected: Domain not found" has its table
  texts: [
    "Domain of sender address <address> does not exist",
    "sender domain does not exist",
    "sender's domain does not exist",
    // the same check worded as a rule: "451 From:domain must resolve" (University of Maryland's
    // helpdesk, document 3025), "Domain of sender address <address> does not resolve" (Cisco's
    // table), "sender domain must resolve" (a variant)
    "From:domain must resolve",
    "sender domain must resolve",
    "sender domain does not resolve",
    "sender's domain does not resolve",
    // Haraka's mail_from.is_resolvable: "No MX for your FROM address" (its code; a deferral unless
    // reject_no_mx is set), "No valid MX for your FROM address" (mox issue 408, a 450)
    "MX for your FROM address",
  ],
  title: "Domain of the sender address does not exist",
  source: "wording",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The receiving server refused the message because the domain of your sender address[[ ({domain})]] could not be found in DNS.",
    "あなたの送信者アドレスのドメイン[[ ({domain}) ]]が DNS で見つからなかったため、受信側のサーバーはメッセージを拒否しました。",
  ),
  cause: t(
    "Receivers check that the envelope sender's domain exists (an MX or an address record), so that a reply or a bounce could reach it. A program, device or mailing service that sends with an invented, internal or misspelt domain, or a return-path domain whose DNS records were never published, fails the check.",
    "受信側は、返信や配信エラーが届くように、エンベロープ送信者のドメインが存在するか (MX または A レコードがあるか) を確認します。架空のドメイン、内部用のドメイン、綴りを誤ったドメインで送るプログラムや機器、配信サービス、または DNS レコードが公開されていない Return-Path のドメインは、この確認に失敗します。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Check that the sender address's domain (and the return-path domain of any sending service) resolves publicly, with an MX or A record and name servers that answer.",
      "送信者アドレスのドメイン (および配信サービスの Return-Path のドメイン) が外部から名前解決できるか、MX または A レコードがあり、ネーム サーバーが応答するかを確認してください。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/**
 * A recipient address the receiver could not parse, in Postfix's words: smtpd answers RCPT TO with
 * "501 5.1.3 Bad recipient address syntax" (and old or hand-written servers leave out the 5.1.3).
 * Without the status, reply 501 reads as an SMTP command error for your admin; the words say the
 * address itself is malformed, for the sender to correct (the registry's x.1.3). Seen in real use:
 * an app's handling of its provider's "501 5.1.3 Bad recipient address syntax" and "401 4.1.3 ..."
 * (ReseauEntourage's mailer, GitHub), a lead address with a stray backslash refused the same way.
 */
const RECIPIENT_ADDRESS_SYNTAX: CatalogEntry = {
  id: "recipient-address-syntax",
  code: "5.1.3",
  title: "The recipient's address is malformed",
  texts: ["Bad recipient address syntax"],
  source: "wording",
  temporary: false,
  owner: "you",
  summary: t(
    "The receiving server could not read the recipient's address: it is not written as a valid email address.",
    "受信側のサーバーは宛先アドレスを読み取れませんでした。メール アドレスとして正しい形になっていません。",
  ),
  cause: t(
    "The address has a character or a form no address may have: a space, a stray backslash or quote, two @ signs, a missing domain, or a display name pasted into the address. The server refuses it at the recipient step, before the message is sent, so no one at that address saw it.",
    "アドレスに、メール アドレスには使えない文字や書き方が含まれています。空白、余分な円記号 (バックスラッシュ) や引用符、2 つの @、ドメインの欠落、アドレス欄に貼り付けられた表示名などです。サーバーは本文を受け取る前の宛先の段階で拒否したため、その宛先には届いていません。",
  ),
  fix: [SENDER.checkAddress, SENDER.clearAutocomplete],
  adminFix: [
    t(
      "If a program or list sent the message, correct the address where it is stored; the receiver's reply quotes the address as it arrived.",
      "プログラムやリストから送った場合は、保存されているアドレスを修正してください。受信側の応答には、届いたときのアドレスがそのまま引用されています。",
    ),
  ],
  actions: ["resend-corrected-address", "clear-autocomplete-entry", "copy-summary"],
};

export const WORDING_ENTRIES: readonly CatalogEntry[] = [
  {
    id: "greylisting",
    code: "",
    texts: [
      "Greylisted",
      "greylist",
      "graylist",
      "grey-list",
      "gray-list",
      "Intentional policy rejection, please try again later",
    ],
    source: "wording",
    temporary: true,
    owner: "nobody",
    summary: t(
      "The receiving server turned the message away for now because it does not know the sending server yet (greylisting); a mail server that tries again after a few minutes is then let through.",
      "受信側のサーバーは、まだ知らない送信サーバーからのメールをいったん断りました (グレーリスティング)。数分おいて再試行してきたメール サーバーは、その後受け付けられます。",
    ),
    cause: t(
      "Greylisting defers the first attempt from an unfamiliar combination of sending server, sender and recipient, and accepts a retry that comes after a set wait. A deferral that never clears means the retries did not count: they came from another IP address of a pool, came too soon, or stopped before the wait was over.",
      "グレーリスティングは、送信サーバー・送信者・宛先の組み合わせが初めての配信をいったん保留し、決められた時間をおいた再試行を受け付けます。いつまでも解消しない場合は、再試行が数えられていません。プールの別の IP アドレスから来た、早すぎた、または待ち時間が過ぎる前に再試行をやめた、などが原因です。",
    ),
    lastingDeferral: "sending-side",
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If the deferral never clears, have the sending server retry from the same IP address and keep the message queued for at least a few hours; the recipient's admin can exempt your server from greylisting.",
        "保留が解消しない場合は、送信サーバーが同じ IP アドレスから再試行し、少なくとも数時間はメッセージをキューに残すようにしてください。受信側の管理者は、あなたのサーバーをグレーリスティングの対象から外せます。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
  {
    id: "rfc5322-noncompliant",
    code: "",
    texts: [
      "RFC 5322 compliant",
      "RFC5322 compliant",
      "comply with RFC 5322",
      "RFC 2822 compliant",
      // the same faults in other servers' words: OpenDMARC's RequiredHeaders ("550 5.7.1 RFC5322
      // requirement error: not exactly one Date field", trusteddomainproject/OpenDMARC#203),
      // Amazon SES ("554 Transaction failed: Duplicate header 'DKIM-Signature'.",
      // mailcow/mailcow-dockerized#4052), SpamExperts ("550 Messages should have one or no
      // Content-Type headers, not 2.", LeastAuthority/leastauthority.com#236), Yahoo ("554 Message
      // not allowed - Headers are not RFC compliant", lukencode/FluentEmail#228), Gmail's 2023 words
      // for a missing Message-ID elsewhere, and raw 8-bit text in a header (vger.kernel.org's "Message
      // headers can not have 8-bit non-ASCII characters in it", rtyley/submitgit#23; Sendmail's
      // "improper use of 8-bit data in message header")
      "RFC5322 requirement error",
      "Duplicate header",
      "should have one or no",
      "Headers are not RFC compliant",
      "missing a valid Message-ID",
      "missing a valid messageId",
      "headers can not have 8-bit",
      "8-bit data in message header",
      // a required header missing, in Haraka's words (its data.nomsgid plugin: "550 Mails here must
      // have a Message-Id header") and Momentum's, which cite RFC 2822's sections on header fields
      // ("550 5.6.0 Missing required RFC2822 Date field (see RFC2822 section 3.6)", "Header not
      // terminated by CR LF (see RFC2822 section 2.2)"; SparkPost's Momentum reference, F.2)
      "must have a Message-Id header",
      "see RFC2822 section 3.6",
      "see RFC2822 section 2.2",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because its header does not follow the standard format of an email (RFC 5322).",
      "メッセージのヘッダーがメールの標準形式 (RFC 5322) に従っていないため、受信側のサーバーはメッセージを拒否しました。",
    ),
    cause: t(
      "Large mailbox providers and many filters turn away messages with a malformed header: no From, or more than one; a From without a valid address; a missing Date or Message-ID; a header that may appear only once given twice; non-ASCII text written into a header without encoding it. Such messages usually come from an application, a script, a device or a forwarding service, not from Outlook itself.",
      "大手のメールボックス事業者や多くのフィルターは、ヘッダーの形式が正しくないメッセージを受け付けません。From がない、または複数ある、From に有効なアドレスがない、Date や Message-ID がない、1 つしか入れられないヘッダーが重複している、ASCII 以外の文字をエンコードせずにヘッダーに書いている、といった場合です。このようなメッセージは、Outlook 自体ではなく、アプリケーション、スクリプト、機器、転送サービスから送られたものがほとんどです。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Look at the returned message's header, find the software that wrote it, and make it write exactly one From with a valid address, a Date and a Message-ID, and no header twice that may appear once.",
        "返送されたメッセージのヘッダーを確認して、それを作成したソフトウェアを特定し、有効なアドレスを含む From を 1 つだけ書き、Date と Message-ID を必ず入れ、1 つしか入れられないヘッダーは重複させないようにしてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "helo-name-refused",
    code: "",
    // MagicSpam: "bad or missing identifier (HELO)"
    texts: [
      "bogus HELO",
      "invalid HELO",
      "HELO name",
      "when saying HELO",
      "HELO hostname",
      "missing identifier (HELO)",
      // Exim's example ACLs, kept by many hosts: "HELO should be a FQDN or address literal"
      "HELO should be a FQDN",
      // the same greeting under its EHLO name, in mail servers' own source: mox's "550 5.5.0 your
      // ehlo domain does not resolve to an IP address" (smtpserver/server.go), maddy's "550 5.7.0
      // Malformed IP in EHLO" (its require_matching_ehlo check)
      "EHLO name",
      "EHLO hostname",
      "invalid EHLO",
      "ehlo domain does not resolve",
      "helo domain does not resolve",
      "IP in EHLO",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because of the name the sending server gave when it introduced itself (its HELO or EHLO greeting).",
      "送信サーバーが挨拶 (HELO または EHLO) で名乗った名前のため、受信側のサーバーはメッセージを拒否しました。",
    ),
    cause: t(
      "A mail server must greet with its full host name (mail.example.com) that exists in DNS. A short name, \"localhost\", a bare IP address or a name on the receiver's list of forged names is what misconfigured servers, programs and devices send, and many receivers refuse it. This is about the sending server's settings.",
      'メール サーバーは、DNS に存在する完全なホスト名 (mail.example.com) で挨拶する必要があります。短い名前、"localhost"、IP アドレスだけ、または受信側が偽装とみなす名前は、設定の誤ったサーバーやプログラム、機器が送るもので、多くの受信側が拒否します。送信サーバーの設定の問題です。',
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [YOUR_ADMIN.setHeloName],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "spf-refused",
    ownRecordsCause: true,
    code: "",
    // the SPF project's "why" page, which SPF filters link in their refusal
    texts: [
      "prohibited by SPF",
      "blocked by SPF",
      "rejected by SPF",
      "not permitted by SPF",
      // "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514" (a hosted filter's reply
      // with a Vade code, quoted in 404andmore.com's article on Proofpoint Essentials' SPF refusals)
      "per sender's SPF policy",
      // Coremail's servers tag their refusals "DebugInfo:<verdict>" (a Coremail partner's FAQ,
      // hezoon.cn/compro/detail/23/305/530.html: the sending IP is outside the domain's SPF)
      "SPF_REJECT",
      "openspf.net/why",
      "openspf.org/why",
      // the SPF project's address since 2019, which Exim's SPF refusals and pypolicyd-spf link;
      // Exim's own words for an SPF fail, "<ip> is not allowed to send mail from <domain>" (its
      // specification's SPF chapter, and the spfbl ACL: "550 5.7.1 [SPF] <ip> is not allowed to
      // send mail from <domain>. Please see http://www.open-spf.org/Why?s=mfrom;...")
      "open-spf.org/why",
      "is not allowed to send mail from",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because the SPF record of your domain[[ {domain}]] does not allow the server that sent it[[ ({ip})]].",
      "あなたのドメイン[[ {domain} ]]の SPF レコードが、メッセージを送ったサーバー[[ ({ip}) ]]を許可していないため、受信側のサーバーはメッセージを拒否しました。",
    ),
    cause: t(
      "SPF lets a domain publish which servers may send its mail. The sending IP address is not among them and the record asks receivers to refuse such mail (-all). A mail service, website or device that sends as your domain but is missing from the record, or a forwarder that passed the message on, is the usual cause.",
      "SPF は、ドメインのメールを送ってよいサーバーをそのドメインが公開するしくみです。送信 IP アドレスがその中になく、レコードは受信側にそのようなメールの拒否を求めています (-all)。あなたのドメインとして送るのにレコードに記載されていないメール サービスや Web サイト、機器、またはメッセージを受け取って転送したサービスがよくある原因です。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [YOUR_ADMIN.checkSpf],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
  },
  {
    id: "spf-permerror",
    code: "",
    // RFC 7208's "permerror" result (2.6.7: the domain's published SPF records could not be
    // interpreted), as receivers name it in a refusal: "SPF Permanent Error" in Microsoft's 5.1.0
    // article, rendered "SPF 永続的エラー" in its Japanese version (support.office.com/ja-jp,
    // 477289e6-9150-4627-afce-f61fc7c4605b), and the result's own name; Exim's spfbl ACL says
    // "550 5.7.0 Permanent DNS error while checking SPF record."
    texts: [
      "SPF Permanent Error",
      "SPF permerror",
      "spf=permerror",
      "SPF 永続的エラー",
      "Permanent DNS error while checking SPF",
    ],
    title: "SPF record could not be read (permerror)",
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because the SPF record of your domain[[ {domain}]] is broken, so it could not check which servers may send its mail.",
      "あなたのドメイン[[ {domain} ]]の SPF レコードに誤りがあり、どのサーバーが送信してよいかを確認できなかったため、受信側のサーバーはメッセージを拒否しました。",
    ),
    cause: t(
      "The record could not be read as SPF: a syntax error, two SPF records for one domain, an include of a domain that has none, or more than 10 DNS lookups in all (each include, a, mx and redirect counts). Receivers that enforce SPF treat such a domain as failing, whichever server sent the message.",
      "レコードを SPF として解釈できませんでした。書式の誤り、1 つのドメインに SPF レコードが 2 つある、SPF レコードのないドメインを include している、DNS 参照が合計 10 回を超えている (include、a、mx、redirect がそれぞれ数えられます)、などが原因です。SPF を厳格に適用する受信側は、どのサーバーから送られたかに関係なく、このようなドメインを不合格として扱います。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Look up the SPF record of {domain} with an SPF checker: keep exactly one record starting with v=spf1, correct its syntax, and bring it within 10 DNS lookups (replace nested includes with the addresses they stand for, or drop services no longer used).",
        "SPF チェック ツールで {domain} の SPF レコードを確認してください。v=spf1 で始まるレコードを 1 つだけにし、書式の誤りを直し、DNS 参照を 10 回以内に収めてください (入れ子の include をそのアドレスに置き換える、使わなくなったサービスを外すなど)。",
      ),
    ],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
  },
  DMARC_UNEVALUATED,
  // DMARC's temperror: a DNS lookup failed for now, and the sending server tries again
  {
    ...DMARC_UNEVALUATED,
    id: "dmarc-unevaluated-deferred",
    code: "4.x.x",
    temporary: true,
    owner: "nobody",
    summary: t(
      "The receiving server could not check the DMARC policy of your domain[[ {domain}]] just now, as a DNS lookup failed for the moment, so it deferred the message.",
      "DNS の照会が一時的に失敗し、あなたのドメイン[[ {domain} ]]の DMARC ポリシーを今は確認できなかったため、受信側のサーバーはメッセージの受け取りを保留しました。",
    ),
    cause: t(
      "A temporary DMARC error is a lookup of your domain's DMARC, SPF or DKIM records that timed out or failed, at your domain's name servers or at the receiver's. It usually clears by itself; if the message is returned in the end, the lookups kept failing.",
      "一時的な DMARC のエラーは、あなたのドメインの DMARC・SPF・DKIM のレコードの照会が、あなたのドメインのネーム サーバーか受信側で、時間切れになったか失敗したことを示します。たいていは自然に解消します。最終的にメッセージが配信できずに戻ってきた場合は、照会が失敗し続けたということです。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If deferrals like this keep coming back, check that every name server of {domain} answers for its DMARC, SPF and DKIM records (_dmarc.{domain} and the DKIM selector) from outside your network.",
        "このような保留が続く場合は、{domain} のすべてのネーム サーバーが、DMARC・SPF・DKIM のレコード (_dmarc.{domain} と DKIM のセレクター) について、外部からの照会に応答するかを確認してください。",
      ),
    ],
    actions: ["wait-for-retry", "copy-summary"],
    lastingDeferral: "sending-side",
  },
  SENDER_DOMAIN_UNKNOWN,
  {
    // the same check put off, when the receiver could not verify the domain for now: 1&1's (IONOS's)
    // "421 unable to verify sender domain" (a Sendmail log in an Ubuntu forums thread, 2009,
    // mx00.1and1.co.uk; a blog post of 2009 on 1&1's mx*.schlund.de and mx*.kundenserver.de)
    ...SENDER_DOMAIN_UNKNOWN,
    id: "sender-domain-unknown-deferred",
    code: "4.x.x",
    texts: ["unable to verify sender domain", "MX for your FROM address"],
    title: "Domain of the sender address could not be verified",
    temporary: true,
    summary: t(
      "The receiving server put off the message because it could not verify the domain of your sender address[[ ({domain})]] in DNS.",
      "受信側のサーバーは、あなたの送信者アドレスのドメイン[[ ({domain}) ]]を DNS で確認できなかったため、メッセージの受け取りを保留しました。",
    ),
  },
  {
    id: "sender-domain-invalid",
    code: "",
    // a server that will not take the sender address's domain at all (malformed, internal, or not
    // one it accepts senders from): .NET's "Mailbox unavailable. The server response was: 5.1.0
    // <someuser@invaliddomain> sender rejected : invalid sender domain" (Microsoft's ASP.NET Web
    // Pages troubleshooting guide; its German edition renders the reply "Absender abgelehnt:
    // Ungültige Absender-Domäne"), a German hosting guide's "[421 invalid sender domain]" for a
    // mistyped sender address, and a C++ SMTP server's check of the domain's syntax ("550 5.7.1
    // invalid sender domain <domain>")
    texts: ["invalid sender domain", "Ungültige Absender-Domäne"],
    title: "Domain of the sender address not accepted",
    source: "wording",
    temporary: false,
    owner: "you",
    summary: t(
      "The server refused the message because it does not accept the domain of your sender address[[ ({domain})]]: the domain is misspelt, incomplete or internal, or not one this server takes mail from.",
      "サーバーは、あなたの送信者アドレスのドメイン[[ ({domain}) ]]を受け付けず、メッセージを拒否しました。ドメインの綴りが誤っているか、不完全または社内用のドメインであるか、このサーバーが送信元として認めていないドメインです。",
    ),
    cause: t(
      "Servers check the domain of the envelope sender (MAIL FROM) before they take a message: it must be a complete, public domain, and a provider's own sending server often takes only its customers' domains. A program, device or script set up with a placeholder, internal or mistyped sender address fails the check.",
      "サーバーはメッセージを受け取る前に、エンベロープ送信者 (MAIL FROM) のドメインを確認します。公開された完全なドメインである必要があり、プロバイダーの送信サーバーは自社の利用者のドメインしか受け付けないことがよくあります。仮のアドレス、社内用のアドレス、入力を誤ったアドレスを送信者に設定したプログラム、機器、スクリプトは、この確認に失敗します。",
    ),
    fix: [
      t(
        "Check the sender (From) address set in the program, device or account that sent the message, correct its domain, and send the message again.",
        "メッセージを送ったプログラム、機器、アカウントに設定されている差出人 (From) アドレスを確認し、ドメインを直してから送り直してください。",
      ),
      YOU.forwardToAdmin,
    ],
    adminFix: [
      t(
        "Check the sender and return-path addresses the sending program or server uses: each should be an address of a public domain of your organization that the relay accepts.",
        "送信に使うプログラムやサーバーの送信者アドレスと Return-Path のアドレスを確認してください。どちらも、自組織の公開ドメインのアドレスで、中継サーバーが受け付けるものである必要があります。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "sieve-rejected",
    code: "",
    // Dovecot Pigeonhole's `reject` notice ("Your message to <%s> was automatically rejected:"),
    // Cyrus's ("automatically rejected by Sieve"): the recipient's own filter rule, not a server's
    // policy. The notice carries no status, so the registry's 5.7.1 named the recipient's admin.
    texts: ["was automatically rejected", "automatically rejected by Sieve"],
    source: "wording",
    temporary: false,
    owner: "recipient",
    summary: t(
      "A filter rule on the recipient's mailbox (a Sieve rule) refused the message; the text after \"rejected\" is the rule's own answer.",
      "受信者のメールボックスのフィルター ルール (Sieve のルール) がメッセージを拒否しました。「rejected」の後の文は、そのルールが返した応答です。",
    ),
    cause: t(
      "The recipient, or their admin for them, set a rule that turns away some mail (from you, your domain, or with certain words) with a message of its own. The receiving server took the message, then the rule refused it; sending again gives the same answer.",
      "受信者 (または受信者に代わって管理者) が、一部のメール (あなたから、あなたのドメインから、特定の語句を含むもの) を独自の応答とともに断るルールを設定しています。受信側のサーバーはいったんメッセージを受け取り、その後ルールが拒否しました。送り直しても同じ結果になります。",
    ),
    fix: [SENDER.contactRecipient],
    adminFix: [
      t(
        "Nothing to change on your side. The recipient's admin can find the rule among the mailbox's filters (the webmail's filter settings or ManageSieve) if the recipient did not set it knowingly.",
        "あなたの側で変更することはありません。受信者が意図せずに設定したルールであれば、受信側の管理者がメールボックスのフィルター (Web メールのフィルター設定や ManageSieve) の中からそのルールを見つけられます。",
      ),
    ],
    actions: ["contact-recipient", "copy-summary"],
  },
  {
    id: "too-many-errors",
    code: "",
    title: "Connection closed after too many errors",
    texts: ["Error: too many errors", "Too many bad command", "Too many syntax or protocol errors"],
    source: "wording",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "The receiving server closed the connection because the sending server had already made too many errors in it.",
      "送信サーバーがその接続の中ですでに多くのエラーを起こしていたため、受信側のサーバーは接続を閉じました。",
    ),
    cause: t(
      "Each command the receiver refuses in one session counts: unknown recipients, a bad HELO, a failed STARTTLS, a command out of order. Past its limit the receiver hangs up; the refusals before this reply are the real cause, and a sender that keeps making them may be blocked for longer.",
      "1 回の接続の中で受信側が拒否したコマンド (存在しない宛先、不正な HELO、失敗した STARTTLS、順序の誤ったコマンドなど) は、1 つずつ数えられます。上限を超えると受信側は接続を切ります。本当の原因はこの応答より前に受けた拒否です。同じ誤りを繰り返す送信元は、より長くブロックされることがあります。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Read the sending server's log for the replies before this one in the same session: fix what they refuse (often invalid recipients on a list, or a TLS or HELO problem).",
        "送信サーバーのログで、同じ接続の中でこの応答より前の応答を確認し、拒否されている点を直してください (リスト内の無効な宛先や、TLS・HELO の問題がよくあります)。",
      ),
    ],
    actions: ["wait-for-retry", "contact-your-admin"],
  },
  {
    // a sending server that talks before the receiver's greeting or reply, refused in mail
    // servers' own words: qpsmtpd's check_earlytalker "550 Connecting host started transmitting
    // before SMTP greeting" (copied by other daemons), Exim's "554 SMTP synchronization error"
    // (its smtp_in.c), under 550, 554 or 5.0.0, whose meanings say nothing
    id: "spoke-before-greeting",
    code: "",
    title: "The sending server spoke before the receiving server's greeting",
    texts: [
      "started transmitting before SMTP greeting",
      "before SMTP greeting",
      "before the SMTP greeting",
      "without waiting for greeting",
      "SMTP synchronization error",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the connection because the sending server began sending before the receiving server had greeted it or answered its last command.",
      "受信側のサーバーが挨拶 (グリーティング) や直前のコマンドへの応答を返す前に送信サーバーが送信を始めたため、受信側のサーバーは接続を拒否しました。",
    ),
    cause: t(
      "A mail server must wait for the receiver's 220 greeting, and for each reply unless both sides use pipelining. Spam software often does not wait, so receivers refuse early talkers. A sending program with its own SMTP code, or a firewall or proxy on the way out that passes data early, trips this check.",
      "メール サーバーは受信側の 220 の挨拶を待ち、双方がパイプライン処理を使う場合を除いて、コマンドごとに応答を待ってから次を送る必要があります。迷惑メールのソフトウェアは待たないことが多いため、受信側は待たずに送り始める送信元を拒否します。独自の SMTP 処理を持つ送信プログラムや、データを早すぎるタイミングで流す送信経路のファイアウォールやプロキシがこの検査にかかります。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Make the sending server or program (and any proxy or firewall on its way out) wait for the receiver's 220 greeting, and for each reply unless the receiver offers PIPELINING, before it sends.",
        "送信サーバーやプログラム (および送信経路のプロキシやファイアウォール) が、受信側の 220 の挨拶を待ち、受信側が PIPELINING に対応していると示していない限りコマンドごとに応答を待ってから次を送るようにしてください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  ...REASONLESS_RULES,
  RECIPIENT_ADDRESS_SYNTAX,
  SENDING_IP_CONNECTION_CAP,
  // a block of the sending server for now, in words the block-list reason does not read
  REFUSED_SENDING_SERVER_DEFERRED,
  RECEIVER_IP_FILTERED,
  {
    ...RECEIVER_IP_FILTERED,
    id: "receiver-ip-filtered-deferred",
    code: "4.x.x",
    temporary: true,
  },
  RECEIVER_UNLICENSED,
  RECEIVER_TLS_UNAVAILABLE,
  {
    ...RECEIVER_TLS_UNAVAILABLE,
    id: "receiver-tls-unavailable",
    code: "5.x.x",
    temporary: false,
    summary: t(
      "The receiving server offered an encrypted connection (STARTTLS) but could not start it on its own side, and the message was not delivered. Nothing is wrong with your message.",
      "受信側のサーバーは暗号化された接続 (STARTTLS) を提示しましたが、自身の側で開始できず、メッセージは配信されませんでした。あなたのメッセージに問題はありません。",
    ),
    cause: t(
      "A server that advertises STARTTLS answers 454 when it cannot start TLS after all: its certificate or private key cannot be read, has expired or does not match, or its TLS library fails. Your server needed an encrypted connection for this domain and stopped trying; sent again before the receiving side fixes its TLS, the message fails the same way.",
      "STARTTLS を提示するサーバーは、実際には TLS を開始できないときに 454 で応答します。証明書や秘密鍵が読み込めない、期限が切れている、証明書と秘密鍵が一致しない、TLS のライブラリでエラーが起きた、などが原因です。あなたのサーバーはこのドメインへの送信に暗号化された接続を必要としており、再試行をやめました。受信側が TLS を直す前に送り直しても、同じように失敗します。",
    ),
    fix: [SENDER.askRecipientAdmin],
    actions: ["contact-recipient-admin"],
  },
  RECEIVER_LOCAL_FAULT,
  {
    ...RECEIVER_LOCAL_FAULT,
    id: "receiver-local-fault",
    code: "5.x.x",
    temporary: false,
    // refused, not retried: only the receiving side can clear the fault, and say when
    owner: "recipient-admin",
    summary: t(
      "The receiving server refused the message because of a fault on its own side: it could not write the message to its mail queue or mailbox, or its user directory did not answer. Nothing is wrong with your message or your server.",
      "受信側のサーバーは、サーバー自身の不具合のためにメッセージを拒否しました。メッセージをメール キューやメールボックスに書き込めなかったか、ユーザー ディレクトリが応答しませんでした。あなたのメッセージやサーバーに問題はありません。",
    ),
    cause: t(
      "A mail server writes every message to its queue or the mailbox, and looks its recipients up in its directory (LDAP, for example). When the disk is full, the program that stores the message fails or the directory does not answer, this server refused the message outright instead of asking the sending server to try again. Sent again before the receiving side fixes the fault, it is refused the same way.",
      "メール サーバーは、メッセージをキューやメールボックスに書き込み、宛先をディレクトリ (LDAP など) で照会します。ディスクがいっぱいだった、メッセージを保存するプログラムが失敗した、またはディレクトリが応答しなかったために、このサーバーは送信側に再試行を求めず、メッセージをそのまま拒否しました。受信側が不具合を直す前に送り直しても、同じように拒否されます。",
    ),
    fix: [SENDER.askRecipientAdmin, SENDER.retryLater],
    actions: ["contact-recipient-admin", "retry-later"],
  },
  {
    ...RECEIVER_UNLICENSED,
    id: "receiver-unlicensed",
    code: "5.x.x",
    temporary: false,
    summary: t(
      "The receiving server refused the message because its filter or mail software has no valid licence (expired, or out of licensed slots). Nothing is wrong with your message or your server.",
      "受信側のサーバーは、フィルターやメール サーバーのソフトウェアのライセンスが有効でない (期限切れ、またはライセンス数の不足) ため、メッセージを拒否しました。あなたのメッセージやサーバーに問題はありません。",
    ),
    // a refusal: the sending server does not retry, as the deferral's cause says it does
    cause: t(
      "Filtering gateways and some mail servers stop taking mail when their licence runs out; this one refused the message outright instead of asking the sending server to try again. The message gets through only once the receiving side renews the licence: sent again before then, it is refused the same way.",
      "フィルタリング ゲートウェイや一部のメール サーバーは、ライセンスが切れるとメールの受け付けを止めます。このサーバーは再試行を求めず、メッセージをそのまま拒否しました。受信側がライセンスを更新するまでメッセージは届かず、それまでに送り直しても同じように拒否されます。",
    ),
    fix: [SENDER.askRecipientAdmin, SENDER.retryLater],
    actions: ["contact-recipient-admin", "retry-later"],
  },
  // before the connection meanings: a connection to the sending machine itself is its own fault
  OWN_LOCAL_SERVICE,
  OWN_NETWORK,
  // after OWN_NETWORK: its own network's errors come in the same lines (connection-wordings.ts)
  ...CONNECTION_ENTRIES,
  SESSION_TIMEOUT,
  SIGN_IN_LOCKED,
  {
    ...SIGN_IN_LOCKED,
    id: "sign-in-locked-deferred",
    code: "4.x.x",
    temporary: true,
    lastingDeferral: "sender",
    fix: [SENDER.waitForRetry, ...SIGN_IN_LOCKED.fix],
    actions: ["wait-for-retry", "copy-summary"],
    summary: t(
      "Your outgoing mail server is not accepting your account's sign-in for a while because it saw too many failed sign-ins.",
      "失敗したサインインが多すぎたため、送信メール サーバーがあなたのアカウントのサインインをしばらく受け付けていません。",
    ),
    whileRetrying: { summary: NOT_YET_SENT },
  },
  SENDING_SERVICE_QUOTA,
  {
    ...SENDING_SERVICE_QUOTA,
    id: "sending-service-quota-deferred",
    code: "4.x.x",
    temporary: true,
    summary: t(
      "The sending service your organization's mail goes out through is holding this message back: the account there reached the number of messages it may send per day, or per second.",
      "自組織のメールの送信に使っている送信サービスが、このメッセージの受け付けを保留しています。そのサービスのアカウントが 1 日 (または 1 秒) に送れるメッセージ数の上限に達したためです。",
    ),
    whileRetrying: { summary: NOT_YET_RECEIVED },
    // resendAfterQuota is dropped while the server retries, and stands once it has given up
    fix: [SENDER.waitForRetry, ...SENDING_SERVICE_QUOTA.fix],
    actions: ["wait-for-retry", "contact-your-admin", "copy-summary"],
  },
  OWN_SENDING_LIMIT,
  {
    ...OWN_SENDING_LIMIT,
    id: "own-sending-limit-deferred",
    code: "4.x.x",
    temporary: true,
    lastingDeferral: "own-account",
    fix: [
      SENDER.waitForRetry,
      t(
        "If you did not send that much this hour or today, change your password: someone else may be sending through your account.",
        "この 1 時間や今日それほど送っていない場合は、パスワードを変更してください。他人があなたのアカウントから送っているおそれがあります。",
      ),
    ],
    actions: ["wait-for-retry", "copy-summary"],
    summary: t(
      "Your own outgoing mail server is holding this message back: your account reached the number of messages it may send per hour or per day.",
      "あなた自身の送信メール サーバーがこのメッセージの送信を保留しています。あなたのアカウントが 1 時間または 1 日に送れるメッセージ数の上限に達したためです。",
    ),
    whileRetrying: { summary: NOT_YET_RECEIVED },
  },
  {
    id: "sender-blocked-by-recipient-domain",
    code: "",
    title: "The recipient's organization blocks your address",
    texts: [
      "Sender is on domain's blacklist",
      "The sender <x> is banned",
      "The domain <x> is banned",
      // the af mail filter's refusal by a domain's list of senders (roman-rybalko/af, its tests
      // "65-sender-bwlists")
      "Access denied (user domain policy, sender",
      // a receiver's own list, no public one named: an Exim deny-senders list's "550 You have been
      // blacklisted for sending SPAM." (chriscapisce/Custom-Exim4-Blacklists), MagicSpam's "550
      // 5.7.0 You have been blacklisted. See http://spamauditor.org/... Protection provided by
      // MagicSpam" (a pasted refusal on pastebin.com); a public list's name, when given, wins
      "You have been blacklisted",
    ],
    source: "wording",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's mail system refused the message because your address, your domain or your server is on its own list of blocked senders.",
      "あなたのアドレス、ドメイン、またはサーバーが受信側独自の受信拒否リストに載っているため、受信側のメール システムはメッセージを拒否しました。",
    ),
    cause: t(
      "The receiving organization's admin (or its filter's settings) added you to the senders it refuses. This is their own list, not a public block list, so nothing on your side clears it; only they can take you off.",
      "受信側の組織の管理者 (またはそのフィルターの設定) が、あなたを受信拒否リストに登録しています。公開ブロック リストではなく受信側独自のリストのため、あなたの側で解除することはできません。外せるのは受信側だけです。",
    ),
    fix: [SENDER.askRecipientAdminAnotherWay],
    adminFix: [
      t(
        "Nothing to change on the sending side. The recipient's admin removes your address, domain or IP address from the filter's blocked senders if the mail is wanted.",
        "送信側で変える設定はありません。必要なメールであれば、受信側の管理者がフィルターの受信拒否リストからあなたのアドレス、ドメイン、IP アドレスを外します。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    id: "sender-blocked-by-recipient",
    code: "",
    title: "The recipient blocks your address",
    texts: [
      "Your message was rejected by this user",
      // the af mail filter's refusal by a user's own list of senders (roman-rybalko/af, its tests
      // "60-bwlists")
      "Access denied (user policy, sender",
    ],
    source: "wording",
    temporary: false,
    owner: "recipient",
    summary: t(
      "The recipient's mailbox refused the message: the recipient has set it to turn away your mail.",
      "受信者のメールボックスがメッセージを拒否しました。受信者があなたからのメールを受け取らないよう設定しています。",
    ),
    cause: t(
      "The recipient (not the organization) listed your address or domain among the senders to refuse in their own mailbox settings.",
      "組織ではなく受信者本人が、自分のメールボックスの設定で、あなたのアドレスやドメインを受信拒否リストに登録しています。",
    ),
    fix: [
      t(
        "If the message is wanted, ask the recipient another way to take your address off their blocked senders.",
        "必要なメッセージであれば、別の手段で受信者に連絡し、受信拒否リストからあなたのアドレスを外してもらってください。",
      ),
    ],
    adminFix: [ADMIN.nothingToChange],
    actions: ["contact-recipient"],
  },
  {
    // a line past RFC 5321's 1,000 octets ("552 message line is too long", as a Swift Mailer user
    // quoted it in swiftmailer/swiftmailer#989): only the words name it, under 552 or 5.0.0
    id: "line-too-long",
    code: "",
    title: "A line of the message is too long",
    // the same limit in shorter words: web.de's "501 Syntax error - line too long"
    // (LiveUI/MailCore#12), OpenSMTPD's "500 5.0.0 Line too long" (diladele/websafety#2319),
    // T-Online's "500 5.6.1 Line too long. / Zeile zu lang." (jens-maus/yam#673); and Exim's
    // default configure, whose data ACL denies "maximum allowed line length is 998 octets, got N"
    // (a samba-technical thread of November 2020 quotes the 550 an autobuild mail got; a Go
    // monitoring project's issue #845, a generated alert body)
    texts: [
      "maximum allowed line length",
      "message line is too long",
      "message line too long",
      "line too long",
      "line is too long",
      "Zeile zu lang",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because one of its lines is longer than the mail standard allows (1,000 characters); the message was not too large.",
      "メッセージ内の 1 行がメールの規格で許される長さ (1,000 文字) を超えているため、受信側のサーバーは受け取りを拒否しました。メッセージ全体の大きさの問題ではありません。",
    ),
    cause: t(
      "The program that wrote the message (a web form, a script, an application's mail library) put a very long line in it, often HTML on one line, without wrapping it or encoding the body.",
      "メッセージを作成したプログラム (Web フォーム、スクリプト、アプリケーションのメール ライブラリ) が、1 行に並べた HTML などの長い行を、折り返しも本文のエンコードもせずに書き込んでいます。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Have the sending program encode the body (quoted-printable or base64) or wrap its lines under 998 characters, then send again.",
        "送信プログラムで本文をエンコード (quoted-printable または base64) するか、行を 998 文字未満で折り返すようにしてから、送り直してください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    // line endings that are not CRLF, refused since the SMTP smuggling disclosures (December 2023):
    // Postfix's smtpd_forbid_bare_newline ("Error: bare <LF> received", postfix.org/
    // smtp-smuggling.html), a provider's "552 5.2.0 Message contains bare CR and is violating
    // 822.bis section 2.3" (marlam/msmtp#145), hMailServer's "554 Rejected - Message containing bare
    // LF's." (muquit/mailsend#52), SurgeMail's "451 Failed Naked LF"; under 5.2.0, 5.5.2, 5.0.0
    // or a bare 451/554, whose meanings say mailbox, syntax or nothing
    id: "bare-line-ending",
    code: "",
    title: "The message has line endings the server refuses (bare LF or CR)",
    texts: [
      "bare LF",
      "bare CR",
      "bare linefeed",
      "bare line feed",
      "bare newline",
      "Naked LF",
      "Error: bare <LF> received",
      "Error: bare <CR> received",
      // qmail-smtpd's whole reply is a pointer to djb's page on bare LFs ("451 See
      // http://pobox.com/~djb/docs/smtplf.html.", gen-smtp/gen_smtp#253), qpsmtpd's to its copy
      "docs/smtplf.html",
      "qpsmtpd/barelf.html",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because some of its lines end with a lone LF or CR character instead of the CR LF pair that mail requires.",
      "メッセージの一部の行が、メールで必要な CR LF の組ではなく、LF または CR だけで終わっているため、受信側のサーバーは受け取りを拒否しました。",
    ),
    cause: t(
      'Since the "SMTP smuggling" attacks were published (December 2023), many servers refuse such line endings instead of repairing them. They come from the program that wrote the message (a script, a device, an application\'s mail library), not from Outlook itself.',
      "「SMTP スマグリング」攻撃が公表されて以来 (2023 年 12 月)、多くのサーバーはこのような行末を直さずに拒否します。原因はメッセージを作成したプログラム (スクリプト、機器、アプリケーションのメール ライブラリ) で、Outlook 自体ではありません。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Find the program that wrote the message and make it end every line with CR LF (most mail libraries do when given the text as it is; a script that pipes text from another system may not), then send again.",
        "メッセージを作成したプログラムを特定し、すべての行を CR LF で終えるようにしてから送り直してください (多くのメール ライブラリはそのまま渡せばそうしますが、別のシステムのテキストを流し込むスクリプトではそうならないことがあります)。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    // a message whose MIME structure or header section breaks the receiver's limits: Exchange
    // Online's "554 5.6.0 Invalid message content when handling MIME exception" (zammad/zammad#5334)
    // and "554 5.6.211 Invalid MIME Content: Single text value size (33061) exceeded allowed maximum
    // (32768) for the 'Autocrypt' header" (stalwartlabs/smtp-server#26), "550 MIME boundary length
    // exceeded (see RFC 2046)." (zou-yu/worker-mailer#23), Cisco's "552 #5.3.4 message header size
    // exceeds limit" (over 1,000 header lines, its tech note 118495); under 5.6.x, 5.3.4 or a bare
    // 550/552, whose meanings say "media error", a message too large, or nothing
    id: "message-structure-invalid",
    code: "",
    title: "The message's structure is malformed or past the server's limits",
    texts: [
      "Invalid MIME Content",
      "when handling MIME exception",
      "MIME boundary length exceeded",
      // a header field the receiver cannot parse ("554 Failed: Malformed MIME field:
      // ARC-Message-Signature: ... [0x0D]", mailcow/mailcow-dockerized#471)
      "Malformed MIME field",
      "invalid MIME headers",
      "message header size exceeds",
      "header size exceeds maximum",
      "message header too big",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because of how it is built: its MIME parts or header lines are malformed, or a header is longer than the server accepts; the message as a whole was not too large.",
      "メッセージの作りのため、受信側のサーバーは受け取りを拒否しました。MIME のパートやヘッダー行の形式が正しくないか、サーバーが受け付けるより長いヘッダーがあります。メッセージ全体の大きさの問題ではありません。",
    ),
    cause: t(
      "The program that wrote the message (an application's mail library, a script, a mail client's add-on such as Autocrypt or encryption, a forwarding rule that piles up headers) built it outside the limits of the mail standards (a MIME boundary over 70 characters, a header of many kilobytes, hundreds of header lines) or of this receiver.",
      "メッセージを作成したプログラム (アプリケーションのメール ライブラリ、スクリプト、Autocrypt や暗号化などメール クライアントの追加機能、ヘッダーを積み重ねる転送ルール) が、メールの規格 (70 文字を超える MIME 境界、何キロバイトもあるヘッダー、何百行ものヘッダー) やこの受信側の上限を外れた形で作っています。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Look at the returned message's header and structure, find the program that wrote it, and make it keep boundaries short, fold long headers and drop oversized ones (such as a large Autocrypt key), then send again.",
        "返送されたメッセージのヘッダーと構造を確認し、それを作成したプログラムを特定して、境界を短くし、長いヘッダーは折り返し、大きすぎるヘッダー (大きな Autocrypt 鍵など) は外すようにしてから送り直してください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    // a message refused for the number of servers it passed through, the sign of a loop: Haraka's
    // "552 Too many received headers - possible mail loop" (haraka/Haraka#1150), "554 Too many
    // Received: headers" (Broadcom's knowledge base article 161393), Postfix's "554 5.4.0 Error: too
    // many hops" (Billionmail/BillionMail#79), Postal's "550 Loop detected" (postalserver/postal
    // #1074); under 5.4.0, 5.0.0 or a bare 552, whose meanings say routing, no room, or nothing.
    // The receiver counted the hops, so the loop is mostly in its forwarding; Microsoft's own
    // 5.4.6 and 5.4.14 keep their tables' advice
    id: "mail-loop",
    code: "",
    title: "The message was going round in a loop",
    texts: [
      "too many received headers",
      "too many received: headers",
      "too many hops",
      "Loop detected",
      "possible mail loop",
      // Exim past received_headers_max: 'Too many "Received" headers - suspected mail loop'
      "suspected mail loop",
    ],
    source: "wording",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The receiving server refused the message because it had already passed through too many mail servers (too many Received lines in its header): it was going round in a loop.",
      "メッセージがすでに多くのメール サーバーを経由していた (ヘッダーの Received 行が多すぎる) ため、受信側のサーバーは受け取りを拒否しました。メッセージがループしていました。",
    ),
    cause: t(
      "Servers that forward a message to each other (a forwarding rule or alias pointing back, an MX or relay pointing at itself) pass it round until one of them counts too many hops and stops it. The receiving side's forwarding is the usual place; the Received lines of the returned message show which servers repeat.",
      "互いにメッセージを転送し合うサーバー (元に戻る転送ルールやエイリアス、自分自身を指す MX や中継) は、どれかが経由数の多さに気づいて止めるまでメッセージを回し続けます。多くは受信側の転送設定が原因で、返送されたメッセージの Received 行を見ると、繰り返し現れるサーバーが分かります。",
    ),
    fix: [
      t(
        "Tell the recipient another way (phone, chat, another address) that mail to this address is going round in a loop, so their admin can fix the forwarding.",
        "電話やチャット、別のアドレスなど他の手段で、このアドレス宛てのメールがループしていることを受信者に伝え、管理者に転送設定を直してもらってください。",
      ),
    ],
    adminFix: [
      t(
        "Read the Received lines of the returned message: if your own servers repeat, fix your routing or forwarding; otherwise the recipient's admin must fix theirs.",
        "返送されたメッセージの Received 行を確認してください。自組織のサーバーが繰り返し現れる場合は自組織のルーティングや転送を、そうでなければ受信側の管理者が受信側の設定を直す必要があります。",
      ),
    ],
    actions: ["contact-recipient", "copy-summary"],
  },
  {
    // the sender's own outgoing server refusing a sender address the signed-in account does not
    // own: Postfix's reject_sender_login_mismatch ("553 5.7.1 <x>: Sender address rejected: not
    // owned by user <login>", as a mailing program's help page quotes it; Yandex's "553 5.7.1
    // Sender address rejected: not owned by auth user.", splitbrain/dokuwiki-plugin-smtp#38),
    // iCloud's "550 5.7.0 From address is not one of your addresses" (TryGhost/Ghost#24100, and
    // READMEs of scan-to-mail tools sending through iCloud), "553 Envolope sender mismatch with
    // login user" (toeverything/AFFiNE#13820), "550 not local sender over smtp"
    // (nitinsh06/Django-Verify-Email#35); Postfix's reject_sender_login_mismatch (postconf(5));
    // SmarterMail's own wording has its table; QQ Mail's "501 mail from address must be same as
    // authorization user" (nodeSolidServer/node-solid-server#1281), Postal's "530 From/Sender name
    // is not valid", a From domain not added to the server the credential belongs to
    // (postalserver/postal#1346). Under 553, 550 or 5.7.x, whose meanings name the recipient's
    // address, a refused sender or a policy, and under 501 or 530, a syntax error or a sign-in
    id: "sender-not-signed-in-account",
    code: "",
    title: "The sender address is not one your account may send from",
    texts: [
      "not owned by user",
      "not owned by auth user",
      "From address is not one of your addresses",
      "sender mismatch with login user",
      "not local sender",
      "must be same as authorization user",
      "From/Sender name is not valid",
      // iRedAPD's, after Postfix's recipient prefix ("554 5.7.1 <a@b>: Recipient address rejected:
      // Sender is not same as SMTP authenticate username", its libs/__init__.py)
      "Sender is not same as SMTP authenticate username",
      // GMX's and web.de's outgoing servers ("550 5.7.0 Sender address does not belong to logged
      // in user {mp030}", a Postfix relay's bounce quoted in a Salt state's comment)
      "Sender address does not belong to logged in user",
      // Exchange Server's SendAsDenied under 5.7.1 (its SmtpResponse.SendAsDenied on Microsoft
      // Learn; "550 5.7.1 Client does not have permissions to send as this sender", as users of
      // on-premises Exchange and SMTP client submission quote it); under 5.7.60 Microsoft's row
      "Client does not have permission to send as this sender",
      "Client does not have permissions to send as this sender",
      // a submission server's header check on the From address ("550 Incorrect sender header
      // (LOCAL)", as Roundcube showed it, roundcube/roundcubemail#6572; a Symfony site's contact
      // form sends from its own address "because of 550 Incorrect sender header", its controller)
      "Incorrect sender header",
    ],
    source: "wording",
    temporary: false,
    owner: "you",
    summary: t(
      "Your own outgoing mail server refused to send this message because its sender address is not one the account you signed in with may use; the recipient's side never saw it.",
      "あなた自身の送信メール サーバーが、このメッセージの送信者アドレスはサインインしたアカウントで使えるアドレスではないとして、送信を拒否しました。受信側にはメッセージが届いていません。",
    ),
    cause: t(
      "Outgoing servers let an account send only from its own address (or its domain, or addresses added to it), so nobody sends in another's name through them. A program or device set up with one account's password and another From address, or a From address typed differently from the account's, is refused.",
      "送信サーバーは、他人になりすました送信を防ぐため、アカウント自身のアドレス (またはそのドメインや、追加されたアドレス) からの送信しか認めません。あるアカウントのパスワードで別の差出人 (From) アドレスを使うよう設定されたプログラムや機器、アカウントとは違う書き方の差出人 (From) アドレスは拒否されます。",
    ),
    fix: [
      t(
        "Send from the address you sign in with (in a program or device, set its From address to the account's own), or have that address added to your account as one you may send from, then send again.",
        "サインインに使うアドレスから送ってください。プログラムや機器では、差出人 (From) アドレスをアカウント自身のアドレスに設定してください。または、そのアドレスを送信に使えるアドレスとしてアカウントに追加してもらってから、送り直してください。",
      ),
    ],
    adminFix: [
      t(
        "On the outgoing server, check which sender addresses the account may use (its send-as rights, or the sender login map: Postfix's smtpd_sender_login_maps, a sender ACL or alias in mailcow and similar servers) and add the address if it should be allowed.",
        "送信サーバーで、このアカウントが使える送信者アドレス (送信者としての権限や送信者ログインの対応表: Postfix の smtpd_sender_login_maps、mailcow などでは送信者 ACL やエイリアス) を確認し、許可すべきアドレスであれば追加してください。",
      ),
    ],
    actions: ["copy-summary"],
  },
  {
    // an attachment whose file type the receiver does not take, in words many servers and filters
    // write ("552 Disapproved attachment", as ReachMail's bounce types quote it; "attachment type
    // not allowed", "prohibited attachment", "attachment type .exe is not allowed by policy"),
    // under 552, 554 or 5.0.0 or a policy code that says only "refused"; the engine reads them as a
    // policy refusal, the recipient's admin's, though it is the sender who sends the file another way
    id: "attachment-type-refused",
    code: "",
    title: "An attachment's type is not accepted",
    texts: [
      "Disapproved attachment",
      "prohibited attachment",
      "illegal attachment",
      "attachment type not allowed",
      "attachments of type",
      "attachment type <type> is not allowed",
      // what an attachment holds, refused the same way: rspamd's oletools check ("554 5.7.1
      // Rejected suspicious office document macro", NethServer/dev#5891), ASSP's "500 These
      // attachments are not allowed -- Please compress (zip,tar..) them before mailing." (a host's
      // help page), Amavis's banned files ("554 Rejected due to banned content", Broadcom's article
      // 169925), MailScanner's "password-protected archive", a receiver's "552 MS-Office file
      // containing VBA macros found inside of the email" (Broadcom's article 162445)
      "office document macro",
      "VBA macro",
      "attachments are not allowed",
      "due to banned content",
      "password-protected archive",
      "password protected archive",
      "encrypted archive",
      // a file name's extension refused, in rspamd's reject messages as sites set them ("550
      // Rejected due to bad file extension in attachment", poolpOrg/filter-rspamd#5; "554 5.7.1
      // Forbidden attachment name extension", NethServer/dev#5811)
      "bad file extension",
      "attachment name extension",
    ],
    source: "wording",
    temporary: false,
    owner: "you",
    summary: t(
      "The receiving server refused the message because of an attachment: its file type, or what it holds, is something the recipient's side does not accept (program files and scripts, archives that hold them or that a password keeps from being scanned, Office documents with macros).",
      "受信側のサーバーは添付ファイルを理由にメッセージを拒否しました。そのファイルの種類または中身 (プログラムやスクリプト、それらを含む圧縮ファイルやパスワードのため検査できない圧縮ファイル、マクロ付きの Office 文書など) を受信側が受け付けていません。",
    ),
    cause: t(
      "Mail servers and filters refuse file types that often carry malware, whatever the file holds; renaming the file does not help, as they look at its content too.",
      "メール サーバーやフィルターは、中身にかかわらず、マルウェアを運ぶことの多い種類のファイルを拒否します。内容も調べられるため、ファイル名を変えても通りません。",
    ),
    fix: [
      t(
        "Send the message again without the attachment and share the file through a link, or in a format the recipient accepts (such as PDF); if they need that very file, ask them to have it allowed.",
        "添付ファイルを外して送り直し、ファイルはリンクで共有するか、受信者が受け付ける形式 (PDF など) で送ってください。そのファイル自体が必要な場合は、受信者に許可してもらうよう依頼してください。",
      ),
    ],
    adminFix: [
      t(
        "Nothing to change on the sending side. The recipient's admin can allow the file type for this sender if it is wanted.",
        "送信側で変える設定はありません。必要なファイルであれば、受信側の管理者がこの送信者に対してそのファイルの種類を許可できます。",
      ),
    ],
    actions: ["contact-recipient", "copy-summary"],
  },
  {
    // a sending service (an email API or relay) that sends only from the addresses and domains
    // verified in the account: SendGrid's "550 The from address does not match a verified Sender
    // Identity" (EBWiki/EBWiki#3861), SMTP2GO's "550-From header sender domain not verified"
    // (PHPMailer/PHPMailer#2683), under a bare 550; Amazon SES's "554 Message rejected: Email
    // address is not verified. The following identities failed the check in region <region>"
    // (its troubleshooting page of SMTP errors; sul-dlss/dlme#813), which in the sandbox names
    // unverified recipients too (Mailgun's own words have its table); SparkPost's "550 5.7.1
    // Unconfigured Sending Domain <domain>" (a 2016 blog on relaying Postfix through it,
    // transitland/transitland-datastore#1231, its Python library's example of error 7001); and
    // Mailtrap's demo domain, "554 5.7.1 Demo domains can only be used to send emails to account
    // owners" (a Spring application's exception, and projects' notes and code that meet it), and
    // its refusal of a From domain not verified in the account, "550 5.7.1 Sending from domain
    // <domain> is not allowed" (Mailtrap's troubleshooting page; a project's deployment notes that
    // call it a sender authorization failure, and a CRM's notes: the From must be the account's)
    id: "sender-identity-unverified",
    code: "",
    title: "The From address is not verified with your sending service",
    texts: [
      "does not match a verified Sender Identity",
      "sender domain not verified",
      "identities failed the check",
      "Unconfigured Sending Domain",
      "Demo domains can only be used to send emails to account owners",
      "Sending from domain <x> is not allowed",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The sending service you send through refused the message because its From address (or that address's domain) is not verified in your account there, or the account is not yet allowed to send to anyone (a test sandbox, an account not activated); the recipient's side never saw it.",
      "送信に使っているサービスが、差出人 (From) のアドレス (またはそのドメイン) がそのアカウントで確認 (認証) されていない、またはアカウントがまだ誰にでも送れる状態ではない (テスト用のサンドボックス、未有効化のアカウント) ため、メッセージを拒否しました。受信側にはメッセージが届いていません。",
    ),
    cause: t(
      "Email sending services (SendGrid, Amazon SES, SMTP2GO and others) send only from addresses or domains the account owner has proved are theirs, so nobody sends in another's name through them. A new From address, or a domain whose verification lapsed, is refused; a new account starts in a sandbox that sends only to addresses verified or authorized in it, until it is activated or moved out.",
      "メール送信サービス (SendGrid、Amazon SES、SMTP2GO など) は、他人になりすました送信を防ぐため、アカウントの持ち主が自分のものと証明したアドレスやドメインからしか送りません。新しい差出人 (From) のアドレスや、確認が切れたドメインは拒否されます。新しいアカウントは、有効化されるかサンドボックスから出るまで、そこで確認・許可されたアドレスにしか送れません。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "In the sending service's account, verify the From address or its whole domain (the service's sender or domain settings), or make the application send from an address already verified there; for a sandbox, activate the account or request production access (or add the recipient as an authorized address for tests).",
        "送信サービスのアカウントで、差出人 (From) のアドレスまたはそのドメイン全体を確認 (認証) するか (サービスの送信者やドメインの設定)、アプリケーションが確認済みのアドレスから送るようにしてください。サンドボックスの場合は、アカウントを有効化するか本番利用を申請してください (テストなら受信者を許可済みアドレスに追加します)。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    // the sender's own provider or sending service suspending the account that signs in to send,
    // mostly after spam from a stolen password or a breach of its terms: an SMTP2GO account's
    // "552 Your account has been suspended. Please contact us to reactivate"
    // (gophish/gophish#720); under 552 or 550, which read as the recipient's mailbox
    id: "own-account-suspended",
    code: "",
    title: "Your account is suspended from sending",
    texts: ["Your account has been suspended", "Your account is suspended"],
    source: "wording",
    temporary: false,
    owner: "you",
    summary: t(
      "Your own mail provider or sending service refused to send this message because it has suspended your account; the recipient's side never saw it.",
      "あなた自身のメール サービスまたは送信サービスが、あなたのアカウントを停止しているため、このメッセージの送信を拒否しました。受信側にはメッセージが届いていません。",
    ),
    cause: t(
      "Providers suspend an account that sent spam or far more than usual, most often through a stolen password, or that broke their terms or has an unpaid bill; nothing is sent until they lift it.",
      "迷惑メールやふだんよりはるかに多いメールを送った (多くは盗まれたパスワードによる) アカウントや、利用規約に反したり料金が未払いだったりするアカウントは停止されます。解除されるまで何も送信されません。",
    ),
    fix: [
      t(
        "Change your password, then contact your provider or sending service (its support page or your account's dashboard) to have the account reactivated; send the message again after that.",
        "パスワードを変更してから、メール サービスまたは送信サービス (サポート ページやアカウントの管理画面) に連絡してアカウントを再開してもらい、その後に送り直してください。",
      ),
    ],
    adminFix: [
      t(
        "Look for what sent from the account (sign-ins from unknown places, mail in its Sent folder the user did not write, an application using its password), secure it, then ask the provider to reactivate it.",
        "アカウントから何が送られたか (見知らぬ場所からのサインイン、本人が書いていない送信済みメール、そのパスワードを使うアプリケーション) を調べて保護し、その後プロバイダーに再開を依頼してください。",
      ),
    ],
    actions: ["copy-summary"],
  },
  {
    // the same for a whole domain at its hosting provider, whose outgoing mail is stopped for all
    // its addresses: cPanel hosts' "550 Outgoing mail from "<domain>" has been suspended."
    // (roundcube/roundcubemail#8737); the domain's admin deals with the host
    id: "own-domain-sending-suspended",
    code: "",
    title: "Your domain's outgoing mail is suspended",
    texts: ["Outgoing mail from <x> has been suspended", "outgoing mail has been suspended"],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your own mail server refused to send this message because the hosting provider has suspended outgoing mail for your domain; the recipient's side never saw it.",
      "あなた自身のメール サーバーが、ホスティング事業者があなたのドメインからの送信を停止しているため、このメッセージの送信を拒否しました。受信側にはメッセージが届いていません。",
    ),
    cause: t(
      "Hosting providers stop a domain's outgoing mail when it sent spam (a hacked mailbox or website script is the usual source) or went far over its limits, or when the hosting account is suspended; no address of the domain can send until it is lifted.",
      "ホスティング事業者は、ドメインから迷惑メールが送られた (多くは乗っ取られたメールボックスや改ざんされたサイトのスクリプト) 場合、上限を大きく超えた場合、またはホスティング契約が停止された場合に、そのドメインの送信を止めます。解除されるまで、そのドメインのどのアドレスからも送信できません。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Find and stop what sent the mail (change the passwords of the domain's mailboxes, check the website's scripts and forms), then ask the hosting provider to lift the suspension.",
        "送信の原因を突き止めて止め (ドメインのメールボックスのパスワード変更、サイトのスクリプトやフォームの確認)、ホスティング事業者に停止の解除を依頼してください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    // an Italian certified-mail (PEC) box takes only certified mail unless its owner allows
    // ordinary mail: Aruba PEC's "554 <x>: Messaggio rifiutato dal sistema. Indirizzo destinatario
    // sconosciuto o non abilitato alla ricezione di posta non certificata" (guide.pec.it, common
    // errors); under a bare 554 or 5.0.0, or 5.1.1 for the "unknown" half of the words
    id: "recipient-certified-mail-only",
    code: "",
    title: "The recipient takes only certified (PEC) mail",
    texts: ["non abilitato alla ricezione di posta non certificata"],
    source: "wording",
    temporary: false,
    owner: "recipient",
    summary: t(
      "The recipient's address is a certified-mail (PEC) box that refuses ordinary email, or the address is not known there; your message was not delivered.",
      "宛先のアドレスは通常のメールを受け付けない認証メール (PEC) のボックスであるか、受信側に存在しないアドレスです。メッセージは配信されませんでした。",
    ),
    cause: t(
      "In Italy, certified email (PEC) boxes accept only messages sent from other PEC boxes unless their owner turns on the receiving of ordinary mail. Your mail is ordinary email, so the box turned it away.",
      "イタリアの認証メール (PEC) のボックスは、持ち主が通常のメールの受信を有効にしない限り、他の PEC ボックスから送られたメッセージしか受け付けません。あなたのメールは通常のメールのため、拒否されました。",
    ),
    fix: [
      t(
        "Ask the recipient another way to allow ordinary mail in their PEC box's settings, or for an ordinary address; or send from a PEC box of your own.",
        "別の手段で受信者に連絡し、PEC ボックスの設定で通常のメールの受信を有効にしてもらうか、通常のアドレスを教えてもらってください。または、あなた自身の PEC ボックスから送ってください。",
      ),
    ],
    adminFix: [ADMIN.nothingToChange],
    actions: ["contact-recipient"],
  },
  // a mailing list's notices to a poster (list-notices.ts)
  ...LIST_NOTICE_ENTRIES,
  ...SENDER_ADDRESS_ENTRIES,
  ...NULL_MX_ENTRIES,
  ...LOOKUP_FAILURE_ENTRIES,
];

/**
 * A deferral whose whole text is "try again later" (hMailServer's greylisting: "451 Please try
 * again later."; ASSP's delaying: "451 4.7.1 Please try again later"), or names no cause but a
 * passing failure (OpenSMTPD's "451 Temporary failure", Barracuda's "421 Temporary failure, please
 * try again later.", RFC 5321's own "450 Requested mail action not taken: mailbox unavailable",
 * which it glosses "e.g., mailbox busy"): the registry's meaning of 4.0.0 or 4.7.1 would hand it
 * to the recipient's admin, though nothing is wrong and the sending server's retry gets through.
 * Only the reply's whole words: inside a longer reply the same words follow a reason of their own
 * ("Throttled - Too much spam ... Try again later").
 */
export const BARE_DEFERRAL_WORDS: readonly string[] = [
  "please try again later",
  // "451 4.7.1 Please try again." (among the 4.7.1 deferrals reviewmyemails.com's almanac lists)
  "please try again",
  "try again later",
  // and the connection closed with it (Gmail's "421 4.7.0 Try again later, closing connection.")
  "try again later closing connection",
  "please try again later closing connection",
  "temporary failure",
  "temporary local problem please try later",
  // qmail's "421 temporary envelope failure (#4.3.0)" from qmail-envelope-scanner's greylisting
  // (Plesk; major.io, 2007) and, so read, in an SMTP client's code (qwwsmtpclient: "temporary
  // envelope failure (greylisting)")
  "temporary envelope failure",
  // Gmail's passing failure (its table, when the bounce names Gmail), and the same words elsewhere
  "mail server temporarily rejected message",
  "message temporarily rejected",
  "temporarily rejected",
  "mailbox temporarily unavailable",
  "requested mail action not taken mailbox unavailable",
  "requested action not taken mailbox unavailable",
  // the same 450 words shortened, alone or with the bare retry request (rsmtpd's default
  // "450 Mailbox unavailable; please try again later")
  "mailbox unavailable",
  // the deferral named and nothing more ("400 defer" at RCPT, as an ietf-smtp thread quotes a
  // receiver; "451 Deferred")
  "defer",
  "deferred",
  "temporarily deferred",
  "message deferred",
  "message temporarily deferred",
];

/**
 * The retry request servers add after those words, which still names no cause: Barracuda's
 * "Temporary failure, please try again later.", rsmtpd's "Mailbox unavailable; please try again
 * later", and "451 4.7.1 Temporarily rejected. Try again later." (mail.memos.cz, in a Postfix log
 * kept in a public repository).
 */
export const RETRY_REQUESTS: readonly string[] = [
  "please try again later",
  "try again later",
  "please try again",
];

export const BARE_DEFERRAL: CatalogEntry = {
  id: "deferred-try-later",
  code: "",
  texts: ["Please try again later"],
  title: "Deferred: try again later",
  source: "wording",
  temporary: true,
  owner: "nobody",
  summary: t(
    "The receiving server asked your server to try again later, without giving a reason.",
    "受信側のサーバーは、理由を示さずに後で再試行するようあなたのサーバーに求めました。",
  ),
  cause: t(
    "Servers answer this way mostly while greylisting a sender they do not know yet (hMailServer and the ASSP filter word it exactly so), or for a short overload; both mostly pass within minutes, and only a deferral that lasts for hours needs a look.",
    "サーバーがこのように応答するのは、まだ知らない送信者をグレーリスティングで保留している間 (hMailServer や ASSP フィルターはまさにこの文言を使います) か、一時的な過負荷のときがほとんどです。どちらも多くは数分で解消し、何時間も続く保留だけが確認の対象です。",
  ),
  lastingDeferral: "sending-side",
  fix: [SENDER.waitForRetry],
  adminFix: [
    t(
      "If the deferral lasts for hours, check that the sending server retries from the same IP address and keeps the message queued; the recipient's admin can exempt your server from greylisting.",
      "保留が何時間も続く場合は、送信サーバーが同じ IP アドレスから再試行し、メッセージをキューに残しているか確認してください。受信側の管理者は、あなたのサーバーをグレーリスティングの対象から外せます。",
    ),
  ],
  actions: ["wait-for-retry"],
};
