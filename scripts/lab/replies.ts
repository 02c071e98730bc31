// The replies set (LAB_SET=replies: test/corpus/lab-replies): real receivers' replies, taken from
// the held-out sets of the words rounds (each one's source named), answered by the scripted receiver
// to recipients r01..rNN (at RCPT or at the end of DATA) or to senders r01..rNN (at MAIL FROM), so that
// each server's notice shows how it wraps a real reply: folded, cut, re-quoted, joined or escaped.
// Gmail's replies are written as Gmail sends them (each line repeating the status, "- gsmtp" last).
import type { Answer } from "./answers";

type Owner = "you" | "your-admin" | "recipient" | "recipient-admin" | "microsoft" | "nobody";

/** A real reply, the domain it is sent to (the provider's MX name for the provider's replies) and
 * who must act on it (as the words round that collected it judged: while it is retried, for a
 * temporary one). */
export interface Reply extends Answer {
  readonly domain: string;
  readonly owner: Owner;
  /** Who must act once a temporary reply's message has expired, where the round judged it apart. */
  readonly ownerGaveUp?: Owner;
}

export const REPLIES: Readonly<Record<string, Reply>> = {
  // h-big4 g-rate-prevents: Google SMTP error table, support.google.com/a/answer/3726730 (now knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes), rows as quoted at my.vedova.net and entertop.net
  r01: {
    phase: "rcpt",
    code: 450,
    domain: "gmail.lab.test",
    owner: "nobody",
    lines: [
      "4.2.1 The user you are trying to contact is receiving mail at a rate that",
      "4.2.1 prevents additional messages from being delivered. Please resend",
      "4.2.1 your message at a later time. If the user is able to receive mail at",
      "4.2.1 that time, your message will be delivered. - gsmtp",
    ],
    status: "4.2.1",
    reason: "speeding",
  },
  // h-big4 g-policy-prohibited: Google SMTP error table, support.google.com/a/answer/3726730 (now knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes), rows as quoted at my.vedova.net and entertop.net
  r02: {
    phase: "rcpt",
    code: 550,
    domain: "gmail.lab.test",
    owner: "recipient-admin",
    lines: [
      "5.7.1 The user or domain that you are sending to (or from) has a policy",
      "5.7.1 that prohibited the mail that you sent. - gsmtp",
    ],
    status: "5.7.1",
    reason: "policyviolation",
  },
  // h-big4 g-not-rfc5321: Google SMTP error table, support.google.com/a/answer/3726730 (now knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes), rows as quoted at my.vedova.net and entertop.net
  r03: {
    phase: "rcpt",
    code: 553,
    domain: "gmail.lab.test",
    owner: "you",
    lines: [
      "5.1.3 The recipient address <jane doe@gmail.com> is not a valid RFC 5321",
      "5.1.3 address. - gsmtp",
    ],
    status: "5.1.3",
    reason: "syntaxerror",
  },
  // h-words36 6: https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=ru
  r04: {
    phase: "rcpt",
    code: 450,
    domain: "gmail.lab.test",
    owner: "nobody",
    lines: [
      "4.2.1 Пользователь, с которым вы пытаетесь связаться, получает электронные письма слишком быстро. Пожалуйста, отправьте сообщение повторно позже. Если пользователь сможет получать электронные письма в это время, ваше сообщение будет доставлено.",
    ],
    status: "4.2.1",
    reason: "speeding",
  },
  // h-big4 y-ts02: https://help.zoho.com/portal/en/community/topic/message-from-zoho-to-yahoo-elicits-421-responses (Yahoo help SLN3434 for TS0x)
  r05: {
    phase: "mail",
    code: 421,
    domain: "yahoo.lab.test",
    owner: "your-admin",
    lines: [
      "4.7.0 [TS02] Messages from 72.5.230.103 temporarily deferred due to user complaints - 4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html",
    ],
    status: "4.7.0",
    reason: "badreputation",
  },
  // h-words30 10: https://github.com/haraka/Haraka/issues/848
  r06: {
    phase: "mail",
    code: 550,
    domain: "outlook.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 Service unavailable; Client host [107.6.51.128 <-- barontel.com] blocked using FBLW15; To request removal from this list please forward this message to delist@messaging.microsoft.com",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words40 13: https://pastebin.com/ERJ1H1G0
  r07: {
    phase: "rcpt",
    code: 452,
    domain: "outlook.lab.test",
    owner: "you",
    lines: [
      "4.5.3 Too many recipients (AS780090) [HK2APC01FT034.eop-APC01.prod.protection.outlook.com]",
    ],
    status: "4.5.3",
    reason: "exceedlimit",
  },
  // h-words41 1: https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2499
  r08: {
    phase: "rcpt",
    code: 451,
    domain: "outlook.lab.test",
    owner: "your-admin",
    ownerGaveUp: "your-admin",
    lines: ["4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77719)"],
    status: "4.7.500",
    reason: "blocked",
  },
  // h-big4 o-515-results: https://docs.mxroute.com/docs/troubleshooting/550-5-7-515.html (Microsoft support: fix-ndr-error-550-5-7-515-in-outlook-com)
  r09: {
    phase: "data",
    code: 550,
    domain: "outlook.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level. Spf=Pass, Dkim=Fail, DMARC=Pass",
    ],
    status: "5.7.515",
    reason: "authfailure",
  },
  // h-lists 1: https://github.com/hestiacp/hestiacp/issues/4373
  r10: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: [
      "5.7.514 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools) -> 550 Rejected because 40.107.108.117 is in a black list at bl.spamcop.net;Blocked - see https://www.spamcop.net/bl.shtml?40.107.108.117",
    ],
    status: "5.7.514",
    reason: "blocked",
  },
  // h-lists 5: https://pastebin.com/5N4DrDdQ
  r11: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "SpamAssassin as cpaneleximscanner detected OUTGOING smtp message as spam (URIBL domains: cemican.com) (Spam score: 7.7) (Subject: Nearby babes Meet your pair) Spam report: ALL_TRUSTED=-1, HTML_MESSAGE=0.001, HTML_MIME_NO_HTML_TAG=0.635, MIME_HTML_ONLY=1.105, TVD_RCVD_IP=0.001, URIBL_BLOCKED=0.001, URIBL_DBL_ABUSE_SPAM_EIG=7",
    ],
    status: null,
    reason: "spamdetected",
  },
  // h-lists 7: https://pastebin.com/7ad9Y9MY
  r12: {
    phase: "rcpt",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 Service unavailable; Client host [193.201.172.117] blocked using ubl.unsubscore.com; Visit http://blacklist.lashback.com for more information / Sender has sent to LashBack Unsubscribe Probe accounts",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words40 15: https://pastebin.com/xDPN2fTF
  r13: {
    phase: "mail",
    code: 503,
    domain: "lab.test",
    owner: "you",
    lines: [
      "Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization. See http://help.mail.ru/mail-help/mailer/popsmtp for details.",
    ],
    status: null,
    reason: "securityerror",
  },
  // h-words40 1: https://pastebin.com/RJeh1Bwk
  r14: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.1.1 <recipient@example.com> recipient rejected. This is a default recipient used as a placeholder in many web applications. Please check your settings and try again.",
    ],
    status: "5.1.1",
    reason: "userunknown",
  },
  // h-words31 5: BernardQuatermass/exim-wiki Verification.md (first ACL); placeholders: sender alice@example.com; Exim's drop answers 550
  r15: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      'REJECTED - Sender Verify Failed - error code "recipient" The return address you are using for this email message <alice@example.com> does not seem to be a working account.',
    ],
    status: null,
    reason: "rejected",
  },
  // h-words41 4: https://gist.github.com/sc68cal/ca19c404371dfcd088d4
  r16: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "nobody",
    ownerGaveUp: "your-admin",
    lines: [
      "4.7.1 <mx0va6z@coreitpro.com>: Recipient address rejected: Greylisted by greyfix 0.4.0, try again in 30 seconds. See http://www.kim-minh.com/pub/greyfix/ for more information.",
    ],
    status: "4.7.1",
    reason: "expired",
  },
  // h-words31 3: Exim ACL with spfbl.pl (code corpus excerpt; commented copy find_string id 44312183793); placeholders: IP 192.0.2.10, domain example.com
  r17: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 [SPF] 192.0.2.10 is not allowed to send mail from example.com. Please see http://www.open-spf.org/Why?s=mfrom;id=alice@example.com;ip=192.0.2.10",
    ],
    status: "5.7.1",
    reason: "authfailure",
  },
  // h-filters tm-ers-deferred: https://hardwaresecrets.com/understanding-email-bounce-messages/4/ (Trend Micro ERS FAQ, success.trendmicro.com/solution/1097055)
  r18: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "4.7.1 Mail from 203.0.113.5 deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?203.0.113.5",
    ],
    status: "4.7.1",
    reason: "blocked",
  },
  // h-lists 4: https://pastebin.com/XyCXXpvt
  r19: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "Blacklisted in dnsbl-1.uceprotect.net:",
      "IP 108.178.14.82 is UCEPROTECT-Level 1 listed. See",
      "http://www.uceprotect.net/rblcheck.php?ipr=108.178.14.82",
    ],
    status: null,
    reason: "blocked",
  },
  // h-lists 6: https://pastebin.com/iAp1b4gm
  r20: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "Blocked by ivmSIP and/or ivmSIP/24 - see",
      "https://www.invaluement.com/lookup/?item=109.234.163.22",
    ],
    status: null,
    reason: "blocked",
  },
  // h-words43 q14-docs: https://pastebin.com/inK5s3cQ
  r21: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "Verification failed for <apache@dmzweb11.dmz.local>",
      "Unrouteable address",
      "Sender verify failed",
    ],
    status: null,
    reason: "rejected",
  },
  // h-filters hs-multi-bounce: https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes
  r22: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.5.3 <kim@fabrikam.example>: Recipient address rejected: Multi-recipient bounce"],
    status: "5.5.3",
    reason: "rejected",
  },
  // h-words30 12: https://github.com/roundcube/roundcubemail/issues/8103
  r23: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.7.1 <webmail18.sd4.0x35.net[10.200.201.18]>: Client host rejected: Blacklisted user: kim@contoso.example",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words30 20: http://mailreport.co.uk/FAQ/SPF/
  r24: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 <sender@example.com>: Sender address rejected: Please see http://www.openspf.org/Why?id=sender%40example.com&ip=192.0.2.1",
    ],
    status: "5.7.1",
    reason: "authfailure",
  },
  // h-words34 3: http://cpumd.com/KB1039tag/failed-send (help desk page pasting an Exchange NDR it got)
  r25: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.7.1 <do-not-reply-user@anoher-domain-name.com>: Recipient address rejected: Invalid recipient",
    ],
    status: "5.7.1",
    reason: "userunknown",
  },
  // h-words40 6: https://pastebin.com/2dK3Pg4A
  r26: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: [
      "4.1.1 <post@nnmsk.no>: Recipient address rejected: unverified address: Recipient address lookup failed",
    ],
    status: "4.1.1",
    reason: "userunknown",
  },
  // h-words41 5: https://pastebin.com/fayPzpMp
  r27: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "you",
    ownerGaveUp: "you",
    lines: [
      '4.1.1 <jude@minvestdeva.ro>: Recipient address rejected: unverified address: unknown user: "jude"',
    ],
    status: "4.1.1",
    reason: "userunknown",
  },
  // h-words41 8: https://pastebin.com/SEreuL1S
  r28: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    ownerGaveUp: "your-admin",
    lines: [
      "4.7.1 <marcelo-moreno@uol.com.br>: Recipient address rejected: UOL-SH_D-H[5a042ab54f7862edaa06546ab12b4e4edbac0b5c75e9346379e7b00f5071e068][33]",
    ],
    status: "4.7.1",
    reason: "blocked",
  },
  // h-words42 2: https://hoststud.com/resources/email-error-450-and-it%E2%80%99s-solution.317/updates
  r29: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "nobody",
    ownerGaveUp: "your-admin",
    lines: ["4.7.1 <recipient@example.com>: Client host rejected: Greylisted for 5 minutes"],
    status: "4.7.1",
    reason: "expired",
  },
  // h-words43 q07-docs: https://pastebin.com/6JA7cVwM
  r30: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 <reditelka@msrychvald.cz>: Sender address rejected: mailbox disabled - DEBUG: dom msrychvald.cz",
    ],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words43 q11-docs: https://pastebin.com/MMGUFmXp
  r31: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient",
    lines: ["david.chase@earthlink.net...User account is overquota"],
    status: null,
    reason: "mailboxfull",
  },
  // h-lists 3: https://pastebin.com/NXdqTD62
  r32: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "550 This system is configured to reject mail from 38.108.79.34 [38.108.79.34] (Host blacklisted - Realtime Black List server 'b.barracudacentral.org')",
    ],
    status: null,
    reason: "blocked",
  },
  // h-words30 5: https://github.com/meeting-room-booking-system/mrbs-code/issues/1692
  r33: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["No RDNS entry for 192.168.10.20"],
    status: null,
    reason: "requireptr",
  },
  // h-words31 9: fail2ban filter.d/courierlogin-style courier smtp filter quoting courieresmtpd (code corpus, rank 6); placeholder bob@example.com
  r34: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["User <bob@example.com> unknown."],
    status: null,
    reason: "userunknown",
  },
  // h-words37 1: https://www.bluehost.com/help/article/what-does-my-email-bounce-mean
  r35: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["sender@example.com max messages per session"],
    status: null,
    reason: "speeding",
  },
  // h-words40 5: https://github.com/ammarfaizi2/lore-inbox (linux-kernel 2001-05-20, Delivery reports about your email)
  r36: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["mail from 212.153.111.69 rejected: administrative prohibition (host is blacklisted)"],
    status: null,
    reason: "blocked",
  },
  // h-words31 8: freebsd/freebsd-ports mail/qmail/files/extra-patch-spamcontrol-qmail-smtpd.c (err_rbl); placeholder RBLMATCH=zen.spamhaus.org
  r37: {
    phase: "mail",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["sorry, your IP is listed on a RBL list zen.spamhaus.org (#5.7.1)"],
    status: null,
    reason: "blocked",
  },
  // h-words36 3: same page as 2 (the page's next reply)
  r38: {
    phase: "rcpt",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["– esse domínio não está na minha lista de rcpthosts permitidos (#5.7.1)"],
    status: null,
    reason: "norelaying",
  },
  // h-words31 14: qmail-spp greylisting plugin (find_string id 14219141587; E prefix is qmail-spp's error marker)
  r39: {
    phase: "rcpt",
    code: 451,
    domain: "lab.test",
    owner: "nobody",
    lines: [
      "Greylisting active. Your mail will be accepted on the next attempt. This is NOT an error.",
    ],
    status: null,
    reason: "expired",
  },
  // h-words31 7: major/major.io content/post/2007-12-04-plesk-and-qmail-421-temporary-envelope-failure-430.md (qmail-envelope-scanner greylisting on Plesk)
  r40: {
    phase: "rcpt",
    code: 421,
    domain: "lab.test",
    owner: "nobody",
    lines: ["temporary envelope failure (#4.3.0)"],
    status: null,
    reason: "expired",
  },
  // h-words31 2: SparkPost/developers.sparkpost.com web-ref/responses-by-message.md (Momentum table, row 2)
  r41: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.6.0 Body line too long (see RFC2822 section 3.5)"],
    status: "5.6.0",
    reason: "contenterror",
  },
  // h-words31 1: haraka/Haraka plugins/deprecated/data.nomsgid.js (line 8)
  r42: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Mails here must have a Message-Id header"],
    status: null,
    reason: "contenterror",
  },
  // h-words37 9: https://github.com/zone-eu/wildduck/issues/762
  r43: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["Message too big!"],
    status: null,
    reason: "mesgtoobig",
  },
  // h-words31 13: clamdscan filter script (find_string id 6316827148)
  r44: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["Message contains a virus"],
    status: null,
    reason: "virusdetected",
  },
  // h-words33 bytecamp-2: (same)
  r45: {
    phase: "data",
    code: 571,
    domain: "lab.test",
    owner: "you",
    lines: ["5.7.1 message classified as spam (Nachricht als Spam eingestuft)"],
    status: "5.7.1",
    reason: "spamdetected",
  },
  // h-words32 12: https://support.google.com/mail/answer/6596?hl=ja (Gmail's Japanese rendering of its NoSuchUser reply)
  r46: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.1 送信先のメール アカウントは存在しません"],
    status: "5.1.1",
    reason: "userunknown",
  },
  // h-words32 7: https://foxydog.tistory.com/69
  r47: {
    phase: "data",
    code: 552,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.3.4 Error: message file too big 보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.",
    ],
    status: "5.3.4",
    reason: "mesgtoobig",
  },
};
