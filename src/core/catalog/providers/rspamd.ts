// Rspamd, the spam filter of mailcow, Mailu, docker-mailserver, NethServer and many hosted
// servers. Its default replies: "Spam message rejected" (the proxy's and milter's reject_message),
// "Gtube pattern" (the GTUBE test string, always refused whatever the thresholds: rspamd issues
// #2437, #3303) and its antivirus module's default message '${SCANNER}: virus found: "${VIRUS}"'
// (rspamd.com/doc/modules/antivirus.html). Its greylisting and soft-reject answer ("Try again
// later") is left to the greylisting wording: it names no Rspamd word. Its multimap module refuses
// with "Matched map: SYMBOL" unless the rule sets a message of its own (NethServer's issue #5811
// quotes "554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION"; rspamd issues #2729 and #3165 the same
// words for allow maps): a map the receiver's admin keeps. Found by its own words,
// whatever host wrote them. The explanations are our own words.
import { ADMIN, SENDER } from "../steps";
import { t } from "../types";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const ACTIONS = "https://rspamd.com/doc/configuration/metrics.html";

export const rspamd: ProviderCatalog = {
  provider: {
    id: "rspamd",
    name: "Rspamd",
    page: ACTIONS,
    hosts: [],
    markers: ["gtube pattern", "spam message rejected", ": virus found:", "matched map:"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "rspamd-gtube",
      code: "",
      texts: ["Gtube pattern"],
      page: "https://rspamd.com/doc/other/gtube_patterns.html",
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's spam filter (Rspamd) refused the message because it contains GTUBE, the standard test text that every spam filter must refuse.",
        "メッセージに GTUBE (すべての迷惑メール フィルターが拒否すべき標準のテスト文字列) が含まれているため、受信側の迷惑メール フィルター (Rspamd) はメッセージを拒否しました。",
      ),
      cause: t(
        "The GTUBE string (XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X) exists to test spam filters; Rspamd refuses any message holding it, whatever its other settings. Someone sent a test message, or the string was pasted into a message or a signature by mistake.",
        "GTUBE 文字列 (XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X) は迷惑メール フィルターの試験用のもので、Rspamd は他の設定にかかわらず、これを含むメッセージをすべて拒否します。テスト メッセージを送ったか、この文字列を誤ってメッセージや署名に貼り付けています。",
      ),
      fix: [
        t(
          "If this was a test, the filter works as intended. Otherwise remove the test string from the message (and from your signature) and send it again.",
          "テストだった場合は、フィルターは意図どおりに動いています。そうでない場合は、メッセージ (と署名) からテスト文字列を削除して送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Nothing to change on either side: a filter that refuses GTUBE works as it should. Send real tests without the string.",
          "どちらの側でも変える設定はありません。GTUBE を拒否するフィルターは正しく動いています。実際の試験は、この文字列を含めずに送ってください。",
        ),
      ],
      actions: ["copy-summary"],
    },
    {
      id: "rspamd-spam",
      code: "",
      texts: ["Spam message rejected"],
      reasons: ["spamdetected", "securityerror", "policyviolation", "rejected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's spam filter (Rspamd) refused the message because its spam score went over the recipient's limit for refusing.",
        "受信側の迷惑メール フィルター (Rspamd) は、迷惑メールのスコアが受信側の拒否の基準を超えたため、メッセージを拒否しました。",
      ),
      cause: t(
        "Rspamd adds up points for the message's words, links and layout, the sender's SPF, DKIM and DMARC results, the sending IP address's and domain's reputation and block-list entries, and refuses a message whose total reaches the reject threshold (15 points unless the admin changed it). A failed DMARC check of a domain that asks for rejection, or a link on a block list, often tips it. \"Spam message rejected\" is its default wording for all of these.",
        'Rspamd は、メッセージの文言・リンク・レイアウト、送信者の SPF・DKIM・DMARC の結果、送信 IP アドレスやドメインの評価とブロック リストへの掲載に点数を付けて合計し、拒否の基準値 (管理者が変えていなければ 15 点) に達したメッセージを拒否します。拒否を求めるドメインの DMARC の不合格や、ブロック リストに載ったリンクが決め手になることがよくあります。"Spam message rejected" は、これらすべてに使われる既定の文言です。',
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [ADMIN.checkAuthRecords, YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient", "copy-summary"],
    },
    {
      id: "rspamd-virus",
      title: "Virus found",
      code: "",
      texts: ["<scanner>: virus found: <name>"],
      reasons: ["virusdetected", "securityerror", "spamdetected", "policyviolation"],
      page: "https://rspamd.com/doc/modules/antivirus.html",
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's spam filter (Rspamd) refused the message because its virus scanner found malware in it; the reply names the scanner and what it found.",
        "受信側の迷惑メール フィルター (Rspamd) は、ウイルス スキャナーがメッセージ内にマルウェアを見つけたため、メッセージを拒否しました。応答にスキャナーと検出された名前が示されています。",
      ),
      cause: t(
        "Rspamd passes attachments to a virus scanner (usually ClamAV) and refuses a message it flags. A real infection, a file that was infected before you got it, or a false alarm on a harmless document or archive all give this refusal.",
        "Rspamd は添付ファイルをウイルス スキャナー (多くは ClamAV) に渡し、検出されたメッセージを拒否します。実際の感染、受け取る前から感染していたファイル、無害な文書やアーカイブに対する誤検知のいずれでも、この拒否になります。",
      ),
      fix: [YOU.scanBeforeResend, SENDER.secureAccount],
      adminFix: [YOUR_ADMIN.scanSender],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "rspamd-multimap",
      title: "Matched a local map rule",
      code: "",
      texts: ["Matched map: <symbol>"],
      reasons: ["policyviolation", "rejected", "blocked", "filtered"],
      page: "https://rspamd.com/doc/modules/multimap.html",
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's spam filter (Rspamd) refused the message because it matched one of the receiving organization's own lists (a map); the name after \"Matched map\" says which.",
        '受信側の迷惑メール フィルター (Rspamd) は、メッセージが受信側の組織独自のリスト (マップ) に一致したため拒否しました。"Matched map" の後の名前が、どのリストかを示します。',
      ),
      cause: t(
        "Rspamd's multimap rules compare the message with lists the receiver's admin keeps: blocked senders, domains or IP addresses, forbidden attachment names or extensions, words in the subject. A rule set to refuse gives this reply with the rule's name (FORBIDDEN_FILE_EXTENSION: an attachment type; a name with BLACKLIST or BLOCK: your address, domain or server). It is the receiver's own setting, not a public list or a spam score.",
        "Rspamd のマルチマップ ルールは、受信側の管理者が管理するリストとメッセージを照合します。ブロックする送信者・ドメイン・IP アドレス、禁止する添付ファイルの名前や拡張子、件名の語句などです。拒否に設定されたルールは、ルール名とともにこの応答を返します (FORBIDDEN_FILE_EXTENSION は添付ファイルの種類、BLACKLIST や BLOCK を含む名前はあなたのアドレス、ドメイン、サーバー)。公開リストや迷惑メールのスコアではなく、受信側の設定です。",
      ),
      fix: [
        t(
          "If the rule's name points at an attachment, send the file another way (a sharing link or another format); otherwise reach the recipient another way and ask their admin to allow your mail.",
          "ルール名が添付ファイルを示す場合は、共有リンクや別の形式など別の方法でファイルを送ってください。それ以外の場合は、別の手段で受信者に連絡し、受信側の管理者にあなたのメールを許可してもらってください。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
  ],
};
