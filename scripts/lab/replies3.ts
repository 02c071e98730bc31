// The third replies set (LAB_SET=replies3: test/corpus/lab-replies3): real receivers' replies
// from the held-out sets of words rounds 56 to 61 and the facts round 16 (each one's source named,
// as that round noted it), answered by the scripted receiver as the replies set's are (replies.ts),
// to recipients or senders p01..pNN. Chosen to stress reading: replies with no enhanced status or
// an odd one ("#4.5.3", a 450 with 5.7.1), odd codes (417, 557), a nine-line callout refusal and a
// two-line one, quoted addresses and URLs with query strings, Exchange's long STOREDRV replies,
// deferrals at RCPT, MAIL FROM and DATA, and several recipients of one message answered with
// different replies (REPLY3_GROUPS). A reply a round found inside another notice (QQ's, Orange's) is
// the receiver's reply alone; replies that were another server's own give-up (Microsoft 365's and
// SES's "Message expired", Exchange Online's 4.4.317) were left out.
import type { Reply } from "./replies";

export const REPLIES3: Readonly<Record<string, Reply>> = {
  // h-words56 12: find_string id 28690948870: a log-analysis tool's docs quoting Postfix log lines (hosts anonymized)
  p01: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "you",
    lines: [
      "4.1.1 <abuse@example.com>: Recipient address rejected: unverified address: Mailbox might be disabled, full, or may not exist on the server. Reason: JFE030050",
    ],
    status: "4.1.1",
    reason: "userunknown",
  },
  // h-words56 13: find_string id 56983067233: a forum thread's Postfix log (AOL's MX), 'refused to talk to me' lines
  p02: {
    phase: "rcpt",
    code: 421,
    domain: "lab.test",
    owner: "nobody",
    lines: ["4.4.2 mtain-dl02.r1000.mx.aol.com Error: timeout exceeded"],
    status: "4.4.2",
    reason: "expired",
  },
  // h-words59 4: https://github.com/jakartaee/mail-api/issues/20
  p03: {
    phase: "rcpt",
    code: 452,
    domain: "lab.test",
    owner: "nobody",
    lines: ["#4.5.3 Too many recipients."],
    status: null,
    reason: "exceedlimit",
  },
  // h-words59 9: https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html
  p04: {
    phase: "rcpt",
    code: 421,
    domain: "lab.test",
    owner: "nobody",
    lines: ["Your address has been graylisted. Try again later."],
    status: null,
    reason: "expired",
  },
  // h-words60 7: https://pastebin.com/rWCiGDGh
  p05: {
    phase: "rcpt",
    code: 451,
    domain: "lab.test",
    owner: "nobody",
    lines: ["4.3.0 Greylisting in progress"],
    status: "4.3.0",
    reason: "expired",
  },
  // h-words60 9: https://emailit.com/de/docs/kb/429-rate-limit-exceeded.md
  p06: {
    phase: "rcpt",
    code: 452,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["4.4.5 Messages per second limit exceeded"],
    status: "4.4.5",
    reason: "speeding",
  },
  // h-words61 7: https://randol-news.net/art/00205.html
  p07: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.1 x.x.x.x: Poor Reputation Sender"],
    status: null,
    reason: "badreputation",
  },
  // h-words56 1: find_string id 35379827617: README of a mailwarm-to-ExpertSender SMTP gateway, its own reply to a malformed address
  p08: {
    phase: "rcpt",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["Transaction failed: foobar@com: Subscriber email is invalid."],
    status: null,
    reason: "userunknown",
  },
  // h-words56 4: find_string id 57362136442: copy of Microsoft Q&A question 2110876 (Exchange 2016 via pickup folder to Exchange Online)
  p09: {
    phase: "rcpt",
    code: 550,
    domain: "outlook.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.230 Connecting Exchange server version is out-of-date; connection to Exchange Online blocked for 60 mins/hr.",
    ],
    status: "5.7.230",
    reason: "blocked",
  },
  // h-words56 8: find_string id 29121017166: a blog post 'The Ironies of Spam', May 2006 (SourceForge lists, qmail bounce)
  p10: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "Postmaster verification failed while checking <george@reilly.org>",
      "Called:   205.158.62.206",
      "Sent:     RCPT TO:<postmaster@reilly.org>",
      "Response: 550 <postmaster@reilly.org>: User unknown",
      "Several RFCs state that you are required to have a postmaster",
      "mailbox for each mail domain. This host does not accept mail",
      "from domains whose servers reject the postmaster address.",
      "Sender verify failed",
    ],
    status: null,
    reason: "rejected",
  },
  // h-words56 14: find_string id 65747597402: a German municipal mailing tool's tests, comment 'Schashagen, 02.09.2026' (a real bounce kept as a case)
  p11: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["sorry, user unknown"],
    status: null,
    reason: "userunknown",
  },
  // h-words56 15: find_string id 56749406060: Ubuntu forums, 2006 (Yahoo's qmail notice from GoDaddy's MX 64.202.166.11)
  p12: {
    phase: "rcpt",
    code: 553,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["sorry, relaying denied from your location [66.163.179.83] (#5.7.1)"],
    status: null,
    reason: "norelaying",
  },
  // h-words59 3: https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html
  p13: {
    phase: "rcpt",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["Invalid recipient"],
    status: null,
    reason: "userunknown",
  },
  // h-words59 5: http://www.gordano.com/kb.htm?q=475
  p14: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["Mail Relay not allowed"],
    status: null,
    reason: "norelaying",
  },
  // h-words59 7: http://hostmyservices.blogspot.com/2014/11/spf-record-error-when-sending-mail-551.html
  p15: {
    phase: "rcpt",
    code: 551,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.0.0 Rejected, look at http://www.openspf.org/why.html?sender=al@topel.com&ip=69.84.129.239&receiver=mailin1-trm.thomsonreuters.com",
    ],
    status: "5.0.0",
    reason: "authfailure",
  },
  // h-words60 2: https://pastebin.com/WMBN15Tp
  p16: {
    phase: "rcpt",
    code: 552,
    domain: "lab.test",
    owner: "recipient",
    lines: ["5.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded"],
    status: "5.2.2",
    reason: "mailboxfull",
  },
  // h-words60 8: https://pastebin.com/7HST6vSQ
  p17: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["Invalid recipient <bbc_iplayer_website@bbc.co.uk>", "(#5.1.1)"],
    status: null,
    reason: "userunknown",
  },
  // h-words60 10: https://pastebin.com/5RThtzeu
  p18: {
    phase: "rcpt",
    code: 557,
    domain: "lab.test",
    owner: "you",
    lines: ["Email address - ely@elycompean.com - is not available here. Disconnecting..."],
    status: null,
    reason: "userunknown",
  },
  // h-words61 4: https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html
  p19: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["Permission denied"],
    status: null,
    reason: "rejected",
  },
  // h-words56 9: find_string id 36396053326: linux-kernel list, Jan 2005 (qmail give-up for a list at drzeus.cx)
  p20: {
    phase: "mail",
    code: 417,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["SPF error mailout.stusta.mhn.de: Address does not pass the Sender Policy Framework"],
    status: null,
    reason: "authfailure",
  },
  // h-words61 5: https://forum.spamcop.net/topic/35-faq-entry-why-is-my-email-blocked/
  p21: {
    phase: "mail",
    code: 451,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Blocked - see http://www.spamcop.net/bl.shtml?xxxx.xxxx.xxxx.xxxx"],
    status: null,
    reason: "blocked",
  },
  // h-words56 16: find_string id 221915405: a blog post on Postfix relaying through SparkPost, Apr 2016
  p22: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.1 Unconfigured Sending Domain <app.example.com>"],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words56 17: find_string id 56946270163: a forum thread's Postfix log (www-data@local.domain.tld sender)
  p23: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.7.1 This message has been blocked because the return email domain is invalid.(domain name  normal.email@company.tld   has invalid syntax)",
    ],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words60 1: https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)
  p24: {
    phase: "mail",
    code: 550,
    domain: "outlook.lab.test",
    owner: "your-admin",
    lines: ["5.7.1 Client does not have permission to send as this sender"],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words60 4: https://github.com/mailtrap/mailtrap-docs/blob/HEAD/documentation/email-api-smtp/troubleshooting/sending-from-domain-not-allowed.md
  p25: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.1 Sending from domain is not allowed"],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words60 5: https://pastebin.com/TVZVzp5w
  p26: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 <host-89-228-141-53.gorzow.mm.pl>: Helo command rejected: Generic / dynamic helo/ehlo is not allowed here",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words61 1: http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html
  p27: {
    phase: "mail",
    code: 553,
    domain: "yahoo.lab.test",
    owner: "your-admin",
    lines: ["VS99-IP1 deferred"],
    status: null,
    reason: "blocked",
  },
  // h-words61 2: https://kb.superb.net/gridiron-platform/email/troubleshooting-email-gip/why-do-i-get-a-q553-httpwwwspamhausorgqueryblipipaddrq-error-when-sending-mail-2
  p28: {
    phase: "mail",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["http://www.spamhaus.org/query/bl?ip=ipaddr"],
    status: null,
    reason: "blocked",
  },
  // h-words61 3: http://registrywinner.com/pcsupport/html/Troubleshooting/16194-Why-is-Windows-Live-Hotmail-rejecting-email-I-send-my-friend.html
  p29: {
    phase: "mail",
    code: 550,
    domain: "outlook.lab.test",
    owner: "your-admin",
    lines: [
      "SC-004 Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. If you are not an email/network admin please contact your",
    ],
    status: null,
    reason: "blocked",
  },
  // h-words59 10: https://github.com/mailcow/mailcow-dockerized/issues/1187
  p30: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Invalid RDNS entry for xxx.xxx.xxx.xxx"],
    status: null,
    reason: "requireptr",
  },
  // h-facts16 03-S5: h-facts16 03-S5: forum Sendmail notice (see /work/wt/h-facts16-set/sources.json)
  p31: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "Please check your SMTP server is set to smtp.orangehome.co.uk. Further help is available at http://help.orange.co.uk/sessionBegin.do?solutionId=kb4473",
    ],
    status: null,
    reason: "blocked",
  },
  // h-words61 8: https://coviserver.de/e-mail-geblockt
  p32: {
    phase: "data",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["4.7.1 [EAB] 554 IP=aaa.bbb.ccc.ddd - A problem occurred."],
    status: "4.7.1",
    reason: "blocked",
  },
  // h-words56 3: find_string id 11829722673: an app's log of SMTP failures, Sep 2025 (Mailtrap sandbox)
  p33: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.7.0 Too many emails per second. Please upgrade your plan https://mailtrap.io/billing/plans/testing",
    ],
    status: "5.7.0",
    reason: "speeding",
  },
  // h-words56 2: find_string id 40052796825: samba-technical list thread, Nov 2020 (autobuild's smtplib traceback)
  p34: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["maximum allowed line length is 998 octets, got 1756"],
    status: null,
    reason: "notcompliantrfc",
  },
  // h-words56 5: find_string id 4283484455: Microsoft Learn troubleshooting article (named properties quota, MapiExceptionNamedPropsQuotaExceeded)
  p35: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: [
      "5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionNamedPropsQuotaExceeded; Failed to process message due to a permanent exception with message",
    ],
    status: "5.2.2",
    reason: "mailboxfull",
  },
  // h-words56 6: find_string id 57474039759: a forum post with an Exchange message tracking result, Oct 2023
  p36: {
    phase: "data",
    code: 554,
    domain: "outlook.lab.test",
    owner: "you",
    lines: [
      "5.2.0 STOREDRV.Deliver.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent exception with message Cannot save changes made to an item to store.",
    ],
    status: "5.2.0",
    reason: "mesgtoobig",
  },
  // h-words56 10: find_string id 43417795409: an application's SMTP mailer, comment quoting Exchange Online's reply
  p37: {
    phase: "data",
    code: 554,
    domain: "outlook.lab.test",
    owner: "you",
    lines: ["5.2.270 MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit."],
    status: "5.2.270",
    reason: "mesgtoobig",
  },
  // h-words56 11: find_string id 3877187146: a Spring app's chat transcript pasting its MailSendException (Mailtrap's demo domain)
  p38: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 Demo domains can only be used to send emails to account owners. You can only send testing emails to your own email address.",
    ],
    status: "5.7.1",
    reason: "rejected",
  },
  // h-words59 2: https://cave.servium.ch/mirror/ftp.zx.net.nz/archive/ftp.microsoft.com/MISC/KB/en-us/180/414.HTM
  p39: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["(not a type writer)"],
    status: null,
    reason: "notcompliantrfc",
  },
  // h-words59 6: https://github.com/mysociety/writetothem/issues/190
  p40: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: [
      "READ THIS: : IMPORTANT ACTION REQUIRED: Delivery will ONLY occur if you click on this link https://mail2.macace.net/cgi/user.cgi?cmd=r&f=11332596",
    ],
    status: null,
    reason: "spamdetected",
  },
  // h-words59 8: https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered
  p41: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.7.1 DDNS says spammer, 20191030-1 dodgyfrom"],
    status: "5.7.1",
    reason: "blocked",
  },
  // h-words60 3: https://github.com/apache/infrastructure-website/blob/HEAD/content/pages/mail-rejection.md
  p42: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["Domain Blocked - Spam. Contact abuse@infra.apache.org"],
    status: null,
    reason: "blocked",
  },
  // h-words60 6: https://github.com/jeffpar/kbarchive/blob/HEAD/kb/100/Q100352/README.md
  p43: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["Huh?"],
    status: null,
    reason: "systemerror",
  },
  // h-facts16 02-S4: h-facts16 02-S4: find_string (qmail list notice quoting QQ's reply, see /work/wt/h-facts16-set/sources.json)
  p44: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: [
      "SPF check failed [ME1nOxOOVgB7fGPFxexgdQi7wPuMR0QZImIrqf4bwR7egEHNoyWZmV/CoqlLy+k8eA==  IP: 203.116.38.243]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001445&&id=20022.",
    ],
    status: null,
    reason: "authfailure",
  },
};

/** Recipients of one message, each answered with its own reply at RCPT (one of them a deferral). */
export const REPLY3_GROUPS: readonly (readonly string[])[] = [
  ["p05", "p11", "p16", "p19"],
  ["p01", "p13", "p18"],
];
