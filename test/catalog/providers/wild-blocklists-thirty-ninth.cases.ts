// Round 39 of the words: block lists and reputation services as receivers quote them, and domain
// lists, as people published them (issue threads, pastes of bounces, help pages), none a case
// before. Meaning, owner and temporary flag were written down before the code command saw them;
// each source is named. A reply published without an enhanced code keeps none (5.0.0, or the code
// the bounce gave). Fixed by class after: a link in the message on a domain list is the sender's
// content (link-lists.ts), and Outlook.com names a DBL hit "domain listed in Spamhaus" without "is".
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  // https://bobbingwide.com/problem-solving/problem/smtp-550-a-url-in-this-email-companies-to-is-listed-on-spamrl-com/
  {
    name: "r39-02: SpamExperts, a URL in the signature on a URL list",
    reply:
      "550 A URL in this email (companies.to) is listed on spamrl.com. Please resolve and retry",
    status: "5.0.0",
    expected: {
      id: "link-dnsbl-listed",
      owner: "you",
      temporary: false,
      words: ["link", "signature"],
      wordsJa: ["リンク"],
    },
  },
  // https://github.com/hestiacp/hestiacp/issues/4373 (Exchange Online quoting the receiver; the
  // IP is one of Microsoft 365's shared outgoing servers)
  {
    name: "r39-01: SpamCop on Microsoft 365's shared IP, quoted by 5.7.514",
    reply:
      "550 5.7.514 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools) -> 550 Rejected because 40.107.108.117 is in a black list at bl.spamcop.net;Blocked - see https://www.spamcop.net/bl.shtml?40.107.108.117",
    status: "5.7.514",
    expected: {
      id: "spamcop-listed",
      owner: "recipient-admin",
      temporary: false,
      words: ["SpamCop", "40.107.108.117", "Microsoft 365"],
      wordsJa: ["SpamCop", "40.107.108.117"],
    },
  },
  // https://pastebin.com/NXdqTD62 (Ceryx's filter; Postfix's log of the refusal)
  {
    name: "r39-03: Barracuda BRBL, Ceryx's wording",
    reply:
      "550 550 This system is configured to reject mail from 38.108.79.34 [38.108.79.34] (Host blacklisted - Realtime Black List server 'b.barracudacentral.org')",
    status: "5.0.0",
    remote: "rtl2.ceryxefw.com",
    expected: {
      id: "barracuda-brbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["Barracuda", "38.108.79.34"],
      wordsJa: ["Barracuda", "38.108.79.34"],
    },
  },
  // https://pastebin.com/XyCXXpvt
  {
    name: "r39-04: UCEPROTECT level 1, Exim's multi-line reply",
    reply:
      "550-Blacklisted in dnsbl-1.uceprotect.net: 550-IP 108.178.14.82 is UCEPROTECT-Level 1 listed. See 550 http://www.uceprotect.net/rblcheck.php?ipr=108.178.14.82",
    status: "5.0.0",
    remote: "spamfilter.ichtushosting.com",
    expected: {
      id: "uceprotect-listed",
      owner: "your-admin",
      temporary: false,
      words: ["UCEPROTECT", "108.178.14.82"],
      wordsJa: ["UCEPROTECT", "108.178.14.82"],
    },
  },
  // https://pastebin.com/5N4DrDdQ (cPanel's outgoing scan refusing its own user's message)
  {
    name: "r39-05: cPanel's outgoing SpamAssassin scan, a link's domain on a domain list",
    reply:
      "550 SpamAssassin as cpaneleximscanner detected OUTGOING smtp message as spam (URIBL domains: cemican.com) (Spam score: 7.7) (Subject: Nearby babes Meet your pair) Spam report: ALL_TRUSTED=-1, HTML_MESSAGE=0.001, HTML_MIME_NO_HTML_TAG=0.635, MIME_HTML_ONLY=1.105, TVD_RCVD_IP=0.001, URIBL_BLOCKED=0.001, URIBL_DBL_ABUSE_SPAM_EIG=7",
    status: "5.0.0",
    expected: {
      id: "link-dnsbl-listed",
      owner: "you",
      temporary: false,
      words: ["link"],
      wordsJa: ["リンク"],
    },
  },
  // https://pastebin.com/iAp1b4gm
  {
    name: "r39-06: Invaluement's ivmSIP and ivmSIP/24",
    reply:
      "550-Blocked by ivmSIP and/or ivmSIP/24 - see 550 https://www.invaluement.com/lookup/?item=109.234.163.22",
    status: "5.0.0",
    remote: "mx.stackmail.com",
    expected: {
      id: "invaluement-listed",
      owner: "your-admin",
      temporary: false,
      words: ["Invaluement", "109.234.163.22"],
      wordsJa: ["Invaluement", "109.234.163.22"],
    },
  },
  // https://pastebin.com/7ad9Y9MY
  {
    name: "r39-07: LashBack UBL with the list's own reason",
    reply:
      "554 5.7.1 Service unavailable; Client host [193.201.172.117] blocked using ubl.unsubscore.com; Visit http://blacklist.lashback.com for more information / Sender has sent to LashBack Unsubscribe Probe accounts",
    status: "5.7.1",
    remote: "mail.4vendeta.com",
    expected: {
      id: "lashback-listed",
      owner: "your-admin",
      temporary: false,
      words: ["LashBack", "193.201.172.117"],
      wordsJa: ["LashBack", "193.201.172.117"],
    },
  },
  // https://pastebin.com/JYPME5GB (cPanel's Exim log of the refusal; its reply code is cPanel's 550)
  {
    name: "r39-08: UCEPROTECT level 1 in cPanel's JunkMail wording",
    reply:
      "550 JunkMail rejected - 184.105.67.100 is in an RBL: IP 184.105.67.100 is UCEPROTECT-Level 1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=184.105.67.100",
    status: "5.0.0",
    expected: {
      id: "uceprotect-listed",
      owner: "your-admin",
      temporary: false,
      words: ["UCEPROTECT", "184.105.67.100"],
      wordsJa: ["UCEPROTECT", "184.105.67.100"],
    },
  },
  // https://github.com/DigitalPlatDev/FreeDomain/discussions/80090
  {
    name: "r39-09: Outlook.com, the sender's domain on the DBL (S8002)",
    reply: "550 5.7.1 Service unavailable, MailFrom domain listed in Spamhaus (S8002)",
    status: "5.7.1",
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL"],
      wordsJa: ["Spamhaus DBL"],
    },
  },
  // https://bitbucket.org/analogic/mailserver/issues/1003/check-spamhaus-malfunction (Haraka's
  // uribl plugin; the thread finds a false hit through a public resolver, which the words cannot show)
  {
    name: "r39-10: Haraka, the sending server's name on the DBL",
    reply:
      "550 smtp05.cbsolt.net listed in dbl.spamhaus.org; see http://www.spamhaus.org/query/dbl?domain=smtp05.cbsolt.net",
    status: "5.0.0",
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL"],
      wordsJa: ["Spamhaus DBL"],
    },
  },
];
