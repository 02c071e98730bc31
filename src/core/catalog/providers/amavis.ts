// amavisd-new (Amavis), the content filter in front of many Postfix and Exim servers (iRedMail,
// Modoboa, Proxmox Mail Gateway's ancestors, countless hosting set-ups). When a policy makes it
// refuse a message it answers "554 5.7.0 Reject, id=<its id> - <contents category>[: <details>]",
// and when it drops one silently "250 2.7.0 Ok, discarded, id=... - <category>": the category is
// INFECTED (a virus scanner's find, with the virus name), BANNED (a banned file name or type,
// with the part's MIME type, file type and name), SPAM or BAD-HEADER (amavisd-new's README files
// and its default $final_*_destiny settings, amavis.org/amavisd-new-docs.html). The table is found
// by amavis's own reply words, whatever host wrote them; the categories are the entries' markers.
// The explanations are our own words.
import { ADMIN, SENDER } from "../steps";
import { t } from "../types";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const DOCS = "https://www.amavis.org/amavisd-new-docs.html";

export const amavis: ProviderCatalog = {
  provider: {
    id: "amavis",
    name: "Amavis (amavisd-new)",
    page: DOCS,
    hosts: [],
    markers: ["reject, id=", "discarded, id="],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "amavis-banned",
      title: "Rejected: banned content",
      code: "",
      texts: ["Reject, id=<id> - BANNED", "discarded, id=<id> - BANNED"],
      markers: ["- banned"],
      reasons: ["securityerror", "virusdetected", "spamdetected", "policyviolation"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's content filter (Amavis) refused the message because of an attachment whose name or file type the recipient's organization does not accept, such as a program or a script.",
        "受信側のコンテンツ フィルター (Amavis) は、受信側の組織が受け付けない名前や種類の添付ファイル (プログラムやスクリプトなど) があるため、メッセージを拒否しました。",
      ),
      cause: t(
        "Amavis checks the name, the declared type and the real type of every attachment, including files inside .zip and other archives, against the recipient's list of banned kinds: programs (.exe, .scr, .bat, .js), macro documents, double extensions (invoice.pdf.exe), and sometimes any archive it cannot open. The reply names the part it banned (M= its type, T= its file type, N= its name). It is not judged as spam or a virus.",
        "Amavis は、すべての添付ファイル (.zip などのアーカイブ内のファイルも含む) の名前、宣言された種類、実際の種類を、受信側が禁止している種類の一覧と照合します。プログラム (.exe、.scr、.bat、.js)、マクロ付きの文書、二重拡張子 (invoice.pdf.exe)、場合によっては開けないアーカイブなどです。応答には禁止された部分 (M= 種類、T= ファイルの種類、N= 名前) が示されます。迷惑メールやウイルスと判定されたわけではありません。",
      ),
      fix: [
        t(
          "Send the message again without that attachment: share the file through a link (OneDrive, SharePoint) instead, or, if the recipient agrees, rename or pack it the way they ask.",
          "その添付ファイルを外して送り直してください。代わりにリンク (OneDrive、SharePoint) でファイルを共有するか、受信者の了承があれば指定された方法で名前を変えたり圧縮したりしてください。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["shrink-attachments", "contact-recipient"],
    },
    {
      id: "amavis-infected",
      title: "Rejected: virus found",
      code: "",
      texts: ["Reject, id=<id> - INFECTED", "discarded, id=<id> - INFECTED"],
      markers: ["- infected"],
      reasons: ["virusdetected", "securityerror", "spamdetected", "policyviolation"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's content filter (Amavis) refused the message because its virus scanner found malware in it; the reply names what it found.",
        "受信側のコンテンツ フィルター (Amavis) は、ウイルス スキャナーがメッセージ内にマルウェアを見つけたため、メッセージを拒否しました。応答に検出された名前が示されています。",
      ),
      cause: t(
        "Amavis passes every message and attachment to a virus scanner (usually ClamAV). A real infection on the sending computer, a file that was infected before you got it, or a scanner's false alarm on a harmless macro document or archive all give this refusal. A name like Eicar-Test-Signature means the message held the antivirus test file.",
        "Amavis はすべてのメッセージと添付ファイルをウイルス スキャナー (多くは ClamAV) に渡します。送信側のコンピューターの実際の感染、受け取る前から感染していたファイル、無害なマクロ付き文書やアーカイブに対するスキャナーの誤検知のいずれでも、この拒否になります。Eicar-Test-Signature のような名前は、メッセージにウイルス対策のテスト ファイルが含まれていたことを示します。",
      ),
      fix: [YOU.scanBeforeResend, SENDER.secureAccount],
      adminFix: [YOUR_ADMIN.scanSender],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "amavis-spam",
      title: "Rejected as spam",
      code: "",
      texts: ["Reject, id=<id> - SPAM", "discarded, id=<id> - SPAM"],
      markers: ["- spam"],
      reasons: ["spamdetected", "securityerror", "policyviolation"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's content filter (Amavis) refused the message because its spam score (from SpamAssassin) went over the recipient's limit for refusing.",
        "受信側のコンテンツ フィルター (Amavis) は、迷惑メールのスコア (SpamAssassin による) が受信側の拒否の基準を超えたため、メッセージを拒否しました。",
      ),
      cause: t(
        "Amavis has SpamAssassin add up points for the message's words, links, layout, the sender's authentication (SPF, DKIM) and block-list entries of the servers and links it names; above the recipient's kill level the message is refused. No single test decides it; several together do.",
        "Amavis は SpamAssassin を使って、メッセージの文言、リンク、レイアウト、送信者の認証 (SPF・DKIM)、含まれるサーバーやリンクのブロック リストへの掲載に点数を付けて合計し、受信側の基準値を超えるとメッセージを拒否します。1 つの検査だけで決まるのではなく、複数の検査の合計で決まります。",
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [ADMIN.checkAuthRecords, YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient", "copy-summary"],
    },
    {
      id: "amavis-bad-header",
      title: "Rejected: bad header",
      code: "",
      texts: ["Reject, id=<id> - BAD-HEADER", "discarded, id=<id> - BAD-HEADER"],
      markers: ["- bad-header"],
      reasons: ["notcompliantrfc", "contenterror", "policyviolation", "securityerror"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's content filter (Amavis) refused the message because its header breaks the email format rules, for example with characters that are not encoded or a header line that is malformed.",
        "受信側のコンテンツ フィルター (Amavis) は、メッセージのヘッダーがメールの形式の規則に反している (エンコードされていない文字や不正なヘッダー行など) ため、メッセージを拒否しました。",
      ),
      cause: t(
        "Amavis checks the header against RFC 5322: 8-bit characters (accented letters, Japanese) written without MIME encoding, lines that are too long, a missing or doubled From or Date. Outlook does not write such headers; an application, a script, a scanner or an old mail program usually does.",
        "Amavis はヘッダーを RFC 5322 に照らして確認します。MIME エンコードなしで書かれた 8 ビット文字 (アクセント付き文字や日本語)、長すぎる行、From や Date の欠落や重複などです。Outlook はこのようなヘッダーを書きません。多くの場合、アプリケーション、スクリプト、複合機、古いメール アプリが書いています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkMessageFormat],
      actions: ["contact-your-admin", "copy-summary"],
    },
  ],
};
