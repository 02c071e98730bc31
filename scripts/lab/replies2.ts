// The second replies set (LAB_SET=replies2: test/corpus/lab-replies2): real receivers' replies
// from the held-out sets of words rounds 45 to 54 (each one's source named, as that round noted it),
// answered by the scripted receiver as the replies set's are (replies.ts), to recipients or senders
// q01..qNN. Chosen to stress wrapping in shapes the first set lacks: mail logs' replies with quoted
// addresses, brackets, braces and backquotes, replies with no enhanced status or a doubled code,
// nested replies, German, Portuguese and Polish words, Gmail's newer multi-line refusals and
// deferrals, Microsoft 365's and iCloud's. A reply a round took from inside another notice (QQ's,
// quoted by Aliyun's Chinese notice) is the receiver's reply alone.
import type { Reply } from "./replies";

export const REPLIES2: Readonly<Record<string, Reply>> = {
  // h-words45 1: https://github.com/OpenACalendar/OpenACalendar-Web-Core/issues/767
  q01: {
    phase: "rcpt",
    code: 421,
    domain: "lab.test",
    owner: "nobody",
    lines: ["Timeout waiting for data from client."],
    status: null,
    reason: "expired",
  },
  // h-words45 12: https://www.bluehost.com/help/article/what-does-my-email-bounce-mean
  q02: {
    phase: "rcpt",
    code: 452,
    domain: "lab.test",
    owner: "nobody",
    lines: ["recipient@example.com requested action aborted: try again later - GL/GL"],
    status: null,
    reason: "expired",
  },
  // h-words47 policyd-weight-no-dns: policyd-weight DNS-missing defer, as matched in a collectd postfix config (find_string id 46206071339)
  q03: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "4.7.1 <unknown[192.0.2.10]>: Client host rejected: No DNS entries for your MTA, HELO and Domain",
    ],
    status: "4.7.1",
    reason: "blocked",
  },
  // h-words47 dovecot-invalid-user-settings: dovecot src/lib-storage/mail-storage-service.c ERRSTR_INVALID_USER_SETTINGS (id 1160516238)
  q04: {
    phase: "rcpt",
    code: 451,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: [
      "4.3.0 <user@example.org> Invalid user settings. Refer to server log for more information.",
    ],
    status: "4.3.0",
    reason: "systemerror",
  },
  // h-words49 1: http://www.inmotionhosting.com/support/email/bounceback-errors/email-error-421
  q05: {
    phase: "rcpt",
    code: 421,
    domain: "lab.test",
    owner: "nobody",
    ownerGaveUp: "recipient-admin",
    lines: ["4.3.1 Out of disk space for temp file"],
    status: "4.3.1",
    reason: "systemfull",
  },
  // h-words49 7: https://github.com/gophish/gophish/issues/521
  q06: {
    phase: "rcpt",
    code: 422,
    domain: "lab.test",
    owner: "nobody",
    ownerGaveUp: "your-admin",
    lines: ["try again in 15 seconds"],
    status: null,
    reason: "expired",
  },
  // h-words50 6: find_string id 14231838137: BlueMind admin docs (German), postqueue example
  q07: {
    phase: "rcpt",
    code: 452,
    domain: "lab.test",
    owner: "recipient",
    lines: ["4.2.2 Over quota SESSIONID=<cyrus-4311-1488438658-1>"],
    status: "4.2.2",
    reason: "mailboxfull",
  },
  // h-words54 2: https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br (Google's Gmail SMTP errors page, Brazilian Portuguese: first row)
  q08: {
    phase: "rcpt",
    code: 450,
    domain: "gmail.lab.test",
    owner: "nobody",
    lines: [
      "4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde. Se o usuário puder receber e-mails naquele momento, sua mensagem será entregue. Para mais informações, consulte Limites de envio e recebimento de e-mails.",
    ],
    status: "4.2.1",
    reason: "speeding",
  },
  // h-words53 S14: https://github.com/datalust/seq-app-htmlemail/issues/101 (.NET SmtpException: 'Error in processing' = 451)
  q09: {
    phase: "rcpt",
    code: 451,
    domain: "outlook.lab.test",
    owner: "nobody",
    lines: [
      "4.3.111 Temporary server error. Please try again later MRH1 [Hostname=GVXP192MB1782.EURP192.PROD.OUTLOOK.COM]",
    ],
    status: "4.3.111",
    reason: "systemerror",
  },
  // h-words47 qpsmtpd-fqdn: smtpd/qpsmtpd lib/Qpsmtpd/SMTP.pm / require_resolvable_fromhost (id 24961591480)
  q10: {
    phase: "mail",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["FQDN required in the envelope sender"],
    status: null,
    reason: "rejected",
  },
  // h-words49 8: https://knowledge.broadcom.com/external/article/438593/messages-stuck-with-smtp-error-57650-rat.html
  q11: {
    phase: "mail",
    code: 451,
    domain: "outlook.lab.test",
    owner: "your-admin",
    ownerGaveUp: "your-admin",
    lines: ["4.7.650 the mail server [203.0.113.5] has been rate limited due to IP reputation"],
    status: "4.7.650",
    reason: "badreputation",
  },
  // h-words50 3: find_string id 10180527441: Hypernode docs, mail queue example (TransIP relay)
  q12: {
    phase: "mail",
    code: 421,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "4.7.0 No valid 'x-transip-mail-auth' DNS record found for 'example.nl'. Please see https://www.transip.eu/knowledgebase/entry/349 for more information. (8D9WKA15KCh21)",
    ],
    status: "4.7.0",
    reason: "authfailure",
  },
  // h-words52 10: find_string id 13946668154: SQL comment quoting an Exim line (edesur.com.do)
  q13: {
    phase: "data",
    code: 451,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Spam email. Email Session ID: {5E26FC89-230023-208F00A-C0000000}"],
    status: null,
    reason: "spamdetected",
  },
  // h-words53 P01: https://www.managedserver.eu/gmail-introduce-nuovi-messaggi-di-rifiuto-legati-allo-spam-cosa-devi-sapere/
  q14: {
    phase: "data",
    code: 421,
    domain: "gmail.lab.test",
    owner: "your-admin",
    lines: [
      "4.7.28 Gmail has detected an unusual rate of unsolicited mail containing one of",
      "4.7.28 your URL domains. To protect our users from spam, mail with the URL has",
      "4.7.28 been temporarily limited. Please visit",
      "4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError to review",
      "4.7.28 our Bulk Email Senders Guidelines. - gsmtp",
    ],
    status: "4.7.28",
    reason: "badreputation",
    alsoCause: "spamdetected",
  },
  // h-words45 11: https://clinician.rgnmed.com/support-admin/bounced-emails
  q15: {
    phase: "rcpt",
    code: 511,
    domain: "lab.test",
    owner: "you",
    lines: ["sorry, no mailbox here by that name (#5.1.1 - chkuser)"],
    status: null,
    reason: "userunknown",
  },
  // h-words45 5: http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html
  q16: {
    phase: "rcpt",
    code: 552,
    domain: "lab.test",
    owner: "recipient",
    lines: ["jdoe@aol.com has a full mailbox"],
    status: null,
    reason: "mailboxfull",
  },
  // h-words45 8: https://github.com/nodemailer/smtp-server/issues/75
  q17: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["550 5.1.1 <>: Sender address rejected: User unknown in local sender table"],
    status: null,
    reason: "rejected",
  },
  // h-words47 policyd-weight-spam-forged: policyd-weight.conf default $REJECTMSG (find_string id 23689129521) and a Postfix log quoting it (id 15048226370)
  q18: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 <user@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: [192.0.2.10], MTA hostname: unknown[192.0.2.10] (helo/hostname mismatch)",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words50 8: find_string id 25560007894: an ogicom.net Postfix bounce kept in a public repository, 2023
  q19: {
    phase: "rcpt",
    code: 552,
    domain: "lab.test",
    owner: "recipient",
    lines: [
      "5.2.2 <onlinemeailsforum.forum@s28-local.ogicom.net> Quota exceeded / Skrzynka odbiorcy jest przepelniona.",
    ],
    status: "5.2.2",
    reason: "mailboxfull",
  },
  // h-words45 7: https://lists.samba.org/archive/linux/2002-July/004006.html
  q20: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["rejected: cannot route to sender <martijn@fake.mail.address>"],
    status: null,
    reason: "rejected",
  },
  // h-words46 centurylink-c10: https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-resolve-email-delivery-issues-and-blocks-from-centurylinks-internal-reputation-service
  q21: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.1 [C10] RBL restriction: Blacklisted by Internal Reputation Service"],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words46 seznam-spf: https://pastebin.com/ZsE78BAU
  q22: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.1 Sender Policy Framework of `pro-cert.cz' domain denied your IP address."],
    status: "5.7.1",
    reason: "authfailure",
  },
  // h-words48 pp-greeting-blocked: Ubuntu Forums thread, 2009-04-25 (a compromised Postfix host's log; corpus id 57157133318)
  q23: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "mx.kent.edu.pph5a.pphosted.com ESMTP Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=89.238.221.142",
    ],
    status: null,
    reason: "blocked",
  },
  // h-words48 cisco-domain-reputation: plesk.com/kb/support/an-ip-address-of-a-plesk-mail-server-got-blacklisted-how-to-troubleshoot/ (a MailEnable bounce quoting it)
  q24: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer",
    ],
    status: null,
    reason: "badreputation",
  },
  // h-words50 7: find_string id 33391457498: LKML message quoting a vger bounce, 2023
  q25: {
    phase: "mail",
    code: 553,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: [
      "5.7.1 Hello [23.128.96.19], for your MAIL FROM address <lore982@yahoo.com> policy analysis reported: Your address is not liked source for email",
    ],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words50 9: find_string id 35814412746: Exim log quoted in a repository comment, 2012
  q26: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 :127.0.0.5:Client host 194.226.74.6 blocked using 88.blocklist.zap; Mail from IP banned. To request removal from this list please forward this message to dfrvhdkjrrrkkqjpv@messaging.microsoft.com",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words50 15: find_string id 4334528165: Salt state comment quoting a GMX relay bounce
  q27: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.7.0 Sender address does not belong to logged in user {mp030}"],
    status: "5.7.0",
    reason: "rejected",
  },
  // h-words50 18: find_string id 57108150139: Ubuntu forums thread 2013, Exim smarthost to Gmail
  q28: {
    phase: "mail",
    code: 530,
    domain: "gmail.lab.test",
    owner: "your-admin",
    lines: [
      "5.5.1 Authentication Required. Learn more at",
      "5.5.1 http://support.google.com/mail/bin/answer.py?answer=14257 q44sm118821809eep.5",
    ],
    status: "5.5.1",
    reason: "securityerror",
  },
  // h-words52 2: find_string id 70530988446: a Postfix NDR kept as a fixture (sender side example.com, Yahoo APAC host and tracking code real)
  q29: {
    phase: "mail",
    code: 550,
    domain: "yahoo.lab.test",
    owner: "your-admin",
    lines: ["5.7.25 Forward-confirmed reverse DNS failed tnmpmscs"],
    status: "5.7.25",
    reason: "requireptr",
  },
  // h-words52 4: find_string id 56739664382: forum thread, Postfix log (upperuwchlan-pa.gov to techs.com.br)
  q30: {
    phase: "mail",
    code: 501,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 <kmcgrath@upperuwchlan-pa.gov>... Sender refused by the DNSBL b.barracudacentral.org",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words45 4: http://ipblacklistremoval.com/
  q31: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["(RTR:BL)"],
    status: null,
    reason: "blocked",
  },
  // h-words54 3: find_string id 7946684903: Microsoft's German (machine-translated) ASP.NET Web Pages troubleshooting guide, the server's answer quoted inside .NET's 'Postfach nicht verfügbar' (mailbox unavailable, 550) exception
  q32: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.0 <someuser@invaliddomain> Absender abgelehnt: Ungültige Absender-Domäne"],
    status: "5.1.0",
    reason: "rejected",
  },
  // h-words53 S07: https://pastebin.com/VqKJDggG (Exim bounce; same reply from the Hotmail and the Gmail host)
  q33: {
    phase: "mail",
    code: 550,
    domain: "outlook.lab.test",
    owner: "you",
    lines: [
      "5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address. Contact your service provider for support",
    ],
    status: "5.7.1",
    reason: "spamdetected",
  },
  // h-words53 S04: https://www.spamresource.com/2025/12/help-im-seeing-550-5725-errors-at-gmail.html
  q34: {
    phase: "mail",
    code: 550,
    domain: "gmail.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.25 The IP address sending this message does not have a PTR record setup, or",
      "5.7.25 the corresponding forward DNS entry does not match the sending IP. As a",
      "5.7.25 policy, Gmail does not accept messages from IPs with missing PTR",
      "5.7.25 records. For more information, go to",
      "5.7.25 https://support.google.com/a?p=sender-guidelines-ip To learn more about",
      "5.7.25 Gmail requirements for bulk senders, visit",
      "5.7.25 https://support.google.com/a?p=sender-guidelines",
    ],
    status: "5.7.25",
    reason: "requireptr",
  },
  // h-words45 3: http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en
  q35: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["sendall: too many hops 19 (17 max)"],
    status: null,
    reason: "systemerror",
  },
  // h-words46 windstream-vi1: https://www.suped.com/learn/email-deliverability/why-am-i-getting-soft-bounces-from-windstream-tds-centurytel-hughes-and-zoom-internet
  q36: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["5.7.1 [VI-1] Message blocked due to spam content in the message."],
    status: "5.7.1",
    reason: "spamdetected",
  },
  // h-words46 rogers-yahoo-up: https://www.vomitcomet.org/2009/01/12/rogers-is-eating-things-it-calls-spam/
  q37: {
    phase: "data",
    code: 554,
    domain: "yahoo.lab.test",
    owner: "you",
    lines: ["Message not allowed - UP Email not accepted for policy reasons. Please visit [120]"],
    status: null,
    reason: "policyviolation",
  },
  // h-words48 pp-dmarc-reject: alsa-devel list, 2021-10-05, Jaroslav Kysela's reply quoting the Postfix log of a bounce from ST's Proofpoint (corpus id 39485920642)
  q38: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.0 Local Policy Violation - DMARC Reject"],
    status: "5.7.0",
    reason: "authfailure",
  },
  // h-words48 rspamd-bad-extension: github.com/poolpOrg/filter-rspamd/pull/5 (2019-09-20, rspamd's reply relayed by OpenSMTPD)
  q39: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["Rejected due to bad file extension in attachment"],
    status: null,
    reason: "policyviolation",
  },
  // h-words50 1: find_string id 7630903092: a netdev@vger.kernel.org bounce kept in a public repository (Postfix DSN, 2023)
  q40: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.7.1 Spamassassin considers this message SPAM. In case you disagree, send the ENTIRE message (preferably as a saved attachment) plus this error message to <postmaster@vger.kernel.org>",
    ],
    status: "5.7.1",
    reason: "spamdetected",
  },
  // h-words52 7: find_string id 6268264172: LKML thread quoting an Exchange NDR from vger
  q41: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["5.7.1 <vger.kernel.org #5.7.1 smtp; 550 5.7.1 Content-Policy accept-into-freezer-1>"],
    status: "5.7.1",
    reason: "spamdetected",
  },
  // h-words53 S01: https://topdeliverability.com/tag/zgmailfeat/ (Postfix log quoted)
  q42: {
    phase: "data",
    code: 550,
    domain: "gmail.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 [206.125.175.2] Our system has detected that this message is not RFC",
      "5.7.1 5322 compliant: duplicate headers. To reduce the amount of spam sent to",
      "5.7.1 Gmail, this message has been blocked. Please review RFC 5322",
      "5.7.1 specifications for more information.",
      "5.7.1 j6-20020a637a46000000b0042b3a763e76si3563504pgn.127 - gsmtp",
    ],
    status: "5.7.1",
    reason: "notcompliantrfc",
  },
  // h-words53 S10: forwardemail.net's template test locals (Apple's reply with its 2025 Txn ID)
  q43: {
    phase: "data",
    code: 554,
    domain: "icloud.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137. Txn ID 4fbc0af0-417e-4180-91d8-66754d53a162",
    ],
    status: "5.7.1",
    reason: "badreputation",
  },
  // h-words54 1: https://support.google.com/a/answer/3726730?hl=de (Google Workspace help, German SMTP error page: its gcdp example)
  q44: {
    phase: "data",
    code: 550,
    domain: "gmail.lab.test",
    owner: "recipient-admin",
    lines: [
      "5.7.1 Diese Nachricht verstößt gegen die E-Mail-Richtlinien von example.com. – gcdp <Sitzungs-ID> – gsmtp",
    ],
    status: "5.7.1",
    reason: "policyviolation",
  },
  // h-words54 4: https://github.com/songquanpeng/message-pusher/issues/127 (Aliyun enterprise mail's Chinese bounce notice quoting QQ's reply)
  q45: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      'The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. [MEwgNYCUUqQdt1qml2CjHV6aouwXiNz1KplnTFuwgwGN67bolrd0KDmJ07BuZ3e8jQ== IP: 115.124.28.189]. https://service.mail.qq.com/detail/124/995.',
    ],
    status: null,
    reason: "notcompliantrfc",
  },
};
