// ASSP (Anti-Spam SMTP Proxy), the open-source filter many cPanel hosts put in front of their mail
// servers, in its own reply words: the defaults of its configuration (assp.pl's setting AvError
// "554 5.7.1 Mail appears infected with '$infection'.", the connection refusal "554 <host> Service
// denied, closing transmission channel"; assp.sourceforge.net) and a host's list of them
// (maxclicksonline.com knowledge base, "ASSP bounced back messages and errors"). Its delaying
// (greylisting) reply "451 4.7.1 Please try again later" and its spam refusal "Mail appears to be
// unsolicited" (which other filters write too) name nothing of ASSP alone and keep the meanings
// any server's words carry; the same refusal offering a way through ("554 5.7.1 Mail (<session>)
// appears to be unsolicited - resend with the code <code> appended to subject and ask to have your
// email whitelisted.", the host's list) has its own row, as its step is the reply's own.
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
      "appended to subject",
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
      id: "assp-resend-with-code",
      code: "",
      title: "Held as likely spam: resend with the code in the subject",
      texts: ["resend with the code <code> appended to subject"],
      reasons: ["spamdetected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's spam filter (ASSP) refused the message as likely spam, but lets it through if you send it again with the code from the reply added to the subject.",
        "受信側の迷惑メール フィルター (ASSP) はメッセージを迷惑メールの疑いで拒否しましたが、応答にあるコードを件名に加えて送り直せば受け付けます。",
      ),
      cause: t(
        "ASSP scores each message. Where the score is doubtful, the host has it refuse the message with a one-time code instead of dropping it: a message sent again with that code in its subject shows that a person sent it, and is let through.",
        "ASSP は各メッセージを採点します。判定がはっきりしない場合、ホスティング事業者の設定により、メッセージを破棄する代わりに 1 回限りのコードを付けて拒否します。そのコードを件名に入れて送り直したメッセージは人が送ったものとみなされ、受け付けられます。",
      ),
      fix: [
        t(
          'Send the message again with the code the reply gives (after "resend with the code") added at the end of the subject; if it keeps happening, ask the recipient to add your address to their allowed senders.',
          '応答にあるコード ("resend with the code" の後) を件名の末尾に加えて送り直してください。たびたび起きる場合は、受信者にあなたのアドレスを許可リストに加えてもらってください。',
        ),
      ],
      adminFix: [
        t(
          "Nothing to change on the sending side. The recipient's host can add the sender to ASSP's list of allowed senders if its mail keeps being held.",
          "送信側で変える設定はありません。この送信者のメールがたびたび止められる場合は、受信側のホスティング事業者がこの送信者を ASSP の許可リストに加えることができます。",
        ),
      ],
      actions: ["contact-recipient", "copy-summary"],
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
