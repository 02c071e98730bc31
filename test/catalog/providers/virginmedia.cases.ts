// Virgin Media Mail refusals as its community forum's staff posts and senders quote them: the spam
// verdict, the MXIN deferrals of a sender domain and its hourly limit per IP. Sample values.
import type { ProviderCase } from "./types";

const RCPT = "sam@virginmedia.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "Spam content found (554 5.2.0), for a virginmedia.com mailbox",
    reply: "554 5.2.0 Spam content found",
    status: "5.2.0",
    recipient: RCPT,
    expected: {
      id: "virginmedia-spam-content",
      owner: "your-admin",
      temporary: false,
      words: ["Virgin Media", "reverse DNS", "SPF", "DKIM"],
      wordsJa: ["Virgin Media", "逆引き DNS", "SPF", "DKIM"],
    },
  },
  {
    name: "Spam content found (550 5.2.0), for an ntlworld.com mailbox",
    reply: "550 5.2.0 Spam content found",
    status: "5.2.0",
    recipient: "sam@ntlworld.com",
    expected: {
      id: "virginmedia-spam-content",
      owner: "your-admin",
      temporary: false,
      words: ["Virgin Media"],
      wordsJa: ["Virgin Media"],
    },
  },
  {
    name: "Spam content found, from a host under its mailbox domain",
    reply: "554 5.2.0 Spam content found",
    status: "5.2.0",
    remote: "mx.virginmedia.com",
    expected: {
      id: "virginmedia-spam-content",
      owner: "your-admin",
      temporary: false,
      words: ["Virgin Media"],
      wordsJa: ["Virgin Media"],
    },
  },
  {
    name: "MXIN400: the envelope sender's domain",
    reply: "421 4.1.0 MXIN400 Cannot validate your Mailfrom Domain mail.example.net",
    status: "4.1.0",
    recipient: RCPT,
    expected: {
      id: "virginmedia-mailfrom-domain",
      owner: "your-admin",
      temporary: true,
      words: ["envelope sender", "MX"],
      wordsJa: ["エンベロープ送信者", "MX"],
    },
  },
  {
    name: "MXIN400 by its code alone",
    reply: "421 4.1.0 MXIN400 Cannot validate your Mailfrom Domain mail.example.net",
    status: "4.1.0",
    expected: {
      id: "virginmedia-mailfrom-domain",
      owner: "your-admin",
      temporary: true,
      words: ["Virgin Media"],
      wordsJa: ["Virgin Media"],
    },
  },
  {
    name: "MXIN619: the From domain",
    reply: "421 4.2.0 MXIN619 Your Header From domain is invalid",
    status: "4.2.0",
    recipient: "sam@blueyonder.co.uk",
    expected: {
      id: "virginmedia-header-from-domain",
      owner: "your-admin",
      temporary: true,
      words: ["From", "DMARC"],
      wordsJa: ["From", "DMARC"],
    },
  },
  {
    name: "MXIN619 by its code alone",
    reply: "421 4.2.0 MXIN619 Your Header From domain is invalid",
    status: "4.2.0",
    expected: {
      id: "virginmedia-header-from-domain",
      owner: "your-admin",
      temporary: true,
      words: ["Virgin Media"],
      wordsJa: ["Virgin Media"],
    },
  },
  {
    // the known miss of the regional round: a bounce naming neither host nor a Virgin Media mailbox
    name: "Spam content found, named by its words alone",
    reply: "554 5.2.0 Spam content found",
    status: "5.2.0",
    expected: {
      id: "virginmedia-spam-content",
      owner: "your-admin",
      temporary: false,
      words: ["Virgin Media", "SPF"],
      wordsJa: ["Virgin Media", "SPF"],
    },
  },
  {
    // Braze's documentation of Virgin Media's hourly limit quotes this reply
    name: "MXIN503: the hourly limit per sending IP, for a virginmedia.com mailbox",
    reply: "421 4.1.1 MXIN503 Hourly ratelimit for your IP exceeded",
    status: "4.1.1",
    recipient: RCPT,
    expected: {
      id: "virginmedia-hourly-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: ["Virgin Media", "tries again"],
      wordsJa: ["Virgin Media", "再試行"],
    },
  },
  {
    name: "MXIN503 named by its code alone: Virgin Media's, the first of the two networks",
    reply: "421 4.1.1 MXIN503 Hourly ratelimit for your IP exceeded",
    status: "4.1.1",
    expected: {
      id: "virginmedia-hourly-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: ["Virgin Media"],
      wordsJa: ["Virgin Media"],
    },
  },
  {
    name: "negative: an unknown virgin.net user keeps the registry's 5.1.1",
    reply: "550 5.1.1 <sam@virgin.net>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: "mx.virginmedia.com",
    recipient: "sam@virgin.net",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
];
