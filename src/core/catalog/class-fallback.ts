// Source: RFC 3463 section 3 (status code classes and subjects); the fallback for any code the other tables miss.
import type { ActionId, Localized, Owner } from "../types";
import { t, type LastingDeferral } from "./types";
import { finalOnly } from "./step-kinds";
import { ADMIN, SENDER } from "./steps";

export interface ClassData {
  readonly title: Localized;
  readonly meaning: Localized;
}

/** 2 success, 4 persistent transient failure, 5 permanent failure. */
export const CLASSES = {
  "2": {
    title: t("Success", "成功"),
    meaning: t(
      "The server reports that this step succeeded.",
      "サーバーはこの処理が成功したと報告しています。",
    ),
  },
  "4": {
    title: t("Temporary failure", "一時的なエラー"),
    meaning: t(
      "The failure is temporary: the same message may go through later, and the sending server usually retries by itself.",
      "このエラーは一時的なもので、同じメッセージが後で届く可能性があり、送信サーバーは通常自動で再試行します。",
    ),
  },
  "5": {
    title: t("Permanent failure", "永続的なエラー"),
    meaning: t(
      "The failure is permanent: the sending server does not retry it, and sending the same message again unchanged fails the same way until its cause is fixed.",
      "このエラーは永続的なもので、送信サーバーはこれ以上再試行しません。原因が解消されるまでは、同じメッセージをそのまま送り直しても同じように失敗します。",
    ),
  },
} as const satisfies Record<string, ClassData>;

/**
 * The temporary class's sentence on a notice that nothing retries any more (a deferral given up
 * on, a temporary meaning given as a permanent reply): "the sending server usually retries by
 * itself" beside a summary that says it has given up read as a contradiction.
 */
const NOT_RETRIED = t(
  "The failure was temporary, but the sending server no longer retries it: the message may go through if it is sent again once its cause has passed or been fixed.",
  "このエラーは一時的なものですが、送信サーバーはもう再試行しません。原因が解消されてから送り直せば、メッセージが届く可能性があります。",
);

/**
 * The same sentence on a deferral given up on, whose summary opens with "kept retrying and has
 * now given up": the cause need not say a second time that nothing retries it (h-review8). Both
 * say "the message", not "the same message": beside a step that changes it (make it smaller, fewer
 * recipients, the registry's 4.3.4 and 4.5.3), the same message would fail the same way.
 */
const GIVEN_UP = t(
  "The failure was temporary: the message may go through if it is sent again once its cause has passed or been fixed.",
  "このエラーは一時的なものでした。原因が解消されてから送り直せば、メッセージが届く可能性があります。",
);

/**
 * The same sentence on a delay warning, whose summary ends in the notice's "keeps the message and
 * tries again by itself": the cause need not say the retry a second time (h-review6).
 */
const STILL_RETRIED = t(
  "The failure is temporary: the same message may still go through.",
  "このエラーは一時的なもので、同じメッセージがこの後届く可能性があります。",
);

/** A cause that ends in the temporary class's sentence, with `sentence` in its place. */
function withClassSentence(cause: Localized, sentence: Localized): Localized {
  const { meaning } = CLASSES["4"];
  if (!cause.en.endsWith(meaning.en) || !cause.ja.endsWith(meaning.ja)) return cause;
  return t(
    cause.en.slice(0, -meaning.en.length) + sentence.en,
    cause.ja.slice(0, -meaning.ja.length) + sentence.ja,
  );
}

/** A cause that ends in the temporary class's sentence, told of a notice nothing retries. */
export function causeNotRetried(cause: Localized): Localized {
  return withClassSentence(cause, NOT_RETRIED);
}

/** The same cause told on a notice whose summary says the server gave up retrying. */
export function causeGivenUp(cause: Localized): Localized {
  return withClassSentence(cause, GIVEN_UP);
}

/** The same cause told on a delay warning whose summary says the server retries. */
export function causeStillRetried(cause: Localized): Localized {
  return withClassSentence(cause, STILL_RETRIED);
}

export interface SubjectData extends ClassData {
  readonly owner: Owner;
  readonly fix: readonly Localized[];
  readonly adminFix: readonly Localized[];
  readonly actions: readonly ActionId[];
  /** Where a deferral given up on points, for the codes that keep these admin steps (class 4). */
  readonly lastingDeferral?: LastingDeferral;
}

/** RFC 3463 subjects 0-7, with who usually fixes a failure of that kind. */
export const SUBJECTS = {
  "0": {
    title: t("other or undefined status", "その他・未定義"),
    meaning: t(
      "The server gave no more detail than the class of the error.",
      "サーバーはエラーの種別以上の詳細を示していません。",
    ),
    owner: "recipient-admin",
    fix: [SENDER.askRecipientAdmin],
    adminFix: [ADMIN.messageTrace],
    actions: ["contact-recipient-admin"],
  },
  "1": {
    title: t("addressing", "アドレス"),
    meaning: t(
      "Something is wrong with an address: the recipient's, its domain, or the sender's.",
      "アドレス (宛先、そのドメイン、または送信者) に問題があります。",
    ),
    owner: "you",
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete],
    adminFix: [ADMIN.checkRecipientExists],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    // given up on, the same address failed on every try: the address is the thing to check
    lastingDeferral: "address",
  },
  "2": {
    title: t("mailbox", "メールボックス"),
    meaning: t(
      "The recipient's address is right, but something about the mailbox itself (full, disabled, size limit) stops delivery.",
      "アドレスは正しいものの、メールボックス自体の状態 (容量不足、無効、サイズ制限など) が配信を妨げています。",
    ),
    owner: "recipient",
    fix: [SENDER.contactRecipient, SENDER.resendWhenMailboxWorks],
    adminFix: [ADMIN.checkRecipientMailbox],
    actions: ["contact-recipient", "retry-later"],
  },
  "3": {
    title: t("mail system", "メール システム"),
    meaning: t(
      "The destination mail system itself has a problem (full, not accepting mail, misconfigured, or the message is too big for it).",
      "宛先のメール システム自体に問題があります (容量不足、受付停止、設定誤り、またはメッセージが大きすぎる)。",
    ),
    owner: "recipient-admin",
    fix: [SENDER.retryLater, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkServerHealth],
    actions: ["retry-later", "contact-recipient-admin"],
    // the admin step's "send them the reply if the error lasts": given up on, it lasted
    lastingDeferral: "receiving-side",
  },
  "4": {
    title: t("network and routing", "ネットワークとルーティング"),
    meaning: t(
      "The message could not be routed or the servers could not talk over the network (DNS, connection, loop, time-out).",
      "メッセージの経路を決められないか、サーバー同士がネットワーク越しに通信できませんでした (DNS、接続、ループ、タイムアウト)。",
    ),
    owner: "recipient-admin",
    fix: [SENDER.checkAddress, SENDER.retryLater],
    adminFix: [ADMIN.checkDns, ADMIN.checkRemoteServer],
    actions: ["retry-later", "contact-recipient-admin"],
  },
  "5": {
    title: t("mail delivery protocol", "メール配信プロトコル"),
    meaning: t(
      "The servers disagreed on the SMTP conversation itself (a command, its syntax, or a limit such as the number of recipients).",
      "SMTP のやり取り自体 (コマンド、構文、宛先数などの上限) でサーバー間の食い違いがありました。",
    ),
    owner: "your-admin",
    fix: [SENDER.askYourAdmin],
    adminFix: [ADMIN.checkConnectors],
    actions: ["contact-your-admin"],
  },
  "6": {
    title: t("message content or media", "メッセージの内容・形式"),
    meaning: t(
      "Something in the message's content or format (encoding, attachments, characters) could not be handled.",
      "メッセージの内容や形式 (エンコード、添付ファイル、文字) に処理できないものがありました。",
    ),
    owner: "you",
    fix: [
      finalOnly(
        t(
          "Send the message again in a simpler form: plain text or HTML, fewer or different attachments.",
          "テキストや HTML などより単純な形式にし、添付ファイルを減らすか変えて送り直してください。",
        ),
      ),
    ],
    adminFix: [ADMIN.messageTrace],
    actions: ["shrink-attachments"],
    // given up on, the same content failed on every try: a simpler message is the fix
    lastingDeferral: "sender",
  },
  "7": {
    title: t("security or policy", "セキュリティ・ポリシー"),
    meaning: t(
      "A security or policy rule refused the message: permissions, sender authentication (SPF, DKIM, DMARC), reputation, spam or content filters.",
      "セキュリティやポリシーの規則がメッセージを拒否しました。権限、送信者認証 (SPF・DKIM・DMARC)、評価、迷惑メールやコンテンツのフィルターなどです。",
    ),
    owner: "recipient-admin",
    fix: [SENDER.askYourAdmin, SENDER.askRecipientAdminIfTheirs],
    adminFix: [ADMIN.checkAuthRecords, ADMIN.checkRules],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin", "contact-recipient-admin"],
  },
} as const satisfies Record<string, SubjectData>;
