// ASSP (Anti-Spam SMTP Proxy), the open-source filter many cPanel hosts put in front of their mail
// servers, in its own reply words: the defaults of its configuration (assp.pl's settings AvError
// "554 5.7.1 Mail appears infected with '$infection'.", SpamError "554 5.7.1 Mail appears to be
// unsolicited ...", the connection refusal "554 <host> Service denied, closing transmission
// channel"; assp.sourceforge.net) and a host's list of them (maxclicksonline.com knowledge base,
// "ASSP bounced back messages and errors"). Its delaying (greylisting) reply "451 4.7.1 Please try
// again later" names nothing of ASSP and is read by its words as any server's (../wordings.ts).
// Found by its words, whatever host wrote them. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://assp.sourceforge.net/";

export const assp: ProviderCatalog = {
  provider: {
    id: "assp",
    name: "ASSP (Anti-Spam SMTP Proxy)",
    page: PAGE,
    hosts: [],
    markers: [
      "service denied, closing transmission channel",
      "mail appears infected with",
      "mail appears to be unsolicited",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "assp-connection-denied",
      code: "",
      texts: ["Service denied, closing transmission channel"],
      reasons: ["blocked", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's spam filter (ASSP) refused the connection from your server[[ ({ip})]] before any message was sent: it does not take mail from that IP address.",
        "受信側の迷惑メール フィルター (ASSP) は、メッセージが送られる前に、あなたのサーバー[[ ({ip})]] からの接続を拒否しました。その IP アドレスからのメールを受け付けていません。",
      ),
      cause: t(
        "ASSP refuses a connection outright when the IP address is on its deny list, on a block list it checks, or was blocked for a while after sending spam or too many bad messages. It is about the sending server's address, not about this message.",
        "ASSP は、IP アドレスが拒否リストにある、参照しているブロック リストに載っている、または迷惑メールや不正なメッセージを多く送ったため一時的にブロックされている場合に、接続そのものを拒否します。このメッセージではなく、送信サーバーのアドレスの問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Check {ip} on the public block lists; if it is on none, ask the recipient's host to look it up in ASSP's deny list.",
          "{ip} が公開のブロック リストに載っていないか確認してください。どれにも載っていなければ、受信側のホスティング事業者に ASSP の拒否リストを確認してもらってください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "assp-infected",
      code: "",
      texts: ["Mail appears infected with"],
      reasons: ["virusdetected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's spam filter (ASSP) refused the message because its virus scanner found malware in it; the reply names what it found.",
        "受信側の迷惑メール フィルター (ASSP) は、ウイルス スキャナーがメッセージにマルウェアを見つけたため、メッセージを拒否しました。応答には見つかったものの名前があります。",
      ),
      cause: t(
        "ASSP passes each message to a virus scanner (usually ClamAV). An attachment, or a file inside an archive, matched a known malware signature: an infected file, a document with harmful macros, or a false positive of the scanner.",
        "ASSP は、各メッセージをウイルス スキャナー (多くは ClamAV) に通します。添付ファイル、または圧縮ファイルの中のファイルが既知のマルウェアのシグネチャに一致しました。感染したファイル、有害なマクロを含む文書、またはスキャナーの誤検知です。",
      ),
      fix: [YOU.scanBeforeResend, SENDER.secureAccount],
      adminFix: [YOUR_ADMIN.scanSender],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "assp-unsolicited",
      code: "",
      texts: ["Mail appears to be unsolicited"],
      reasons: ["spamdetected", "filtered"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's spam filter (ASSP) judged the message to be spam and refused it.",
        "受信側の迷惑メール フィルター (ASSP) は、メッセージを迷惑メールと判定して拒否しました。",
      ),
      cause: t(
        "ASSP scores each message on its words, links and sender, against what it learned from the recipients' spam and wanted mail. This message scored as spam; some hosts' replies add a code you can put in the subject to get through, or ask you to report the error to their postmaster.",
        "ASSP は、受信者の迷惑メールと必要なメールから学習した内容をもとに、各メッセージの語句やリンク、送信者を採点します。このメッセージは迷惑メールと判定されました。ホスティング事業者によっては、件名に入れると通過できるコードを応答に添えたり、postmaster への報告を求めたりします。",
      ),
      fix: [
        YOU.plainVersionOrAllowed,
        t(
          "If the reply gives a code to add to the subject, send the message again with that code in the subject.",
          "応答に件名へ加えるコードがあれば、そのコードを件名に入れて送り直してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient"],
    },
  ],
};
