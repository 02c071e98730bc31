// The thirty-eighth round of the words (December 2026): the spam filters' and security gateways'
// published rejection tables, row by row: Hornetsecurity's classification codes (as a reseller of
// its engine lists them, support.everycloud.com/support/solutions/articles/4000007755-workspace-
// classification-codes), the rejection notes of a Baruwa gateway (bastion.umanix.net/info), Trend
// Micro's Email Reputation deferral (its ERS FAQ, success.trendmicro.com/solution/1097055, as
// hardwaresecrets.com/understanding-email-bounce-messages/4/ quotes it) and InterScan's relay refusal
// (success.trendmicro.com solution 1106332), and a Vade code a help page quotes
// (404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/). Only rows that
// were no case; the set, its sources and the scoring script are in /work/wt/h-filters-set, outside
// the repository. The classes fixed: Hornetsecurity's header deferral, temporary block,
// sender/recipient block, loop and content-filter size rows (its codes are its own numbering, so
// the words decide), Postfix's reject_multi_recipient_bounce, which Postfix-based gateways write
// too, "Sender verification failed" as Exim's sender callout, and InterScan's "forward-path"
// spelling. Rows read right are kept too; "variant" marks plain variants of a fixed class (our own).
import type { ProviderCase } from "./types";

const HORNET = "mx01.hornetsecurity.com";

const HEADER_DEFER = {
  id: "hornetsecurity-header-defer",
  owner: "nobody",
  temporary: true,
  words: ["Hornetsecurity", "headers", "tries again"],
  wordsJa: ["Hornetsecurity", "ヘッダー", "再試行"],
} as const;

const TEMPORARY_BLOCK = {
  id: "hornetsecurity-temporary-block",
  owner: "nobody",
  temporary: true,
  words: ["Hornetsecurity", "for a while", "tries again"],
  wordsJa: ["Hornetsecurity", "一時的", "再試行"],
} as const;

const SENDER_RECIPIENT = {
  id: "hornetsecurity-sender-recipient-policy",
  owner: "recipient-admin",
  temporary: false,
  words: ["Hornetsecurity", "not full", "Email Live Tracking"],
  wordsJa: ["Hornetsecurity", "いっぱい", "Email Live Tracking"],
} as const;

const LOOP = {
  id: "hornetsecurity-loop",
  owner: "recipient-admin",
  temporary: false,
  words: ["Hornetsecurity", "loop", "disclaimer header"],
  wordsJa: ["Hornetsecurity", "ループ", "免責ヘッダー"],
} as const;

const SIZE = {
  id: "hornetsecurity-size",
  owner: "you",
  temporary: false,
  words: ["Hornetsecurity", "size limit"],
  wordsJa: ["Hornetsecurity", "サイズ"],
} as const;

const SPAM = {
  id: "hornetsecurity-spam",
  owner: "you",
  temporary: false,
  words: ["Hornetsecurity", "spam"],
  wordsJa: ["Hornetsecurity", "迷惑メール"],
} as const;

const MULTI_RECIPIENT_BOUNCE = {
  id: "postfix-multi-recipient-bounce",
  owner: "your-admin",
  temporary: false,
  words: ["empty sender", "more than one recipient", "real sender address"],
  wordsJa: ["送信者が空", "複数の宛先", "実在する送信者アドレス"],
} as const;

const SENDER_VERIFY = {
  id: "exim-sender-verify",
  owner: "your-admin",
  temporary: false,
  words: ["sender address exists"],
  wordsJa: ["送信者アドレス"],
} as const;

const RELAY_DOMAIN = {
  id: "trendmicro-relay-domain",
  owner: "recipient-admin",
  temporary: false,
  words: ["Trend Micro", "Relay Domains"],
  wordsJa: ["Trend Micro", "Relay Domains"],
} as const;

export const CASES: readonly ProviderCase[] = [
  {
    name: "Hornetsecurity: 450 4.5.5 Header Checks Defer",
    reply: "450 4.5.5 Header Checks Defer",
    status: "4.5.5",
    remote: HORNET,
    expected: HEADER_DEFER,
  },
  {
    name: "Hornetsecurity: Header Checks Defer, named by its words (variant)",
    reply: "450 4.5.5 Header Checks Defer",
    status: "4.5.5",
    expected: HEADER_DEFER,
  },
  {
    name: "Hornetsecurity: 450 4.5.6 Temporary Blocked",
    reply: "450 4.5.6 Temporary Blocked",
    status: "4.5.6",
    remote: HORNET,
    expected: TEMPORARY_BLOCK,
  },
  {
    name: "Hornetsecurity: 450 4.5.7 Temporary Blocked",
    reply: "450 4.5.7 Temporary Blocked",
    status: "4.5.7",
    remote: "mx-gate02.antispameurope.com",
    expected: TEMPORARY_BLOCK,
  },
  {
    name: "Hornetsecurity: 552 5.2.2 Sender/Recipient rejected (no full mailbox)",
    reply: "552 5.2.2 Sender/Recipient rejected",
    status: "5.2.2",
    remote: HORNET,
    expected: SENDER_RECIPIENT,
  },
  {
    name: "Hornetsecurity: Sender/Recipient rejected with the recipient named, no host (variant)",
    reply: "552 5.2.2 <kim@fabrikam.example>: Sender/Recipient rejected",
    status: "5.2.2",
    expected: SENDER_RECIPIENT,
  },
  {
    name: "Hornetsecurity: 554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer",
    reply: "554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer",
    status: "5.5.6",
    remote: HORNET,
    expected: LOOP,
  },
  {
    name: "Hornetsecurity: loop, named by its disclaimer header alone (variant)",
    reply: "554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer",
    status: "5.5.6",
    expected: LOOP,
  },
  {
    name: "Hornetsecurity: 552 5.5.2 Message size (content filter)",
    reply: "552 5.5.2 Message size (content filter)",
    status: "5.5.2",
    remote: HORNET,
    expected: SIZE,
  },
  {
    name: "Hornetsecurity: Message size (content filter), no host (variant)",
    reply: "552 5.5.2 Message size (content filter)",
    status: "5.5.2",
    expected: SIZE,
  },
  {
    name: "Hornetsecurity: 554 5.5.5 e-mail Rejected Spam",
    reply: "554 5.5.5 e-mail Rejected Spam",
    status: "5.5.5",
    remote: HORNET,
    expected: SPAM,
  },
  {
    name: "Hornetsecurity: 554 5.6.1 Spam Header rejected",
    reply: "554 5.6.1 Spam Header rejected",
    status: "5.6.1",
    remote: HORNET,
    expected: SPAM,
  },
  {
    name: "Hornetsecurity: 554 5.6.3 Spam Body rejected",
    reply: "554 5.6.3 Spam Body rejected",
    status: "5.6.3",
    remote: HORNET,
    expected: SPAM,
  },
  {
    name: "Hornetsecurity (Postfix): 550 5.5.3 Recipient address rejected: Multi-recipient bounce",
    reply: "550 5.5.3 <kim@fabrikam.example>: Recipient address rejected: Multi-recipient bounce",
    status: "5.5.3",
    remote: HORNET,
    expected: MULTI_RECIPIENT_BOUNCE,
  },
  {
    name: "Postfix: Multi-recipient bounce checked at DATA (variant)",
    reply: "550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce",
    status: "5.5.3",
    remote: "mail.fabrikam.example",
    expected: MULTI_RECIPIENT_BOUNCE,
  },
  {
    name: "Baruwa: 550 Sender verification failed",
    reply: "550 5.7.1 Sender verification failed",
    status: "5.7.1",
    remote: "bastion.umanix.net",
    expected: SENDER_VERIFY,
  },
  {
    name: "Sender verification failed with the address, no code (variant)",
    reply: "550 <noreply@contoso.example>: Sender verification failed",
    status: "5.0.0",
    expected: SENDER_VERIFY,
  },
  {
    name: "Trend Micro InterScan: 550 Domain of forward-path is not allowed",
    reply: "550 Domain of forward-path is not allowed",
    status: "5.0.0",
    remote: "mail.fabrikam.example",
    expected: RELAY_DOMAIN,
  },
  {
    name: "Trend Micro InterScan: forward-path refusal with its enhanced code (variant)",
    reply: "550 5.7.1 Domain of forward-path is not allowed",
    status: "5.7.1",
    expected: RELAY_DOMAIN,
  },
  {
    name: "Trend Micro ERS: deferred using the Email Reputation database",
    reply:
      "450 4.7.1 Mail from 203.0.113.5 deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?203.0.113.5",
    status: "4.7.1",
    remote: "in.tmes.trendmicro.com",
    expected: {
      id: "trendmicro-ers-listed",
      owner: "your-admin",
      temporary: true,
      words: ["Trend Micro", "203.0.113.5"],
      wordsJa: ["Trend Micro", "203.0.113.5"],
    },
  },
  {
    name: "Vade: 550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
    reply: "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
    status: "5.7.1",
    expected: { id: "spf-refused", owner: "your-admin", temporary: false, words: ["SPF"] },
  },
  {
    name: "Baruwa: 554 The sender is in a black list rbl.baruwa.net",
    reply: "554 5.7.1 The sender is in a black list rbl.baruwa.net",
    status: "5.7.1",
    remote: "bastion.umanix.net",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: ["sending server"],
      wordsJa: ["送信"],
    },
  },
];
