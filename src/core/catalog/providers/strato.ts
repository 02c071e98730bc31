// Source: STRATO's help pages: "Fehlermeldungen bei E-Mails" (strato.de/faq/mail/fehlermeldungen-bei-
// e-mails, FAQ 2420; in Dutch at strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-
// e-mail, in English at strato-hosting.co.uk "Why are my emails not being delivered?"): its inbound
// filter's "Refused by local policy. No SPAM please!", with a hint in brackets of what looked like
// spam (B-URL a link, B-TEXT / B-SCORE / B-EX the text, B-ATTACH an attachment) or without one for a
// blocked server or sender, "Suspected phishing attempt", and "Forbidden domain ... in Envelope-From
// (B-EFROM-STRATO)" for a return address in a domain of STRATO's own; and "Ich habe eine E-Mail über
// den Versand von Spam erhalten" (strato.de/faq/article/2304): its outgoing filter's refusals of a
// customer's own message ("Sending of SPAM is not permitted!", "Message contains a dangerous
// attachment!", "Transmit rate limit exceeded"). STRATO's mail servers are *.rzone.de (inbound) and
// smtp.strato.de (outgoing). The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/";
const OUTGOING = "https://www.strato.de/faq/article/2304/";

/** The sender's own mailbox may be the one sending spam: STRATO's advice for its customers. */
const secureMailbox = t(
  "If you did not send this, change the password of your STRATO mailbox now and scan your devices: a stolen password is the usual way spam goes out in someone's name.",
  "身に覚えがなければ、すぐに STRATO のメールボックスのパスワードを変更し、端末をスキャンしてください。盗まれたパスワードは、他人の名前で迷惑メールが送られる典型的な原因です。",
);

export const strato: ProviderCatalog = {
  provider: {
    id: "strato",
    name: "STRATO",
    page: PAGE,
    hosts: [".rzone.de", ".strato.de", ".strato.com"],
    markers: [
      "b-efrom-strato",
      "refused by local policy. no spam please",
      "refused by local policy. sending of spam is not permitted",
      "refused by local policy. message contains a dangerous attachment",
    ],
    // STRATO hosts its customers' own domains; none is its own mailbox domain.
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "strato-spam-content",
      title: "Refused as spam: a link or words in the message (B-URL, B-TEXT)",
      code: "",
      texts: ["Refused by local policy. No SPAM please! (B-URL)"],
      markers: ["(b-url)", "(b-text)", "(b-score)", "(b-ex)"],
      reasons: ["spamdetected", "contenterror"],
      temporary: false,
      owner: "you",
      summary: t(
        "STRATO's spam filter refused the message because of its content: the hint in brackets names the part, B-URL a link, B-TEXT, B-SCORE or B-EX the text.",
        "STRATO の迷惑メール フィルターは内容を理由にメッセージを拒否しました。かっこ内のヒントが該当箇所を示します。B-URL はリンク、B-TEXT・B-SCORE・B-EX は本文です。",
      ),
      cause: t(
        "The filter found a link or wording it counts as spam; a link or phrase in your signature counts too, so every message with it is refused.",
        "フィルターが迷惑メールとみなすリンクや文言を見つけました。署名内のリンクや語句も対象になるため、それを含むメッセージはすべて拒否されます。",
      ),
      fix: [
        t(
          "Remove the link (B-URL) or the suspicious wording (B-TEXT, B-SCORE, B-EX), including any in your signature, and send the message again.",
          "リンク (B-URL) や疑わしい文言 (B-TEXT・B-SCORE・B-EX) を署名内のものも含めて削除し、メッセージを送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If the link is your own domain's, check that domain against URL block lists (SURBL, Spamhaus DBL) and clean up whatever got it listed.",
          "リンクが自組織のドメインのものであれば、そのドメインを URL ブロック リスト (SURBL、Spamhaus DBL) で調べ、掲載の原因を解消してください。",
        ),
      ],
      actions: ["copy-summary"],
    },
    {
      id: "strato-blocked-attachment",
      title: "Refused for its attachment (B-ATTACH)",
      code: "",
      texts: [
        "Refused by local policy. No SPAM please! (B-ATTACH)",
        "Refused by local policy. Message contains a dangerous attachment",
      ],
      markers: ["(b-attach)"],
      reasons: ["contenterror", "virusdetected", "spamdetected"],
      temporary: false,
      owner: "you",
      ownBounce: true,
      summary: t(
        "STRATO refused the message because of an attachment: its type is not allowed (program files such as .exe or .com) or the filter classed it as spam.",
        "STRATO は添付ファイルを理由にメッセージを拒否しました。許可されていない種類 (.exe や .com などのプログラム ファイル) か、フィルターが迷惑メールと判定したものです。",
      ),
      cause: t(
        "STRATO's filters check attachments on incoming mail and on its customers' outgoing mail alike, and refuse file types that often carry malware.",
        "STRATO のフィルターは、受信メールと利用者の送信メールの両方で添付ファイルを確認し、マルウェアがよく使うファイルの種類を拒否します。",
      ),
      fix: [
        t(
          "Send the file another way: packed in an archive, as a sharing link, or (for a program) after agreeing with the recipient how to pass it.",
          "ファイルを別の方法で送ってください。アーカイブにまとめる、共有リンクにする、(プログラムの場合は) 受け渡し方法を受信者と相談するなどです。",
        ),
      ],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["copy-summary"],
    },
    {
      id: "strato-phishing",
      code: "",
      texts: ["Suspected phishing attempt"],
      reasons: ["spamdetected", "contenterror"],
      temporary: false,
      owner: "you",
      summary: t(
        "STRATO's filter refused the message because its content looks like phishing (a request for passwords or payment details, a disguised link).",
        "内容がフィッシング (パスワードや支払い情報の要求、偽装されたリンク) に見えるため、STRATO のフィルターはメッセージを拒否しました。",
      ),
      cause: t(
        "The filter weighs links whose text and target differ, login or payment requests and look-alike sender names.",
        "フィルターは、表示と行き先が異なるリンク、ログインや支払いの要求、紛らわしい送信者名などを判定に使います。",
      ),
      fix: [
        t(
          "Remove or rewrite what may look like phishing (links showing another address than they open, requests to log in or pay) and send again.",
          "フィッシングに見えかねない部分 (表示と開く先が異なるリンク、ログインや支払いの依頼) を削除するか書き直してから送り直してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["copy-summary"],
    },
    {
      id: "strato-sender-blocked",
      title: "Sending server or sender blocked by STRATO",
      code: "",
      texts: ["Refused by local policy. No SPAM please"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "STRATO refused the message because the server that sent it[[ ({ip})]], or your address, is blocked there.",
        "送信したサーバー[[ ({ip}) ]]またはあなたのアドレスが STRATO でブロックされているため、STRATO はメッセージを拒否しました。",
      ),
      cause: t(
        "Without a hint in brackets, STRATO's refusal is about who sends, not what: a server or sender it has seen spam from.",
        "かっこ内のヒントがない場合、STRATO の拒否は内容ではなく送信元に対するものです。迷惑メールが確認されたサーバーや送信者です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.cleanLists],
      actions: ["contact-your-admin"],
    },
    {
      id: "strato-forbidden-envelope-domain",
      title: "Return address in a domain of STRATO's own (B-EFROM-STRATO)",
      code: "",
      texts: ["Forbidden domain <x> in Envelope-From"],
      markers: ["b-efrom-strato"],
      reasons: ["rejected", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "STRATO refused the message because its return address (envelope sender) is in a domain that belongs to STRATO itself, which only STRATO may send from.",
        "メッセージの返送先アドレス (エンベロープ送信者) が STRATO 自身のドメインで、そのドメインから送れるのは STRATO だけであるため、STRATO はメッセージを拒否しました。",
      ),
      cause: t(
        "Spam often forges a provider's own domains; STRATO refuses them from anyone else. A program or web form that sets such a return address runs into this.",
        "迷惑メールは事業者自身のドメインをよく偽装するため、STRATO は他者からのそのようなアドレスを拒否します。返送先をそうしたアドレスに設定したプログラムや Web フォームがこれに当たります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Set the sending program's or form's envelope sender (return path) to an address of your own domain.",
          "送信するプログラムやフォームのエンベロープ送信者 (Return-Path) を、自組織のドメインのアドレスにしてください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "strato-outgoing-spam",
      title: "Your message stopped as spam by STRATO's outgoing filter",
      code: "",
      texts: ["Refused by local policy. Sending of SPAM is not permitted"],
      reasons: ["spamdetected", "contenterror"],
      temporary: false,
      owner: "you",
      ownBounce: true,
      page: OUTGOING,
      summary: t(
        "STRATO, your own mail provider, did not send your message: its outgoing spam filter classed it as spam, so it never reached the recipient.",
        "あなたのメール事業者である STRATO は、このメッセージを送信しませんでした。送信側の迷惑メール フィルターが迷惑メールと判定したため、受信者には届いていません。",
      ),
      cause: t(
        "STRATO filters its customers' outgoing mail as well as incoming mail: the text, its links or its attachments matched spam. A mailbox taken over by spammers gets the same refusal for the mail they send.",
        "STRATO は受信メールと同様に利用者の送信メールも検査します。本文、リンク、添付ファイルが迷惑メールの特徴に一致しました。迷惑メール業者に乗っ取られたメールボックスも、その送信メールについて同じ拒否を受けます。",
      ),
      fix: [
        t(
          "Check the message's text, links and attachments, remove what may look like spam and send it again.",
          "メッセージの本文、リンク、添付ファイルを確認し、迷惑メールに見えかねない部分を削除してから送り直してください。",
        ),
        secureMailbox,
      ],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["secure-account", "copy-summary"],
    },
    {
      id: "strato-outgoing-rate-limit",
      title: "STRATO's sending limit for your mailbox reached",
      code: "",
      texts: ["Transmit rate limit exceed"],
      reasons: ["speeding", "exceedlimit"],
      temporary: true,
      lastingDeferral: "own-account",
      owner: "you",
      ownBounce: true,
      page: OUTGOING,
      summary: t(
        "STRATO, your own mail provider, is holding back your mail for now: your mailbox sent more messages in a short time than STRATO allows.",
        "あなたのメール事業者である STRATO は、現在あなたのメールを保留しています。短時間に STRATO の上限を超える数のメッセージが送られたためです。",
      ),
      cause: t(
        "STRATO limits how many messages one mailbox sends per period, so that a hijacked mailbox cannot send spam in bulk.",
        "STRATO は、乗っ取られたメールボックスから迷惑メールが大量に送られないよう、1 つのメールボックスが一定時間に送れる数を制限しています。",
      ),
      fix: [YOU.retryAfterLimit, secureMailbox],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["retry-later", "secure-account"],
    },
  ],
};
