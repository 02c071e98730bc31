// Fix steps shared by many catalog entries (our own words), so each entry names them instead of repeating them.
import { finalOnly, ifItFails, resendStep } from "./step-kinds";
import { t } from "./types";

/** checkAddress while the sending server still retries: a resend is only for a corrected address. */
const CHECK_ADDRESS_WHILE_RETRYING = t(
  "Check the recipient's address for typos. If it is wrong, send the message to the corrected address: the sending server keeps trying the wrong one until it gives up.",
  "宛先アドレスに入力ミスがないか確かめてください。間違っていた場合は、正しいアドレスに送ってください。送信側のサーバーは、あきらめるまで間違ったアドレスへの再試行を続けます。",
);

/** typedBcc while the sending server still retries (a delay warning): the address may be right. */
const TYPED_BCC_WHILE_RETRYING = t(
  "You added this address as Bcc: your mail server was given it as you wrote it. Check it for typos; if it is wrong, send the message to the corrected address alone, so that the others do not get a second copy: the sending server keeps trying the wrong one until it gives up.",
  "この宛先は、あなたが BCC に加えたアドレスです。あなたのメール サーバーはこのアドレスを入力されたとおりに受け取っています。入力ミスがないか確かめ、間違っていた場合は、正しいアドレスだけに送ってください (ほかの受信者に 2 通目が届かないようにするためです)。送信側のサーバーは、あきらめるまで間違ったアドレスへの再試行を続けます。",
);

/** Steps for the person who sent the message. */
export const SENDER = {
  checkAddress: finalOnly(
    t(
      "Check the recipient's address for typos, correct it and send the message again.",
      "宛先アドレスに入力ミスがないか確かめ、正しく直してから送り直してください。",
    ),
    CHECK_ADDRESS_WHILE_RETRYING,
  ),
  /** An address whose domain takes no mail (null MX): a typo or a sample domain. */
  checkDomain: t(
    "Check the part after the @ for a typo or a sample domain (example.com); correct it and send the message again. Waiting and sending the same address again will not help.",
    "@ より後ろの部分に入力ミスや例示用のドメイン (example.com など) がないか確かめ、直してから送り直してください。待ってから同じアドレスに送り直しても届きません。",
  ),
  clearAutocomplete: t(
    "Remove the recipient from Outlook's address suggestions (the X next to the name), then pick them again from the address book or type the full address.",
    "Outlook の宛先候補からこの宛先を削除し (名前の横の X)、アドレス帳から選び直すか、アドレスを全部入力し直してください。",
  ),
  retryLater: resendStep(
    t(
      "Wait a while (an hour or so) and send the message again; this kind of problem often clears by itself.",
      "しばらく (1 時間ほど) 待ってから送り直してください。この種の問題は自然に解消することがよくあります。",
    ),
    "in-an-hour",
  ),
  /**
   * A deferral the sending server gave up on, whose cause an admin must fix (a missing PTR, a
   * receiver's policy): waiting an hour changes nothing until then, so it follows their steps.
   * That the server stopped is the summary's to say (h-review8: a give-up said it two or three
   * times), and a permanent refusal's server never retried.
   */
  resendAfterFix: resendStep(
    t(
      "Send the message again once the cause is fixed.",
      "原因が解消されてから、メッセージを送り直してください。",
    ),
    "later",
  ),
  /** A full mailbox: the message can go again once its owner made room. */
  resendAfterRoom: resendStep(
    t(
      "Send the message again once the recipient has made room.",
      "受信者が空きを作ってから送り直してください。",
    ),
    "later",
  ),
  /** The address is gone or turned off: only the recipient can give a working one. */
  askCurrentAddress: t(
    "Ask the recipient, by phone or another address, which address they use now.",
    "電話や別のアドレスで受信者に連絡し、現在使っているアドレスを確認してください。",
  ),
  /** A mailbox that is turned off or unavailable: the message can go again once it works. */
  resendWhenMailboxWorks: resendStep(
    t(
      "Send the message again once the recipient tells you their mailbox takes mail again.",
      "メールボックスで再びメールを受け取れるようになったと受信者から連絡があってから、送り直してください。",
    ),
    "later",
  ),
  /**
   * A message whose delivery expired: the sending server tried for hours or days, so waiting an
   * hour changes nothing; the recipient learns their server is not taking mail.
   */
  expiredTellRecipient: resendStep(
    t(
      "If the address is right: your mail server tried for a long time (often a day or more) and could not reach the recipient's mail server, so waiting a little will not help. Tell the recipient another way (phone, chat) that mail to them does not arrive, and send the message again once they say their mail works.",
      "アドレスが正しい場合: 送信サーバーは長い時間 (多くは 1 日以上) 再試行しましたが、受信側のメール サーバーに届けられなかったため、少し待っても解決しません。電話やチャットなど別の方法で受信者に連絡してメールが届いていないことを伝え、メールを受け取れるようになったと連絡があってから送り直してください。",
    ),
    "later",
  ),
  checkAddressWhileRetrying: CHECK_ADDRESS_WHILE_RETRYING,
  /**
   * A failed address the original's To and Cc do not show (see ../diagnosis/not-written.ts): the
   * user added it as Bcc, or a group, list or forward sent the message on to it.
   */
  notWrittenBcc: t(
    "You did not write this address in To or Cc: the message reached it as a Bcc you added, or a group, mailing list or forward sent it on. If you added it as Bcc, check it for typos; if it is wrong, send the message to the corrected address alone.",
    "この宛先は、あなたが To や Cc に書いたアドレスではありません。あなたが BCC に加えたか、グループ、メーリング リスト、転送によってメッセージが届けられた宛先です。BCC に加えた場合は入力ミスがないか確かめ、間違っていれば、正しいアドレスだけに送り直してください。",
  ),
  /**
   * A failed address the user's own server was given as it is, not in To or Cc: their Bcc. On a
   * delay, "correct it and send it to that address alone" becomes "if it is wrong".
   */
  typedBcc: finalOnly(
    t(
      "You added this address as Bcc: your mail server was given it as you wrote it and sent it on to no other address. Correct it and send the message to the corrected address alone, so that the others do not get a second copy.",
      "この宛先は、あなたが BCC に加えたアドレスです。あなたのメール サーバーはこのアドレスを入力されたとおりに受け取っており、別のアドレスへは転送していません。正しいアドレスに直し、その宛先だけに送り直してください (ほかの受信者に 2 通目が届かないようにするためです)。",
    ),
    TYPED_BCC_WHILE_RETRYING,
  ),
  typedBccWhileRetrying: TYPED_BCC_WHILE_RETRYING,
  /** The same address's other case: retyping cannot fix what someone else's list or forward holds. */
  notWrittenTellOwner: t(
    "If you did not add it, retyping cannot fix it: tell the owner of the group or list[[ ({group})]], or the person whose mail is forwarded there, that mail to this address fails.",
    "BCC に加えていない場合は、入力し直しても直りません。グループやメーリング リスト[[ ({group}) ]]の管理者、またはこの宛先にメールを転送している人に、この宛先へのメールが届かないことを伝えてください。",
  ),
  /**
   * A failed address an alias, list or forward sent the message on to, from the address the user
   * wrote (../diagnosis/forwarded.ts). Why the mailbox refused it is the summary, said once.
   */
  forwardRefused: t(
    "The address you wrote, {written}, sends mail on to another mailbox, {target} (it is an alias, a list or a forward), and that mailbox refused your message.",
    "あなたが入力したアドレス {written} は、メールを別のメールボックス {target} に転送しています (エイリアス、リスト、または転送)。その転送先のメールボックスがメッセージを拒否しました。",
  ),
  /** Who fixes it: retyping the address the user wrote sends it to the same forward. */
  forwardTellOwner: t(
    "Sending again to {written} fails the same way. Tell whoever runs {written} (its mail admin, the list's owner, or the person who set up the forward) that mail forwarded to {target} fails, so that they fix or remove the forward.",
    "{written} に送り直しても同じように失敗します。{written} を管理している人 (そのメール管理者、リストの管理者、または転送を設定した人) に、{target} への転送が失敗していることを伝え、転送を直すか削除してもらってください。",
  ),
  /** The same, for a failure that is not about the address: which mailbox the report is about. */
  forwardedNote: t(
    "The address you wrote, {written}, sends mail on to {target} (it is an alias, a list or a forward); this report is about the delivery to {target}.",
    "あなたが入力したアドレス {written} は、メールを {target} に転送しています (エイリアス、リスト、または転送)。このレポートは転送先 {target} への配信についてのものです。",
  ),
  /**
   * The same, for an authentication refusal: a forward re-sends the message from its own server,
   * which the sender's SPF does not list, so the check failed because of the forward.
   */
  forwardedAuthNote: t(
    "The address you wrote, {written}, sends mail on to {target} (it is an alias, a list or a forward), and {target} checked your message's authentication after the forward. A forward re-sends the message from its own server, which your domain's SPF does not list: the check passes when your mail is DKIM-signed for your domain (a forward keeps the signature) or when the forward rewrites the envelope sender (SRS). Tell your mail admin, and whoever runs {written}.",
    "あなたが入力したアドレス {written} は、メールを {target} に転送しています (エイリアス、リスト、または転送)。{target} は転送後にメッセージの認証を確認しました。転送ではメッセージが転送元のサーバーから送り直されるため、そのサーバーはあなたのドメインの SPF に含まれていません。あなたのメールが自ドメインの DKIM で署名されているか (署名は転送後も残ります)、転送側がエンベロープ送信者を書き換えれば (SRS)、認証に合格します。自組織のメール管理者と、{written} を管理している人に伝えてください。",
  ),
  /**
   * A delay's first step: what to do while the sending server retries. That it retries is the
   * summary's to tell (diagnosis/retries.ts, STILL_TRYING), so the step does not say it again.
   */
  waitForRetry: t(
    "Nothing to do yet, and no need to send it again: you will hear if the sending server finally gives up.",
    "今は何もする必要はなく、送り直す必要もありません。送信側のサーバーが最終的にあきらめた場合は、改めて通知が届きます。",
  ),
  /**
   * waitForRetry's form when other steps follow that the user can do now (tell the recipient,
   * pass the report on): "nothing to do yet" above them would contradict them.
   */
  waitForRetryMeanwhile: t(
    "You need not send it again: you will hear if the sending server finally gives up. Meanwhile, do the steps below.",
    "送り直す必要はありません。送信側のサーバーが最終的にあきらめた場合は、改めて通知が届きます。その間に、次の手順を行ってください。",
  ),
  /**
   * The first step of a delay whose retries go on in vain (diagnosis/retries.ts, TRYING_IN_VAIN),
   * when none of its steps can be done while they do: the summary already says that sending it
   * again would not help.
   */
  waitForGiveUp: t(
    "Wait for the notice that comes when the sending server finally gives up, and act on it then.",
    "送信側のサーバーが最終的にあきらめたときに届く通知を待ち、そのときに対処してください。",
  ),
  contactRecipient: t(
    "Reach the recipient another way (phone, chat, another address) and tell them their mailbox refused your message.",
    "電話やチャット、別のアドレスなど他の手段で受信者に連絡し、メールが受け取られなかったことを伝えてください。",
  ),
  /**
   * contactRecipient's form for a full mailbox: what the recipient must do, not only that it
   * refused (a delay warning, which drops "send it again once they made room", said nothing more).
   */
  tellMailboxFull: t(
    "Tell the recipient another way (phone, chat, another address) that their mailbox is full, and ask them to make room: delete or archive old mail, large attachments first.",
    "電話やチャット、別のアドレスなど他の手段で受信者に連絡し、メールボックスがいっぱいになっていることを伝えてください。古いメール (特に大きな添付ファイル付きのもの) を削除またはアーカイブして、空きを作ってもらってください。",
  ),
  askRecipientAdmin: t(
    "Ask the recipient to pass this error on to their own IT team or mail admin; only they can change it.",
    "受信者から受信側の管理者に、このエラーを伝えてもらってください。変更できるのは受信側の管理者だけです。",
  ),
  /**
   * askRecipientAdmin and the way to reach the recipient, as one step: two steps that each
   * contacted them read out of order, and "their mailbox refused" was false of a group, a public
   * folder, an organization's rule or a domain whose DNS failed.
   */
  askRecipientAdminAnotherWay: t(
    "Reach the recipient another way (phone, chat, another address), tell them your message did not reach them, and ask them to pass this error on to their own IT team or mail admin; only they can change it.",
    "電話やチャット、別のアドレスなど他の手段で受信者に連絡し、メールが届かなかったことを知らせたうえで、このエラーを受信側の管理者に伝えてもらってください。変更できるのは受信側の管理者だけです。",
  ),
  /**
   * askRecipientAdmin beside a step that hands the report to your own admin: the rule may be on
   * either side, so "only they can change it" holds only if it is theirs.
   */
  askRecipientAdminIfTheirs: t(
    "Ask the recipient to pass this error on to their own IT team or mail admin: if the rule is on their side, only they can change it.",
    "受信者から受信側の管理者に、このエラーを伝えてもらってください。受信側のルールであれば、変更できるのは受信側の管理者だけです。",
  ),
  askYourAdmin: t(
    'Send this report (use "copy summary") to your IT help desk or mail admin.',
    "このレポートを (「ヘルプデスク用の要約をコピー」を使って) 社内のヘルプデスクまたはメール管理者に送ってください。",
  ),
  shrink: t(
    "Make the message smaller: remove or compress attachments, or share a link to the file instead.",
    "メッセージを小さくしてください。添付ファイルを外すか圧縮するか、代わりにファイルへのリンクを共有してください。",
  ),
  /** A group or list that takes mail only from members or approved senders. */
  askGroupPermission: t(
    "Ask the group's owner (or the recipient) for permission to send to it.",
    "グループの所有者 (または受信者) に送信の許可を依頼してください。",
  ),
  /** Not told on a delay: the sending server delivers to the recipients refused in later rounds itself. */
  split: finalOnly(
    t(
      "Send the message to fewer recipients at a time, in several batches.",
      "宛先の数を減らし、何回かに分けて送ってください。",
    ),
  ),
  secureAccount: t(
    "Change your password now and check Sent Items for messages you did not write; your account may have been misused.",
    "すぐにパスワードを変更し、送信済みアイテムに身に覚えのないメールがないか確認してください。アカウントが悪用された可能性があります。",
  ),
} as const;

/** Steps for a mail admin (whichever side owns the problem). */
export const ADMIN = {
  messageTrace: t(
    "Run a message trace for this message and read the failing hop's full SMTP response.",
    "このメッセージのメッセージ追跡を実行し、失敗したホップの SMTP 応答全体を確認してください。",
  ),
  checkRemoteServer: t(
    "Check that the destination's mail servers are up, reachable on port 25 and correctly configured to accept this domain's mail.",
    "宛先のメール サーバーが稼働していて、ポート 25 で到達でき、このドメインのメールを受け付ける設定になっているか確認してください。",
  ),
  checkDns: t(
    "Check the domain's MX, A and TXT records with nslookup or dig, from the sending server's point of view.",
    "送信側のサーバーの立場から、nslookup や dig でドメインの MX、A、TXT レコードを確認してください。",
  ),
  checkAuthRecords: t(
    "Check the sending domain's SPF record, DKIM signing and DMARC policy, and that the From domain aligns with the envelope or DKIM domain.",
    "送信ドメインの SPF レコード、DKIM 署名、DMARC ポリシーを確認し、From のドメインがエンベロープ送信者または DKIM のドメインと一致しているか確かめてください。",
  ),
  checkCompromise: t(
    "Treat the account as possibly compromised: reset its credentials, require MFA, look for forwarding rules and unknown sign-ins.",
    "アカウントが乗っ取られた可能性があるものとして扱い、資格情報のリセット、MFA の必須化、転送ルールや不審なサインインの確認を行ってください。",
  ),
  checkLimits: t(
    "Compare the message with the size and recipient limits set on the organization, the connectors and the mailbox.",
    "メッセージを、組織・コネクタ・メールボックスに設定されたサイズ制限と受信者数制限と比べてください。",
  ),
  checkConnectors: t(
    "Review the send and receive connectors involved (addresses, certificates, authentication, smart hosts).",
    "関係する送信コネクタと受信コネクタ (アドレス、証明書、認証方式、スマート ホスト) を見直してください。",
  ),
  checkTls: t(
    "Check the destination server's certificate chain, host names and expiry, and its STARTTLS support.",
    "宛先サーバーの証明書チェーン、ホスト名、有効期限、および STARTTLS への対応状況を確認してください。",
  ),
  delist: t(
    "Request removal from the block list once the cause is fixed (for Microsoft 365: the delist portal, sender.office.com).",
    "原因を解消したうえで、ブロック リストからの削除を申請してください (Microsoft 365 の場合は sender.office.com の登録解除ポータル)。",
  ),
  contactMicrosoft: t(
    "Open a support request with Microsoft once the cause is fixed; only Microsoft can lift this block.",
    "原因を解消したら Microsoft サポートに問い合わせてください。このブロックを解除できるのは Microsoft だけです。",
  ),
  checkRules: t(
    "Review mail flow (transport) rules, delivery restrictions and inbox or forwarding rules that apply to this message.",
    "このメッセージに該当するメール フロー (トランスポート) ルール、配信制限、受信トレイ ルールや転送ルールを見直してください。",
  ),
  checkRecipientExists: t(
    "If the recipient is in your organization, check that it exists with this exact address (including proxy addresses) in the directory; an outside address only the recipient's mail admin can check.",
    "受信者が自組織の場合は、ディレクトリにこのアドレス (プロキシ アドレスを含む) の受信者が実際に存在するか確認してください。外部のアドレスは、受信側の管理者にしか確認できません。",
  ),
  checkRecipientMailbox: t(
    "Whoever runs the recipient's mailbox (your admin, if it is in your organization) can check its quota and whether it is disabled, then raise the quota, help free space or enable it again.",
    "受信者のメールボックスを管理している人 (自組織のメールボックスなら自組織の管理者) が、容量の上限と、アカウントが無効になっていないかを確認したうえで、上限を引き上げる、空きを作る手助けをする、または再び有効にすることができます。",
  ),
  /** A full mailbox (x.2.2): its quota, not whether it is turned off. */
  recipientMailboxFull: t(
    "Whoever runs the recipient's mailbox (your admin, if it is in your organization) can raise its storage quota or help the recipient free space (archive or delete old mail, empty Deleted Items).",
    "受信者のメールボックスを管理している人 (自組織のメールボックスなら自組織の管理者) が、保存容量の上限を引き上げるか、受信者が空きを作る (古いメールをアーカイブまたは削除し、削除済みアイテムを空にする) のを手伝うことができます。",
  ),
  /** A disabled or suspended mailbox (x.2.1): why it is off, not its quota. */
  recipientMailboxDisabled: t(
    "Whoever runs the recipient's mailbox (your admin, if it is in your organization) can check why it is disabled or suspended (the person left, the account was unused or locked) and enable it again, or forward its mail to someone else, if it should still take mail.",
    "受信者のメールボックスを管理している人 (自組織のメールボックスなら自組織の管理者) が、無効化または停止された理由 (退職した、長く使われていない、ロックされたなど) を確認し、まだメールを受け取るべきであれば、再び有効にするか、メールを別の人へ転送するよう設定できます。",
  ),
  /** A list that could not be expanded (x.2.4): its members and settings, not a mailbox. */
  checkListExpansion: t(
    "The list's admin checks its members and settings: a member address that fails or sends the message back to the list, or a member list the server could not read.",
    "メーリング リストの管理者は、配信に失敗するメンバーのアドレスや、メッセージをリストへ送り返すアドレスがないか、サーバーがメンバーの一覧を読み込めたかなど、リストのメンバーと設定を確認してください。",
  ),
  checkServerHealth: t(
    "If the server that reported the error is your organization's, check its mail services, queues, disk space and memory; if it is the recipient's, only their admin can, so send them the reply if the error lasts.",
    "エラーを報告したサーバーが自組織のものなら、そのメール サービス、キュー、ディスクの空き容量、メモリを確認してください。受信側のサーバーなら、確認できるのは受信側の管理者だけなので、エラーが続く場合はこの応答を受信側の管理者に伝えてください。",
  ),
  /**
   * Too many recipients in one transaction: the sending server sends the rest later by itself (a
   * 452), so nothing changes while it retries; once it gave up, or a 5.5.3 refused them, its
   * setting is the fix (h-review8: the registry's x.5.3 had subject 5's connector step).
   */
  fewerRecipientsPerTransaction: ifItFails(
    t(
      "Nothing to change while the sending server sends the rest in later transactions; if it gives up on them instead, configure it to send to fewer recipients per transaction.",
      "送信側のサーバーが残りの宛先に後続の送信で送っている間は、設定を変える必要はありません。残りの宛先をあきらめてしまう場合は、1 回の送信あたりの宛先数を減らすよう送信側のサーバーを設定してください。",
    ),
    t(
      "Configure the sending server to send to fewer recipients per transaction: the receiving server takes only so many at once.",
      "1 回の送信あたりの宛先数を減らすよう、送信側のサーバーを設定してください。受信側のサーバーが一度に受け付ける宛先の数には上限があります。",
    ),
  ),
  /** A size limit: the receiver's to set; the sender's side checks only its own. */
  checkSizeLimit: t(
    "Only the receiving server's admin can raise its message size limit. If the server that refused the message is your own (its name is in your domain), compare the message's size with your own limit; for large files, give users a file-sharing service (a link instead of an attachment). Attachments grow by about a third when sent.",
    "受信側のサーバーのメッセージ サイズの上限を引き上げられるのは、そのサーバーの管理者だけです。拒否したサーバーが自組織のもの (サーバー名が自組織のドメインで終わる) であれば、メッセージの大きさを自組織の上限と比べてください。大きなファイルを送る利用者には、ファイル共有サービス (添付ではなくリンクで送る方法) を用意してください。添付ファイルは送信時に約 3 分の 1 大きくなります。",
  ),
  /**
   * The admin's part where the fix is the sender's, the recipient's or a list owner's alone: it is
   * the only admin step, so it points up to the sender's steps, not to steps that do not follow.
   */
  nothingToChange: t(
    "Nothing to change in your own mail system: the sender's steps above are the whole fix.",
    "自組織のメール システムで変更することはありません。対応は上の送信者向けの手順だけで済みます。",
  ),
  /** A destination domain that takes no mail: its DNS says why. */
  checkDomainMx: t(
    "Look up the recipient domain's MX record (nslookup -type=mx, or dig mx): no record and no A record, a null MX (\".\"), or a name that does not resolve means the domain takes no mail, and only its owner can change that. If the lookup works from elsewhere but not from your sending server, check that server's DNS resolver.",
    '宛先のドメインの MX レコードを調べてください (nslookup -type=mx または dig mx)。MX レコードも A レコードもない、null MX (".") である、またはドメイン名が解決できない場合、そのドメインはメールを受け付けておらず、変えられるのはドメインの所有者だけです。他の場所では名前解決できるのに送信サーバーではできない場合は、送信サーバーの DNS リゾルバーを確認してください。',
  ),
} as const;
