// Refusals of hosted filters, gateways and mail server software that had no table before the
// seventh words round (December 2026): Cleanmail, Baruwa, Mailgun, Hornetsecurity's filter classes,
// cPanel's suspended account, IceWarp's sender check, Postfix's postscreen and DNS deferral, Rspamd's
// multimap, Microsoft 365's ATTR5 deferral and 5.7.350, a sender on a receiver's own block list, and
// VIPRE Email Security's published refusals with the Exim words it lists.
// Marked "(quoted)" are replies people quoted or vendors published (source named), judged blind
// before these tables were written; the others are the same classes in their plain forms.
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  {
    // (quoted) cleanmail.ch, "Stricter rules for accepting mail with sender bluewin.ch"
    name: "Cleanmail: forged sender domain (quoted)",
    reply: "550 Forged sender domain from this server",
    status: "5.0.0",
    expected: {
      id: "cleanmail-forged-sender-domain",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "outgoing server"],
      wordsJa: ["SPF", "送信サーバー"],
    },
  },
  {
    name: "Cleanmail: forged sender domain from its own host",
    reply: "550 5.7.1 Forged sender domain from this server",
    status: "5.7.1",
    remote: "mx1.cleanmail.ch",
    expected: {
      id: "cleanmail-forged-sender-domain",
      owner: "your-admin",
      temporary: false,
      words: ["SPF"],
    },
  },
  {
    // (quoted) support.cleanmail.ch, "Outlook Express End-Of-Life"
    name: "Cleanmail: Outlook Express refused (quoted)",
    reply: "550 CMR-HDR-OE-EOL",
    status: "5.0.0",
    expected: {
      id: "cleanmail-outlook-express",
      owner: "you",
      temporary: false,
      words: ["Outlook Express", "mail program"],
      wordsJa: ["Outlook Express"],
    },
  },
  {
    // (quoted) support.cleanmail.ch, "Bulk Policy Violation"
    name: "Cleanmail: outbound scanner's bulk block (quoted)",
    reply: "550 5.7.1 Bulk Policy Violation",
    status: "5.7.1",
    expected: {
      id: "cleanmail-bulk-policy",
      owner: "your-admin",
      temporary: false,
      words: ["outbound scanner", "mass mailing"],
      wordsJa: ["アウトバウンド スキャナー", "一斉送信"],
    },
  },
  {
    // (quoted) bastion.umanix.net/info, a Baruwa gateway's rejection notes
    name: "Baruwa: dictionary attack (quoted)",
    reply: "550 Dictionary attack detected",
    status: "5.0.0",
    expected: {
      id: "baruwa-dictionary-attack",
      owner: "your-admin",
      temporary: false,
      words: ["do not exist", "mailing list"],
      wordsJa: ["存在しない", "メーリング リスト"],
    },
  },
  {
    name: "Baruwa: bounce to several recipients (quoted)",
    reply: "550 Legitimate bounces are never sent to more than one recipient.",
    status: "5.0.0",
    expected: {
      id: "baruwa-multi-recipient-bounce",
      owner: "your-admin",
      temporary: false,
      words: ["empty sender", "one recipient"],
      wordsJa: ["送信者が空"],
    },
  },
  {
    name: "Baruwa: restricted characters in the address",
    reply: "550 5.1.3 Restricted characters in address",
    status: "5.1.3",
    expected: {
      id: "baruwa-restricted-characters",
      owner: "you",
      temporary: false,
      words: ["characters", "typos"],
      wordsJa: ["文字"],
    },
  },
  {
    // (quoted) bastion.umanix.net/info: the recipient's banned senders list
    name: "Sender IP banned by the receiving organization (quoted)",
    reply: "550 The sender 203.0.113.5 is banned",
    status: "5.0.0",
    expected: {
      id: "sender-blocked-by-recipient-domain",
      owner: "recipient-admin",
      temporary: false,
      words: ["blocked senders", "public block list"],
      wordsJa: ["公開ブロック リスト"],
    },
  },
  {
    // (quoted) knowledge.broadcom.com article 169925, receivers' refusals Email Security.cloud meets
    name: "Sender on the recipient domain's blacklist (quoted)",
    reply: "551 Sender is on domain's blacklist",
    status: "5.0.0",
    expected: {
      id: "sender-blocked-by-recipient-domain",
      owner: "recipient-admin",
      temporary: false,
      words: ["blocked senders"],
      wordsJa: ["受信拒否リスト"],
    },
  },
  {
    // (quoted) github.com/zone-eu/zone-mta/pull/251
    name: "Recipient's own block (quoted)",
    reply: "550 Your message was rejected by this user and was not delivered",
    status: "5.0.0",
    expected: {
      id: "sender-blocked-by-recipient",
      owner: "recipient",
      temporary: false,
      words: ["blocked senders", "mailbox settings"],
      wordsJa: ["受信拒否リスト"],
    },
  },
  {
    // (quoted) github.com/mailgun/mailgun-java/issues/50 (2025-08)
    name: "Mailgun: recipient limit of the sending domain (quoted)",
    reply:
      "Domain mail.cslpay.io is not allowed to send: recipient limit exceeded, try again after Mon, 25 Aug 2025 07:00:31 UTC",
    status: "4.0.0",
    expected: {
      id: "mailgun-recipient-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Mailgun", "recipients"],
      wordsJa: ["Mailgun", "宛先"],
    },
  },
  {
    name: "Mailgun: recipient limit from its relay host",
    reply:
      "421 Domain mg.contoso.com is not allowed to send: recipient limit exceeded, try again after Tue, 01 Dec 2026 10:04:01 UTC",
    status: "4.0.0",
    remote: "smtp.mailgun.org",
    expected: {
      id: "mailgun-recipient-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Mailgun"],
    },
  },
  {
    // (quoted) github.com/mailgun/wordpress-plugin/issues/68
    name: "Mailgun: free account's authorized recipients (quoted)",
    reply:
      "550 Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.",
    status: "5.0.0",
    expected: {
      id: "mailgun-free-test-only",
      owner: "your-admin",
      temporary: false,
      words: ["authorized recipients", "paid plan"],
      wordsJa: ["承認済み"],
    },
  },
  {
    // (quoted) support.everycloud.com, "Workspace classification codes" (Hornetsecurity's engine)
    name: "Hornetsecurity: spam IP rejected (quoted)",
    reply: "554 5.5.4 Spam IP rejected",
    status: "5.5.4",
    expected: {
      id: "hornetsecurity-spam-ip",
      owner: "your-admin",
      temporary: false,
      words: ["IP address", "block lists"],
      wordsJa: ["IP アドレス"],
    },
  },
  {
    name: "Hornetsecurity: virus e-mail blocked (quoted)",
    reply: "554 5.6.4 Virus E-Mail Blocked",
    status: "5.6.4",
    expected: {
      id: "hornetsecurity-virus",
      owner: "you",
      temporary: false,
      words: ["malware", "antivirus"],
      wordsJa: ["マルウェア"],
    },
  },
  {
    name: "Hornetsecurity: attachment refused by content policy (quoted)",
    reply: "554 5.5.7 e-mail Rejected Content Attachment",
    status: "5.5.7",
    expected: {
      id: "hornetsecurity-attachment",
      owner: "you",
      temporary: false,
      words: ["attachment", "sharing link"],
      wordsJa: ["添付ファイル"],
    },
  },
  {
    name: "Hornetsecurity: unknown recipient by its directory check (quoted)",
    reply: "554 5.7.1 unknown domain or unknown recipient (LDAP check)",
    status: "5.7.1",
    expected: {
      id: "hornetsecurity-unknown-recipient",
      owner: "you",
      temporary: false,
      words: ["directory", "typos"],
      wordsJa: ["ディレクトリ"],
    },
  },
  {
    name: "Hornetsecurity: spam link, from its gateway",
    reply: "554 5.6.2 Spam Link rejected",
    status: "5.6.2",
    remote: "mx-gate01.antispameurope.com",
    expected: {
      id: "hornetsecurity-spam",
      owner: "you",
      temporary: false,
      words: ["link"],
      wordsJa: ["リンク"],
    },
  },
  {
    name: "Hornetsecurity: size limit",
    reply: "554 5.5.3 e-mail Rejected Content Filter Size",
    status: "5.5.3",
    expected: {
      id: "hornetsecurity-size",
      owner: "you",
      temporary: false,
      words: ["size limit"],
      wordsJa: ["サイズ"],
    },
  },
  {
    // (quoted) cPanel's Cpanel/Email/Config/SuspendedDelivery.pm, the "block" setting
    name: "cPanel: the recipient's account is suspended (quoted)",
    reply: "525 5.7.13 Disabled recipient address",
    status: "5.7.13",
    expected: {
      id: "exim-cpanel-suspended-recipient",
      owner: "recipient-admin",
      temporary: false,
      words: ["suspended", "hosting"],
      wordsJa: ["停止", "ホスティング"],
    },
  },
  {
    // (quoted) esupport.icewarp.com, "Interpretation of 5xx errors in IceWarp SMTP"
    name: "IceWarp: permission denied to the sender (quoted)",
    reply: "501 5.7.1 Permission denied",
    status: "5.7.1",
    expected: {
      id: "icewarp-permission-denied",
      owner: "your-admin",
      temporary: false,
      words: ["signed in", "reverse DNS"],
      wordsJa: ["逆引き DNS"],
    },
  },
  {
    // (quoted) github.com/modoboa/modoboa/issues/3586 (2025-07)
    name: "Postfix postscreen: first attempt deferred (quoted)",
    reply: "450 4.3.2 Service currently unavailable",
    status: "4.3.2",
    expected: {
      id: "postfix-postscreen-deferred",
      owner: "nobody",
      temporary: true,
      words: ["postscreen", "greylisting"],
      wordsJa: ["postscreen", "グレーリスティング"],
    },
  },
  {
    // (quoted) a mail-marketing service's Postfix log (the second Japanese blind round)
    name: "Postfix: DNS lookup failed for now (quoted)",
    reply:
      "Host or domain name not found. Name service error for name=example.jp type=MX: Host not found, try again",
    status: "4.4.3",
    expected: {
      id: "postfix-dns-try-again",
      owner: "nobody",
      temporary: true,
      words: ["DNS", "try again"],
      wordsJa: ["DNS"],
    },
  },
  {
    // (quoted) github.com/NethServer/dev/issues/5811
    name: "Rspamd multimap: a forbidden file extension (quoted)",
    reply: "554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION",
    status: "5.7.1",
    expected: {
      id: "rspamd-multimap",
      owner: "recipient-admin",
      temporary: false,
      words: ["Rspamd", "FORBIDDEN_FILE_EXTENSION"],
      wordsJa: ["Rspamd", "マップ"],
    },
  },
  {
    name: "Rspamd multimap: a sender block map",
    reply: "554 5.7.1 Matched map: FROM_BLACKLIST",
    status: "5.7.1",
    expected: {
      id: "rspamd-multimap",
      owner: "recipient-admin",
      temporary: false,
      words: ["Rspamd", "BLACKLIST"],
    },
  },
  {
    // (quoted) support.kerioconnect.gfi.com, "451 4.4.4 Temporary Server Error" from Office 365
    name: "Microsoft 365 defers the sending server (ATTR5, quoted)",
    reply: "451 4.4.4 Temporary server error. Please try again later ATTR5",
    status: "4.4.4",
    expected: {
      id: "exo-4.4.4-temporary-server-error",
      owner: "your-admin",
      temporary: true,
      words: ["Microsoft 365", "block list"],
      wordsJa: ["Microsoft 365"],
    },
  },
  {
    // (quoted) an Exchange Online NDR on pastebin.com/mP3D6P5B, with the outside server's words
    name: "Microsoft 365 relays an outside spam refusal (5.7.350, quoted)",
    reply:
      "550 5.7.350 Remote server returned message detected as spam -> 550 The content of this message looked like spam.",
    status: "5.7.350",
    expected: {
      id: "exo-5.7.350-remote-spam",
      owner: "you",
      temporary: false,
      words: ["outside Microsoft 365", "allow"],
      wordsJa: ["Microsoft 365"],
    },
  },
  {
    // (quoted) vipre.freshdesk.com, "Email rejection reasons" (the set scored once after the round)
    name: "VIPRE: the recipient's domain is not set up there (quoted)",
    reply: "550 Your domain is not configured to use this MX host.",
    status: "5.0.0",
    expected: {
      id: "vipre-domain-not-configured",
      owner: "recipient-admin",
      temporary: false,
      words: ["VIPRE", "MX records"],
      wordsJa: ["VIPRE", "MX レコード"],
    },
  },
  {
    name: "VIPRE: TLS required for the sender's domain (quoted)",
    reply: "550 Your sender domain is required to send via an encrypted SMTP session",
    status: "5.0.0",
    expected: {
      id: "vipre-tls-required",
      owner: "your-admin",
      temporary: false,
      words: ["TLS", "STARTTLS"],
      wordsJa: ["TLS"],
    },
  },
  {
    name: "VIPRE: a sender claiming the recipient's own domain (quoted)",
    reply: "550 You cannot say you are me. I am me.",
    status: "5.0.0",
    expected: {
      id: "vipre-own-domain-spoof",
      owner: "your-admin",
      temporary: false,
      words: ["phishing", "own domain"],
      wordsJa: ["フィッシング"],
    },
  },
  {
    name: "VIPRE: the recipient's server refused the address (quoted)",
    reply: "550 Invalid Mailbox (Call FWD)",
    status: "5.0.0",
    expected: {
      id: "vipre-callout-rejected",
      owner: "you",
      temporary: false,
      words: ["typo", "does not exist"],
      wordsJa: ["入力ミス"],
    },
  },
  {
    name: "VIPRE: call forward rejected, as a 5.1.1",
    reply: "550 5.1.1 Call forward rejected",
    status: "5.1.1",
    expected: {
      id: "vipre-callout-rejected",
      owner: "you",
      temporary: false,
      words: ["call forward"],
      wordsJa: ["コール フォワード"],
    },
  },
  {
    name: "Exim: the recipient domain's MX points at the receiving server (quoted)",
    reply: "550 Lowest numbered MX record points to local host",
    status: "5.0.0",
    expected: {
      id: "exim-mx-points-to-self",
      owner: "recipient-admin",
      temporary: false,
      words: ["MX record", "DNS"],
      wordsJa: ["MX レコード"],
    },
  },
  {
    name: "Exim: recipient callout could not finish (quoted)",
    reply: "451 Could not complete recipient callout",
    status: "4.0.0",
    expected: {
      id: "exim-recipient-callout-deferred",
      owner: "recipient-admin",
      temporary: true,
      words: ["callout", "mail server"],
      wordsJa: ["コールアウト"],
    },
  },
  {
    name: "Exim: recipient verify callout, in Exim's own words",
    reply: "451 4.4.0 Could not complete recipient verify callout",
    status: "4.4.0",
    remote: "mx.fabrikam.example",
    expected: {
      id: "exim-recipient-callout-deferred",
      owner: "recipient-admin",
      temporary: true,
      words: ["callout"],
      wordsJa: ["コールアウト"],
    },
  },
];
