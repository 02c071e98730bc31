// Source: Titan's help article "Understanding Incoming Email Reject Codes"
// (support.titan.email/hc/en-us/articles/35175377981977), which lists the replies its MX servers
// give and what each means: "550 5.1.1 ... User unknown in virtual mailbox table" (and "in local
// recipient table"), "554 5.7.1 <address>: Relay access denied" (for Titan: the recipient address
// does not exist), "552 5.2.2 ... Quota exceeded (mailbox for user is full)", "550 5.1.8 ... Sender
// address rejected: Domain not found", "550 5.7.27 ... does not accept mail (nullMX)", "554 5.7.1
// Service unavailable; Client host [<ip>] blocked using <list>" and "550 5.5.1 Protocol error".
// Titan is the mailbox service many hosts sell with a domain (Hostinger, Namecheap and others);
// its servers are *.titan.email, for any domain hosted there. Codes and texts are Titan's (matched
// in the reply); the explanations are our own words.
import { ADMIN, SENDER } from "../steps";
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const titan: ProviderCatalog = {
  provider: {
    id: "titan",
    name: "Titan Mail",
    page: "https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes",
    hosts: [".titan.email"],
    markers: [],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "titan-user-unknown",
      code: "5.1.1",
      texts: [
        "Recipient address rejected: User unknown in virtual mailbox table",
        "Recipient address rejected: User unknown in local recipient table",
      ],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Titan Mail has no mailbox with this address: the part before the @ does not exist at the recipient's domain.",
        "Titan Mail には、このアドレスのメールボックスがありません。宛先ドメインに、@ より前の部分に当たるアドレスが存在しません。",
      ),
      cause: t(
        "The recipient's domain keeps its mail at Titan, and Titan looked the address up among that domain's mailboxes and aliases without finding it: a typo, a former employee's address, or a mailbox the domain's owner deleted.",
        "宛先のドメインは Titan でメールを管理しており、Titan はそのドメインのメールボックスとエイリアスの中からアドレスを探しましたが見つかりませんでした。入力ミス、退職者のアドレス、ドメインの所有者が削除したメールボックスなどが原因です。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete, MAILBOX.askCurrentAddress],
      adminFix: [ADMIN.checkRecipientExists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "titan-relay-denied",
      title: "Relay access denied: the address is not hosted at Titan",
      code: "5.7.1",
      texts: ["Relay access denied"],
      reasons: ["norelaying", "userunknown", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "Titan Mail does not take mail for this address: the recipient's domain sends its mail to Titan, but Titan has no such address (or no such domain) set up.",
        "Titan Mail はこのアドレス宛てのメールを受け付けません。宛先のドメインのメールは Titan に届くよう設定されていますが、Titan にはそのアドレス (またはドメイン) が設定されていません。",
      ),
      cause: t(
        'Titan answers "Relay access denied" when the address is not one it hosts, which it counts as an address that does not exist. Unless the address is mistyped, the recipient\'s domain still points its mail (MX records) at Titan while its mailboxes there were removed, not yet set up or moved elsewhere.',
        'Titan は、自身がホストしていないアドレスに "Relay access denied" と応答し、存在しないアドレスとして扱います。アドレスの入力ミスでなければ、宛先のドメインのメール (MX レコード) が Titan を指したままで、Titan のメールボックスが削除された、まだ設定されていない、または別のサービスに移されたことが原因です。',
      ),
      fix: [YOU.checkAddress, YOU.checkDomainThenTellRecipient],
      adminFix: [
        t(
          "Recipient's admin: add the address (or the domain) to the Titan account, or point {recipientDomain}'s MX records at the service that now holds its mailboxes.",
          "受信側の管理者: Titan のアカウントにそのアドレス (またはドメイン) を追加するか、{recipientDomain} の MX レコードを、現在メールボックスを置いているサービスに向けてください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "titan-mailbox-full",
      code: "5.2.2",
      texts: ["Quota exceeded (mailbox for user is full)"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Titan mailbox is full, so Titan refused the message.",
        "受信者の Titan のメールボックスがいっぱいのため、Titan はメッセージを拒否しました。",
      ),
      cause: t(
        "Titan gives each mailbox a storage quota with the plan the domain bought; a mailbox at its quota refuses new mail until its owner deletes mail or the plan gets more space.",
        "Titan は、ドメインが契約したプランに応じて各メールボックスに容量の上限を設けています。上限に達したメールボックスは、所有者がメールを削除するかプランの容量が増えるまで新しいメールを受け付けません。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "titan-sender-domain-not-found",
      code: "5.1.8",
      texts: ["Sender address rejected: Domain not found"],
      reasons: ["rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Titan refused the message because your sender address's domain has no mail (MX) record and no address (A) record, so no reply or bounce could reach it.",
        "送信者アドレスのドメインにメール (MX) レコードもアドレス (A) レコードもなく、返信や配信エラーが届かないため、Titan はメッセージを拒否しました。",
      ),
      cause: t(
        "Titan looks up the domain of the envelope sender before accepting mail. A domain with neither record is usually mistyped in the sending program's settings, expired, or a name used only for sending (noreply.example) that was never published in DNS.",
        "Titan はメールを受け付ける前に、エンベロープ送信者のドメインを調べます。どちらのレコードもないドメインは、送信プログラムの設定での入力ミス、期限切れのドメイン、または送信専用で DNS に公開されていない名前 (noreply.example など) であることがほとんどです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [ADMIN.checkDns],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "titan-sender-null-mx",
      code: "5.7.27",
      texts: ["does not accept mail (nullMX)"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Titan refused the message because your sender address's domain states that it takes no mail (a null MX record), so no reply or bounce could reach it.",
        "送信者アドレスのドメインがメールを受け取らないと宣言している (null MX レコード) ため、返信や配信エラーが届かないとして Titan はメッセージを拒否しました。",
      ),
      cause: t(
        'A domain that publishes a null MX (an MX record pointing to ".") tells everyone it never receives mail. Titan does not take mail sent from such a domain: the sending program uses it as the envelope sender by mistake, or the domain\'s MX records were set up wrongly.',
        'null MX ("." を指す MX レコード) を公開するドメインは、メールを一切受け取らないと宣言しています。Titan はそのようなドメインから送られたメールを受け付けません。送信プログラムが誤ってそのドメインをエンベロープ送信者にしているか、ドメインの MX レコードの設定が誤っています。',
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send with an envelope sender (Return-Path) whose domain receives mail, or replace the domain's null MX with MX records of a server that takes its mail.",
          "メールを受け取れるドメインのエンベロープ送信者 (Return-Path) で送るか、ドメインの null MX を、そのドメインのメールを受け取るサーバーの MX レコードに置き換えてください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "titan-block-list",
      title: "Sending IP on a block list Titan checks",
      code: "5.7.1",
      texts: ["Service unavailable; Client host <x> blocked using <list>"],
      reasons: ["blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Titan refused mail from your sending server[[ ({ip})]] because a block list it checks[[ ({list})]] lists that IP address.",
        "Titan は、確認しているブロック リスト[[ ({list}) ]]に送信サーバー[[ ({ip}) ]]の IP アドレスが載っているため、そのサーバーからのメールを拒否しました。",
      ),
      cause: t(
        "Titan refuses connections from IP addresses that public block lists (Barracuda's among them) list for spam. On a shared sending server another user's mail can get the IP listed; the listing, not this message, is the cause.",
        "Titan は、公開のブロック リスト (Barracuda のものなど) に迷惑メールの送信元として載っている IP アドレスからの接続を拒否します。共用の送信サーバーでは、他の利用者のメールで IP が載ることもあります。原因はこのメッセージではなく掲載です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkListing, YOUR_ADMIN.checkReputation],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "titan-protocol-error",
      code: "5.5.1",
      texts: ["Protocol error"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Titan refused the message because the sending server broke the rules of the mail protocol (SMTP) while handing it over.",
        "送信サーバーがメッセージを渡す途中でメールのプロトコル (SMTP) の決まりに反したため、Titan はメッセージを拒否しました。",
      ),
      cause: t(
        "Titan counts commands sent out of order, before its greeting or in an unexpected form as a protocol error. It comes from the sending server or program (a script's own SMTP code, a misconfigured device), not from the message's content.",
        "Titan は、順序の誤ったコマンド、挨拶の前に送られたコマンド、想定外の形式のコマンドをプロトコル エラーとして扱います。メッセージの内容ではなく、送信サーバーやプログラム (スクリプト独自の SMTP 処理、設定の誤った機器) が原因です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send through a standard mail server or library instead of hand-written SMTP, and check the sending server's log for the command Titan refused.",
          "独自に書いた SMTP 処理ではなく標準のメール サーバーやライブラリで送り、送信サーバーのログで Titan が拒否したコマンドを確認してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
  ],
};
