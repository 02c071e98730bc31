// Refusals written by filter software and mail servers that any domain may run (Postfix's
// restrictions, Amavis, Rspamd, Exim and cPanel, policyd-spf, OpenDMARC), in the layouts the
// software's own source and manuals give (see each table's header), with sample values; none names
// a host of a known provider, so each table is found by its words alone. Then the same kind of words
// from big receivers, which keep their own tables' entries. Marked "(quoted)" are replies people
// quoted in public threads (named there), judged blind before these tables were written.
import type { ProviderCase } from "./types";

const MX = "mx.fabrikam.example";

export const CASES: readonly ProviderCase[] = [
  {
    name: "spamdyke: the receiver's own IP block file",
    reply: "554 Refused. Your IP address is blacklisted.",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "spamdyke-own-blacklist",
      owner: "recipient-admin",
      temporary: false,
      words: ["spamdyke", "block file", "not a public block list"],
      wordsJa: ["spamdyke", "ブロック ファイル"],
    },
  },
  {
    name: "spamdyke: the receiver's own name block file",
    reply: "554 Refused. Your domain name is blacklisted.",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "spamdyke-own-blacklist",
      owner: "recipient-admin",
      temporary: false,
      words: ["spamdyke", "domain-blacklist"],
      wordsJa: ["spamdyke", "domain-blacklist"],
    },
  },
  {
    name: "spamdyke: an address that takes no mail",
    reply: "554 Refused. Mail is not being accepted at this address.",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "spamdyke-recipient-refused",
      owner: "recipient-admin",
      temporary: false,
      words: ["spamdyke", "recipient-blacklist"],
      wordsJa: ["spamdyke", "recipient-blacklist"],
    },
  },
  {
    name: "spamdyke: a server that spoke before the greeting",
    reply: "554 Refused. You are not following the SMTP protocol.",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "spamdyke-early-talker",
      owner: "your-admin",
      temporary: false,
      words: ["spamdyke", "greeting", "220"],
      wordsJa: ["spamdyke", "220"],
    },
  },
  {
    name: "spamdyke: a public list it names, by the list's zone",
    reply: "554 Refused. Your IP address is listed in the RBL at bl.fabrikam-rbl.example",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "dnsbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["bl.fabrikam-rbl.example"],
      wordsJa: ["bl.fabrikam-rbl.example"],
    },
  },
  {
    name: "Amavis BANNED: a banned attachment type, not spam",
    reply:
      "554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=application/x-msdownload,T=exe,N=invoice.exe",
    status: "5.7.0",
    remote: MX,
    expected: {
      id: "amavis-banned",
      owner: "you",
      temporary: false,
      words: ["attachment", "link"],
      wordsJa: ["添付ファイル", "リンク"],
    },
  },
  {
    name: "Amavis INFECTED: a virus scanner's find, not spam",
    reply: "554 5.7.0 Reject, id=04321-07 - INFECTED: Eicar-Signature",
    status: "5.7.0",
    expected: {
      id: "amavis-infected",
      owner: "you",
      temporary: false,
      words: ["malware", "Eicar-Test-Signature", "antivirus"],
      wordsJa: ["マルウェア", "ウイルス対策"],
    },
  },
  {
    name: "Amavis SPAM under a bare 5.0.0",
    reply: "554 5.7.0 Reject, id=20025-09 - SPAM",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "amavis-spam",
      owner: "you",
      temporary: false,
      words: ["SpamAssassin", "score"],
      wordsJa: ["SpamAssassin", "スコア"],
    },
  },
  {
    name: "Amavis BAD-HEADER: the sending software's header",
    reply:
      "554 5.7.0 Reject, id=31337-02 - BAD-HEADER-0: Non-encoded non-ASCII data (and not UTF-8)",
    status: "5.7.0",
    expected: {
      id: "amavis-bad-header",
      owner: "your-admin",
      temporary: false,
      words: ["RFC 5322", "application"],
      wordsJa: ["RFC 5322", "アプリケーション"],
    },
  },
  {
    name: "Rspamd's GTUBE refusal (quoted: docker-mailserver#3323)",
    reply: "554 5.7.1 Gtube pattern",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "rspamd-gtube",
      owner: "you",
      temporary: false,
      words: ["GTUBE", "test"],
      wordsJa: ["GTUBE", "テスト"],
    },
  },
  {
    name: "Rspamd's default reject message (quoted: rspamd#5343)",
    reply: "554 5.7.1 Spam message rejected",
    status: "5.7.1",
    expected: {
      id: "rspamd-spam",
      owner: "you",
      temporary: false,
      words: ["Rspamd", "DMARC", "reject threshold"],
      wordsJa: ["Rspamd", "DMARC", "拒否の基準値"],
    },
  },
  {
    name: "Rspamd's antivirus message with ClamAV",
    reply: '554 5.7.1 ClamAV: virus found: "Win.Test.EICAR_HDB-1"',
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "rspamd-virus",
      owner: "you",
      temporary: false,
      words: ["malware", "ClamAV"],
      wordsJa: ["マルウェア", "ClamAV"],
    },
  },
  {
    name: "Postfix HELO: the sending server's name, not a syntax error (quoted: forward-cat#5)",
    reply: "504 5.5.2 <primary>: Helo command rejected: need fully-qualified hostname",
    status: "5.5.2",
    expected: {
      id: "postfix-helo-hostname",
      owner: "your-admin",
      temporary: false,
      words: ["HELO", "myhostname", "FQDN"],
      wordsJa: ["HELO", "myhostname", "FQDN"],
    },
  },
  {
    name: "Postfix HELO as a deferral (quoted: unix.stackexchange.com/q/91749)",
    reply: "404 4.5.2 <PLLAMNAZIFE>: Helo command rejected: need fully-qualified hostname",
    status: "4.5.2",
    remote: MX,
    expected: {
      id: "postfix-helo-hostname",
      owner: "your-admin",
      temporary: true,
      words: ["HELO"],
      wordsJa: ["HELO"],
    },
  },
  {
    name: "Postfix reverse DNS (reject_unknown_client_hostname), the IP named",
    reply: "450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.7]",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "postfix-client-hostname",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7", "PTR"],
      wordsJa: ["203.0.113.7", "PTR"],
    },
  },
  {
    name: "Postfix reverse DNS under a bare 5.0.0 (quoted: parabon-nanolabs.com)",
    reply: "554 Client host rejected: cannot find your hostname",
    status: "5.0.0",
    expected: {
      id: "postfix-client-hostname",
      owner: "your-admin",
      temporary: false,
      words: ["reverse DNS"],
      wordsJa: ["逆引き DNS"],
    },
  },
  {
    name: "Postfix: the sender's domain not found (4.1.8)",
    reply: "450 4.1.8 <alerts@printer.contoso.local>: Sender address rejected: Domain not found",
    status: "4.1.8",
    remote: MX,
    expected: {
      id: "postfix-sender-domain-unknown",
      owner: "your-admin",
      temporary: true,
      words: ["sender address", "MX"],
      wordsJa: ["送信者アドレス", "MX"],
    },
  },
  {
    name: "Postfix: an incomplete sender address (quoted: mealie#1980)",
    reply: "504 5.5.2 <Mealie>: Sender address rejected: need fully-qualified address",
    status: "5.5.2",
    expected: {
      id: "postfix-sender-not-qualified",
      owner: "your-admin",
      temporary: false,
      words: ["sender address", "myorigin"],
      wordsJa: ["送信者アドレス", "myorigin"],
    },
  },
  // github.com/mailcow/mailcow issue 253 (mailcow's Postfix)
  {
    name: "Postfix: the signed-in account may not send as that address (quoted: mailcow#253)",
    reply: "553 5.7.1 <user@domain.de>: Sender address rejected: not owned by user user@domain.de",
    status: "5.7.1",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["signed in", "smtpd_sender_login_maps"],
      wordsJa: ["サインイン", "smtpd_sender_login_maps"],
    },
  },
  {
    name: "Postfix: the same under x.1.7 (our variant)",
    reply:
      "553 5.1.7 <sam@contoso.com>: Sender address rejected: not owned by user kim@contoso.com",
    status: "5.1.7",
    expected: {
      id: "sender-not-signed-in-account",
      owner: "you",
      temporary: false,
      words: ["signed in"],
      wordsJa: ["サインイン"],
    },
  },
  {
    name: "Postfix: the recipient's domain not found",
    reply: "550 5.1.2 <kim@fabrikam.exmaple>: Recipient address rejected: Domain not found",
    status: "5.1.2",
    remote: MX,
    expected: {
      id: "postfix-recipient-not-qualified",
      owner: "you",
      temporary: false,
      words: ["typo", "MX"],
      wordsJa: ["入力ミス", "MX"],
    },
  },
  {
    name: "Postfix: unknown in the virtual mailbox table (quoted: listmonk#1324)",
    reply:
      "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown in virtual mailbox table",
    status: "5.1.1",
    expected: {
      id: "postfix-unknown-user",
      owner: "you",
      temporary: false,
      words: ["mailbox", "relay_recipient_maps"],
      wordsJa: ["メールボックス", "relay_recipient_maps"],
    },
  },
  {
    name: "Postfix: a gateway's relay recipient table",
    reply:
      "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown in relay recipient table",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "postfix-unknown-user",
      owner: "you",
      temporary: false,
      words: ["gateway"],
      wordsJa: ["ゲートウェイ"],
    },
  },
  {
    name: "Postfix: the fixed size limit (quoted: kopano-docker#409)",
    reply: "552 5.3.4 Message size exceeds fixed limit",
    status: "5.3.4",
    expected: {
      id: "postfix-size-limit",
      owner: "you",
      temporary: false,
      words: ["message_size_limit", "10 MB"],
      wordsJa: ["message_size_limit", "10 MB"],
    },
  },
  {
    name: "Postfix: a client that talks ahead of the replies (quoted: defuse/email-spoofing#3)",
    reply:
      "503 5.5.0 <kim@fabrikam.example>: Recipient address rejected: Improper use of SMTP command pipelining",
    status: "5.5.0",
    remote: MX,
    expected: {
      id: "postfix-pipelining",
      owner: "your-admin",
      temporary: false,
      words: ["pipelining", "script"],
      wordsJa: ["パイプライン", "スクリプト"],
    },
  },
  {
    name: "policyd-spf's refusal through Postfix (quoted: simple-login#1556)",
    reply:
      "550 5.7.23 <objections@aleeas.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=kim@contoso.example;ip=217.70.183.193;r=<UNKNOWN>",
    status: "5.7.23",
    expected: {
      id: "policyd-spf-fail",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "217.70.183.193"],
      wordsJa: ["SPF", "217.70.183.193"],
    },
  },
  {
    name: "OpenDMARC's refusal, the From domain named",
    reply: "550 5.7.1 rejected by DMARC policy for contoso.example",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "opendmarc-reject",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "contoso.example", "p=reject"],
      wordsJa: ["DMARC", "contoso.example", "p=reject"],
    },
  },
  {
    name: "Exim: sender verify (quoted: hostmach.com)",
    reply: "550 Sender verify failed",
    status: "5.0.0",
    expected: {
      id: "exim-sender-verify",
      owner: "your-admin",
      temporary: false,
      words: ["callout", "MX"],
      wordsJa: ["コールアウト", "MX"],
    },
  },
  {
    name: "Exim: no route to the recipient's domain",
    reply: "550 Unrouteable address",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "exim-unrouteable",
      owner: "you",
      temporary: false,
      words: ["MX", "typo"],
      wordsJa: ["MX", "入力ミス"],
    },
  },
  {
    name: "cPanel's Exim spam refusal",
    reply: "550 The mail server detected your message as spam and has prevented delivery.",
    status: "5.7.1",
    expected: {
      id: "exim-spam",
      owner: "you",
      temporary: false,
      words: ["SpamAssassin", "cPanel"],
      wordsJa: ["SpamAssassin", "cPanel"],
    },
  },
  // The same refusals in other servers' words (wordings.ts), whatever their code.
  {
    name: "another server's HELO refusal (quoted: infomaniak.com FAQ 414)",
    reply: "550 5.7.1 kim@fabrikam.example... Access denied - bogus HELO [1]",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "helo-name-refused",
      owner: "your-admin",
      temporary: false,
      words: ["HELO", "smtp_helo_name"],
      wordsJa: ["HELO", "smtp_helo_name"],
    },
  },
  {
    name: "an old server's HELO refusal under a bare 5.0.0 (quoted: under-score.org.uk)",
    reply: "550 Please use your real hostname when saying HELO (not HSP-AV01)",
    status: "5.0.0",
    expected: {
      id: "helo-name-refused",
      owner: "your-admin",
      temporary: false,
      words: ["HELO"],
      wordsJa: ["HELO"],
    },
  },
  {
    name: "an SPF refusal in a relay's words (quoted: dada-mail#717)",
    reply: "550 5.7.1 [BFD] Sender prohibited by SPF",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spf-refused",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "10 DNS lookups"],
      wordsJa: ["SPF", "DNS 参照"],
    },
  },
  // Big receivers' replies that share words with the filters keep their own tables' entries.
  {
    name: "Gmail's spam refusal stays Gmail's",
    reply:
      "550-5.7.1 [203.0.113.7] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError j1si7 - gsmtp",
    status: "5.7.1",
    remote: "gmail-smtp-in.l.google.com",
    expected: {
      id: "gmail-5.7.1-low-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "spam"],
      wordsJa: ["203.0.113.7"],
    },
  },
  {
    name: "Exchange Online's 'Recipient address rejected: Access denied' stays Microsoft's",
    reply:
      "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]",
    status: "5.4.1",
    remote: "fabrikam-example.mail.protection.outlook.com",
    expected: {
      id: "exo-5.4.1-recipient-rejected",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
  {
    name: "A block list Postfix names keeps the list's entry",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7"],
    },
  },
  {
    // Postfix's own client under a TLS policy of "encrypt" (TLS_README): its words, any receiver
    name: "Postfix client: TLS required, not offered by the receiving host",
    reply: "TLS is required, but was not offered by host mx.fabrikam.example[192.0.2.25]",
    status: "4.7.4",
    remote: MX,
    expected: {
      id: "postfix-tls-required",
      owner: "your-admin",
      temporary: true,
      words: ["TLS", "STARTTLS"],
      wordsJa: ["TLS", "STARTTLS"],
    },
  },
  {
    name: "Postfix client: TLS required, the receiving host refused to start it",
    reply:
      "TLS is required, but host mx.fabrikam.example[192.0.2.25] refused to start TLS: 454 4.7.0 TLS not available due to local problem",
    status: "4.7.5",
    remote: MX,
    expected: {
      id: "postfix-tls-required",
      owner: "your-admin",
      temporary: true,
      words: ["TLS"],
      wordsJa: ["TLS"],
    },
  },
  {
    name: "Postfix past its error limit (smtpd_hard_error_limit): the session's earlier refusals, not a busy server",
    reply: "421 4.7.0 mx.fabrikam.example Error: too many errors",
    status: "4.7.0",
    remote: MX,
    expected: {
      id: "too-many-errors",
      owner: "your-admin",
      temporary: true,
      words: ["too many errors", "log"],
      wordsJa: ["エラー", "ログ"],
    },
  },
  {
    name: "the same words from iCloud's MX: Postfix's limit, not iCloud being unavailable",
    reply: "421 4.7.0 mx02.mail.icloud.com Error: too many errors",
    status: "4.7.0",
    remote: "mx02.mail.icloud.com",
    recipient: "kim@icloud.com",
    expected: {
      id: "too-many-errors",
      owner: "your-admin",
      temporary: true,
      words: ["too many errors"],
      wordsJa: ["エラー"],
    },
  },
  {
    name: "cPanel's Exim: the domain over its hourly cap, message dropped (InMotion Hosting's help page)",
    reply:
      "Domain contoso.example has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.",
    status: "5.0.0",
    expected: {
      id: "exim-cpanel-hourly-limit",
      owner: "your-admin",
      temporary: false,
      words: ["hosting server", "per hour", "password"],
      wordsJa: ["ホスティング", "1 時間"],
    },
  },
  {
    name: "cPanel's Exim: the same cap, message held for later (quoted: freeCodeCamp/guide#1611)",
    reply:
      "Domain contoso.example has exceeded the max emails per hour (121/100 (121%)) allowed.  Message will be reattempted later",
    status: "4.0.0",
    expected: {
      id: "exim-cpanel-hourly-limit-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["holding", "per hour"],
      wordsJa: ["保留", "1 時間"],
    },
  },
  {
    name: "cPanel's Exim: too many failed or deferred messages this hour (HostKing's knowledge base)",
    reply:
      "Domain contoso.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed.",
    status: "5.0.0",
    expected: {
      id: "exim-cpanel-failure-limit",
      owner: "your-admin",
      temporary: false,
      words: ["failed", "deferred", "addresses that do not exist"],
      wordsJa: ["失敗", "保留"],
    },
  },
  {
    name: "an outgoing server's hourly cap on the account, as a deferral (quoted: rubymonsters/speakerinnen_liste#1357)",
    reply:
      "450 4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Number messages per hour exceeded. Error:RATE_MSG",
    status: "4.7.1",
    expected: {
      id: "own-sending-limit-deferred",
      owner: "you",
      temporary: true,
      words: ["outgoing mail server", "per hour", "password"],
      wordsJa: ["送信メール サーバー", "上限"],
    },
  },
  {
    name: "an outgoing server's daily cap on the account (Polaris Mail's help page)",
    reply: "462 Daily send limit reached. Please try again tomorrow",
    status: "4.0.0",
    expected: {
      id: "own-sending-limit-deferred",
      owner: "you",
      temporary: true,
      words: ["per day"],
      wordsJa: ["1 日"],
    },
  },
  {
    name: "a daily cap worded as a refusal: the same meaning, not retried",
    reply: "550 5.7.1 You have reached your daily sending limit",
    status: "5.7.1",
    expected: {
      id: "own-sending-limit",
      owner: "you",
      temporary: false,
      words: ["refused", "per day"],
      wordsJa: ["拒否", "1 日"],
    },
  },
  {
    name: "an outgoing server's limit on the address, as a refusal (quoted: freescout-help-desk/freescout#4005)",
    reply: "554 5.7.1 Reached address outgoing limits for",
    status: "5.7.1",
    expected: {
      id: "own-sending-limit",
      owner: "you",
      temporary: false,
      words: ["outgoing mail server", "password"],
      wordsJa: ["送信メール サーバー", "パスワード"],
    },
  },
  {
    name: "an outgoing server's daily cap after DATA (quoted: root-io/vmail#67)",
    reply: "550 5.7.1 <DATA>: Data command rejected: only 10 messages per day",
    status: "5.7.1",
    expected: {
      id: "own-sending-limit",
      owner: "you",
      temporary: false,
      words: ["per day"],
      wordsJa: ["1 日"],
    },
  },
];
