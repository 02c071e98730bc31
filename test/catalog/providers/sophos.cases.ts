// Sophos Email (Sophos Central) refusals. Sophos publishes its refusals as a table of codes and
// descriptions ("SMTP error codes", docs.sophos.com ... /EmailSecurity/SMTPErrorCodes/), not as
// whole replies: the XGEMAIL_nnnn cases below put the published code and description in our own
// plain layout ("550 5.7.1 <description> (XGEMAIL_nnnn)"), with sample values. "554 5.7.28 Mail
// flood detected" is the reply as Sophos quotes it in its community post on outbound limits.
import type { ProviderCase } from "./types";

const MX = "mx-01-eu-west-1.prod.hydra.sophos.com";
const US = "mx-02-us-east-2.prod.hydra.sophos.com";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "XGEMAIL_0002 SPF check failed",
    reply: "550 5.7.1 Message failed an SPF check (XGEMAIL_0002)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sophos-spf",
      owner: "your-admin",
      temporary: false,
      words: ["Sophos", "SPF"],
    },
  },
  {
    name: "XGEMAIL_0001 no valid DKIM signature, named by its code alone",
    reply: "550 5.7.1 Message didn't contain a valid DKIM signature (XGEMAIL_0001)",
    status: "5.7.1",
    expected: {
      id: "sophos-dkim",
      owner: "your-admin",
      temporary: false,
      words: ["DKIM", "Sophos"],
    },
  },
  {
    name: "XGEMAIL_0003 DMARC check failed",
    reply: "550 5.7.1 Message failed a DMARC check (XGEMAIL_0003)",
    status: "5.7.1",
    remote: US,
    expected: {
      id: "sophos-dmarc",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "not on the recipient's side"],
      wordsJa: ["DMARC", "受信側ではありません"],
    },
  },
  {
    name: "XGEMAIL_0004 sending IP on an RBL",
    reply: `550 5.7.1 Sender IP address failed an RBL test [${IP}] (XGEMAIL_0004)`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sophos-rbl",
      owner: "your-admin",
      temporary: false,
      words: [IP, "block list"],
      wordsJa: [IP, "ブロック リスト"],
    },
  },
  {
    name: "XGEMAIL_0005 sender domain on a DBL",
    reply: "550 5.7.1 Sender domain failed a DBL test (XGEMAIL_0005)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sophos-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["domain block list", "Spamhaus DBL"],
      wordsJa: ["ドメインのブロック リスト", "Spamhaus DBL"],
    },
  },
  {
    name: "XGEMAIL_0006 TLS version below the recipient's policy",
    reply:
      "550 5.7.1 Message rejected because the TLS version used doesn't match the version configured in your policy (XGEMAIL_0006)",
    status: "5.7.1",
    remote: US,
    expected: {
      id: "sophos-tls-version",
      owner: "your-admin",
      temporary: false,
      words: ["TLS 1.3", "STARTTLS"],
    },
  },
  {
    name: "XGEMAIL_0007 the recipient's Sophos license has expired",
    reply: "550 5.7.1 Message rejected because your license has expired (XGEMAIL_0007)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sophos-license-expired",
      owner: "recipient-admin",
      temporary: false,
      words: ["license", "Sophos Central"],
      wordsJa: ["ライセンス", "Sophos Central"],
    },
  },
  {
    name: "XGEMAIL_0008 the organization's admin block list",
    reply:
      "550 5.7.1 Message rejected because a domain, an IP address, or an email address is in the admin block list (XGEMAIL_0008)",
    status: "5.7.1",
    expected: {
      id: "sophos-admin-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["block list", "recipient's own setting"],
      wordsJa: ["ブロック リスト", "受信側の管理者"],
    },
  },
  {
    name: "XGEMAIL_0009 the recipient's own block list",
    reply:
      "550 5.7.1 Message rejected because a domain, an IP address, or an email address is in the user block list (XGEMAIL_0009)",
    status: "5.7.1",
    remote: US,
    expected: {
      id: "sophos-user-block",
      owner: "recipient",
      temporary: false,
      words: ["Self Service Portal"],
      wordsJa: ["セルフ サービス ポータル"],
    },
  },
  {
    name: "XGEMAIL_0010 domain not protected by Sophos Email",
    reply:
      "550 5.7.1 Message rejected because the recipient's domain isn't a Sophos Email protected domain (XGEMAIL_0010)",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@fabrikam.example",
    expected: {
      id: "sophos-domain-not-protected",
      owner: "recipient-admin",
      temporary: false,
      words: ["MX records", "fabrikam.example"],
      wordsJa: ["MX レコード", "fabrikam.example"],
    },
  },
  {
    name: "XGEMAIL_0011 no such mailbox, not the registry's 5.1.1",
    reply:
      "550 5.1.1 <kim@fabrikam.example>: Message rejected because the recipient's email address doesn't exist in the Sophos Email protected domain (XGEMAIL_0011)",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "sophos-no-such-recipient",
      owner: "you",
      temporary: false,
      words: ["Sophos Central", "directory sync"],
      wordsJa: ["Sophos Central", "ディレクトリ同期"],
    },
  },
  {
    name: "XGEMAIL_0011 under a bare 5.0.0, by its code alone",
    reply: "550 Recipient rejected (XGEMAIL_0011)",
    status: "5.0.0",
    expected: {
      id: "sophos-no-such-recipient",
      owner: "you",
      temporary: false,
      words: ["does not exist"],
      wordsJa: ["存在しません"],
    },
  },
  {
    name: "XGEMAIL_0012 over the allowed size",
    reply: "552 5.3.4 Message rejected because it exceeded the allowed size (XGEMAIL_0012)",
    status: "5.3.4",
    remote: MX,
    expected: {
      id: "sophos-size",
      owner: "you",
      temporary: false,
      words: ["size", "attachments"],
      wordsJa: ["サイズ", "添付ファイル"],
    },
  },
  {
    name: "XGEMAIL_0013 too many recipients for a large message",
    reply:
      "552 5.5.3 Message rejected because it exceeded the maximum number of recipients allowed for a large message (XGEMAIL_0013)",
    status: "5.5.3",
    remote: US,
    expected: {
      id: "sophos-large-message-recipients",
      owner: "you",
      temporary: false,
      words: ["fewer recipients"],
      wordsJa: ["宛先の数を減らし"],
    },
  },
  {
    name: "XGEMAIL_0014 one sender over the recipient's inbound rate: deferred",
    reply:
      "451 4.7.1 Message rejected because it exceeded the recipient's inbound rate limit for the single sender (XGEMAIL_0014)",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "sophos-sender-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["one sender"],
      wordsJa: ["1 送信者あたり"],
    },
  },
  {
    name: "XGEMAIL_0015 the recipient's total inbound rate: nobody's to fix",
    reply:
      "451 4.7.1 Message rejected because it exceeded the recipient's total inbound rate limit from all senders (XGEMAIL_0015)",
    status: "4.7.1",
    remote: US,
    expected: {
      id: "sophos-recipient-rate-limit",
      owner: "nobody",
      temporary: true,
      words: ["all senders"],
      wordsJa: ["すべての送信者"],
    },
  },
  {
    name: "554 5.7.28 Mail flood detected: your own mailbox's sending limit",
    reply: "554 5.7.28 Mail flood detected",
    status: "5.7.28",
    remote: US,
    expected: {
      id: "sophos-mail-flood",
      owner: "your-admin",
      temporary: false,
      words: ["400 messages in 10 minutes", "bulk sender privileges"],
      wordsJa: ["10 分間に 400 通", "一斉送信の権限"],
    },
  },
];
