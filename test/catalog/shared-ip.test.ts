// A block or reputation refusal of the sending IP, where that IP is a big provider's shared
// outgoing server (src/core/catalog/shared-outbound.ts): the recipient's admin (a list or another
// receiver) or the provider itself (Outlook.com refusing Microsoft 365's own pool) acts, not the
// sender's admin. Replies as people quoted them (each source named; IPs as published unless said),
// wrapped as Exchange Online NDRs in English and Japanese and as a Postfix DSN.
import { lookupCode } from "../../src/core";
import { findRange, rangeTable } from "../../src/core/ip-ranges";
import { SHARED_OUTBOUND } from "../../src/core/catalog/shared-outbound";
import type { Owner } from "../../src/core/types";
import { explainWrapped, wordsOf } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import type { Wrapping } from "./providers/wrap";

interface SharedIpCase {
  readonly name: string;
  readonly reply: string;
  readonly status: string;
  readonly remote?: string;
  readonly id: string;
  readonly owner: Owner;
  /** The range the evidence names, or none when the IP is no shared server's. */
  readonly range?: string;
  /** Words the English text must hold. */
  readonly words: readonly string[];
}

const CASES: readonly SharedIpCase[] = [
  // github docker-mailserver/docker-mailserver#2704: Exchange Online quoting the receiver's refusal
  {
    name: "Spamhaus ZEN on an Exchange Online address, quoted by 5.7.514",
    reply:
      "550 5.7.514 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools) -> 554 5.7.1 Service unavailable; Client host [40.107.107.102] blocked using zen.spamhaus.org",
    status: "5.7.514",
    id: "spamhaus-zen",
    owner: "recipient-admin",
    range: "40.107.0.0/16",
    words: ["40.107.107.102", "Microsoft 365", "support case", "can neither get it delisted"],
  },
  // mailsleuth.ai, "Shared IP, Shared Problem: When M365 Lands on an Obscure RBL" (2026). SORBS
  // closed in 2024: its meaning sends nobody to delist, and stays as it is
  {
    name: "SORBS (closed) on an Exchange Online address keeps its own meaning",
    reply:
      "550 5.7.1 Service unavailable; Client host [40.107.92.14] blocked using dnsbl.sorbs.net; Currently sending SPAM see: http://www.sorbs.net/lookup.shtml?40.107.92.14",
    status: "5.7.1",
    remote: "mx1.fabrikam.example",
    id: "sorbs-listed",
    owner: "recipient-admin",
    words: ["SORBS"],
  },
  // UCEPROTECT level 3's TXT answer as github ShlomiPorush/mailcow-logs-viewer#62 quotes it, in
  // Postfix's reply; the address is one of Microsoft 365's (ours, not published with it)
  {
    name: "UCEPROTECT level 3 listing Microsoft's network",
    reply:
      "554 5.7.1 Service unavailable; Client host [52.100.171.225] blocked using dnsbl-3.uceprotect.net; Your ISP Microsoft Corporation, US/AS8075 is UCEPROTECT-Level3 listed because of a spamscore of 12. See: http://www.uceprotect.net/rblcheck.php?ipr=52.100.171.225",
    status: "5.7.1",
    remote: "mail.fabrikam.example",
    id: "uceprotect-listed",
    owner: "recipient-admin",
    range: "52.100.0.0/15",
    words: ["52.100.171.225", "UCEPROTECT", "whole provider networks"],
  },
  // Barracuda's reply format, naming an Outlook.com sending address (ours)
  {
    name: "Barracuda BRBL on an Outlook.com sending address",
    reply:
      "554 Service unavailable; Client host [40.92.18.40] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=40.92.18.40",
    status: "5.7.1",
    remote: "fabrikam-example.barracuda.example",
    id: "barracuda-brbl-listed",
    owner: "recipient-admin",
    range: "40.92.0.0/15",
    words: ["40.92.18.40", "Barracuda"],
  },
  // Exchange Online sends over IPv6 too (the address ours, in its published /48)
  {
    name: "Spamhaus on an Exchange Online IPv6 address",
    reply:
      "550 5.7.1 Service unavailable; Client host [2a01:111:f403:2c13::701] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/2a01:111:f403:2c13::701",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    id: "spamhaus-zen",
    owner: "recipient-admin",
    range: "2a01:111:f403::/48",
    words: ["2a01:111:f403:2c13::701"],
  },
  // mailsleuth.ai, "Anatomy of a Google IP Blacklist Rejection" (2026): a Google Workspace address
  {
    name: "Spamhaus on a Google Workspace address",
    reply:
      "550 5.7.1 Service unavailable; Client host [209.85.220.69] blocked using zen.spamhaus.org",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    id: "spamhaus-zen",
    owner: "recipient-admin",
    range: "209.85.128.0/17",
    words: ["209.85.220.69", "Google", "delisting requests"],
  },
  // Outlook.com's own block list (the wording of docs.hetzner.com's "Microsoft Blacklist" page),
  // naming a Microsoft 365 address (ours): Microsoft's own pool, Microsoft's to lift
  {
    name: "Outlook.com's block list naming a Microsoft 365 address",
    reply:
      "550 5.7.1 Unfortunately, messages from [40.107.22.51] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM0EUR02FT015.eop-EUR02.prod.protection.outlook.com]",
    status: "5.7.1",
    remote: "hotmail-com.olc.protection.outlook.com",
    id: "outlook-com-5.7.1-block-list",
    owner: "microsoft",
    range: "40.107.0.0/16",
    words: ["40.107.22.51", "its own sending pool", "support case"],
  },
  // Outlook.com's 4.7.650 (its postmaster page's wording) naming a Microsoft 365 address (ours)
  {
    name: "Outlook.com slowing down a Microsoft 365 address for its reputation",
    reply:
      "451 4.7.650 The mail server [40.107.22.51] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
    status: "4.7.650",
    remote: "outlook-com.olc.protection.outlook.com",
    id: "outlook-com-4.7.650-ip-reputation",
    owner: "microsoft",
    range: "40.107.0.0/16",
    words: ["40.107.22.51", "support case"],
  },
  // Negatives. github JamBrain/JamBrain#271's address stands for a company's own server.
  {
    name: "a company's own server on Spamhaus stays its admin's",
    reply:
      "550 5.7.1 Service unavailable; Client host [45.79.188.170] blocked using zen.spamhaus.org",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    id: "spamhaus-zen",
    owner: "your-admin",
    words: ["45.79.188.170"],
  },
  // pastebin wCbAn5ZX (Postfix to Microsoft 365): the receiver's address is Microsoft's, the
  // sender's is not
  {
    name: "the receiver's Microsoft 365 address does not count",
    reply:
      "host fabrikam-example.mail.protection.outlook.com[104.47.8.36] said: 550 5.7.1 Service unavailable; Client host [212.227.59.62] blocked using Spamhaus; To request removal from this list see http://www.spamhaus.org/lookup.lasso",
    status: "5.7.1",
    id: "spamhaus-zen",
    owner: "your-admin",
    words: ["212.227.59.62"],
  },
  // Gmail's refusal as github maxking/docker-mailman#303 quotes it, naming an Exchange Online
  // address (ours): its meaning also blames the sending domain, so it keeps its words
  {
    name: "Gmail's unusual-rate block (IP or domain) of an Exchange Online address keeps its words",
    reply:
      "550-5.7.1 [40.107.74.52       1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been blocked. 550-5.7.1 Please visit 550-5.7.1  https://support.google.com/mail/?p=UnsolicitedIPError to review our 550 5.7.1 Bulk Email Senders Guidelines. q16si3475662wrs.311 - gsmtp",
    status: "5.7.1",
    remote: "gmail-smtp-in.l.google.com",
    id: "gmail-5.7.28-unusual-rate",
    owner: "your-admin",
    words: ["40.107.74.52"],
  },
  // Gmail's verdict on the message, as github root-io/vmail#89 quotes it, from an Exchange Online
  // address (ours): about the message, its domain or the address
  {
    name: "Gmail's spam verdict on a message from Exchange Online keeps its words",
    reply:
      "550-5.7.1 [40.107.74.52      12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for more information. 125si7057894wmk.237 - gsmtp",
    status: "5.7.1",
    remote: "gmail-smtp-in.l.google.com",
    id: "gmail-5.7.1-low-reputation",
    owner: "your-admin",
    words: ["40.107.74.52", "content"],
  },
  // A Microsoft 365 address in a refusal that is no block of it: the domain's SPF record lacks it
  {
    name: "an SPF refusal naming a Microsoft 365 address is the domain's",
    reply:
      "550 5.7.1 Sender prohibited by SPF: 40.107.22.51 is not allowed to send mail from contoso.com",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    id: "spf-refused",
    owner: "your-admin",
    words: ["40.107.22.51"],
  },
];

const WRAPS: readonly Wrapping[] = ["exo-en", "exo-ja", "postfix"];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  const input: ProviderCase = {
    name: c.name,
    reply: c.reply,
    status: c.status,
    ...(c.remote !== undefined ? { remote: c.remote } : {}),
    expected: { id: c.id, owner: c.owner, temporary: false, words: c.words },
  };
  test.each(WRAPS.map((w) => [w] as const))("wrapped as %s", (how) => {
    const e = explainWrapped(input, how);
    expect({ id: e?.id, owner: e?.owner }).toEqual({ id: c.id, owner: c.owner });
    const shared = e?.evidence.find((x) => x.field === "shared-ip")?.text;
    expect(shared?.split(" ")[0]).toBe(c.range);
    if (e === undefined) return;
    const en = wordsOf(e, "en");
    const ja = wordsOf(e, "ja");
    for (const word of c.words) expect(en).toContain(word);
    expect(`${en}\n${ja}`).not.toMatch(/\{[A-Za-z]+\}|\[\[/);
    if (c.range !== undefined) {
      // Nobody is sent to delist an address they do not run; both languages say whose it is.
      expect(e.actions).not.toContain("request-delisting");
      expect(["retry-later", "wait-for-retry"]).toContain(e.actions[0]);
      expect(ja).toContain(c.words[0]);
      expect(ja).toContain("共有している送信サーバー");
    }
  });
});

describe("the code command with the reply's words", () => {
  test.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const found = lookupCode(c.status, {
      text: c.reply,
      ...(c.remote !== undefined ? { remote: c.remote } : {}),
    })[0];
    expect({ id: found?.id, owner: found?.owner }).toEqual({ id: c.id, owner: c.owner });
  });
});

describe("the shared outgoing ranges", () => {
  const table = rangeTable(SHARED_OUTBOUND, (pool) => pool.ranges);
  test.each([
    ["40.107.0.1", "40.107.0.0/16"],
    ["40.93.255.254", "40.92.0.0/15"],
    ["52.103.127.1", "52.103.0.0/17"],
    ["104.47.127.255", "104.47.0.0/17"],
    ["2a01:111:f400:fe0a::1", "2a01:111:f400::/48"],
    ["::ffff:40.107.1.2", "40.107.0.0/16"],
    ["2607:f8b0:4864:20::42f", "2607:f8b0:4000::/36"],
    ["74.125.1.1", "74.125.0.0/16"],
    ["52.103.128.1", undefined],
    ["104.47.128.1", undefined],
    ["40.94.0.1", undefined],
    ["2a01:111:f401::1", undefined],
    ["192.0.2.1", undefined],
    ["not an address", undefined],
    ["", undefined],
  ])("%s -> %s", (ip, range) => {
    expect(findRange(table, ip)?.range).toBe(range);
  });

  test("every range is valid and names its company's source", () => {
    for (const pool of SHARED_OUTBOUND) {
      expect(pool.source).toMatch(/^https:\/\//);
      expect(pool.ranges.length).toBeGreaterThan(0);
    }
  });
});
