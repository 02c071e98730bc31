// Outlook.com / Hotmail refusals as Microsoft publishes them (Outlook.com postmaster
// troubleshooting page, the 2025 high-volume sender rule) and as its S31xx block replies read.
import type { ProviderCase } from "./types";

const MX = "outlook-com.olc.protection.outlook.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "S3150: the network is on Microsoft's block list",
    reply:
      "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5F.eurprd04.prod.outlook.com]",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@hotmail.com",
    expected: {
      id: "outlook-com-5.7.1-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "block list", "Microsoft", "olcsupport.office.com"],
      wordsJa: ["203.0.113.7", "ブロック リスト"],
    },
  },
  {
    name: "S3140, named by its marker only",
    reply:
      "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT056.eop-nam12.prod.protection.outlook.com]",
    status: "5.7.1",
    recipient: "kim@outlook.com",
    expected: {
      id: "outlook-com-5.7.1-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.23", "block list"],
      wordsJa: ["198.51.100.23"],
    },
  },
  {
    name: "5.7.515: high-volume sender authentication rule",
    reply:
      "550 5.7.515 Access denied, sending domain contoso.com doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. [PH0PR12MB1234.namprd12.prod.outlook.com]",
    status: "5.7.515",
    remote: "hotmail-com.olc.protection.outlook.com",
    recipient: "kim@hotmail.com",
    expected: {
      id: "outlook-com-5.7.515-authentication-level",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SPF", "DKIM", "DMARC"],
    },
  },
  {
    name: "4.7.650: rate limited by IP reputation",
    reply:
      "451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [VI1EUR01FT031.eop-EUR01.prod.protection.outlook.com]",
    status: "4.7.650",
    remote: MX,
    recipient: "kim@outlook.com",
    expected: {
      id: "outlook-com-4.7.650-ip-reputation",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7", "reputation"],
      wordsJa: ["203.0.113.7", "評価"],
    },
  },
  {
    name: "RP-001: hourly and daily limits",
    reply:
      "421 RP-001 (BAY004-MC1F43) Unfortunately, some messages from 203.0.113.7 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    status: "4.0.0",
    remote: "mx1.hotmail.com",
    recipient: "kim@hotmail.com",
    expected: {
      id: "outlook-com-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7", "per hour"],
      wordsJa: ["203.0.113.7"],
    },
  },
  {
    name: "SC-001: refused for policy reasons",
    reply:
      "550 SC-001 (BAY004-MC5F1) Unfortunately, messages from 203.0.113.7 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    status: "5.0.0",
    remote: "mx4.hotmail.com",
    recipient: "kim@live.com",
    expected: {
      id: "outlook-com-policy-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "policy", "reputation"],
      wordsJa: ["203.0.113.7", "ポリシー"],
    },
  },
  {
    name: "DY-001: dynamic IP (names Spamhaus, Outlook.com's meaning wins)",
    reply:
      "550 DY-001 (SNT004-MC1F42) Unfortunately, messages from 198.51.100.23 weren't sent. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP e-mail to an Internet mail server. http://www.spamhaus.org maintains lists of dynamic and residential IP addresses.",
    status: "5.0.0",
    remote: "mx1.hotmail.com",
    recipient: "kim@hotmail.com",
    expected: {
      id: "outlook-com-dynamic-ip",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.23", "dynamic"],
      wordsJa: ["198.51.100.23", "動的"],
    },
  },
  {
    name: "5.5.0 mailbox unavailable: Microsoft's table keeps the meaning",
    reply:
      "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [SN1NAM02FT061.eop-nam02.prod.protection.outlook.com]",
    status: "5.5.0",
    remote: "hotmail-com.olc.protection.outlook.com",
    recipient: "kim.lee@hotmail.com",
    expected: {
      id: "exo-5.5.0-mailbox-unavailable",
      owner: "you",
      temporary: false,
      words: ["does not exist"],
      wordsJa: ["存在しません"],
    },
  },
  {
    name: "5.7.509 DMARC reject: Microsoft's table keeps the meaning",
    reply:
      "550 5.7.509 Access denied, sending domain contoso.com does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    status: "5.7.509",
    remote: MX,
    recipient: "kim@outlook.com",
    expected: {
      id: "exo-5.7.509-dmarc-reject",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC"],
    },
  },
  {
    name: "4.7.500 server busy",
    reply:
      "451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77714) [AM2PEPF0001C70F.eurprd05.prod.outlook.com]",
    status: "4.7.500",
    remote: MX,
    recipient: "kim@outlook.com",
    expected: {
      id: "outlook-com-4.7.500-server-busy",
      owner: "nobody",
      temporary: true,
      words: ["203.0.113.7", "tries again"],
      wordsJa: ["203.0.113.7"],
    },
  },
  {
    name: "S3150 from a Microsoft 365 recipient's server: the delist portal is named too",
    reply:
      "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [CO1NAM11FT012.eop-nam11.prod.protection.outlook.com]",
    status: "5.7.1",
    remote: "fabrikam-example.mail.protection.outlook.com",
    expected: {
      id: "outlook-com-5.7.1-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.23", "Microsoft 365", "sender.office.com"],
    },
  },
  {
    name: "mailbox full: the recipient's mailbox, not Exchange's submission quota",
    reply: "552 5.2.2 Mailbox full. [AM4PEPF00027A6C.eurprd04.prod.outlook.com]",
    status: "5.2.2",
    remote: "hotmail-com.olc.protection.outlook.com",
    recipient: "kim@hotmail.com",
    expected: {
      id: "outlook-com-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["full"],
      wordsJa: ["いっぱい"],
    },
  },
  {
    name: "RP-002 rate limit, named by its code alone (no host, no Outlook.com domain)",
    reply:
      "421 RP-002 (COL004-MC1F1) The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection. Reason for rate limitation is related to IP/domain reputation problems. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.",
    status: "4.7.0",
    expected: {
      id: "outlook-com-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Outlook.com"],
    },
  },
  {
    name: "5.7.515 named by its phrasing alone (not the class fallback)",
    reply:
      "550 5.7.515 Access denied, sending domain [contoso.com] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender.",
    status: "5.7.515",
    expected: {
      id: "outlook-com-5.7.515-authentication-level",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SPF", "DKIM", "DMARC"],
    },
  },
  {
    name: "5.7.515 in the wording of Microsoft's support article ('does not meet'), named by it alone",
    reply:
      "550 5.7.515 Access denied, sending domain [contoso.com] does not meet the required authentication level.",
    status: "5.7.515",
    expected: {
      id: "outlook-com-5.7.515-authentication-level",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SPF", "DKIM", "DMARC"],
    },
  },
  {
    name: "4.7.650 named by its phrasing alone: IP reputation, not a Microsoft-side delay",
    reply:
      "451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
    status: "4.7.650",
    expected: {
      id: "outlook-com-4.7.650-ip-reputation",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7"],
    },
  },
  {
    name: "full mailbox in Microsoft's store words (QuotaExceededException): the recipient's, not a store failure for their admin",
    reply:
      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.",
    status: "5.2.2",
    remote: "hotmail-com.olc.protection.outlook.com",
    recipient: "kim@hotmail.com",
    expected: {
      id: "token-STOREDRV.Deliver.Exception:QuotaExceededException",
      owner: "recipient",
      temporary: false,
      words: ["mailbox is full"],
      wordsJa: ["いっぱい"],
    },
  },
  {
    name: "4.7.652 too many connections (S3115): the sending server's connection limit, not Microsoft 365's evaluation hold",
    reply:
      "451 4.7.652 The mail server [203.0.113.7] has exceeded the maximum number of connections. (S3115) [DM6NAM12FT008.eop-nam12.prod.protection.outlook.com]",
    status: "4.7.652",
    remote: MX,
    expected: {
      id: "outlook-com-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.7", "connections"],
      wordsJa: ["203.0.113.7", "接続"],
    },
  },
  {
    name: "disabled account in Microsoft's store words (AccountDisabledException), whatever the code",
    reply:
      "550 5.2.1 STOREDRV.Deliver.Exception:AccountDisabledException.MapiExceptionADUserDisabledAndHidden; Failed to process message due to a permanent exception with message [BeginDiagnosticData]",
    status: "5.2.1",
    remote: "fabrikam-example.mail.protection.outlook.com",
    expected: {
      id: "token-STOREDRV.Deliver.Exception:AccountDisabledException",
      owner: "recipient-admin",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
];
