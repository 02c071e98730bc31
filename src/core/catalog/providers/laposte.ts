// Sources: La Poste's postmaster page for senders (https://postmaster.laposte.net/); Bento's page
// on La Poste's codes (https://bentonow.com/smtp-errors/laposte): LPN007_416 an invalid
// recipient address, LPN007_510 its filters' refusal, "Message refused, DMARC verification
// Failed. Message refuse, verification DMARC en echec LPN007_517", "Emetteur invalide / Invalid
// Sender" (LPN007_405), "Too many connections, slow down" and La Poste's limits (2 connections,
// about 100 messages each); "550 5.5.0 Service refuse. Veuillez essayer plus tard. service
// refused, please try later. LPN007_510" as a site reported its mail to laposte.net refused
// (https://github.com/JamBrain/JamBrain/issues/270) and as Gadz.org's page on French providers'
// refusals quotes it (https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015);
// and, as senders quoted it, "The emails sent to the mail host Laposte.net were blocked by our
// services. To regularize your situation please click on the link below and follow the
// procedure" with a block list's lookup link (Spamhaus, Sender Score). La Poste's servers are
// *.laposte.net; its codes read like Orange's (./orange.ts: the three digits after the
// underscore name the cause) but its replies and page are its own. Texts and codes are La
// Poste's (matched in the reply); the explanations are our own words. LPN004_401 (SPF),
// LPN004_420 (an archived mailbox) and LPN007_426 (a blocked account) had no source but another
// bounce parser's issue threads, and are left out.
import { t } from "../types";
import { finalOnly } from "../step-kinds";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const laPoste: ProviderCatalog = {
  provider: {
    id: "laposte",
    name: "La Poste (laposte.net)",
    page: "https://postmaster.laposte.net/",
    hosts: [".laposte.net"],
    // Its reference codes: "LPN007_510", "LPN105_104", "LPNAAA_101".
    markers: ["lpn0", "lpn1", "lpnaaa_"],
    domains: ["laposte.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "laposte-too-many-connections",
      code: "",
      texts: ["Too many connections, slow down"],
      markers: ["_104"],
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "La Poste turned the connection away because your server[[ ({ip})]] had too many connections open to laposte.net at the same time.",
        "送信サーバー[[ ({ip}) ]]が laposte.net に同時に開いていた接続が多すぎたため、La Poste は接続を受け付けませんでした。",
      ),
      cause: t(
        "La Poste limits the connections one sending IP may keep open at once.",
        "La Poste は、1 つの送信 IP が同時に開ける接続の数を制限しています。",
      ),
      // (on a delay warning, diagnose() says the server keeps trying and drops the resend)
      fix: [YOU.retryAfterLimit, YOU.forwardToAdmin],
      adminFix: [
        t(
          "Lower the number of simultaneous connections per IP to laposte.net (2 is a safe value) and the messages sent on each connection.",
          "laposte.net への IP ごとの同時接続数 (2 つなら安全です) と、1 接続あたりに送るメッセージ数を減らしてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "laposte-dmarc",
      ownRecordsCause: true,
      code: "",
      texts: [
        "Message refused, DMARC verification Failed",
        "Message refuse, verification DMARC en echec",
      ],
      markers: ["_517"],
      reasons: ["authfailure", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "La Poste refused the message because it failed the DMARC check of the domain in its From address[[ ({domain})]].",
        "From アドレスのドメイン[[ ({domain}) ]]の DMARC 検証に失敗したため、La Poste はメッセージを拒否しました。",
      ),
      cause: t(
        "The domain's DMARC policy asks receivers to refuse mail that neither SPF nor DKIM authenticates for that domain, and La Poste applied it. The usual cause is a service sending in the domain's name without its DKIM signature or SPF entry.",
        "このドメインの DMARC ポリシーは、SPF と DKIM のどちらでもこのドメインとして認証されないメールを拒否するよう受信側に求めており、La Poste はそれを適用しました。よくある原因は、DKIM 署名や SPF の記載がないままドメインの名前で送信しているサービスです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "laposte-invalid-sender",
      code: "",
      texts: ["Emetteur invalide. Invalid Sender"],
      markers: ["_405"],
      reasons: ["rejected", "hostunknown"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "La Poste refused the sender address[[ ({domain})]] of this message.",
        "La Poste は、このメッセージの送信者のアドレス[[ ({domain}) ]]を拒否しました。",
      ),
      cause: t(
        "La Poste accepts mail only from a sender address that could receive a reply: its domain needs valid MX (or A) records in DNS. The domain had none, or its name servers did not answer at that moment.",
        "La Poste は、返信を受け取れる送信者アドレスからのメールだけを受け付けます。そのドメインには DNS に有効な MX (または A) レコードが必要です。このドメインにはそれがないか、その時点でネーム サーバーが応答しませんでした。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check that {domain} has MX (or A) records that resolve from the internet and that the sender address accepts mail; do not send from an address that refuses replies.",
          "{domain} にインターネットから参照できる MX (または A) レコードがあり、送信者のアドレスがメールを受け取れるか確認してください。返信を受け付けないアドレスから送らないでください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "laposte-service-refused",
      code: "",
      texts: ["Service refuse. Veuillez essayer plus tard", "service refused, please try later"],
      markers: ["_510"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "La Poste's filters refused mail from your server[[ ({ip})]]: they judged what it sends to laposte.net to be unwanted.",
        "La Poste のフィルターが送信サーバー[[ ({ip}) ]]からのメールを拒否しました。このサーバーが laposte.net に送るメールを不要なメールと判定しています。",
      ),
      cause: t(
        'Despite its words ("service refused, please try later"), this is a refusal given after the message was sent: La Poste\'s spam filtering blocked mail from this server, usually because of its sending reputation (complaints, unknown addresses, sudden volume) or its content. Trying again unchanged is refused the same way.',
        "応答の文言 (「後でもう一度試してください」) とは異なり、これはメッセージ送信後の拒否です。La Poste の迷惑メール フィルターがこのサーバーからのメールをブロックしました。原因は通常、送信評価 (苦情、存在しない宛先、急な送信量の増加) か内容です。そのまま送り直しても同じように拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        finalOnly(
          t(
            "Send to laposte.net only recipients who asked for your mail, remove addresses that bounce, and keep SPF, DKIM and DMARC passing; then send again.",
            "laposte.net へは受信を希望した受信者にだけ送り、配信エラーになるアドレスを削除し、SPF・DKIM・DMARC が合格する状態を保ってから送り直してください。",
          ),
          t(
            "Send to laposte.net only recipients who asked for your mail, remove addresses that bounce, and keep SPF, DKIM and DMARC passing.",
            "laposte.net へは受信を希望した受信者にだけ送り、配信エラーになるアドレスを削除し、SPF・DKIM・DMARC が合格する状態を保ってください。",
          ),
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "laposte-block-list",
      code: "",
      texts: [
        "The emails sent to the mail host Laposte.net were blocked by our services",
        "Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services",
      ],
      markers: ["_101", "_102"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "La Poste blocked mail from your server[[ ({ip})]] because a block list it uses names this IP.",
        "La Poste が利用するブロック リストにこの IP が掲載されているため、La Poste は送信サーバー[[ ({ip}) ]]からのメールをブロックしました。",
      ),
      cause: t(
        "The block is on the sending IP, not on this message. The link at the end of the reply names the list (Spamhaus, or Validity's Sender Score for a poor reputation) and the procedure to follow.",
        "ブロックの対象はこのメッセージではなく送信 IP です。応答の末尾のリンクが、そのリスト (Spamhaus、または評価の低さなら Validity の Sender Score) と従うべき手順を示しています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Open the link in the reply and look {ip} up there; fix what got it listed (often a compromised account or an infected computer), then request removal as the list describes.",
          "応答のリンクを開いて {ip} を検索してください。掲載の原因 (乗っ取られたアカウントや感染したコンピューターが多い) を解消してから、リストの説明に従って削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "laposte-no-such-user",
      code: "",
      texts: ["Invalid recipient"],
      markers: ["_416"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "La Poste has no laposte.net mailbox with this address.",
        "La Poste には、このアドレスの laposte.net のメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the mailbox has been closed. Nothing was delivered.",
        "アドレスの入力ミスか、メールボックスが閉鎖されています。何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
  ],
};
