// Refusals that name a Spamhaus list, in the forms receivers write them (Postfix reject_rbl_client,
// Exim, Sendmail, Exchange Online Protection) with Spamhaus's zone names and lookup links.
import type { ProviderCase } from "./types";

const MX = "mx.fabrikam.example";

export const CASES: readonly ProviderCase[] = [
  {
    name: "ZEN, Postfix receiver",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "Spamhaus", "check.spamhaus.org"],
    },
  },
  {
    name: "ZEN, temporary refusal",
    reply:
      "451 4.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7", "Spamhaus"],
    },
  },
  {
    name: "SBL",
    reply:
      "550 5.7.1 Service unavailable; client [198.51.100.23] blocked using sbl.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL123456",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-sbl",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.23", "Spamhaus SBL", "spam"],
      wordsJa: ["198.51.100.23", "Spamhaus SBL"],
    },
  },
  {
    name: "XBL, Exim receiver",
    reply: "550 rejected because 203.0.113.7 is in a black list at xbl.spamhaus.org",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-xbl",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "Spamhaus XBL", "malware"],
      wordsJa: ["203.0.113.7", "Spamhaus XBL", "マルウェア"],
    },
  },
  {
    name: "XBL by its CBL name",
    reply: "550 5.7.1 Rejected: 203.0.113.7 listed at cbl.abuseat.org",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-xbl",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "XBL"],
    },
  },
  {
    name: "PBL with its lookup link",
    reply:
      "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.23",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-pbl",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.23", "Spamhaus PBL", "smart host"],
      wordsJa: ["198.51.100.23", "Spamhaus PBL", "スマート ホスト"],
    },
  },
  {
    name: "DBL: a domain in the message",
    reply:
      "554 5.7.1 Service unavailable; Sender address [sam@contoso.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/contoso.com",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL", "contoso.com", "links"],
      wordsJa: ["Spamhaus DBL", "contoso.com", "リンク"],
    },
  },
  {
    name: "Sendmail receiver with a query link",
    reply:
      "550 5.7.1 Mail from 203.0.113.7 refused - see https://www.spamhaus.org/query/ip/203.0.113.7",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "Spamhaus"],
    },
  },
  {
    name: "Exchange Online Protection names Spamhaus (Microsoft-generated, Spamhaus's meaning)",
    reply:
      "550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 (AS3130). [BN1NAM02FT008.eop-nam02.prod.protection.outlook.com]",
    status: "5.7.1",
    remote: "fabrikam-example.mail.protection.outlook.com",
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "Spamhaus"],
    },
  },
  {
    name: "ZEN naming its PBL part by the lookup link",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/pbl/query/PBL1234567",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-pbl",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "Spamhaus PBL"],
    },
  },
  {
    name: "ZEN naming its CSS part by the lookup link",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBLCSS",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-sbl",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "Spamhaus SBL"],
    },
  },
  {
    name: "query error: excessive number of queries (the receiver's fault)",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; Error: excessive number of queries; https://www.spamhaus.org/returnc/vol/198.51.100.1",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-open-resolver",
      owner: "recipient-admin",
      temporary: false,
      words: ["Spamhaus", "free use"],
      wordsJa: ["Spamhaus", "無料利用"],
    },
  },
  {
    name: "query error: typing error in the zone name",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; Error: typing error in DNSBL name",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-open-resolver",
      owner: "recipient-admin",
      temporary: false,
      words: ["Spamhaus"],
    },
  },
  {
    name: "ZRD, newly registered domain",
    reply:
      "554 5.7.1 Service unavailable; Sender address [sam@contoso.com] blocked using zrd.spamhaus.org",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL", "contoso.com"],
    },
  },
  {
    name: "DBL through the Data Query Service",
    reply:
      "554 5.7.1 <sam@contoso.com>: Sender address rejected: blocked using 0123456789abcdef.dbl.dq.spamhaus.net",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL", "contoso.com"],
    },
  },
  {
    name: "DBL by role, Exchange Online Protection: the sending server's HELO name is listed, not its IP",
    reply:
      "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8001)",
    status: "5.7.1",
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL", "sending server's name"],
      wordsJa: ["Spamhaus DBL", "送信サーバーの名前"],
    },
  },
  {
    name: "DBL by role: the envelope sender's domain is listed",
    reply:
      "550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL"],
    },
  },
  // https://github.com/DigitalPlatDev/FreeDomain/discussions/80090 (Outlook.com, 2026; the parent
  // domain of a free subdomain service was on the DBL)
  {
    name: 'DBL by role, without the "is": the envelope sender\'s domain (S8002)',
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
  {
    name: 'DBL by role, without the "is": the sending server\'s HELO name',
    reply: "550 5.7.1 Service unavailable, Helo domain listed in Spamhaus (S8001)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL", "sending server's name"],
      wordsJa: ["Spamhaus DBL", "送信サーバーの名前"],
    },
  },
];
