// Source: Microsoft Learn, "DSNs and NDRs in Exchange Server" (seed 001), permanent errors 5.1.1-5.2.3.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { YOU } from "./providers/steps";
import { ADMIN, SENDER } from "./steps";

/** 5.1.4-5.1.6: a receive connector refuses reserved or single-label recipient domains. */
function reservedDomain(
  id: string,
  code: string,
  text: string,
  what: Readonly<{ en: string; ja: string }>,
  parameter: string,
): CatalogEntry {
  return {
    id,
    code,
    texts: [text],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      `The recipient's domain (${what.en}) is not a real internet domain, so the server refused it.`,
      `宛先のドメイン (${what.ja}) は実在するインターネット ドメインではないため、サーバーが拒否しました。`,
    ),
    cause: t(
      `The receive connector rejects recipients in ${what.en}; the ${parameter} parameter of Set-ReceiveConnector controls it.`,
      `受信コネクタは、この種類のドメイン (${what.ja}) の宛先を拒否しています。Set-ReceiveConnector の ${parameter} パラメーターで制御されます。`,
    ),
    fix: [SENDER.checkAddress],
    adminFix: [
      t(
        `If such addresses are used on purpose (tests), set ${parameter} to $false on the receive connector.`,
        `テストなどで意図的に使う場合は、受信コネクタの ${parameter} を $false にしてください。`,
      ),
    ],
    actions: ["resend-corrected-address"],
  };
}

export const exchangeServerAddress: readonly CatalogEntry[] = [
  {
    id: "exs-5.1.1-recipient-not-found",
    code: "5.1.1",
    texts: ["RESOLVER.ADR.ExRecipNotFound; not found", "User unknown"],
    commonTexts: ["User unknown"],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient does not exist, or the entry Outlook suggested for them is out of date.",
      "宛先が存在しないか、Outlook が候補に出した宛先の情報が古くなっています。",
    ),
    cause: t(
      "Either the address is wrong, or a mailbox was deleted and created again and users still pick the old autocomplete entry, whose X.500 / LegacyExchangeDN value no longer exists.",
      "アドレスが間違っているか、メールボックスを削除して作り直したのに、利用者が古いオートコンプリートの候補 (もう存在しない X.500 / LegacyExchangeDN 値) を選んでいます。",
    ),
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete, SENDER.askCurrentAddress],
    adminFix: [
      ADMIN.checkRecipientExists,
      t(
        "For a recreated mailbox, add the old LegacyExchangeDN as an X500 proxy address so cached entries resolve again.",
        "作り直したメールボックスには、古い LegacyExchangeDN を X500 プロキシ アドレスとして追加すると、キャッシュされた候補が再び解決できます。",
      ),
    ],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "exs-5.1.3-invalid-recipient-address",
    code: "5.1.3",
    texts: ["STOREDRV.Submit; invalid recipient address"],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient's address is not written correctly (it has characters or a form that is not allowed).",
      "宛先アドレスの書き方が正しくありません (使えない文字や形式が含まれています)。",
    ),
    cause: t(
      "The address contains unsupported characters or invalid formatting, so the store driver cannot submit the message.",
      "アドレスにサポートされない文字や不正な書式が含まれ、ストア ドライバーがメッセージを送信処理できません。",
    ),
    fix: [SENDER.checkAddress],
    adminFix: [ADMIN.checkRecipientExists],
    actions: ["resend-corrected-address"],
  },
  reservedDomain(
    "exs-5.1.4-reserved-tld",
    "5.1.4",
    "Recipient address reserved by RFC 2606",
    t(
      "a reserved top-level domain: .test, .example, .invalid, .localhost",
      "予約済みトップレベル ドメイン .test、.example、.invalid、.localhost",
    ),
    "RejectReservedTopLevelRecipientDomains",
  ),
  reservedDomain(
    "exs-5.1.5-reserved-sld",
    "5.1.5",
    "Recipient address reserved by RFC 2606",
    t(
      "a reserved second-level domain: example.com, example.net, example.org",
      "予約済みセカンドレベル ドメイン example.com、example.net、example.org",
    ),
    "RejectReservedSecondLevelRecipientDomains",
  ),
  reservedDomain(
    "exs-5.1.6-single-label-domain",
    "5.1.6",
    "Recipient addresses in single label domains not accepted",
    t(
      "a single-label domain such as @contoso instead of @contoso.com",
      "@contoso.com ではなく @contoso のような単一ラベルのドメイン",
    ),
    "RejectSingleLabelRecipientDomains",
  ),
  {
    id: "exs-5.1.7-invalid-sender-address",
    code: "5.1.7",
    texts: ["Invalid address", "Unknown sender address"],
    commonTexts: ["Invalid address", "Unknown sender address"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Something is wrong with your own (the sender's) email address.",
      "送信者であるあなた自身のメール アドレスに問題があります。",
    ),
    cause: t(
      "The receiving server could not accept the sender address (missing, malformed or unknown).",
      "受信側のサーバーが送信者アドレスを受け付けられませんでした (空、書式不正、または不明)。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Check the sender's primary SMTP address and what the sending application puts in MAIL FROM.",
        "送信者のプライマリ SMTP アドレスと、送信アプリケーションが MAIL FROM に入れている値を確認してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.1.8-bad-outbound-sender",
    code: "5.1.8",
    texts: ["Access denied, bad outbound sender"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The sender went over the message rate limit set on Exchange.",
      "送信者が Exchange に設定されたメッセージ送信レートの上限を超えました。",
    ),
    cause: t(
      "Typically an application server relays a large volume of mail through Exchange and hits the message rate limits.",
      "多くは、アプリケーション サーバーが Exchange 経由で大量のメールを中継し、メッセージ レート制限に達したものです。",
    ),
    fix: [YOU.retryAfterLimit, SENDER.askYourAdmin],
    adminFix: [
      t(
        "Review the message rate limits and throttling, and use a dedicated anonymous relay connector for application servers.",
        "メッセージ レート制限と調整の設定を見直し、アプリケーション サーバーには専用の匿名リレー コネクタを使ってください。",
      ),
    ],
    actions: ["retry-later", "contact-your-admin"],
  },
  {
    id: "exs-5.2.1-content-filter-quarantine",
    code: "5.2.1",
    texts: ["Content Filter agent quarantined this message"],
    source: "exchange-server",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's spam filter held your message in quarantine.",
      "受信側の迷惑メール フィルターがメッセージを検疫に保留しました。",
    ),
    cause: t(
      "Content filtering scored the message as spam and quarantined it.",
      "コンテンツ フィルターがメッセージを迷惑メールと判定し、検疫しました。",
    ),
    fix: [SENDER.contactRecipient],
    adminFix: [
      t(
        "Release the message from quarantine and, if needed, add a content filtering exception for this sender or recipient.",
        "検疫からメッセージを解放し、必要ならこの送信者または受信者をコンテンツ フィルターの例外に追加してください。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    id: "exs-5.2.2-mailbox-full",
    code: "5.2.2",
    texts: ["Mailbox full"],
    commonTexts: ["Mailbox full"],
    source: "exchange-server",
    temporary: false,
    owner: "recipient",
    summary: t(
      "The recipient's mailbox is full and cannot take new messages.",
      "受信者のメールボックスがいっぱいで、新しいメッセージを受け取れません。",
    ),
    cause: t(
      "The mailbox is over its storage quota (prohibit receive limit).",
      "メールボックスが記憶域のクォータ (受信禁止の上限) を超えています。",
    ),
    fix: [SENDER.tellMailboxFull, SENDER.resendAfterRoom],
    adminFix: [
      t(
        "Recipient's admin: raise the mailbox quota or help the user archive or delete mail.",
        "受信側の管理者: メールボックスのクォータを増やすか、アーカイブや削除で空きを作れるよう支援してください。",
      ),
    ],
    actions: ["contact-recipient", "retry-later"],
  },
  {
    id: "exs-5.2.3-recipient-size-limit",
    code: "5.2.3",
    texts: ["RESOLVER.RST.RecipSizeLimit; message too large for this recipient"],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      "Your message is larger than this recipient is allowed to receive.",
      "メッセージが、この受信者が受け取れるサイズを超えています。",
    ),
    cause: t(
      "The recipient has a maximum receive size lower than the size of this message.",
      "受信者に設定された最大受信サイズが、このメッセージのサイズより小さくなっています。",
    ),
    fix: [SENDER.shrink],
    adminFix: [
      t(
        "Raise the recipient's maximum receive size if larger messages are wanted.",
        "大きなメッセージを受け取るべきなら、受信者の最大受信サイズを引き上げてください。",
      ),
    ],
    actions: ["shrink-attachments"],
  },
];
