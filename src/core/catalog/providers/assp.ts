// ASSP (Anti-Spam SMTP Proxy), the open-source filter many cPanel hosts put in front of their mail
// servers, in its own reply words: the defaults of its configuration (assp.pl's setting AvError
// "554 5.7.1 Mail appears infected with '$infection'.", the connection refusal "554 <host> Service
// denied, closing transmission channel"; assp.sourceforge.net) and a host's list of them
// (maxclicksonline.com knowledge base, "ASSP bounced back messages and errors"). Its delaying
// (greylisting) reply "451 4.7.1 Please try again later" and its spam refusal "Mail appears to be
// unsolicited" (which other filters write too) name nothing of ASSP alone and keep the meanings
// any server's words carry.
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
    markers: ["service denied, closing transmission channel", "mail appears infected with"],
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
        "受信側の迷惑メール フィルター (ASSP) は、メッセージが送られる前に、あなたのサーバー[[ ({ip}) ]]からの接続を拒否しました。その IP アドレスからのメールを受け付けていません。",
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
  ],
};
