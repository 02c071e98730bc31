// Classes the blind checks on held-out replies found wrong (test/catalog/ROUNDS.md, "blind check"), each wrapped the
// four ways a user meets it: the entry, who acts and whether it is temporary. Real replies name
// their source; the others are the class's plain form.
import { analyze, diagnose, lookupCode } from "../../src/core";
import { PROVIDER_ENTRIES } from "../../src/core/catalog/providers/index";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS, wrap } from "./providers/wrap";

const AOL_MX = "mx-aol.mail.gm0.yahoodns.net";

const CASES: readonly ProviderCase[] = [
  // A mailbox provider's reply without a reason, for a mailbox it runs: no recipient's admin exists.
  {
    // hardware/mailserver issue 290 (2018): Postfix "host mx-aol.mail.gm0.yahoodns.net said: 421 ..."
    name: "AOL's bare 421 Connection went away: a deferral nobody acts on yet",
    reply: "421 Connection went away",
    status: "4.0.0",
    remote: AOL_MX,
    recipient: "pat@aol.com",
    expected: {
      id: "mailbox-provider-unexplained-deferred",
      owner: "nobody",
      temporary: true,
      words: ["Yahoo", "no admin"],
      wordsJa: ["Yahoo"],
    },
  },
  {
    // modoboa/modoboa-webmail issue 213 (2021): "550 Action not taken (in reply to end of DATA command)"
    name: "AOL's bare 550 Action not taken: the sending side's to fix",
    reply: "550 Action not taken",
    status: "5.0.0",
    remote: AOL_MX,
    recipient: "pat@aol.com",
    expected: {
      id: "mailbox-provider-unexplained",
      owner: "your-admin",
      temporary: false,
      words: ["Yahoo", "SPF", "DKIM"],
      wordsJa: ["Yahoo", "SPF", "DKIM"],
    },
  },
  {
    name: "a bare refusal at Gmail for a gmail.com mailbox",
    reply: "550 5.0.0 Action not taken",
    status: "5.0.0",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "mailbox-provider-unexplained",
      owner: "your-admin",
      temporary: false,
      words: ["Gmail"],
    },
  },
  {
    name: "a bare refusal at Outlook.com (Microsoft-run) for a hotmail.com mailbox",
    reply: "550 5.0.0 Action not taken",
    status: "5.0.0",
    remote: "hotmail-com.olc.protection.outlook.com",
    recipient: "kim@hotmail.com",
    expected: {
      id: "mailbox-provider-unexplained",
      owner: "your-admin",
      temporary: false,
      words: ["Outlook.com"],
    },
  },
  {
    name: "a bare refusal at GMX for a gmx.de mailbox",
    reply: "554 5.0.0 Transaction failed",
    status: "5.0.0",
    remote: "mx00.emig.gmx.net",
    recipient: "kim@gmx.de",
    expected: {
      id: "mailbox-provider-unexplained",
      owner: "your-admin",
      temporary: false,
      words: ["GMX"],
    },
  },
  {
    name: "the same bare refusal by a company's own server keeps its admin as the owner",
    reply: "550 Action not taken",
    status: "5.0.0",
    remote: "mx.fabrikam.example",
    expected: { id: "iana-5.0.0", owner: "recipient-admin", temporary: false, words: [] },
  },
  // A multi-line reply opening with RFC 5321's standard text: its last line says what happened.
  {
    name: "GMX: a standard opening line, then the mailbox's quota",
    reply: "552-Requested action not taken: mailbox unavailable 552 Quota exceeded",
    status: "5.2.2",
    remote: "mx00.emig.gmx.net",
    recipient: "kim@gmx.de",
    expected: { id: "gmx-quota-exceeded", owner: "recipient", temporary: false, words: ["GMX"] },
  },
  {
    name: "GMX: a standard opening line, then its policy deferral",
    reply:
      "451-Requested action aborted: local error in processing 451 Reject due to policy violations",
    status: "4.0.0",
    remote: "mx00.emig.gmx.net",
    recipient: "kim@gmx.de",
    expected: {
      id: "gmx-policy-violations-temporary",
      owner: "your-admin",
      temporary: true,
      words: ["GMX"],
    },
  },
  // An Exchange token that names only the stage yields to the size meaning beside it.
  {
    name: "STOREDRV.Submit beside Microsoft's size words under another code",
    reply: "550 5.2.3 STOREDRV.Submit; message size exceeds fixed maximum message size",
    status: "5.2.3",
    expected: { id: "exs-5.3.4-message-too-big", owner: "you", temporary: false, words: [] },
  },
  {
    name: "STOREDRV.Submit under the size code itself",
    reply: "550 5.3.4 STOREDRV.Submit; message size exceeds the limit",
    status: "5.3.4",
    expected: { id: "exs-5.3.4-message-too-big", owner: "you", temporary: false, words: [] },
  },
  {
    // Microsoft's SMTP AUTH limits, as quoted in MicrosoftDocs/OfficeDocs-Support issue 1150 (2021)
    name: "the submission quota under 5.2.0, not 'QuotaExceededException' (a mailbox full) inside it",
    reply: "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
    status: "5.2.0",
    expected: { id: "exo-5.2.2-submission-quota", owner: "you", temporary: false, words: [] },
  },
  {
    // Youans/nodejs-nodemailer-outlook issue 11 (2020): an Outlook.com account not yet verified
    name: "Outlook.com's outbound spam verdict on the sending account beside STOREDRV.Submission",
    reply:
      "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. [Hostname=VI1PR05MB5405.eurprd05.prod.outlook.com]",
    status: "5.2.0",
    expected: {
      id: "outlook-com-outbound-spam",
      owner: "you",
      temporary: false,
      words: ["outlook.com", "verify"],
      wordsJa: ["outlook.com"],
    },
  },
  // Exchange Online's deferral of an organization whose outgoing mail fills the service's queues.
  {
    name: "EOP's 4.7.3 Organization queue quota exceeded",
    reply: "452 4.7.3 Organization queue quota exceeded",
    status: "4.7.3",
    expected: {
      id: "exo-4.7.3-queue-quota",
      owner: "your-admin",
      temporary: true,
      words: ["queues", "your organization"],
      wordsJa: ["キュー"],
    },
  },
  // The tenth blind check (regional providers): a refusal of the sender under x.2.0 ("other or
  // undefined mailbox status"), read as the recipient's mailbox status.
  {
    // community.virginmedia.com "Email Spam Content Found error 550 - 554"
    // (its words name Virgin Media since the sixth round, whatever host relays the reply)
    name: "Virgin Media's 5.2.0 Spam content found: its spam verdict, not a mailbox status",
    reply: "554 5.2.0 Spam content found",
    status: "5.2.0",
    remote: "mx.example.net",
    expected: {
      id: "virginmedia-spam-content",
      owner: "your-admin",
      temporary: false,
      words: ["spam", "Virgin Media"],
      wordsJa: ["迷惑メール", "Virgin Media"],
    },
  },
  {
    name: "a 5.2.0 whose words say spam was detected, from any server",
    reply: "552 5.2.0 Message refused: spam detected",
    status: "5.2.0",
    remote: "mx.example.net",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  {
    name: "negative: a 5.2.0 that names no cause keeps the registry's mailbox status",
    reply: "550 5.2.0 Mailbox unavailable",
    status: "5.2.0",
    remote: "mx.example.net",
    expected: { id: "iana-5.2.0", owner: "recipient", temporary: false, words: [] },
  },
  // The sixth blind round (mailbox providers and ISPs with no table): words many servers share.
  {
    // blog.jinbo.net (2005), Hanafos's own explanation of its reply: the IP must be registered
    name: "a Korean ISP's 'Your IP(...) is filtered ... You must register your IP': the sender's admin registers it",
    reply:
      "421 4.3.2 Your IP(203.0.113.5) is filtered and this connection will be closed. You must register your IP to spammaster@hanafos.com By SpaceLee, the Lord of mail server.",
    status: "4.3.2",
    remote: "mail.hanafos.com",
    expected: {
      id: "receiver-ip-filtered-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["register"],
      wordsJa: ["登録"],
    },
  },
  {
    // puffinknight.tistory.com: a Korean portal's refusal of an IP sending bulk mail
    name: "Paran's SPAM_SUSPECT:IP_CONTROL: the sending IP filtered until cleared",
    reply: "550 Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)",
    status: "5.0.0",
    expected: {
      id: "receiver-ip-filtered",
      owner: "your-admin",
      temporary: false,
      words: ["register"],
      wordsJa: ["登録"],
    },
  },
  {
    // btbusiness.custhelp.com answer 15074, the reply as BT's help quotes it, no host named
    name: "'Message rejected due to sender IP reputation' without a host: the sending server's reputation",
    reply: "550 Message rejected due to sender IP reputation ([203.0.113.5])",
    status: "5.0.0",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: ["reputation"],
      wordsJa: ["評価"],
    },
  },
  {
    // chirpinternet.eu (2020): iiNet's inbound gateway, its reputation refusal naming the IP
    name: "a gateway's 'rejected due to the sending MTA's poor reputation', the IP in the middle",
    reply:
      "554 Your access to this mail system from 203.0.113.5 has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    status: "5.0.0",
    remote: "asav.iinet.net.au",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.5", "reputation"],
      wordsJa: ["203.0.113.5", "評価"],
    },
  },
  {
    // netbit.com.br's help: its submission server refusing a mail program's greeting
    name: "'HELO should be a FQDN or address literal': the sending side's HELO name",
    reply: "550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)",
    status: "5.0.0",
    remote: "smtp.netbit.example",
    expected: {
      id: "helo-name-refused",
      owner: "your-admin",
      temporary: false,
      words: ["HELO"],
      wordsJa: ["HELO"],
    },
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the code command finds the same entry", () => {
    const found = lookupCode(c.status, {
      text: c.reply,
      ...(c.remote !== undefined ? { remote: c.remote } : {}),
      ...(c.recipient !== undefined ? { recipient: c.recipient } : {}),
    });
    expect(found[0]?.id).toBe(c.expected.id);
  });
});

// x.3.2 is a receiver busy, shutting down or in maintenance (RFC 3463): it passes, nobody acts yet.
// (An Exchange Online NDR that names no remote host gives Exchange Online's own 4.3.2 meaning.)
const BUSY: ProviderCase = {
  name: "a bare 450 4.3.2 try again later",
  reply: "450 4.3.2 try again later",
  status: "4.3.2",
  remote: "mx.fabrikam.example",
  expected: { id: "iana-4.3.2", owner: "nobody", temporary: true, words: [] },
};

test.each(WRAPPINGS.map((w) => [w] as const))(
  "a bare 4.3.2 wrapped as %s: nobody acts yet",
  (how) => {
    const e = explainWrapped(BUSY, how);
    expect([e?.owner, e?.temporary]).toEqual(["nobody", true]);
    if (how === "postfix") expect(problems(BUSY, e)).toEqual([]);
  },
);

test("the code command reads a bare 4.3.2 as the registry's busy receiver, owned by nobody", () => {
  const [first] = lookupCode("450 4.3.2 try again later");
  expect([first?.id, first?.owner, first?.summary.en]).toEqual([
    "iana-4.3.2",
    "nobody",
    expect.stringContaining("busy") as string,
  ]);
});

// A provider entry's title is the refusal's name: never a bare reference code ("[PH01]", "DT:SPM",
// "BL000001", "AUP#CXBL"), a placeholder or a link.
const NOT_A_NAME = /[<$[]|https?:|^[A-Z]{2}:[A-Z]{3}\b|^[A-Z]{2}\d{6}$|^AUP#|^[^A-Za-z]/;

test("every provider entry's title names the refusal in words", () => {
  const titles = PROVIDER_ENTRIES.map((e) => `${e.id}: ${e.title ?? e.texts[0] ?? ""}`);
  expect(titles.filter((t) => NOT_A_NAME.test(t.slice(t.indexOf(": ") + 2)))).toEqual([]);
});

test.each([
  [
    "Yahoo",
    "421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to user complaints",
    "4.7.0",
    "mta5.am0.yahoodns.net",
  ],
  [
    "NetEase",
    "554 DT:SPM 163 mx13,QMCowECpK0g1Q; please see http://mail.163.com/help/help_spam_16.htm",
    "5.0.0",
    "163mx01.mxmail.netease.com",
  ],
  [
    "Comcast",
    "554 5.7.1 resimta-ch2-18v.sys.comcast.net comcast 203.0.113.25 Comcast BL000001 For more information, visit https://postmaster.comcast.net/smtp-error-codes.php#BL000001",
    "5.7.1",
    "mx1.comcast.net",
  ],
])(
  "%s's explanation is titled by the refusal's name, not its code",
  (_who, reply, status, remote) => {
    const c: ProviderCase = {
      name: "",
      reply,
      status,
      remote,
      expected: { id: "", owner: "nobody", temporary: false, words: [] },
    };
    for (const how of WRAPPINGS)
      expect(explainWrapped(c, how)?.title).toMatch(/^[A-Z][a-z]+ [A-Za-z]/);
  },
);

// The sender's own provider's outgoing server refused (the sender's domain is the provider's, the
// recipient elsewhere): the sender's account is the cause, never the recipient's side.
const OWN_PROVIDER: readonly (readonly [string, ProviderCase, string])[] = [
  [
    // hpi-swt2/sport-portal issue 462 (2018): GMX's outgoing server, a From that was not the account's
    "GMX: Sender address is not allowed",
    {
      name: "",
      reply:
        "550-Requested action not taken: mailbox unavailable 550 Sender address is not allowed",
      status: "5.0.0",
      remote: "mail.gmx.net",
      expected: { id: "sending-provider-refused", owner: "you", temporary: false, words: ["GMX"] },
    },
    "sam@gmx.de",
  ],
  [
    // jstedfast/MailKit issue 968 (2019): GMX's outgoing server (mrgmx104) at RCPT TO
    "GMX: Failure sending mail. Try again later",
    {
      name: "",
      reply:
        "550-Requested action not taken: mailbox unavailable 550 Failure sending mail. Try again later",
      status: "5.0.0",
      remote: "mail.gmx.net",
      expected: { id: "sending-provider-refused", owner: "you", temporary: false, words: ["GMX"] },
    },
    "sam@gmx.de",
  ],
  [
    // Orange's outgoing server (smtp.orange.fr) in our own layout, with the words its table
    // quotes (providers/orange.ts names their source)
    "Orange: Emetteur invalide. Invalid Sender.",
    {
      name: "",
      reply: "550 5.1.0 Emetteur invalide. Invalid Sender.",
      status: "5.1.0",
      remote: "smtp.orange.fr",
      expected: {
        id: "sending-provider-refused",
        owner: "you",
        temporary: false,
        words: ["Orange"],
      },
    },
    "sam@orange.fr",
  ],
  [
    "GMX: You are not allowed to send from this address",
    {
      name: "",
      reply: "550 5.7.1 You are not allowed to send from this address",
      status: "5.7.1",
      remote: "mail.gmx.net",
      expected: { id: "sending-provider-refused", owner: "you", temporary: false, words: ["GMX"] },
    },
    "sam@web.de",
  ],
];

describe.each(OWN_PROVIDER)("the sender's own provider: %s", (_name, c, sender) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    const bounce = wrap(c, how).replaceAll("sam@contoso.com", sender);
    expect(problems(c, diagnose(analyze(bounce)).recipients[0]?.explanation)).toEqual([]);
  });

  test("from another domain's sender, the same reply is not the sender's provider's", () => {
    const e = explainWrapped(c, "postfix");
    expect(e?.id).not.toBe("sending-provider-refused");
  });
});

// The sender's provider's inbound servers also take mail for the companies it hosts (Google
// Workspace, IONOS): their refusal is the recipient's side's, even for a sender at that provider.
const HOSTED_COMPANY: readonly (readonly [string, ProviderCase, string])[] = [
  [
    "a gmail.com sender refused by a Google Workspace company's policy",
    {
      name: "",
      reply:
        "550 5.7.1 This message violates fabrikam.example email policy. Please visit https://support.google.com/a/answer/172179 - gsmtp",
      status: "5.7.1",
      remote: "aspmx.l.google.com",
      expected: {
        id: "gmail-5.7.1-recipient-policy",
        owner: "recipient-admin",
        temporary: false,
        words: [],
      },
    },
    "sam@gmail.com",
  ],
  [
    "a gmx.de sender refused by an IONOS-hosted company's server",
    {
      name: "",
      reply: "550 Requested action not taken: mailbox unavailable",
      status: "5.0.0",
      remote: "mx00.ionos.de",
      expected: { id: "gmx-mailbox-unavailable", owner: "you", temporary: false, words: [] },
    },
    "sam@gmx.de",
  ],
];

test.each(HOSTED_COMPANY)("%s", (_name, c, sender) => {
  const bounce = wrap(c, "postfix").replaceAll("sam@contoso.com", sender);
  expect(problems(c, diagnose(analyze(bounce)).recipients[0]?.explanation)).toEqual([]);
});

// A disabled account refused under a code that means something else: under 5.1.1 (Swisscom's MX,
// as Infomaniak's help quotes it) the mailbox exists but is turned off, so not a spelling check;
// under 5.7.13 given to RCPT (Postfix access maps, "User account disabled") it is the recipient's
// account, not the registry's sender account disabled at sign-in (your admin's). The registry's
// "disabled" meaning either way. (In an Exchange Online NDR, Microsoft's own 5.1.1 meaning is
// given: its tables keep their codes.)
const DISABLED: readonly ProviderCase[] = [
  {
    name: "a disabled account under 5.1.1",
    reply: "550 5.1.1 anna@fabrikam.example recipient rejected, account administratively disabled",
    status: "5.1.1",
    remote: "mx.fabrikam.example",
    expected: {
      id: "iana-5.2.1",
      owner: "recipient",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
  {
    name: "a disabled account under 5.7.13",
    reply: "525 5.7.13 <anna@fabrikam.example>: Recipient address rejected: User account disabled",
    status: "5.7.13",
    remote: "mx.fabrikam.example",
    expected: {
      id: "iana-5.2.1",
      owner: "recipient",
      temporary: false,
      words: ["disabled"],
      wordsJa: ["無効"],
    },
  },
];

test.each(DISABLED.map((c) => [c.name, c] as const))(
  "%s reads as disabled, in a Postfix DSN and the code command",
  (_name, c) => {
    expect(problems(c, explainWrapped(c, "postfix"))).toEqual([]);
    const [first] = lookupCode(c.status, { text: c.reply, remote: "mx.fabrikam.example" });
    expect(first?.id).toBe("iana-5.2.1");
  },
);

test("an unknown user under 5.1.1 keeps the registry's bad destination mailbox", () => {
  const [first] = lookupCode("5.1.1", { text: "550 5.1.1 <anna@fabrikam.example>: User unknown" });
  expect(first?.id).toBe("iana-5.1.1");
});
