// Microsoft 365's replies to a program that sends through it (client submission, Direct Send) and
// Exchange Online's delivery-restriction token for a mailbox: each its own meaning and
// owner, in every wrapping and in the code command. Texts as Microsoft's pages print them.
import { lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

function row(
  name: string,
  reply: string,
  status: string,
  id: string,
  owner: ProviderCase["expected"]["owner"],
  words: readonly string[],
  wordsJa: readonly string[],
  temporary = false,
): ProviderCase {
  return { name, reply, status, expected: { id, owner, temporary, words, wordsJa } };
}

const CASES: readonly ProviderCase[] = [
  // Microsoft Learn, "Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online"
  row(
    "SMTP AUTH off for the mailbox",
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    "5.7.139",
    "exo-5.7.139-smtp-auth-disabled",
    "your-admin",
    ["SMTP AUTH", "Set-CASMailbox"],
    ["SMTP AUTH", "Set-CASMailbox"],
  ),
  row(
    "security defaults block the sign-in",
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
    "5.7.139",
    "exo-5.7.139-sign-in-policy",
    "your-admin",
    ["security defaults", "OAuth"],
    ["セキュリティの既定値", "OAuth"],
  ),
  row(
    "Conditional Access blocks the sign-in",
    "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
    "5.7.139",
    "exo-5.7.139-sign-in-policy",
    "your-admin",
    ["Conditional Access"],
    ["条件付きアクセス"],
  ),
  row(
    "another 5.7.139 sign-in refusal",
    "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
    "5.7.139",
    "exo-5.7.3-authentication-unsuccessful",
    "your-admin",
    ["smtp.office365.com", "password"],
    ["smtp.office365.com", "パスワード"],
  ),
  // Outlook.com's end of basic authentication (September 2024); Exchange Online's for SMTP AUTH (2026)
  row(
    "a sign-in with a password alone, no longer accepted",
    "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [TYCPR01MB8000.jpnprd01.prod.outlook.com 2026-11-16T09:00:00.000Z 08DD3DD7D75D7743]",
    "5.7.139",
    "exo-5.7.139-basic-auth-disabled",
    "your-admin",
    ["basic authentication", "OAuth"],
    ["基本認証", "OAuth"],
  ),
  // Exchange Team blog, "Introducing more control over Direct Send in Exchange Online" (2025);
  // the reply as Salesforce's help article 005133045 quotes it
  row(
    "Direct Send refused (RejectDirectSend)",
    "550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
    "5.7.68",
    "exo-5.7.68-direct-send-rejected",
    "your-admin",
    ["Direct Send", "RejectDirectSend", "connector"],
    ["ダイレクト送信", "RejectDirectSend", "コネクタ"],
  ),
  // Microsoft Learn, "Exchange Online limits" (three concurrent connections, aka.ms/concurrent_sending)
  row(
    "too many connections at once from one mailbox",
    "432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information. [Hostname=TYCPR01MB8000.jpnprd01.prod.outlook.com]",
    "4.3.2",
    "exo-4.3.2-concurrent-connections",
    "your-admin",
    ["three SMTP connections"],
    ["3 つまで"],
    true,
  ),
  // Microsoft Learn, "TLS 1.0 and 1.1 deprecation for Office 365" (aka.ms/smtp_auth_tls)
  row(
    "client submission over TLS 1.0 or 1.1",
    "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [TYCPR01MB8000.jpnprd01.prod.outlook.com]",
    "4.7.66",
    "exo-4.7.66-old-tls",
    "your-admin",
    ["TLS 1.2"],
    ["TLS 1.2"],
    true,
  ),
  // Microsoft Learn, "Continuous error throttling for SMTP AUTH submissions" (5.2.251-5.2.255);
  // the reply as an Exchange docs repository quotes it
  // (github.com/x13-me/OfficeDocs-Exchange, mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions.md)
  row(
    "throttled after continuous mailbox-full errors",
    "550 5.2.251 Sender throttled due to continuous mailbox full errors.",
    "5.2.251",
    "exo-5.2.251-error-throttling",
    "your-admin",
    ["SMTP AUTH", "mailbox full"],
    ["SMTP AUTH", "容量超過"],
  ),
  row(
    "throttled after continuous send-as denied errors (not the send-as refusal itself)",
    "550 5.2.252 Sender throttled due to continuous send as denied errors.",
    "5.2.252",
    "exo-5.2.251-error-throttling",
    "your-admin",
    ["Send As", "throttl"],
    ["送信者として送信"],
  ),
  row(
    "throttled after continuous too-many-recipients errors",
    "550 5.2.254 Sender throttled due to continuous too many recipients errors. [TYCPR01MB8000.jpnprd01.prod.outlook.com]",
    "5.2.254",
    "exo-5.2.251-error-throttling",
    "your-admin",
    ["too many recipients"],
    ["宛先が多すぎる"],
  ),
  // Exchange Online's token for a mailbox that takes mail only from listed senders (5.7.129)
  row(
    "mailbox restricted to a list of senders, under 5.7.1",
    "550 5.7.1 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from",
    "5.7.1",
    "token-RESOLVER.RST.NotAuthorized",
    "recipient-admin",
    ["allowed to send"],
    ["送信できる人"],
  ),
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS)("%s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the code command with the reply finds it", () => {
    expect(lookupCode(c.status, { text: c.reply })[0]?.id).toBe(c.expected.id);
  });
});
