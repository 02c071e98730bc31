// The smarthost lab set (test/corpus/lab-smarthost, December 2026): an office's own server relaying
// through a sending service as its smarthost, whose refusal the server's bounce quotes. The class
// fixed: a sending service's account over its quota or rate (Amazon SES's "Throttling failure"
// replies), read as the receiver's congestion (owner nobody) or a bare refusal, where the fix is
// the sender's admin's. The replies are SES's published texts; the rest are variants (our own).
import type { ProviderCase } from "./types";

const QUOTA = {
  id: "sending-service-quota",
  owner: "your-admin",
  temporary: false,
  words: ["sending service", "quota"],
  wordsJa: ["送信サービス"],
} as const;

const QUOTA_DEFERRED = { ...QUOTA, id: "sending-service-quota-deferred", temporary: true } as const;

export const CASES: readonly ProviderCase[] = [
  // https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html
  {
    name: "ses: 454 Throttling failure: Maximum sending rate exceeded",
    reply: "454 Throttling failure: Maximum sending rate exceeded",
    status: "4.0.0",
    remote: "email-smtp.us-east-1.amazonaws.com",
    expected: QUOTA_DEFERRED,
  },
  // https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html
  {
    name: "ses: 454 Throttling failure: Daily message quota exceeded",
    reply: "454 Throttling failure: Daily message quota exceeded",
    status: "4.0.0",
    remote: "email-smtp.eu-west-1.amazonaws.com",
    expected: QUOTA_DEFERRED,
  },
  // variant: the refusal SES's SMTP interface gives once the quota is spent, behind a smarthost
  {
    name: "variant: 554 Message rejected: Sending quota exceeded",
    reply: "554 Message rejected: Sending quota exceeded",
    status: "5.0.0",
    remote: "127.0.0.10",
    expected: QUOTA,
  },
  // variant: the rate with an enhanced status, no host named
  {
    name: "variant: 451 4.7.0 Maximum sending rate exceeded",
    reply: "451 4.7.0 Maximum sending rate exceeded",
    status: "4.7.0",
    expected: QUOTA_DEFERRED,
  },
  // the set's refusals read right: Exchange Online's send-as denial (pastebin.com/wtU9XT6T)
  {
    name: "m365: 550 5.7.60 Client does not have permissions to send as this sender",
    reply:
      "550 5.7.60 SMTP; Client does not have permissions to send as this sender [LAB0PR01MB1234.namprd01.prod.outlook.com]",
    status: "5.7.60",
    remote: "127.0.0.10",
    expected: {
      id: "exo-5.7.60-send-as-denied",
      owner: "your-admin",
      temporary: false,
      words: ["From"],
    },
  },
  // https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-64
  {
    name: "m365: 550 5.7.64 TenantAttribution; Relay Access Denied",
    reply:
      "550 5.7.64 TenantAttribution; Relay Access Denied [LAB0EUR01FT012.eop-eur01.prod.protection.outlook.com]",
    status: "5.7.64",
    remote: "127.0.0.10",
    expected: {
      id: "exo-5.7.64-tenant-attribution",
      owner: "your-admin",
      temporary: false,
      words: ["on-premises"],
      wordsJa: ["オンプレミス"],
    },
  },
  // https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html
  {
    name: "ses: 554 Message rejected: Email address is not verified",
    reply:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sam@contoso.com",
    status: "5.0.0",
    remote: "email-smtp.us-east-1.amazonaws.com",
    expected: {
      id: "sender-identity-unverified",
      owner: "your-admin",
      temporary: false,
      words: ["verified"],
      wordsJa: ["確認"],
    },
  },
  // an ISP's Postfix smarthost that does not trust the client (Postfix's reject_unauth_destination)
  {
    name: "isp: 554 5.7.1 Relay access denied",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: "127.0.0.10",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relaying denied"],
      wordsJa: ["中継"],
    },
  },
];
