// The fourth replies set (LAB_SET=replies4: test/corpus/lab-replies4): real receivers' replies
// from the held-out sets of words rounds 62 to 66 (round 62's cases file, round 63's null MX set
// h-nullmx-set, h-words65-set's two sets, h-words66-set) and, for text in other scripts, round 32's
// Chinese replies (h-words32-set; never run through a real server), each one's source named as its
// round noted it, answered by the scripted receiver as the replies set's are (replies.ts), to
// recipients or senders o01..oNN. Chosen to stress reading: Chinese text (QQ's, NetEase's and
// Google's zh-TW words), replies with no enhanced status (29) or two ("5.1.1 5.2.2"), odd codes
// (510, 503, 555, 556), Gmail's four-line reply, quoted addresses and URLs, deferrals at RCPT and
// MAIL FROM, and several recipients of one message answered with different replies
// (REPLY4_GROUPS). Round 64's replies were the lab's own or lab-replies3's and are left out, as
// are replies that were a server's own notice text (Gmail's and Exim's null MX words). Forpsi's two
// replies quoted without a code get the 550 its page gives its other "piWs..." replies.
import type { Reply } from "./replies";

export const REPLIES4: Readonly<Record<string, Reply>> = {
  // h-words65 15: https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen
  o01: {
    phase: "rcpt",
    code: 451,
    domain: "lab.test",
    owner: "recipient",
    lines: ["qq trouble in home directory"],
    status: null,
    reason: "systemerror",
  },
  // h-words65 21: https://www.mydreams.cz/cz/wiki/9924-seznam-chybovych-hlasek-z-nedodanych-emailu-a-jejich-vysvetleni.html
  o02: {
    phase: "rcpt",
    code: 451,
    domain: "lab.test",
    owner: "nobody",
    lines: ["Temporary local problem - please try later"],
    status: null,
    reason: "systemerror",
  },
  // h-words65 26: https://coviserver.de/e-mail-geblockt
  o03: {
    phase: "rcpt",
    code: 450,
    domain: "lab.test",
    owner: "nobody",
    lines: [
      "4.7.1 <adresse@domain.de>: Recipient address rejected: Service temporarily unavailable, please try later",
    ],
    status: "4.7.1",
    reason: "systemerror",
  },
  // h-words62 07: Microsoft Q&A 112624 (an Exchange delay notice, 2020); Exchange's transport code names it DomainSecureDisabled
  o04: {
    phase: "rcpt",
    code: 451,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["4.7.3 The admin has temporarily disallowed this secure domain."],
    status: "4.7.3",
    reason: "securityerror",
  },
  // h-words32 9: http://webmail.ublink.org/index.php/service/tech-know/nodif/gmail-smtp-%E9%8C%AF%E8%AA%A4%E5%92%8C%E4%BB%A3%E7%A2%BC (Google's zh-TW SMTP error table)
  o05: {
    phase: "rcpt",
    code: 421,
    domain: "gmail.lab.test",
    owner: "recipient-admin",
    lines: ["4.7.0 IP 不在 RCPT 網域許可清單中,正在關閉連線。"],
    status: "4.7.0",
    reason: "blocked",
  },
  // h-words32 10: same page
  o06: {
    phase: "rcpt",
    code: 421,
    domain: "gmail.lab.test",
    owner: "your-admin",
    lines: ["4.7.0 RCPT 網域需要使用 TLS,正在關閉連線。"],
    status: "4.7.0",
    reason: "securityerror",
  },
  // h-nullmx (round 63) n7: https://github.com/mjl-/mox/issues/408 (dmarc.everest.email's reply)
  o07: {
    phase: "mail",
    code: 450,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["No valid MX for your FROM address"],
    status: null,
    reason: "rejected",
  },
  // h-words65 20: https://hostingsupport.co.za/kb-article/most-common-mail-error-codes-explained-2/
  o08: {
    phase: "mail",
    code: 451,
    domain: "lab.test",
    owner: "you",
    lines: [
      "Requested action aborted: This mail account has sent too many messages in a short amount of time. Please try again later.",
    ],
    status: null,
    reason: "speeding",
  },
  // h-nullmx (round 63) n1: https://github.com/PHPMailer/PHPMailer/pull/1668
  o09: {
    phase: "rcpt",
    code: 556,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.1.10 <zz@yahooo.com>: Recipient address rejected: Domain yahooo.com does not accept mail (nullMX)",
    ],
    status: "5.1.10",
    reason: "notaccept",
  },
  // h-nullmx (round 63) n8: https://support.forpsi.com/kb/a3899/konfigurace-smtp-serveru-kontrola-dns-zaznamu.aspx
  o10: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain"],
    status: "5.1.1",
    reason: "hostunknown",
  },
  // h-words65 1: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o11: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["User not found: wang@example.edu.cn"],
    status: null,
    reason: "userunknown",
  },
  // h-words65 2: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o12: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["User suspended: wang@example.edu.cn"],
    status: null,
    reason: "suspend",
  },
  // h-words65 3: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o13: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient",
    lines: ["User in blacklist"],
    status: null,
    reason: "rejected",
  },
  // h-words65 4: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o14: {
    phase: "rcpt",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Requested action not taken: Local user only"],
    status: null,
    reason: "norelaying",
  },
  // h-words65 8: https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
  o15: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient",
    lines: ["Quota Exceeded"],
    status: null,
    reason: "mailboxfull",
  },
  // h-words65 16: https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen
  o16: {
    phase: "rcpt",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["5.7.1 <anna@example.ch>: Recipient address rejected: User unknown"],
    status: "5.7.1",
    reason: "userunknown",
  },
  // h-words65 27: https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html
  o17: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.0 Recipient rejected."],
    status: "5.1.0",
    reason: "userunknown",
  },
  // h-words65 28: https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html
  o18: {
    phase: "rcpt",
    code: 554,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["No relaying allowed - psmtp"],
    status: null,
    reason: "norelaying",
  },
  // h-words65 102: https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
  o19: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "recipient",
    lines: ["user is locked."],
    status: null,
    reason: "suspend",
  },
  // h-words65 105: https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
  o20: {
    phase: "rcpt",
    code: 553,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["host denies the sender."],
    status: null,
    reason: "rejected",
  },
  // h-words65 112: https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
  o21: {
    phase: "rcpt",
    code: 554,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["Black mail address."],
    status: null,
    reason: "rejected",
  },
  // h-words66 2: https://pastebin.com/Bv7SeYDG
  o22: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["550 unknown user (state 14)."],
    status: null,
    reason: "userunknown",
  },
  // h-words66 4: https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-przychodzacych-na-serwerze-pocztowym-mxavas_forpsi_com.aspx
  o23: {
    phase: "rcpt",
    code: 552,
    domain: "lab.test",
    owner: "recipient",
    lines: ["5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)"],
    status: "5.1.1",
    reason: "mailboxfull",
  },
  // h-words66 5: https://github.com/stalwartlabs/stalwart/issues/698
  o24: {
    phase: "rcpt",
    code: 503,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["5.5.1 You must authenticate first."],
    status: "5.5.1",
    reason: "norelaying",
  },
  // h-words32 1: https://qqmailbox.com/transceivers/169.html (QQ Mail's bounce keyword table; code from the same table's 550 rows)
  o25: {
    phase: "rcpt",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["该用户不存在"],
    status: null,
    reason: "userunknown",
  },
  // h-words32 3: https://qqmailbox.com/transceivers/169.html
  o26: {
    phase: "rcpt",
    code: 552,
    domain: "lab.test",
    owner: "recipient",
    lines: ["收件人空间不足"],
    status: null,
    reason: "mailboxfull",
  },
  // h-nullmx (round 63) n9: https://support.forpsi.com/kb/a3899/konfigurace-smtp-serveru-kontrola-dns-zaznamu.aspx
  o27: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.1.1 piWs1j0010jifNx01iWsdh invalid domain"],
    status: "5.1.1",
    reason: "rejected",
  },
  // h-words65 5: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o28: {
    phase: "mail",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Requested action not taken: NULL sender is not allowed"],
    status: null,
    reason: "rejected",
  },
  // h-words65 7: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o29: {
    phase: "mail",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Requested mail action not taken: Fake sender"],
    status: null,
    reason: "rejected",
  },
  // h-words65 10: https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
  o30: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["must be authenticated"],
    status: null,
    reason: "securityerror",
  },
  // h-words65 11: https://support.konto.pl/kb/a2164/blad-5_1_0.aspx
  o31: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.0 <john.smith@domain.com> sender rejected"],
    status: "5.1.0",
    reason: "rejected",
  },
  // h-words65 14: http://www.eurohosting.cz/cs/smtp
  o32: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Rejected for Security Reasons"],
    status: null,
    reason: "blocked",
  },
  // h-words65 17: https://m.wh-163.com/mobile/index/show/catid/2/id/588.html
  o33: {
    phase: "mail",
    code: 550,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.0.0 Mail rejected due to possible SPAM"],
    status: "5.0.0",
    reason: "spamdetected",
  },
  // h-words65 23: http://www.jotop.com/help/emailapply/emailapply_show_10820.html
  o34: {
    phase: "mail",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Unwelcome connection rejected (2)"],
    status: null,
    reason: "blocked",
  },
  // h-words65 110: https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
  o35: {
    phase: "mail",
    code: 555,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["helohost error."],
    status: null,
    reason: "blocked",
  },
  // h-words66 1: https://pastebin.com/ZZzdk8Vg
  o36: {
    phase: "mail",
    code: 553,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["5.1.8 Domain of sender address does not exist"],
    status: "5.1.8",
    reason: "rejected",
  },
  // h-words62 01: a Gmail DSN in the xen-devel list archive, 2025-07-23 (find_string id 2983194469), Groups.io's refusal
  o37: {
    phase: "data",
    code: 510,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: [
      "5.1.1 Your email address, jbeulich@suse.com, is not subscribed to that group. To subscribe, send an email to amd-xen-safety+subscribe@groups.io, or visit https://groups.io/g/amd-xen-safety",
    ],
    status: "5.1.1",
    reason: "rejected",
  },
  // h-words62 02: spamresource.com 'Gmail: Weird RFC 5322 bounces and what to do about them' (2022-08); Google's support.google.com/a/answer/13567860
  o38: {
    phase: "data",
    code: 550,
    domain: "gmail.lab.test",
    owner: "your-admin",
    lines: [
      "5.7.1 [206.125.175.2] Our system has detected that this message is not RFC",
      "5.7.1 5322 compliant: duplicate headers. To reduce the amount of spam sent to",
      "5.7.1 Gmail, this message has been blocked. Please review RFC 5322",
      "5.7.1 specifications for more information. j6-20020a637a46000000b0042b3a763e76si3563504pgn.127 - gsmtp",
    ],
    status: "5.7.1",
    reason: "notcompliantrfc",
  },
  // h-words65 6: https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
  o39: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["IP is rejected"],
    status: null,
    reason: "blocked",
  },
  // h-words65 9: https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
  o40: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "your-admin",
    lines: ["Service unavailable; Client host [212.227.15.18] blocked using - IP Black Listed"],
    status: null,
    reason: "blocked",
  },
  // h-words65 12: https://support.konto.pl/kb/a2164/blad-5_1_0.aspx
  o41: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.0 piWs1j0010jifNx01iWsdh policy violation"],
    status: "5.1.0",
    reason: "policyviolation",
  },
  // h-words65 13: https://support.konto.pl/kb/a2164/blad-5_1_0.aspx
  o42: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["5.1.0 piWs1j0010jifNx01iWsdh spam detected"],
    status: "5.1.0",
    reason: "spamdetected",
  },
  // h-words65 18: https://m.wh-163.com/mobile/index/show/catid/2/id/588.html
  o43: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["One or more of the sender or recipients in your email are invalid and not accepted."],
    status: null,
    reason: "rejected",
  },
  // h-words65 19: https://www.emailhost.com.cn/service.html?article_category=25&brd=1
  o44: {
    phase: "data",
    code: 552,
    domain: "lab.test",
    owner: "you",
    lines: ["exceeded mailsize limit"],
    status: null,
    reason: "mesgtoobig",
  },
  // h-words65 113: https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993
  o45: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "recipient-admin",
    lines: ["delivery failure: the message matches up to the filter rule(level: system, name:xxx)"],
    status: null,
    reason: "policyviolation",
  },
  // h-words66 6: https://github.com/nextcloud/server/issues/31919
  o46: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: [
      "5.7.1 Spam Detected - Mail Rejected.  Please see our policy at: http://postmaster.free.fr/#spam_detected",
    ],
    status: "5.7.1",
    reason: "spamdetected",
  },
  // h-words66 7: https://github.com/roundcube/roundcubemail/issues/6572
  o47: {
    phase: "data",
    code: 550,
    domain: "lab.test",
    owner: "you",
    lines: ["Incorrect sender header (LOCAL)"],
    status: null,
    reason: "rejected",
  },
  // h-words32 5: https://github.com/testerSunshine/12306/issues/135
  o48: {
    phase: "data",
    code: 554,
    domain: "lab.test",
    owner: "you",
    lines: ["出错原因：该邮件内容涉嫌大量群发，并且被多数用户投诉为垃圾邮件。"],
    status: null,
    reason: "spamdetected",
  },
};

/** Replies given to the recipients of one message each (named for the first): a deferral beside
 * refusals, so that one notice holds refusals while the deferred recipient gets its own warning
 * and expiry. */
export const REPLY4_GROUPS: readonly (readonly string[])[] = [
  ["o01", "o11", "o26"],
  ["o03", "o16", "o22"],
];
