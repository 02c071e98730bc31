// Source: Exchange Server / Exchange Online NDR diagnostic tokens (RESOLVER, STOREDRV, SMTPSEND, ROUTING, QUEUE), as written in their bounces.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

/** A token entry matches when its token appears in the server's text, whatever the code. */
function token(
  name: string,
  entry: Omit<CatalogEntry, "id" | "code" | "texts" | "source">,
  aliases: readonly string[] = [],
): CatalogEntry {
  return {
    id: `token-${name}`,
    code: "",
    texts: [name, ...aliases],
    source: "exchange-token",
    ...entry,
  };
}

export const exchangeTokens: readonly CatalogEntry[] = [
  token("RESOLVER.ADR.ExRecipNotFound", {
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient was picked from an out-of-date entry (Outlook's suggestions or an old message) that no longer points to a mailbox.",
      "宛先が古い情報 (Outlook の候補や古いメッセージ) から選ばれており、その情報はもうどのメールボックスも指していません。",
    ),
    cause: t(
      "Exchange could not resolve the recipient's X.500 / LegacyExchangeDN address, typically after the mailbox was deleted and recreated or moved to another organization.",
      "Exchange が宛先の X.500 / LegacyExchangeDN アドレスを解決できませんでした。メールボックスを削除して作り直した、別組織へ移した、といった後によく起こります。",
    ),
    fix: [SENDER.clearAutocomplete, SENDER.checkAddress, SENDER.askCurrentAddress],
    adminFix: [
      t(
        "If the mailbox was recreated, add the old LegacyExchangeDN (from the bounce) as an X500 proxy address on the new one.",
        "メールボックスを作り直した場合は、NDR に書かれた古い LegacyExchangeDN を新しいメールボックスに X500 プロキシ アドレスとして追加してください。",
      ),
    ],
    actions: ["clear-autocomplete-entry", "resend-corrected-address"],
  }),
  token("RESOLVER.ADR.RecipNotFound", {
    temporary: false,
    owner: "you",
    summary: t(
      "No recipient with this address exists in the receiving Exchange organization.",
      "受信側の Exchange 組織に、このアドレスの受信者は存在しません。",
    ),
    cause: t(
      "The directory lookup for the SMTP address found no mailbox, contact or group.",
      "SMTP アドレスでディレクトリを検索しましたが、メールボックス・連絡先・グループのいずれも見つかりませんでした。",
    ),
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete, SENDER.askCurrentAddress],
    adminFix: [ADMIN.checkRecipientExists],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  }),
  token("RESOLVER.ADR.RecipLimit", {
    temporary: false,
    owner: "you",
    summary: t(
      "The message had more recipients than you are allowed to send to at once.",
      "一度に送れる宛先数を超えていました。",
    ),
    cause: t(
      "The sender's or organization's maximum recipients per message was exceeded.",
      "送信者または組織に設定されたメッセージあたりの最大受信者数を超えました。",
    ),
    fix: [SENDER.split],
    adminFix: [ADMIN.checkLimits],
    actions: ["split-recipients"],
  }),
  token("RESOLVER.ADR.Ambiguous", {
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The address matches more than one recipient in the directory, so Exchange cannot tell which one you meant.",
      "このアドレスがディレクトリ内の複数の受信者に一致し、Exchange はどれ宛てか判断できません。",
    ),
    cause: t(
      "Two directory objects share the same proxy address.",
      "2 つのディレクトリ オブジェクトが同じプロキシ アドレスを持っています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Find the objects sharing the address (Get-Recipient -Filter) and remove the duplicate.",
        "同じアドレスを持つオブジェクトを (Get-Recipient -Filter で) 探し、重複を解消してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  }),
  token("RESOLVER.RST.RecipSizeLimit", {
    temporary: false,
    owner: "you",
    summary: t(
      "The message is larger than this recipient may receive.",
      "メッセージが、この受信者の受信できるサイズを超えています。",
    ),
    cause: t(
      "The recipient's maximum receive size is smaller than the message.",
      "受信者の最大受信サイズがメッセージより小さく設定されています。",
    ),
    fix: [SENDER.shrink],
    adminFix: [ADMIN.checkLimits],
    actions: ["shrink-attachments"],
  }),
  token("RESOLVER.RST.SendSizeLimit", {
    temporary: false,
    owner: "you",
    summary: t(
      "The message is larger than you (or your organization) are allowed to send.",
      "メッセージが、あなた (または組織) が送信できるサイズを超えています。",
    ),
    cause: t(
      "The sender's or the organization's maximum send size is smaller than the message.",
      "送信者または組織の最大送信サイズがメッセージより小さく設定されています。",
    ),
    fix: [SENDER.shrink],
    adminFix: [ADMIN.checkLimits],
    actions: ["shrink-attachments"],
  }),
  token("RESOLVER.RST.AuthRequired", {
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient only accepts mail from authenticated senders, typically people inside its organization.",
      "宛先は認証された送信者 (通常は組織内の人) からのメールしか受け付けません。",
    ),
    cause: t(
      "The recipient requires sender authentication (RequireSenderAuthenticationEnabled) and this message came from outside.",
      "宛先で送信者の認証が必須 (RequireSenderAuthenticationEnabled) になっており、このメッセージは外部から届きました。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: turn off RequireSenderAuthenticationEnabled on the recipient if outside mail is wanted.",
        "受信側の管理者: 外部からのメールを受けるべきなら、宛先の RequireSenderAuthenticationEnabled を無効にしてください。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  }),
  token(
    "RESOLVER.RST.NotAuthorized",
    {
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "You are not on the list of people allowed to send to this recipient or group.",
        "この宛先やグループに送信できる人の一覧に、あなたは入っていません。",
      ),
      cause: t(
        "Delivery restrictions (accepted or rejected senders) on the recipient exclude this sender.",
        "宛先の配信制限 (承認済み送信者または拒否する送信者) によってこの送信者が除外されています。",
      ),
      fix: [
        t(
          "Ask the recipient or the group's owner to allow you to send to it.",
          "受信者またはグループの所有者に、送信を許可してもらうよう依頼してください。",
        ),
      ],
      adminFix: [ADMIN.checkRules],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    // Exchange Online's name for a mailbox's list (5.7.129, no row of its table; a group's list
    // and the authenticated-only restrictions have rows: 5.7.124, 5.7.133, 5.7.134).
    [
      "RESOLVER.RST.RestrictedToRecipientsPermission",
      // Exchange Online's own user-information sentences for the same refusal, which a copied NDR or
      // a relaying server's bounce may carry without the token (faq.icto.um.edu.mo, suped.com);
      // not Exchange 2007's "You do not have permission to send to this recipient", its text for
      // every 5.7.1 (a transport rule's too)
      "you do not have permissions to send to this distribution list",
      "you do not have permissions to send to this email address",
    ],
  ),
  // More precise than STOREDRV.Deliver (longer tokens are tried first): the recipient's mailbox is full.
  token(
    "STOREDRV.Deliver.Exception:QuotaExceededException",
    {
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's mailbox is full, so their mail server could not store your message.",
        "受信者のメールボックスがいっぱいのため、受信側のメール サーバーはメッセージを格納できませんでした。",
      ),
      cause: t(
        "The mailbox reached its storage quota; it takes new mail again once its owner deletes or archives mail, or their admin raises the quota.",
        "メールボックスが保存容量の上限に達しています。持ち主がメールを削除・アーカイブするか、管理者が上限を引き上げると、再び受信できるようになります。",
      ),
      fix: [SENDER.tellMailboxFull, SENDER.resendAfterRoom],
      adminFix: [
        t(
          "Recipient's admin: free space in the mailbox or raise its quota (or turn on its archive).",
          "受信側の管理者: メールボックスの空き容量を確保するか、上限を引き上げて (またはアーカイブを有効にして) ください。",
        ),
      ],
      actions: ["contact-recipient"],
    },
    ["QuotaExceededException"],
  ),
  // A folder of the recipient's mailbox holds as many items as the store allows (one million in
  // Exchange Online): "554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.
  // MapiExceptionMaxObjsExceeded" (Microsoft Learn, KB 4024024; Exchange's storage driver answers
  // this exception with its 4.3.2 "mailbox busy" NDR). Not temporary, despite the 4.3.2.
  token("MapiExceptionMaxObjsExceeded", {
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "A folder in the recipient's mailbox holds as many items as their mail server allows, so it could not store your message.",
      "受信者のメールボックスのあるフォルダーのアイテム数が、受信側のメール サーバーで許される上限に達しているため、メッセージを保存できませんでした。",
    ),
    cause: t(
      "Exchange limits the number of items in one folder (one million in Exchange Online). The message is refused until items are moved out of that folder; sending it again sooner gives the same error.",
      "Exchange は 1 つのフォルダーに入れられるアイテムの数を制限しています (Exchange Online では 100 万)。そのフォルダーからアイテムが移されるまでメッセージは受け付けられず、それより前に送り直しても同じエラーになります。",
    ),
    fix: [SENDER.askRecipientAdminAnotherWay],
    adminFix: [
      t(
        "Recipient's admin: find the full folder (Get-MailboxFolderStatistics -Identity <user> | ft Name,ItemsInFolder) and move its mail to another folder or the archive.",
        "受信側の管理者: 上限に達したフォルダーを探し (Get-MailboxFolderStatistics -Identity <ユーザー> | ft Name,ItemsInFolder)、そのメールを別のフォルダーかアーカイブへ移してください。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  }),
  // The store's own size check: "554 5.2.0 STOREDRV.Deliver.Exception:MessageSubmissionExceeded
  // Exception.MapiExceptionMaxSubmissionExceeded" in an Exchange message trace (a recipient's
  // maximum receive size) and "554 5.2.270 MapiExceptionMaxSubmissionExceeded; Message size exceeds
  // maximum size limit." (Microsoft 365's answer to an application's SMTP submission, quoted in its
  // mailer): the message is larger than a mailbox on its way may send or receive.
  token(
    "MapiExceptionMaxSubmissionExceeded",
    {
      temporary: false,
      owner: "you",
      summary: t(
        "The message is larger than a mailbox on its way may send or receive, so Exchange's mailbox store refused it.",
        "メッセージが、経路上のメールボックスで送受信できるサイズを超えているため、Exchange のメールボックス ストアが拒否しました。",
      ),
      cause: t(
        "Each Exchange mailbox has a maximum send size and a maximum receive size; the store refuses a message over either, with its attachments counted after encoding (about a third larger than the files).",
        "Exchange のメールボックスにはそれぞれ最大送信サイズと最大受信サイズがあり、どちらかを超えるメッセージはストアが拒否します。添付ファイルはエンコード後の大きさ (元のファイルより約 3 分の 1 大きくなります) で数えられます。",
      ),
      fix: [SENDER.shrink],
      adminFix: [ADMIN.checkSizeLimit],
      actions: ["shrink-attachments"],
    },
    ["MessageSubmissionExceededException"],
  ),
  // The same for a disabled account: the recipient's organization turned the account off (a
  // departed employee, a suspended user), whatever code the bounce carries.
  token(
    "STOREDRV.Deliver.Exception:AccountDisabledException",
    {
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's account is disabled in their organization, so their mail server would not store your message.",
        "受信者のアカウントが組織内で無効にされているため、受信側のメール サーバーはメッセージを格納しませんでした。",
      ),
      cause: t(
        "The recipient's organization has turned the account off (often someone who left or was suspended); it takes mail again only if their admin enables it or forwards its mail to someone else.",
        "受信側の組織がアカウントを無効にしています (退職者や利用停止中の人によくあります)。管理者が有効に戻すか、メールを別の人へ転送するよう設定しない限り、受信できません。",
      ),
      fix: [
        t(
          "Reach the person another way (phone, another address), or ask their organization who now handles their mail, and send it there.",
          "他の手段 (電話や別のアドレス) で本人に連絡するか、相手の組織に今その人宛てのメールを受け取っている人を尋ね、その人に送ってください。",
        ),
      ],
      adminFix: [ADMIN.recipientMailboxDisabled],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    ["AccountDisabledException"],
  ),
  token("STOREDRV.Deliver", {
    stageOnly: true,
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's mail server accepted the message but could not place it in the mailbox.",
      "受信側のメール サーバーはメッセージを受け取りましたが、メールボックスに格納できませんでした。",
    ),
    cause: t(
      "The mailbox store driver failed during delivery (quota, a corrupt item, a mailbox move or a database problem); the text after the token tells which.",
      "配信中にメールボックスのストア ドライバーが失敗しました (クォータ、破損したアイテム、メールボックスの移動、データベースの問題など)。トークンに続く文字列で原因が分かります。",
    ),
    fix: [SENDER.retryLater, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.messageTrace, ADMIN.checkServerHealth],
    actions: ["retry-later", "contact-recipient-admin"],
  }),
  token(
    "STOREDRV.Submit",
    {
      stageOnly: true,
      temporary: false,
      owner: "you",
      summary: t(
        "Your mailbox server could not hand the message over for sending.",
        "あなたのメールボックス サーバーが、メッセージを送信処理に渡せませんでした。",
      ),
      cause: t(
        "The store driver failed while submitting the message from the sender's mailbox (an invalid recipient, a quota, or a corrupt item).",
        "送信者のメールボックスからメッセージを送信処理する際にストア ドライバーが失敗しました (不正な宛先、クォータ、破損したアイテムなど)。",
      ),
      fix: [SENDER.checkAddress, SENDER.askYourAdmin],
      adminFix: [ADMIN.messageTrace],
      actions: ["resend-corrected-address", "contact-your-admin"],
    },
    ["STOREDRV.Submission"],
  ),
  token("SMTPSEND.DNS.NonExistentDomain", {
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient's domain does not exist in DNS; the address is probably misspelled.",
      "宛先のドメインが DNS に存在しません。アドレスの綴りが間違っている可能性があります。",
    ),
    cause: t(
      "DNS answered that the domain does not exist (NXDOMAIN), or the sending server's DNS settings are wrong.",
      "DNS がドメインは存在しない (NXDOMAIN) と応答したか、送信サーバーの DNS 設定が誤っています。",
    ),
    fix: [SENDER.checkAddress],
    adminFix: [ADMIN.checkDns],
    actions: ["resend-corrected-address"],
  }),
  token("SMTPSEND.DNS.MxLoopback", {
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain publishes an MX record that points back to a loopback address, so mail cannot be delivered there.",
      "宛先ドメインの MX レコードがループバック アドレスを指しているため、そこへはメールを配信できません。",
    ),
    cause: t(
      "The destination's MX host resolves to 127.0.0.1 or to the sending server itself.",
      "宛先の MX ホストが 127.0.0.1、または送信サーバー自身に解決されます。",
    ),
    fix: [SENDER.checkAddress, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkDns],
    actions: ["contact-recipient-admin"],
  }),
  token("SMTPSEND.BareLinefeedsAreIllegal", {
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The message contained bare line feeds, which the receiving server refuses.",
      "メッセージに単独の改行 (LF) が含まれており、受信側のサーバーが拒否しました。",
    ),
    cause: t(
      "The receiving server enforces CRLF line ends and the message had LF alone.",
      "受信側のサーバーが CRLF の行末を必須としていて、メッセージに LF だけの行末がありました。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Fix the application that generates the message so it writes CRLF line ends.",
        "メッセージを作るアプリケーションが CRLF の行末を書くよう修正してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  }),
  token("ROUTING.NoConnectorForAddressType", {
    temporary: false,
    owner: "you",
    summary: t(
      "Exchange has no route for this kind of address, often an old internal (X.500) address picked from a suggestion.",
      "Exchange にはこの種類のアドレスへの経路がありません。多くは候補から選ばれた古い社内 (X.500) アドレスです。",
    ),
    cause: t(
      "No send connector covers the recipient's address type (for example an X.500 or legacy address that could not be resolved).",
      "宛先のアドレスの種類 (解決できない X.500 やレガシ アドレスなど) を扱う送信コネクタがありません。",
    ),
    fix: [SENDER.clearAutocomplete, SENDER.checkAddress],
    adminFix: [ADMIN.checkConnectors],
    actions: ["clear-autocomplete-entry", "resend-corrected-address"],
  }),
  token("TRANSPORT.RULES.RejectMessage", {
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      'A mail flow rule of the organization that handled the message rejected it ("rejected by organization policy").',
      "メッセージを処理した組織のメール フロー ルールが、メッセージを拒否しました (「組織のポリシーにより拒否」)。",
    ),
    cause: t(
      "An Exchange admin set a mail flow (transport) rule that rejects messages like this one: by sender, recipient, domain, words, attachments or forwarding. Usually it is the recipient's organization's rule; when the report comes from your own organization's server without another server's reply, the rule is your own organization's.",
      "Exchange の管理者が、このようなメッセージを拒否するメール フロー (トランスポート) ルールを設定しています。条件は送信者、宛先、ドメイン、語句、添付ファイル、転送などです。多くは受信側の組織のルールですが、ほかのサーバーの応答がなく自組織のサーバーがレポートを出している場合は、自組織のルールです。",
    ),
    fix: [SENDER.askRecipientAdminIfTheirs, SENDER.askYourAdmin],
    adminFix: [ADMIN.checkRules, ADMIN.messageTrace],
    actions: ["contact-recipient-admin", "contact-your-admin"],
  }),
  token("QUEUE.Expired", {
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "Your message waited in the queue until it expired, because the destination could not be reached.",
      "宛先に到達できないまま、メッセージがキューで有効期限切れになりました。",
    ),
    cause: t(
      "Every delivery attempt failed until the message expiration timeout (two days by default) ran out.",
      "メッセージの有効期限 (既定で 2 日) が切れるまで、すべての配信試行が失敗しました。",
    ),
    fix: [SENDER.expiredTellRecipient, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer, ADMIN.messageTrace],
    actions: ["retry-later", "contact-recipient-admin"],
  }),
  token("QUEUE.Admin", {
    temporary: false,
    owner: "your-admin",
    summary: t(
      "An administrator removed your message from a mail queue, so it was not delivered.",
      "管理者がメッセージをキューから削除したため、配信されませんでした。",
    ),
    cause: t(
      "The message was deleted with a non-delivery report by administrative action (for example while clearing a stuck queue).",
      "管理操作 (滞留したキューの整理など) により、配信不能レポート付きでメッセージが削除されました。",
    ),
    fix: [SENDER.retryLater, SENDER.askYourAdmin],
    adminFix: [
      t(
        "Check the queue history and whether the problem that made the queue stall is fixed before resending.",
        "送り直す前に、キューの履歴と、キューが滞留した原因が解消されたかを確認してください。",
      ),
    ],
    actions: ["retry-later", "contact-your-admin"],
  }),
];
