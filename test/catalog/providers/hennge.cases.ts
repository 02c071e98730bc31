// HENNGE Email DLP's replies as its support article publishes them (support.hdeone.com/hc/ja/
// articles/360017461194), for senders of Japanese Microsoft 365 and Google Workspace tenants that
// send through it; sample addresses. HENNGE's relay shows no host name of its own.
import type { ProviderCase } from "./types";

const TO = "kim@fabrikam.co.jp";
const BOUNCES =
  "550 We detected a high volume of bounced emails coming from your organization over a short period of time. To protect our users from spam, emails from your organization have been blocked. Your organization will be automatically unblocked in 23 hours. For further assistance, please contact the system administrator.";

export const CASES: readonly ProviderCase[] = [
  {
    name: "peak relay limit (600 recipients in 10 minutes)",
    reply: "450 Peak SMTP relay limit exceeded.",
    status: "4.0.0",
    recipient: TO,
    expected: {
      id: "hennge-peak-relay-limit",
      owner: "you",
      temporary: true,
      words: ["HENNGE Email DLP", "600 recipients"],
      wordsJa: ["HENNGE Email DLP", "600 件"],
    },
  },
  {
    name: "peak relay limit, status read as a rate limit",
    reply: "450 Peak SMTP relay limit exceeded.",
    status: "4.7.0",
    recipient: "sato@contoso.jp",
    expected: {
      id: "hennge-peak-relay-limit",
      owner: "you",
      temporary: true,
      words: ["10 minutes"],
      wordsJa: ["10 分間"],
    },
  },
  {
    name: "daily relay limit (10,000 recipients in 24 hours)",
    reply: "550 Daily SMTP relay limit exceeded.",
    status: "5.0.0",
    recipient: TO,
    expected: {
      id: "hennge-daily-relay-limit",
      owner: "you",
      temporary: false,
      words: ["HENNGE Email DLP", "10,000"],
      wordsJa: ["HENNGE Email DLP", "10,000 件"],
    },
  },
  {
    name: "daily relay limit, Exchange Online's relayed status",
    reply: "550 Daily SMTP relay limit exceeded.",
    status: "5.7.1",
    recipient: "hanako@example.jp",
    expected: {
      id: "hennge-daily-relay-limit",
      owner: "you",
      temporary: false,
      words: ["not sent later"],
      wordsJa: ["自動的に送られることはありません"],
    },
  },
  {
    name: "concurrent connections per sender",
    reply: "450 Peak concurrent SMTP relay limit per sender exceeded.",
    status: "4.0.0",
    recipient: TO,
    expected: {
      id: "hennge-concurrent-limit",
      owner: "your-admin",
      temporary: true,
      words: ["HENNGE Email DLP", "connections"],
      wordsJa: ["HENNGE Email DLP", "接続"],
    },
  },
  {
    name: "concurrent connections, a business system sending",
    reply: "450 Peak concurrent SMTP relay limit per sender exceeded.",
    status: "4.4.5",
    recipient: "sato@contoso.jp",
    expected: {
      id: "hennge-concurrent-limit",
      owner: "your-admin",
      temporary: true,
      words: ["multifunction printer"],
      wordsJa: ["複合機"],
    },
  },
  {
    name: "blocked after many bounces",
    reply: BOUNCES,
    status: "5.0.0",
    recipient: TO,
    expected: {
      id: "hennge-bounce-block",
      owner: "your-admin",
      temporary: false,
      words: ["HENNGE Email DLP", "bounced", "Restricted Senders"],
      wordsJa: ["HENNGE Email DLP", "制限された送信者"],
    },
  },
  {
    name: "blocked after many bounces, one sender",
    reply:
      "550 We detected a high volume of bounced emails coming from you over a short period of time. To protect our users from spam, emails from you have been blocked. You will be automatically unblocked in 2 hours. For further assistance, please contact the system administrator.",
    status: "5.7.1",
    recipient: "hanako@example.jp",
    expected: {
      id: "hennge-bounce-block",
      owner: "your-admin",
      temporary: false,
      words: ["console"],
      wordsJa: ["管理画面"],
    },
  },
];
