// Refusals written by mail server software and filters any domain may run, each in the words its
// own source or documentation gives (see each table's header: hMailServer, IceWarp, SmarterMail,
// HCL Domino, ASSP, FTGate), with sample values; none names a host of a known provider, so each
// table is found by its words alone. Then words of filters that keep a general meaning (Kerio
// Connect's relay refusal, MagicSpam's HELO refusal, the SPF project's "why" page, a sender domain
// that does not exist, Exim's callout and reverse DNS checks), and a deferral whose whole text is
// "try again later" (hMailServer's greylisting, ASSP's delaying), any server's. Marked "(quoted)":
// replies people quoted in public threads (named there), judged blind before these tables and
// words were added. Coremail's SPF verdict ("DebugInfo:SPF_REJECT") came in the fourteenth words
// round (the set in /work/wt/h-words14-set, outside the repository).
import type { ProviderCase } from "./types";

const MX = "mail.fabrikam.example";

export const CASES: readonly ProviderCase[] = [
  {
    name: "hMailServer: an IP range that may not send outside without sign-in",
    reply: "550 Delivery is not allowed to this address.",
    status: "5.0.0",
    expected: {
      id: "hmailserver-relay-not-allowed",
      owner: "you",
      temporary: false,
      words: ["hMailServer", "authentication"],
      wordsJa: ["hMailServer", "認証"],
    },
  },
  {
    name: "hMailServer: the sender's domain has no MX record (quoted, hMailServer issue 260)",
    reply: "554 Sender domain does not have any MX records.",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "hmailserver-sender-domain-no-mx",
      owner: "your-admin",
      temporary: false,
      words: ["MX record", "hMailServer"],
      wordsJa: ["MX レコード", "hMailServer"],
    },
  },
  {
    name: "hMailServer: an address missing from the route's list (quoted, hMailServer issue 21)",
    reply: "550 Recipient not in route list",
    status: "5.0.0",
    expected: {
      id: "hmailserver-route-list",
      owner: "recipient-admin",
      temporary: false,
      words: ["route", "hMailServer"],
      wordsJa: ["ルート", "hMailServer"],
    },
  },
  {
    name: "hMailServer: HELO of invalid syntax",
    reply: "501 HELO Invalid domain address.",
    status: "5.5.2",
    expected: {
      id: "hmailserver-helo-syntax",
      owner: "your-admin",
      temporary: false,
      words: ["HELO", "host name"],
      wordsJa: ["HELO", "ホスト名"],
    },
  },
  {
    name: "hMailServer: EHLO of invalid syntax",
    reply: "501 EHLO Invalid domain address.",
    status: "5.5.2",
    remote: MX,
    expected: {
      id: "hmailserver-helo-syntax",
      owner: "your-admin",
      temporary: false,
      words: ["EHLO", "myhostname"],
      wordsJa: ["EHLO", "myhostname"],
    },
  },
  {
    name: "hMailServer: a password changed while the program stayed signed in",
    reply: "550 Login credentials no longer valid. Please re-authenticate.",
    status: "5.7.0",
    expected: {
      id: "hmailserver-login-expired",
      owner: "you",
      temporary: false,
      words: ["password", "hMailServer"],
      wordsJa: ["パスワード", "hMailServer"],
    },
  },
  {
    name: "IceWarp: intrusion prevention blocks the IP for a while (quoted)",
    reply: "421 4.7.1 Intrusion prevention active for [203.0.113.7][R]",
    status: "4.7.1",
    expected: {
      id: "icewarp-intrusion-prevention",
      owner: "your-admin",
      temporary: true,
      words: ["IceWarp", "203.0.113.7"],
      wordsJa: ["IceWarp", "203.0.113.7"],
    },
  },
  {
    name: "IceWarp: a sender address without a domain",
    reply: "501 5.5.2 Domain name required",
    status: "5.5.2",
    expected: {
      id: "icewarp-sender-domain-required",
      owner: "you",
      temporary: false,
      words: ["IceWarp", "name@example.com"],
      wordsJa: ["IceWarp", "name@example.com"],
    },
  },
  {
    name: "IceWarp: a greeting without a name",
    reply: "501 5.5.1 HELO/EHLO requires domain address",
    status: "5.5.1",
    remote: MX,
    expected: {
      id: "icewarp-helo-required",
      owner: "your-admin",
      temporary: false,
      words: ["IceWarp", "HELO"],
      wordsJa: ["IceWarp", "HELO"],
    },
  },
  {
    name: "IceWarp: over the size limit under 5.7.1",
    reply: "501 5.7.1 Message is too long",
    status: "5.7.1",
    expected: {
      id: "icewarp-message-too-long",
      owner: "you",
      temporary: false,
      words: ["IceWarp", "size"],
      wordsJa: ["IceWarp", "サイズ"],
    },
  },
  {
    name: "SmarterMail's relay refusal keeps the sign-in meaning (other servers write it too)",
    reply: "550 Authentication is required for relay",
    status: "5.7.1",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["sign in", "SMTP"],
      wordsJa: ["サインイン", "SMTP"],
    },
  },
  {
    name: "SmarterMail: a From address of another domain than the sign-in",
    reply: "550 From domain must match authenticated domain",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "smartermail-from-domain-mismatch",
      owner: "you",
      temporary: false,
      words: ["SmarterMail", "From"],
      wordsJa: ["SmarterMail", "From"],
    },
  },
  {
    name: "Domino: the default reply of its DNS block list filters",
    reply: "550 5.7.1 Connection denied based on policy reason",
    status: "5.7.1",
    expected: {
      id: "domino-dnsbl",
      owner: "your-admin",
      temporary: false,
      words: ["Domino", "block list"],
      wordsJa: ["Domino", "ブロック リスト"],
    },
  },
  {
    name: "Domino: a sender its inbound controls deny",
    reply: "554 Mail from taro@contoso.example rejected for policy reasons.",
    status: "5.7.1",
    expected: {
      id: "domino-sender-denied",
      owner: "recipient-admin",
      temporary: false,
      words: ["Domino", "allow"],
      wordsJa: ["Domino", "許可"],
    },
  },
  {
    name: "ASSP: the connection refused before any message",
    reply: "554 <mx.fabrikam.example> Service denied, closing transmission channel",
    status: "5.7.1",
    expected: {
      id: "assp-connection-denied",
      owner: "your-admin",
      temporary: false,
      words: ["ASSP", "block list"],
      wordsJa: ["ASSP", "ブロック リスト"],
    },
  },
  {
    name: "ASSP: its virus scanner's find",
    reply: "554 5.7.1 Mail appears infected with 'Win.Test.EICAR_HDB-1'.",
    status: "5.7.1",
    expected: {
      id: "assp-infected",
      owner: "you",
      temporary: false,
      words: ["ASSP", "antivirus"],
      wordsJa: ["ASSP", "ウイルス対策"],
    },
  },
  {
    name: "FTGate #1.04: too many sessions from one address",
    reply: "451 4.5.1 [203.0.113.7] Max concurrent sessions (#1.04)",
    status: "4.5.1",
    expected: {
      id: "ftgate-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["FTGate", "203.0.113.7"],
      wordsJa: ["FTGate", "203.0.113.7"],
    },
  },
  {
    name: "FTGate #3.14: mailbox full, for now",
    reply: "451 4.2.2 kim@fabrikam.example mailbox full (#3.14)",
    status: "4.2.2",
    expected: {
      id: "ftgate-mailbox-full",
      owner: "recipient",
      temporary: true,
      words: ["FTGate", "full"],
      wordsJa: ["FTGate", "いっぱい"],
    },
  },
  {
    name: "FTGate #1.01: a spam trap under a disabled mailbox's words",
    reply: "550 5.2.1 Mailbox Disabled (#1.01)",
    status: "5.2.1",
    remote: MX,
    expected: {
      id: "ftgate-spam-trap",
      owner: "your-admin",
      temporary: false,
      words: ["spam trap", "mailing lists"],
      wordsJa: ["スパム トラップ", "メーリング リスト"],
    },
  },
  {
    name: "FTGate #2.03: a block-list hit",
    reply: "550 5.7.1 Access denied (#2.03)",
    status: "5.7.1",
    expected: {
      id: "ftgate-rbl",
      owner: "your-admin",
      temporary: false,
      words: ["FTGate", "RBL"],
      wordsJa: ["FTGate", "RBL"],
    },
  },
  {
    name: "Kerio Connect's relay refusal, in words of its own",
    reply: "550 5.7.1 Relaying is denied",
    status: "5.7.1",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relaying denied", "signing in"],
      wordsJa: ["中継", "サインイン"],
    },
  },
  {
    name: "MagicSpam's HELO refusal, in words any filter may use (quoted)",
    reply:
      "550 Your message was rejected by this system and was not delivered. Reason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator",
    status: "5.0.0",
    expected: {
      id: "helo-name-refused",
      owner: "your-admin",
      temporary: false,
      words: ["HELO", "host name"],
      wordsJa: ["HELO", "ホスト名"],
    },
  },
  {
    name: "an SPF filter's refusal that links the SPF project's 'why' page",
    reply:
      "550 5.7.1 Please see http://www.openspf.net/why.html?sender=anna%40contoso.example&ip=203.0.113.7",
    status: "5.7.1",
    expected: {
      id: "spf-refused",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "-all"],
      wordsJa: ["SPF", "-all"],
    },
  },
  {
    name: "a filter's refusal of a sender domain that does not exist (quoted, MailProtect)",
    reply:
      "550 5.1.0 MailProtect : Domain of sender address anna@bounces.contoso.example does not exist",
    status: "5.1.0",
    expected: {
      id: "sender-domain-unknown",
      owner: "your-admin",
      temporary: false,
      words: ["DNS", "return-path"],
      wordsJa: ["DNS", "Return-Path"],
    },
  },
  {
    name: "Exim's callout to a server that refuses the check (quoted)",
    reply:
      "550-Callback setup failed while verifying anna@contoso.example 550-(result of an earlier callout reused). 550-The initial connection, or a HELO or MAIL FROM:<> command was 550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards 550-RFC requirements, and stops you from receiving standard bounce 550-messages. This host does not accept mail from domains whose servers 550-refuse bounces.",
    status: "5.0.0",
    expected: {
      id: "exim-sender-verify",
      owner: "your-admin",
      temporary: false,
      words: ["callout", "MX records"],
      wordsJa: ["コールアウト", "MX レコード"],
    },
  },
  {
    name: "Exim's forward-confirmed reverse DNS check, as an ACL words it (quoted)",
    reply:
      "550-X-Host-Lookup-Failed: Reverse DNS lookup does not match for mail.contoso.example 550 (deferred)",
    status: "5.0.0",
    expected: {
      id: "iana-5.7.25",
      owner: "your-admin",
      temporary: false,
      words: ["reverse DNS"],
      wordsJa: ["逆引き"],
    },
  },
  {
    name: "hMailServer's greylisting: the whole reply is 'Please try again later.'",
    reply: "451 Please try again later.",
    status: "4.0.0",
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["greylisting", "retries"],
      wordsJa: ["グレーリスティング", "再試行"],
    },
  },
  {
    name: "ASSP's delaying: 451 4.7.1 Please try again later",
    reply: "451 4.7.1 Please try again later",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "deferred-try-later",
      owner: "nobody",
      temporary: true,
      words: ["greylisting", "same IP address"],
      wordsJa: ["グレーリスティング", "同じ IP アドレス"],
    },
  },
  // https://hezoon.cn/compro/detail/23/305/530.html (a Coremail partner's FAQ)
  {
    name: "C1 Coremail: DebugInfo:SPF_REJECT",
    reply: "550 DebugInfo:SPF_REJECT",
    status: "5.0.0",
    expected: {
      id: "spf-refused",
      owner: "your-admin",
      temporary: false,
      words: ["SPF"],
      wordsJa: ["SPF"],
    },
  },
  {
    name: "Coremail's SPF verdict under 5.7.1, with its sending IP",
    reply: "550 5.7.1 Mail rejected by policy, DebugInfo: SPF_REJECT 192.0.2.10",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    expected: {
      id: "spf-refused",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "domain"],
      wordsJa: ["SPF", "ドメイン"],
    },
  },
];
