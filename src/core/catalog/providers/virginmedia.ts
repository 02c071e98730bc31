// Source: Virgin Media's community forum, where its staff post for senders: "Email Spam Content
// Found error 550 - 554" (community.virginmedia.com/t5/Email/...-550-554/td-p/3229831: "550 - 554
// 5.2.0 Spam content found", answered with Virgin Media's own checklist for senders: one consistent
// sending IP with reverse DNS, SPF, DKIM, RFC-compliant messages, honest links) and "Advice for
// sending emails to Virgin Media domains" (td-p/3957034: a sending domain without SPF or DMARC is
// greylisted); its inbound servers' MXIN codes, which Ziggo's share, are in ./mxin.ts. Its mailbox
// domains are virginmedia.com, ntlworld.com, blueyonder.co.uk and virgin.net. The explanations are
// our own words.
import { t } from "../types";
import { mxinEntries } from "./mxin";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://community.virginmedia.com/t5/Email/Advice-for-sending-emails-to-Virgin-Media-domains/td-p/3957034";

export const virginMedia: ProviderCatalog = {
  provider: {
    id: "virginmedia",
    name: "Virgin Media Mail",
    page: PAGE,
    // Servers named under its own domains are its own; the reply's codes and the recipient's domain name it too.
    hosts: [".virginmedia.com", ".ntlworld.com", ".blueyonder.co.uk", ".virgin.net"],
    // "Spam content found": its spam verdict's words, which no other server was found to write
    markers: ["mxin400", "mxin619", "mxin503", "spam content found"],
    domains: ["virginmedia.com", "ntlworld.com", "blueyonder.co.uk", "virgin.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "virginmedia-spam-content",
      code: "",
      texts: ["Spam content found"],
      reasons: ["spamdetected", "badreputation"],
      temporary: false,
      owner: "your-admin",
      page: "https://community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831",
      summary: t(
        "Virgin Media's spam filter refused the message as spam; it judges the sending setup as much as the text.",
        "Virgin Media の迷惑メール フィルターはメッセージを迷惑メールとして拒否しました。本文だけでなく、送信側の設定も判定に使われます。",
      ),
      cause: t(
        "Virgin Media trusts mail it can identify: sent from one consistent IP with a reverse DNS name, with SPF and DKIM for the sending domain, well-formed, with links that show where they lead. Bulk mail without these is refused as spam even when its text is harmless.",
        "Virgin Media は送信元を確認できるメールを信頼します。一定の IP から逆引き DNS 名付きで送られ、送信ドメインに SPF と DKIM があり、形式が正しく、リンクの行き先が明示されたメールです。これらを欠く一斉送信は、本文に問題がなくても迷惑メールとして拒否されます。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "If you write to one person at Virgin Media, a plain message without links may get through meanwhile; the recipient can also add your address to their contacts.",
          "Virgin Media の特定の相手に送る場合は、当面はリンクのない簡潔な文面なら届くことがあります。受信者があなたのアドレスを連絡先に追加することもできます。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkPtr, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    ...mxinEntries("virginmedia", "Virgin Media"),
  ],
};
