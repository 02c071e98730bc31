// Fix steps that many providers' entries share (our own words, with the facts' placeholders), so
// a provider file names them instead of repeating them. See ../../diagnosis/facts.ts for the
// placeholders; `[[...]]` is dropped when a fact inside it is not known.
import { finalOnly, ifItFails, resendStep } from "../step-kinds";
import { SENDER } from "../steps";
import { t } from "../types";

/** Steps for the sender. */
export const YOU = {
  forwardToAdmin: t(
    "Forward this report (use \"copy summary\") to your IT team or mail admin: the fix is in your organization's mail settings, not on the recipient's side.",
    "このレポートを (「ヘルプデスク用の要約をコピー」を使って) 自組織の管理者に転送してください。直すべきは自組織のメール設定で、受信側ではありません。",
  ),
  /** A sending quota of your own account or service: it resets, or the admin raises it. */
  resendAfterQuota: resendStep(
    t(
      "Send the message again once your admin tells you the sending limit has reset or been raised; until then every attempt is refused the same way.",
      "送信数の上限がリセットされたか引き上げられたと管理者から連絡があってから送り直してください。それまでは、何度送っても同じように拒否されます。",
    ),
    "later",
  ),
  /** A block or a bad reputation with the receiver: it lapses in hours, or once the admin had it lifted. */
  retryAfterBlock: resendStep(
    t(
      "Wait until the block has lapsed (often a few hours; the explanation above says how long where the receiver does) or your admin has had it lifted, then send the message again: every attempt before then is refused too and can make the block last longer.",
      "ブロックが自然に解ける (多くは数時間ですが、受信側が期間を示している場合は上の説明のとおりです) か、管理者の依頼で解除されるまで待ってから送り直してください。それより前に送ってもすべて拒否され、ブロックが長引くこともあります。",
    ),
    "later",
  ),
  /** A rate or connection limit that counts a short period (the provider names none longer). */
  retryAfterLimit: resendStep(
    t(
      "Send the message again once the limit has reset (most such limits count the last hour or so); an attempt before then counts against the same limit and is refused too.",
      "上限がリセットされてから送り直してください (この種の上限の多くは直近 1 時間ほどの量を数えます)。それより前に送ると同じ上限に数えられ、やはり拒否されます。",
    ),
    "in-an-hour",
  ),
  /** A limit over a rolling day (Microsoft 365's recipient and tenant limits). */
  retryAfterDailyLimit: resendStep(
    t(
      "Send the message again once the limit has reset: it counts what was sent in the last 24 hours, so wait until a day after the sending that reached it; an attempt before then is refused too.",
      "上限がリセットされてから送り直してください。上限は直近 24 時間の送信を数えるため、上限に達した送信から 1 日たつまで待ってください。それより前に送っても拒否されます。",
    ),
    "later",
  ),
  /** A sending limit that resets within a day (Google's account and relay limits). */
  retryAfterSendingLimit: resendStep(
    t(
      "Wait until the limit resets (up to 24 hours), then send again; send large mailings through a bulk mail service instead.",
      "上限がリセットされるまで (最長 24 時間) 待ってから送り直してください。大量配信にはメール配信サービスを使ってください。",
    ),
    "later",
  ),
  /** A passing fault of the receiver: the catalog's own step. */
  retryLater: SENDER.retryLater,
  checkAddress: finalOnly(
    t(
      "Check the address for typos (the part after the @ too), correct it and send again.",
      "アドレス (@ より後ろも含む) に入力ミスがないか確かめ、直してから送り直してください。",
    ),
    SENDER.checkAddressWhileRetrying,
  ),
  reachRecipientOtherWay: t(
    "Tell the recipient another way (phone, chat, another address) that their mailbox is refusing mail.",
    "電話やチャット、別のアドレスなど他の手段で受信者に連絡し、メールボックスがメールを受け取れない状態になっていることを伝えてください。",
  ),
  plainVersionOrAllowed: t(
    "Send a plain, short version without links or attachments, or reach the recipient another way and ask them to have your address allowed.",
    "リンクや添付ファイルのない、短く簡潔な文面で送り直すか、別の手段で受信者に連絡してあなたのアドレスを許可してもらってください。",
  ),
  checkDomainThenTellRecipient: t(
    "Check the recipient's domain is spelled right; if it is, tell the recipient another way that their mail setup refuses messages.",
    "宛先のドメインの綴りを確認してください。正しければ、受信者のメール設定がメッセージを拒否していることを、別の手段で受信者に伝えてください。",
  ),
  /** A virus scanner's find: neither the file nor a copy of it goes again. */
  scanBeforeResend: t(
    "Do not send the file again as it is: scan your computer and the file with your antivirus, and if the recipient still needs a file you trust, share it through a link instead.",
    "そのファイルをそのまま送り直さないでください。お使いのウイルス対策ソフトでコンピューターとファイルをスキャンし、信頼できるファイルをまだ受信者が必要としている場合は、代わりにリンクで共有してください。",
  ),
  /**
   * A domain list's refusal: the reply says which domain is listed. Postfix's "Sender address [..]"
   * and "Helo command [..]", Microsoft's "MailFrom domain" and "Helo domain" name the sender's own,
   * which no change to the message clears; a link is the one thing the sender can remove.
   */
  domainListed: t(
    'If the reply names your sender address, your server\'s name, or a MailFrom or Helo domain as listed, that domain is the one on the list: forward this report (use "copy summary") to your mail admin; changing the message will not help.',
    "応答が、あなたの送信者アドレス、送信サーバーの名前、MailFrom や Helo のドメインのいずれかを掲載されているものとして挙げている場合は、リストに載っているのはそのドメインです。メッセージを変えても解決しないため、このレポートを (「ヘルプデスク用の要約をコピー」を使って) メール管理者に転送してください。",
  ),
  /** The same refusal where the reply does name one of them: the one step that applies. */
  senderNameListed: t(
    "The reply names your sender address's domain or your server's name as the one on the list, so changing the message will not help: forward this report (use \"copy summary\") to your mail admin.",
    "応答によると、リストに載っているのはあなたの送信者アドレスのドメインまたは送信サーバーの名前です。メッセージを変えても解決しないため、このレポートを (「ヘルプデスク用の要約をコピー」を使って) メール管理者に転送してください。",
  ),
  /** The same refusal naming none of the sender's domains: a link is the usual one. */
  linkListed: t(
    "If it names none of them, the listed domain is likely a link in the message: remove links to other sites (and link shorteners) and send again.",
    "応答がそのどれも挙げていない場合は、メッセージ内のリンク先のドメインが載っている可能性が高いため、他サイトへのリンク (短縮 URL を含む) を外して送り直してください。",
  ),
  /**
   * A deferral the sending server keeps retrying: the admin is needed only if it finally fails. On
   * a final notice the message has come back: forwarding the report is a step to do now.
   */
  forwardIfItFails: ifItFails(
    t(
      "If the message comes back in the end, forward this report to your mail admin.",
      "最終的に戻ってきた場合は、このレポートをメール管理者に転送してください。",
    ),
    SENDER.askYourAdmin,
  ),
  /** The same steps as the catalog's own (../steps.ts). */
  shrink: SENDER.shrink,
  waitForRetry: SENDER.waitForRetry,
} as const;

/** Steps for the sender's mail admin. */
export const YOUR_ADMIN = {
  cleanLists: t(
    "Remove the addresses that bounced from your mailing lists and stop sending to lists you did not collect yourself.",
    "配信エラーになったアドレスをメーリング リストから削除し、自分で集めたのではないリストへの送信をやめてください。",
  ),
  largeFilesAsLinks: t(
    "Nothing to change on the sending side; offer a file-sharing link for large files.",
    "送信側で変える設定はありません。大きなファイルには共有リンクを使ってください。",
  ),
  checkSpf: t(
    "Check the SPF record of {domain} (and of the envelope sender's domain): it must list every server that sends its mail, including {ip}, and stay within 10 DNS lookups.",
    "{domain} (およびエンベロープ送信者のドメイン) の SPF レコードを確認してください。{ip} を含め、このドメインのメールを送るすべてのサーバーが記載され、DNS 参照が 10 回以内に収まっている必要があります。",
  ),
  checkDkim: t(
    "Check that mail from {domain} is DKIM-signed by every system that sends it, and that the selector's public key is published in DNS and matches the signing key.",
    "{domain} のメールが、送信するすべてのシステムで DKIM 署名されているか、またセレクターの公開鍵が DNS に公開され署名鍵と一致しているかを確認してください。",
  ),
  checkDmarc: t(
    "Check the DMARC record of {domain} (_dmarc.{domain}) and that SPF or DKIM passes with a domain aligned with the From address[[ (the receiver applied the policy p={policy})]].",
    "{domain} の DMARC レコード (_dmarc.{domain}) を確認し、From アドレスと一致するドメインで SPF または DKIM が合格しているかを確かめてください[[ (受信側は p={policy} のポリシーを適用しました)]]。",
  ),
  checkPtr: t(
    "Give {ip} a reverse DNS (PTR) name whose forward record (A or AAAA) points back to {ip}; the owner of the IP (your hosting or internet provider) sets the PTR.",
    "{ip} に逆引き DNS (PTR) 名を設定し、その正引き (A または AAAA) レコードが {ip} を指すようにしてください。PTR を設定するのは IP の管理者 (ホスティング事業者やインターネット プロバイダー) です。",
  ),
  setHeloName: t(
    "Set the sending server's (or application's) HELO name to its full host name, one with an A record in DNS, ideally the name the IP address's reverse DNS (PTR) gives; in Postfix that is myhostname or smtp_helo_name, in Exchange the send connector's FQDN.",
    "送信サーバー (またはアプリケーション) の HELO 名を、DNS に A レコードがある完全なホスト名にしてください。IP アドレスの逆引き DNS (PTR) が返す名前が理想です。Postfix では myhostname または smtp_helo_name、Exchange では送信コネクタの FQDN です。",
  ),
  checkTls: t(
    "Make the sending server use TLS (STARTTLS) when it delivers to this receiver, with a current certificate.",
    "送信サーバーがこの受信側へ配信する際に、有効な証明書で TLS (STARTTLS) を使うよう設定してください。",
  ),
  checkReputation: t(
    "Look for what hurt the sending reputation of {ip} and {domain}: a compromised account, a sudden volume rise, purchased lists, missing unsubscribe links, high complaint rates.",
    "{ip} と {domain} の送信評価を下げた原因を探してください。乗っ取られたアカウント、急な送信量の増加、購入リスト、配信停止リンクの欠如、高い苦情率などです。",
  ),
  // a cap on the sending account itself (its provider's, not a receiver's): slowing down for one
  // receiver does not lift it
  accountCap: t(
    "Move mailings and application mail to a sending service made for volume, or ask the provider to raise the account's cap.",
    "一斉送信やアプリケーションのメールは大量送信向けの送信サービスに移すか、プロバイダーにアカウントの上限の引き上げを依頼してください。",
  ),
  slowDown: t(
    "Lower the sending rate to this receiver and spread bulk mail over time; raise volume gradually for a new IP or domain.",
    "この受信側への送信ペースを落とし、一斉送信は時間を分散させてください。新しい IP やドメインは送信量を段階的に増やしてください。",
  ),
  // no guess at the cause: each list's entry says what it lists (spam traps, backscatter, an
  // unsubscribe list, dynamic ranges), and its page says why this address is on it
  checkListing: t(
    "Look {ip} up on {listPage} to see why it is listed, fix that cause, then request removal there.",
    "{listPage} で {ip} を検索して掲載の理由を確かめ、その原因を解消してから、そこで削除を申請してください。",
  ),
  /** A refusal that names no list: find which one first. */
  findUnnamedListing: t(
    "Look {ip} up on the major block lists (a multi-list lookup finds which one), fix what got it listed, and request removal there.",
    "主要なブロック リストで {ip} を検索し (複数のリストをまとめて調べる検索で掲載先がわかります)、掲載の原因を解消してから、そこで削除を申請してください。",
  ),
  scanSender: t(
    "Scan the sender's computer and check whether the account sent other infected messages; if the file is clean, the recipient's admin can report the false positive to the scanner's vendor.",
    "送信者のコンピューターをスキャンし、このアカウントが他にも感染したメッセージを送っていないか確認してください。ファイルが安全な場合は、受信側の管理者がスキャナーのベンダーに誤検知を報告できます。",
  ),
  checkMessageFormat: t(
    "Check the sending application: the message needs exactly one valid From address, a Message-ID, no header that may appear only once (To, Cc, Subject, Date, Message-ID) written twice, and headers that follow RFC 5322.",
    "送信アプリケーションを確認してください。メッセージには、有効な From アドレスがちょうど 1 つと Message-ID が必要です。1 つしか入れられないヘッダー (To、Cc、Subject、Date、Message-ID) を重複させず、ヘッダーを RFC 5322 に沿って書く必要があります。",
  ),
} as const;

/** Steps for the recipient's admin (only for what is theirs to change). */
export const RECIPIENT_ADMIN = {
  reviewPolicy: t(
    "Recipient's admin: review the rule or policy of {recipientDomain} that refused this message, and allow the sender if the mail is wanted.",
    "受信側の管理者: このメッセージを拒否した {recipientDomain} のルールやポリシーを見直し、必要なメールであれば送信者を許可してください。",
  ),
  freeSpace: t(
    "The recipient (or their admin) frees space in the mailbox or raises its storage quota.",
    "受信者 (またはその管理者) が、メールボックスの空き容量を確保するか、保存容量の上限を引き上げます。",
  ),
} as const;
