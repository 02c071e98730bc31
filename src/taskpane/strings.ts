// Every text the pane shows, in English and Japanese. `ja` is typed by `en`, so both have the same keys.
import type { BounceKind, Confidence, EvidenceSource, Lang, Owner } from "../core";
import { evidenceLabel } from "../core/evidence-labels";
import type { PaneFailure } from "./explain";

/** Guidance for one Outlook client: a heading and the steps, in order. */
interface ClientSteps {
  readonly title: string;
  readonly steps: readonly string[];
}

/** The clients whose autocomplete guidance differs. Web covers new Outlook (same engine). */
export type AutocompleteClient = "classic-windows" | "mac" | "web";

const en = {
  appTitle: "NDR Explainer",
  loading: "Reading the message…",
  analyzing: "Checking the bounce…",
  engineLoading: "Loading the analyzer…",

  // Why there is nothing to explain.
  failures: {
    "no-item": "No message is selected.",
    "not-a-bounce": "This message is not a bounce (a non-delivery report).",
    timeout: "Outlook did not hand over the message in time.",
    unsupported: "Outlook does not let add-ins read this message.",
    error: "Something went wrong while reading the message.",
    "no-engine": "The analyzer could not be loaded.",
  } satisfies Record<PaneFailure, string>,
  noEngineHelp:
    "Check the network connection, then try again below, or close and reopen this pane.",
  reportsBlocked:
    "Outlook often keeps add-ins away from delivery reports. Drag the report into this pane, or copy its text and paste it below.",
  standaloneIntro:
    "Drop a bounced message here, paste its text, or try one of the samples. Everything runs on this device.",

  // The header above the cards.
  kindTitle: {
    failed: "Your message was not delivered",
    delayed: "Your message has not been delivered yet",
    held: "Your message is being held",
    delivered: "Your message was delivered",
    relayed: "Your message was passed on",
    expanded: "Your message was delivered to a group",
    autoreply: "This is an automatic reply, not a bounce",
    feedback: "This is a spam complaint report",
    "not-a-bounce": "This is not a bounce",
  } satisfies Record<BounceKind, string>,
  kindBody: {
    failed: "The cards below say, for each address, what went wrong and who can fix it.",
    delayed:
      "The sending server is still trying, and you will get another report if it gives up. Each card below says whether anything needs doing meanwhile.",
    held: "It was not refused: it waits for a mailing list's moderator, or for you to answer the recipient's sender check, and nobody retries it meanwhile. Do not send it again; the card below says what to do.",
    delivered: "This is a delivery receipt: nothing failed.",
    relayed:
      "It reached a system that does not send delivery receipts, so no further news will come back.",
    expanded: "The group passed it on to its members.",
    autoreply: "The recipient's mailbox answered on its own (for example, out of office).",
    feedback: "A recipient's provider reports that a message was marked as spam.",
    "not-a-bounce": "",
  } satisfies Record<BounceKind, string>,
  failedCount: (n: number): string =>
    n === 1 ? "1 recipient did not get it." : `${n} recipients did not get it.`,
  sourceName: (name: string): string => `Checked: ${name}`,
  notesTitle: "About this reading",
  noAddressBody:
    "The report names no address in a form this pane can read: open the report itself to see which address it is about.",
  announceResult: (title: string, detail: string): string => `${title}. ${detail}`,

  // One card.
  permanent: "Permanent failure",
  temporary: "Temporary problem",
  // A held message (a list's moderator, a sender check) is neither failed nor a passing problem.
  held: "Held, not refused",
  noAddress: "(no address in the report)",
  codeBadge: (code: string): string => `Code ${code}`,
  meaningFrom: (name: string): string => `Meaning from ${name}'s published error list:`,
  providerPage: "open the page for senders",
  ownerLabel: "Fix-it owner",
  owners: {
    you: "You",
    "your-admin": "Your admin",
    "recipient-admin": "The recipient's admin",
    microsoft: "Microsoft",
    recipient: "The recipient",
    nobody: "No one yet",
  } satisfies Record<Owner, string>,
  ownerSides: { sender: "Your side", microsoft: "Microsoft 365", recipient: "Recipient's side" },
  howToFix: "How to fix it",
  forAdmin: "For your admin",
  whyItHappens: "Why it happens",
  addressHints: "About the address",
  evidence: "What the report says",
  evidenceFrom: (source: EvidenceSource, field: string | undefined): string =>
    evidenceLabel(source, field, "en"),
  confidence: {
    exact: "Matched by code and server text",
    code: "Matched by code",
    token: "Matched by Exchange error token",
    class: "General meaning of this kind of code",
  } satisfies Record<Confidence, string>,
  actions: "Actions",

  // Resend.
  resend: "Resend to a corrected address",
  resendAddressLabel: "Send to",
  resendHint: "Check the address; a likely correction is filled in.",
  resendWritten: (failed: string): string =>
    `This is the address you wrote; the receiving side sent the message on to ${failed}, which failed.`,
  resendSendAgain:
    "The new message has no attachments. Outlook's own Send Again (on the report in classic Outlook) keeps them.",
  resendUnavailable: "Opening a new message works inside Outlook only.",
  resendOpened: "A new message is open with the corrected address.",
  resendFailed: (why: string): string => `The new message could not be opened: ${why}`,
  resendInvalid: "Enter one email address, like name@example.com.",

  // Autocomplete.
  autocomplete: "Remove the stale autocomplete entry",
  autocompleteIntro:
    "Outlook suggested an address that no longer works. No add-in can delete it for you; these steps do:",
  autocompleteEntry: (address: string): string => `The entry to remove: ${address}`,
  autocompleteClients: {
    "classic-windows": {
      title: "Classic Outlook for Windows",
      steps: [
        "Open a new message and type the first letters of the address in To.",
        "Point at the wrong suggestion without choosing it, then select its X or press Delete.",
        "Type the whole correct address yourself.",
        "With a Microsoft 365 mailbox the suggestions come from Microsoft Search, so removing the one entry is what helps; emptying the whole list may not.",
      ],
    },
    mac: {
      title: "Outlook for Mac",
      steps: [
        "Open a new message and type the first letters of the address in To.",
        "Point at the wrong suggestion and select the X next to it.",
        "Type the whole correct address yourself.",
      ],
    },
    web: {
      title: "Outlook on the web and new Outlook",
      steps: [
        "Open a new message and type the first letters of the address in To.",
        "Point at the wrong suggestion and select its X (remove from suggestions).",
        "Type the whole correct address yourself. Classic Outlook keeps its own list: remove it there too.",
      ],
    },
  } satisfies Record<AutocompleteClient, ClientSteps>,

  // Copy summary.
  copySummary: "Copy summary for the help desk",
  copied: "Summary copied. Paste it into your help desk request.",
  copyFailed: "Copying did not work. Select the text below and copy it.",
  summaryLabel: "Summary for the help desk",

  // Retry later.
  retryLater: "Retry later",
  retryLaterSoon:
    "This is usually temporary. Wait an hour or so, then send the message again; if it fails again, ask your admin.",

  // Admin details.
  adminDetails: "Admin details",
  fields: {
    generatingServer: "Generating server",
    reportingMta: "Reporting MTA",
    remoteServer: "Remote server",
    arrivalDate: "Arrival date",
    dialect: "Report format",
    action: "Action",
    status: "Status",
    replyCode: "SMTP reply",
    diagnostic: "Diagnostic code",
    command: "Last SMTP command",
    lastAttemptDate: "Last attempt",
    willRetryUntil: "Will retry until",
    originalRecipient: "Original recipient",
    entry: "Catalog entry",
    originalSubject: "Original subject",
    originalFrom: "Original sender",
    originalDate: "Original date",
    messageId: "Message-ID",
  },
  hops: "Hops of the original message",
  hopDelay: (seconds: number): string => `${seconds} s after the previous hop`,
  noHops: "The report does not include the original message's route.",
  auth: "SPF, DKIM and DMARC",
  aligned: (yes: boolean): string =>
    yes ? "From domain aligns with the envelope" : "From domain does not align with the envelope",
  noAuth: "The report does not include authentication results.",

  // Ways in.
  waysIn: "Check a bounce",
  dropZone: "Drop a bounce here: .eml, .msg or .txt",
  chooseFile: "Choose a file",
  fileInputLabel: "Bounce file",
  pasteLabel: "Or paste the bounce's text",
  pastePlaceholder: "Paste the whole report, headers included if you have them",
  analyze: "Analyze",
  pasteEmpty: "Paste some text first.",
  samples: "Try a sample",
  sampleNames: {
    "domain-typo": "Typo in the domain (5.1.1)",
    dmarc: "DMARC rejection (5.7.509)",
    delay: "Delivery delayed (4.4.7)",
    "ja-not-found": "Japanese report, unknown recipient (5.1.10)",
  },
};

export type UiStrings = typeof en;
export type SampleId = keyof UiStrings["sampleNames"];

const ja: UiStrings = {
  appTitle: "NDR Explainer",
  loading: "メッセージを読み込んでいます…",
  analyzing: "配信エラーを確認しています…",
  engineLoading: "解析機能を読み込んでいます…",

  failures: {
    "no-item": "メッセージが選択されていません。",
    "not-a-bounce": "このメッセージは配信不能レポート (NDR) ではありません。",
    timeout: "Outlook から時間内にメッセージを受け取れませんでした。",
    unsupported: "Outlook がこのメッセージの読み取りをアドインに許可していません。",
    error: "メッセージの読み込み中に問題が発生しました。",
    "no-engine": "解析機能を読み込めませんでした。",
  },
  noEngineHelp:
    "ネットワーク接続を確認してから下でもう一度試すか、このウィンドウを閉じて開き直してください。",
  reportsBlocked:
    "Outlook は配信レポートでアドインを動かさないことがあります。レポートをこのウィンドウにドラッグするか、本文をコピーして下に貼り付けてください。",
  standaloneIntro:
    "配信できなかったメッセージをここにドロップするか、本文を貼り付けるか、サンプルを試してください。処理はすべてこの端末内で行われます。",

  kindTitle: {
    failed: "メッセージは配信されませんでした",
    delayed: "メッセージはまだ配信されていません",
    held: "メッセージは保留されています",
    delivered: "メッセージは配信されました",
    relayed: "メッセージは中継されました",
    expanded: "メッセージはグループに配信されました",
    autoreply: "これは自動応答で、配信エラーではありません",
    feedback: "これは迷惑メールの苦情レポートです",
    "not-a-bounce": "これは配信エラーではありません",
  },
  kindBody: {
    failed: "下のカードに、宛先ごとの原因と、誰が対処すべきかを示します。",
    delayed:
      "送信サーバーが再試行を続けています。あきらめた場合は別のレポートが届きます。その間に対応が必要かどうかは、下の各カードに示します。",
    held: "拒否されてはいません。メーリング リストのモデレーターの判断、または受信側の送信者確認へのあなたの応答を待っており、その間に再試行されることもありません。送り直さないでください。対処は下のカードに示します。",
    delivered: "これは配信通知です。失敗はありません。",
    relayed: "配信通知を返さないシステムに渡されたため、これ以上の通知は届きません。",
    expanded: "グループがメンバーに配信しました。",
    autoreply: "受信者のメールボックスが自動で返信しました (不在通知など)。",
    feedback: "受信側のプロバイダーが、メッセージが迷惑メールとして報告されたと伝えています。",
    "not-a-bounce": "",
  },
  failedCount: (n: number): string => `${n} 件の宛先に届きませんでした。`,
  sourceName: (name: string): string => `確認したもの: ${name}`,
  notesTitle: "読み取りについて",
  noAddressBody:
    "このレポートからは、届かなかったアドレスを読み取れませんでした。どのアドレスのことかは、レポート本文を開いて確認してください。",
  announceResult: (title: string, detail: string): string => `${title}。${detail}`,

  permanent: "永続的なエラー",
  temporary: "一時的な問題",
  held: "保留中 (拒否されていません)",
  noAddress: "(レポートにアドレスなし)",
  codeBadge: (code: string): string => `コード ${code}`,
  meaningFrom: (name: string): string => `${name} が公開しているエラー一覧に基づく説明です:`,
  providerPage: "送信者向けのページを開く",
  ownerLabel: "対応する人",
  owners: {
    you: "あなた",
    "your-admin": "自組織の管理者",
    "recipient-admin": "受信側の管理者",
    microsoft: "Microsoft",
    recipient: "受信者",
    nobody: "今は対応不要",
  },
  ownerSides: { sender: "送信側", microsoft: "Microsoft 365", recipient: "受信側" },
  howToFix: "対処方法",
  forAdmin: "管理者向けの情報",
  whyItHappens: "原因",
  addressHints: "宛先アドレスについて",
  evidence: "レポートの記載内容",
  evidenceFrom: (source: EvidenceSource, field: string | undefined): string =>
    evidenceLabel(source, field, "ja"),
  confidence: {
    exact: "コードとサーバーの応答文で一致",
    code: "コードで一致",
    token: "Exchange のエラー トークンで一致",
    class: "コードの種類から見た一般的な意味",
  },
  actions: "操作",

  resend: "正しいアドレスに送り直す",
  resendAddressLabel: "宛先",
  resendHint: "アドレスを確認してください。正しいと思われるアドレスを入力してあります。",
  resendWritten: (failed: string): string =>
    `あなたが入力したアドレスです。受信側がメッセージを ${failed} に転送し、そこで届きませんでした。`,
  resendSendAgain:
    "新しいメッセージには添付ファイルが含まれません。Outlook の「再送信」(クラシック Outlook のレポート画面) なら添付ファイルも送られます。",
  resendUnavailable: "新しいメッセージを開く操作は Outlook の中でのみ使えます。",
  resendOpened: "修正したアドレスで新しいメッセージを開きました。",
  resendFailed: (why: string): string => `新しいメッセージを開けませんでした: ${why}`,
  resendInvalid: "name@example.com のようなメール アドレスを 1 つ入力してください。",

  autocomplete: "古いオートコンプリート候補を削除する",
  autocompleteIntro:
    "Outlook が、もう使えないアドレスを候補として表示しました。アドインからは削除できないため、次の手順で削除してください:",
  autocompleteEntry: (address: string): string => `削除する候補: ${address}`,
  autocompleteClients: {
    "classic-windows": {
      title: "クラシック Outlook (Windows)",
      steps: [
        "新しいメッセージを開き、宛先にアドレスの最初の数文字を入力します。",
        "誤った候補を選ばずにポインターを合わせ、X を選ぶか Delete キーを押します。",
        "正しいアドレスを最後まで自分で入力します。",
        "Microsoft 365 のメールボックスでは候補が Microsoft Search から表示されるため、候補を 1 件ずつ削除する方法が有効です。一覧全体を空にしても効かないことがあります。",
      ],
    },
    mac: {
      title: "Outlook for Mac",
      steps: [
        "新しいメッセージを開き、宛先にアドレスの最初の数文字を入力します。",
        "誤った候補にポインターを合わせ、横の X を選びます。",
        "正しいアドレスを最後まで自分で入力します。",
      ],
    },
    web: {
      title: "Outlook on the web と新しい Outlook",
      steps: [
        "新しいメッセージを開き、宛先にアドレスの最初の数文字を入力します。",
        "誤った候補にポインターを合わせ、X (候補から削除) を選びます。",
        "正しいアドレスを最後まで自分で入力します。クラシック Outlook は別の候補一覧を持つため、そちらでも削除してください。",
      ],
    },
  },

  copySummary: "ヘルプデスク用の要約をコピー",
  copied: "要約をコピーしました。ヘルプデスクへの問い合わせに貼り付けてください。",
  copyFailed: "コピーできませんでした。下のテキストを選択してコピーしてください。",
  summaryLabel: "ヘルプデスク用の要約",

  retryLater: "後で再試行",
  retryLaterSoon:
    "通常は一時的な問題です。1 時間ほど待ってから送り直してください。再び失敗する場合は管理者に相談してください。",

  adminDetails: "管理者向けの詳細",
  fields: {
    generatingServer: "生成サーバー",
    reportingMta: "レポート MTA",
    remoteServer: "リモート サーバー",
    arrivalDate: "到着日時",
    dialect: "レポートの形式",
    action: "アクション",
    status: "状態コード",
    replyCode: "SMTP 応答",
    diagnostic: "診断コード",
    command: "最後の SMTP コマンド",
    lastAttemptDate: "最終試行",
    willRetryUntil: "再試行の期限",
    originalRecipient: "元の宛先",
    entry: "カタログ項目",
    originalSubject: "元の件名",
    originalFrom: "元の差出人",
    originalDate: "元の送信日時",
    messageId: "Message-ID",
  },
  hops: "元のメッセージの経路",
  hopDelay: (seconds: number): string => `前のホップから ${seconds} 秒後`,
  noHops: "レポートには元のメッセージの経路が含まれていません。",
  auth: "SPF・DKIM・DMARC",
  aligned: (yes: boolean): string =>
    yes
      ? "From のドメインはエンベロープと一致しています"
      : "From のドメインはエンベロープと一致していません",
  noAuth: "レポートには認証結果が含まれていません。",

  waysIn: "配信エラーを確認する",
  dropZone: "ここに配信エラーをドロップ: .eml、.msg、.txt",
  chooseFile: "ファイルを選択",
  fileInputLabel: "配信エラーのファイル",
  pasteLabel: "または、配信エラーの本文を貼り付け",
  pastePlaceholder: "レポート全体を貼り付けてください (ヘッダーがあれば含めて)",
  analyze: "分析",
  pasteEmpty: "先にテキストを貼り付けてください。",
  samples: "サンプルを試す",
  sampleNames: {
    "domain-typo": "ドメインの入力ミス (5.1.1)",
    dmarc: "DMARC による拒否 (5.7.509)",
    delay: "配信の遅延 (4.4.7)",
    "ja-not-found": "日本語のレポート、宛先不明 (5.1.10)",
  },
};

export const STRINGS: Readonly<Record<Lang, UiStrings>> = { en, ja };

/** The UI language for a BCP 47 tag: Japanese for ja*, English otherwise. */
export function uiLang(tag: string): Lang {
  return tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}
