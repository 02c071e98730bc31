// Yahoo / AOL refusals as Yahoo publishes them (senders.yahooinc.com/smtp-error-codes and its older
// postmaster pages), with sample values (documentation IPs, example domains) in the variable parts.
import type { ProviderCase } from "./types";

const MX = "mta5.am0.yahoodns.net";
const AOL_MX = "mx-aol.mail.gm0.yahoodns.net";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  // round 55: Yahoo's bare data-phase abort, its inactive account (wordtothewise.com/2017/11/
  // spike-yahoo-error-codes; a 2020 volunteer-site script's log of the same reply, "- user
  // unknown"), with Yahoo's host and with only the words to name Yahoo
  {
    name: "dd Requested mail action aborted (inactive account)",
    reply: "554 delivery error: dd Requested mail action aborted - mta1004.mail.ir2.yahoo.com",
    status: "5.0.0",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-mailbox-disabled",
      owner: "you",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
  {
    name: "dd Requested mail action aborted, no host (a list's log)",
    reply: "554 delivery error: dd Requested mail action aborted - user unknown",
    status: "5.0.0",
    recipient: "member42@example.com",
    expected: {
      id: "yahoo-mailbox-disabled",
      owner: "you",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
  // round 51: AOL's older refusals of a dynamic or residential IP, in words (a 2001 forum post kept
  // in OpenACS's tests; a 2003 Exim bounce on a UMass page, bodega.cs.umass.edu/~bburns/aol-sucks.html;
  // Gordano's knowledge base, "I send mail directly and all mail sent to addresses at AOL ...")
  {
    name: "AOL no longer accepts connections from dynamically assigned IP addresses (2001)",
    reply:
      "550-AOL no longer accepts connections from dynamically assigned 550-IP addresses to our relay servers.  Please contact your ISP 550 to have your mail redirected through your ISP's SMTP servers.",
    status: "5.5.0",
    remote: "mailin-01.mx.aol.com",
    recipient: "gmt3rd@aol.com",
    expected: {
      id: "yahoo-aol-ip-block",
      owner: "your-admin",
      temporary: false,
      words: ["AOL", "dynamic"],
      wordsJa: ["AOL", "動的"],
    },
  },
  {
    name: "the IP you are using to connect to AOL is a dynamic (residential) IP address (2003)",
    reply:
      "554- The IP address you are using to connect to AOL is a dynamic (residential) 554- IP address.  AOL will not accept future e-mail transactions from this IP 554- address until your ISP removes this IP address from its list of dynamic 554- (residential) IP addresses.  For additional information, please visit 554  http://postmaster.info.aol.com.",
    status: "5.0.0",
    remote: "mailin-04.mx.aol.com",
    recipient: "postmaster@aol.com",
    expected: {
      id: "yahoo-aol-ip-block",
      owner: "your-admin",
      temporary: false,
      words: ["static IP"],
      wordsJa: ["固定 IP"],
    },
  },
  {
    name: "the same words after open relay or proxy, read by the recipient's AOL domain",
    reply:
      "554 The IP address you're using to connect to AOL is either open to the free relaying of e-mail, is serving as an open proxy, or is a dynamic (residential) IP address.",
    status: "5.7.1",
    recipient: "kim@aol.com",
    expected: {
      id: "yahoo-aol-ip-block",
      owner: "your-admin",
      temporary: false,
      words: ["AOL"],
    },
  },
  {
    name: "[TSS04] unexpected volume or complaints",
    reply: `421 4.7.0 [TSS04] Messages from ${IP} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes`,
    status: "4.7.0",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-deferred-reputation",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Yahoo", "complaints"],
      wordsJa: [IP, "Yahoo", "苦情"],
    },
  },
  {
    name: "[TS01] user complaints, AOL mailbox (marker only)",
    reply: `421 4.7.0 [TS01] Messages from ${IP} temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html`,
    status: "4.7.0",
    recipient: "pat@aol.com",
    expected: {
      id: "yahoo-deferred-reputation",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Yahoo"],
    },
  },
  {
    name: "[TS03] permanently deferred",
    reply: `421 4.7.1 [TS03] All messages from ${IP} will be permanently deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html`,
    status: "4.7.1",
    remote: AOL_MX,
    recipient: "pat@aol.com",
    expected: {
      id: "yahoo-permanently-deferred",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Yahoo", "retrying will not help"],
      wordsJa: [IP, "Yahoo", "再試行しても届かない"],
    },
  },
  {
    name: "5.7.9 not accepted for policy reasons (authentication, not the registry's weak mechanism)",
    reply:
      "554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes",
    status: "5.7.9",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-5.7.9-not-authenticated",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SPF", "DKIM", "DMARC"],
    },
  },
  {
    name: "5.7.9 sender unauthenticated",
    reply:
      "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    status: "5.7.9",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-5.7.9-not-authenticated",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SPF", "DKIM"],
    },
  },
  {
    name: "Spamhaus listing goes to the Spamhaus table",
    reply: `553 5.7.1 Connections will not be accepted from ${IP}, because the ip is in Spamhaus's list; see https://www.spamhaus.org/query/ip/${IP}`,
    status: "5.7.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Spamhaus", "check.spamhaus.org"],
    },
  },
  {
    name: "[PH01] content not accepted",
    reply:
      "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://senders.yahooinc.com/error-codes",
    status: "5.7.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-content-blocked",
      owner: "you",
      temporary: false,
      words: ["Yahoo", "link"],
      wordsJa: ["Yahoo", "リンク"],
    },
  },
  {
    name: "no such user (Yahoo's own sample)",
    reply:
      "554 delivery error: dd This user doesn't have a yahoo.com account (alex@yahoo.com) [-5] - mta123.mail.mud.yahoo.com",
    status: "5.1.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Yahoo", "mailbox"],
      wordsJa: ["Yahoo", "メールボックス"],
    },
  },
  {
    name: "disabled mailbox",
    reply:
      "554 delivery error: dd Sorry your message to alex@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta123.mail.mud.yahoo.com",
    status: "5.2.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-mailbox-disabled",
      owner: "you",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
  {
    name: "mailbox full",
    reply: "552 1 Requested mail action aborted, mailbox full",
    status: "5.2.2",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["full"],
      wordsJa: ["いっぱい"],
    },
  },
  {
    name: "recipient receiving too quickly",
    reply: "450 User is receiving mail too quickly",
    status: "4.2.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-receiving-too-quickly",
      owner: "nobody",
      temporary: true,
      words: ["Yahoo"],
    },
  },
  {
    name: "resources temporarily unavailable",
    reply:
      "451 mta123.mail.bf1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].",
    status: "4.3.0",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-resources-unavailable",
      owner: "nobody",
      temporary: true,
      words: ["Yahoo"],
    },
  },
  {
    name: "unresolvable RFC.5321 from domain",
    reply:
      "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes",
    status: "4.0.0",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-unresolvable-from-domain",
      owner: "your-admin",
      temporary: true,
      words: ["contoso.com", "SOA", "DNS"],
    },
  },
  {
    name: "older deferral wording: Message from (IP) temporarily deferred",
    reply: `421 Message from (${IP}) temporarily deferred - 4.16.50. Please refer to http://help.yahoo.com/help/us/mail/defer/defer-06.html`,
    status: "4.0.0",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-deferred-reputation",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Yahoo"],
    },
  },
  {
    name: "[TSS09] permanently deferred, refused (5.7.2)",
    reply: `553 5.7.2 [TSS09] All messages from ${IP} will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes`,
    status: "5.7.2",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-permanently-deferred",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Yahoo"],
    },
  },
  {
    name: "account disabled or discontinued",
    reply:
      "554 delivery error: dd Sorry, your message to alex@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta1009.mail.gq1.yahoo.com",
    status: "5.2.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-mailbox-disabled",
      owner: "you",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
  {
    name: "not a valid recipient",
    reply: "554 delivery error: dd Not a valid recipient - atlas",
    status: "5.1.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Yahoo"],
    },
  },
  {
    name: "service not available",
    reply: "421 Service not available, closing transmission channel",
    status: "4.3.2",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-resources-unavailable",
      owner: "nobody",
      temporary: true,
      words: ["Yahoo"],
    },
  },
  {
    name: "excessive unknown recipients, possible open relay",
    reply: "451 VS1-MF Excessive unknown recipients - possible Open Relay (#4.4.5)",
    status: "4.4.5",
    remote: "mta7.am0.yahoodns.net",
    expected: {
      id: "yahoo-excessive-unknown-recipients",
      owner: "your-admin",
      temporary: true,
      words: ["do not exist", "open relay"],
      wordsJa: ["存在しない", "オープン リレー"],
    },
  },
  {
    name: "request failed, mailbox unavailable",
    reply: "550 Request failed; Mailbox unavailable",
    status: "5.0.0",
    remote: "mta7.am0.yahoodns.net",
    recipient: "kim@yahoo.com",
    expected: {
      id: "yahoo-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Yahoo", "no mailbox"],
      wordsJa: ["Yahoo", "メールボックスがありません"],
    },
  },
  {
    name: "[TSS05] deferral (marker only)",
    reply:
      "421 4.7.0 [TSS05] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    status: "4.7.0",
    expected: {
      id: "yahoo-deferred-reputation",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7"],
    },
  },
  {
    name: "mailbox not found, named by Yahoo's phrasing alone (no host, no Yahoo domain)",
    reply: "552 1 Requested mail action aborted, mailbox not found",
    status: "5.1.1",
    expected: {
      id: "yahoo-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Yahoo", "no mailbox"],
      wordsJa: ["Yahoo", "メールボックスがありません"],
    },
  },
  {
    name: "mailbox full, named by Yahoo's phrasing alone (not Exchange's submission quota)",
    reply: "552 1 Requested mail action aborted, mailbox full",
    status: "5.2.2",
    expected: {
      id: "yahoo-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["full"],
      wordsJa: ["上限"],
    },
  },
  {
    name: "5.7.9 sender unauthenticated, named by Yahoo's phrasing alone",
    reply:
      "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    status: "5.7.9",
    expected: {
      id: "yahoo-5.7.9-not-authenticated",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "DKIM"],
    },
  },
  {
    name: "[TSS11] permanently deferred, refused (5.7.2)",
    reply:
      "553 5.7.2 [TSS11] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
    status: "5.7.2",
    expected: {
      id: "yahoo-permanently-deferred",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7"],
    },
  },
  {
    name: "relaying denied for an address Yahoo does not host",
    reply: "550 relaying denied for <kim@yahoo.example>",
    status: "5.7.1",
    remote: "mta7.am0.yahoodns.net",
    recipient: "kim@yahoo.example",
    expected: {
      id: "yahoo-relaying-denied",
      owner: "you",
      temporary: false,
      words: ["Yahoo", "address"],
      wordsJa: ["Yahoo", "アドレス"],
    },
  },
  {
    name: "451 deferred: unresolvable RFC.5321 from domain",
    reply:
      "451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes//unresolvable-from-domain",
    status: "4.7.0",
    remote: "mta7.am0.yahoodns.net",
    recipient: "kim@yahoo.com",
    expected: {
      id: "yahoo-unresolvable-from-domain",
      owner: "your-admin",
      temporary: true,
      words: ["contoso.com"],
    },
  },
  {
    // as a user quoted it (github.com/dart-mailer/mailer/issues/235): another of its numbers
    name: "554 Message not allowed with a number other than PH01",
    reply: "554 Message not allowed - [299]",
    status: "5.0.0",
    remote: MX,
    recipient: "kim@yahoo.com",
    expected: {
      id: "yahoo-content-blocked",
      owner: "you",
      temporary: false,
      words: ["Yahoo"],
    },
  },
  {
    // AOL's classic refusal (github.com/nlemoine/wp-better-emails/issues/5), named by its words
    name: "521 5.2.1 AOL will not accept delivery: a policy refusal, not a disabled mailbox",
    reply: "521 5.2.1 :  AOL will not accept delivery of this message.",
    status: "5.2.1",
    recipient: "kim@fabrikam.example",
    expected: {
      id: "yahoo-content-blocked",
      owner: "you",
      temporary: false,
      words: ["Yahoo"],
    },
  },
  {
    // the same refusal by an IP's standing with a 4xx code and no reference code
    name: "421 4.7.1 permanently deferred, without [TS..] or 'will be'",
    reply: `421 4.7.1 Messages from ${IP} permanently deferred.`,
    status: "4.7.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-permanently-deferred",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Yahoo"],
    },
  },
  {
    name: "[HBIP] poor IP reputation (AOL)",
    reply: "554 5.7.9 [HBIP] Message not accepted due to poor IP reputation",
    status: "5.7.9",
    remote: AOL_MX,
    recipient: "alex@aol.com",
    expected: {
      id: "yahoo-poor-ip-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["Yahoo", "reputation"],
      wordsJa: ["Yahoo"],
    },
  },
  {
    name: "poor IP reputation without the reference code, named by the host",
    reply: "553 5.7.1 Mail from 203.0.113.25 not accepted due to poor IP reputation",
    status: "5.7.1",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-poor-ip-reputation",
      owner: "your-admin",
      temporary: false,
      words: [IP, "reputation"],
      wordsJa: [IP],
    },
  },
  {
    name: "452 temporary domain failure: Yahoo's side, try later",
    reply: "452 temporary domain failure <alex@yahoo.com>",
    status: "4.3.0",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-resources-unavailable",
      owner: "nobody",
      temporary: true,
      words: ["Yahoo"],
    },
  },
  {
    name: "older 'This account is over quota' (help.yahoo.com)",
    reply:
      "554 delivery error: dd Sorry, your message to alex@yahoo.com cannot be delivered. This account is over quota.",
    status: "5.2.2",
    remote: MX,
    recipient: "alex@yahoo.com",
    expected: {
      id: "yahoo-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["Yahoo"],
    },
  },
  {
    name: "per-connection cap: the sending server's connection use, not a busy Yahoo",
    reply: "421 Max message per connection reached, closing transmission channel",
    status: "4.0.0",
    remote: MX,
    expected: {
      id: "yahoo-max-messages-per-connection",
      owner: "your-admin",
      temporary: true,
      words: ["Yahoo", "per connection"],
      wordsJa: ["Yahoo", "1 接続あたり"],
    },
  },
];
