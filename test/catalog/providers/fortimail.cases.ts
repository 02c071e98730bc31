// Fortinet FortiMail (and FortiGate) refusals that name FortiGuard AntiSpam, and FortiMail's own
// replies from a FortiMail Cloud gateway (*.fortimailcloud.com). The FortiGuard texts are the
// layout FortiGuard's FAQ publishes (fortiguard.com/faq: "blocking URL/IP/Email/Hash(s).(black
// url/ip/email/hash ...)", here with one kind each) and replies users quoted (the black IP:
// linuxmaster.jp, pochaneko.com; ASE: howtodo.co.il); "Relay access denied" and "Try again later"
// are the FortiMail Administration Guide's. Its bare 5.7.1 (sender reputation) is published
// without its text: that case puts the code in our own plain layout. Sample values.
import type { ProviderCase } from "./types";

const CLOUD = "mx1.fortimailcloud.com";
const IP = "203.0.113.7";

export const CASES: readonly ProviderCase[] = [
  {
    name: "554 5.7.1 FortiGuard black IP (user-quoted), not the registry's 5.7.1",
    reply: `554 5.7.1 This message has been blocked because it is from a FortiGuard - AntiSpam black IP address.(connection black ip ${IP})`,
    status: "5.7.1",
    expected: {
      id: "fortimail-fortiguard-sender",
      owner: "your-admin",
      temporary: false,
      words: ["FortiGuard", "block list", "fortiguard.com/more/antispam"],
      wordsJa: ["FortiGuard", "ブロック リスト", "fortiguard.com/more/antispam"],
    },
  },
  {
    name: "FortiGuard black IP under a bare 5.0.0 from an on-premises FortiMail",
    reply: `554 5.7.1 This message has been blocked because it is from a FortiGuard - AntiSpam black IP address.(connection black ip ${IP})`,
    status: "5.0.0",
    remote: "mx.fabrikam.example",
    expected: {
      id: "fortimail-fortiguard-sender",
      owner: "your-admin",
      temporary: false,
      words: ["FortiGuard", "compromised account"],
      wordsJa: ["FortiGuard", "乗っ取られたアカウント"],
    },
  },
  {
    name: "FortiGuard blocking Email (FAQ layout): the sender address is listed",
    reply:
      "554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking Email(s).(black email news@contoso.example)",
    status: "5.7.1",
    expected: {
      id: "fortimail-fortiguard-sender",
      owner: "your-admin",
      temporary: false,
      words: ["sender address", "removal request"],
      wordsJa: ["送信者アドレス", "削除申請"],
    },
  },
  {
    name: "FortiGuard blocking URL (FAQ layout): a link in the message",
    reply:
      "554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking URL(s).(black url promo.example.net)",
    status: "5.7.1",
    expected: {
      id: "fortimail-fortiguard-content",
      owner: "you",
      temporary: false,
      words: ["FortiGuard", "link", "black url"],
      wordsJa: ["FortiGuard", "リンク", "black url"],
    },
  },
  {
    name: "FortiGuard blocking Hash (FAQ layout): the message's checksum, from FortiMail Cloud",
    reply:
      "554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking Hash(s).(black hash 9f2c41d07be3a8e5)",
    status: "5.7.1",
    remote: CLOUD,
    expected: {
      id: "fortimail-fortiguard-content",
      owner: "you",
      temporary: false,
      words: ["checksum", "black hash"],
      wordsJa: ["チェックサム", "black hash"],
    },
  },
  {
    name: "554 5.7.1 ASE reports it as spam (user-quoted)",
    reply: "554 5.7.1 This message has been blocked because ASE reports it as spam.",
    status: "5.7.1",
    expected: {
      id: "fortimail-ase-spam",
      owner: "you",
      temporary: false,
      words: ["FortiGuard AntiSpam Engine", "spam"],
      wordsJa: ["FortiGuard AntiSpam Engine", "迷惑メール"],
    },
  },
  {
    name: "550 5.7.1 Relay access denied from FortiMail Cloud: the recipient's domain is not set up",
    reply: "550 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: CLOUD,
    expected: {
      id: "fortimail-relay-denied",
      owner: "recipient-admin",
      temporary: false,
      words: ["FortiMail", "fabrikam.example", "protected domain"],
      wordsJa: ["FortiMail", "fabrikam.example", "保護対象"],
    },
  },
  {
    name: "a bare 550 5.7.1 from FortiMail Cloud (our layout): its sender reputation score",
    reply: "550 5.7.1 Rejected",
    status: "5.7.1",
    remote: "mx2.fortimailcloud.com",
    expected: {
      id: "fortimail-sender-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["FortiMail", "sender reputation", "DKIM or SPF"],
      wordsJa: ["FortiMail", "送信者評価", "DKIM や SPF"],
    },
  },
  {
    name: "451 Try again later from FortiMail Cloud: greylisting or recipient verification",
    reply: "451 4.0.0 Try again later",
    status: "4.0.0",
    remote: CLOUD,
    expected: {
      id: "fortimail-try-again-later",
      owner: "nobody",
      temporary: true,
      words: ["FortiMail", "greylisting", "recipient's mail server"],
      wordsJa: ["FortiMail", "グレーリスティング", "受信側のメール サーバー"],
    },
  },
  {
    // Fortinet's troubleshooting tip 410082 quotes FortiMail Cloud's refusal
    name: "a link FortiGuard AntiSpam rates as spam, in FortiMail Cloud's words",
    reply: `550 5.0.0 This email from IP ${IP} has been rejected. The email message was detected as spam. FortiGuard AntiSpam(SPAM URL:https://promo.contoso.example/))`,
    status: "5.0.0",
    expected: {
      id: "fortimail-fortiguard-content",
      owner: "you",
      temporary: false,
      words: ["FortiGuard"],
    },
  },
  {
    // Fortinet's troubleshooting tip 213791: the link's FortiGuard web-filter category
    name: "a link's FortiGuard WebFilter category, in FortiMail Cloud's words",
    reply: `550 5.0.0 This email from IP ${IP} has been rejected. The email message was detected as spam.FortiGuard WebFilter(https://promo.contoso.example/ (Newly Observed Domain))`,
    status: "5.0.0",
    expected: {
      id: "fortimail-fortiguard-content",
      owner: "you",
      temporary: false,
      words: ["FortiGuard"],
    },
  },
];
