// DreamHost's refusals of its customers' own sending, as its help pages quote them, with sample
// values: its SMTP quota and its sender domain policy.
import type { ProviderCase } from "./types";

const SMTP = "smtp.dreamhost.com";

const QUOTA = {
  id: "dreamhost-sending-quota",
  owner: "you",
  temporary: false,
  words: ["DreamHost", "limit", "password"],
  wordsJa: ["DreamHost", "上限", "パスワード"],
} as const;

const SENDER_DOMAIN = {
  id: "dreamhost-sender-domain",
  owner: "your-admin",
  temporary: false,
  words: ["DreamHost", "From address", "SMTP authentication"],
  wordsJa: ["DreamHost", "差出人", "SMTP 認証"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://help.dreamhost.com/hc/en-us/articles/215730467-SMTP-quota-overview
  {
    name: "policy rejection, quota exceeded",
    reply: "550 Policy Rejection- Quota Exceeded",
    status: "5.0.0",
    remote: SMTP,
    expected: QUOTA,
  },
  {
    name: "policy rejection, quota exceeded (variant: under 5.7.1 from a relay host)",
    reply: "554 5.7.1 <kim@fabrikam.example>: Policy Rejection- Quota Exceeded",
    status: "5.7.1",
    remote: "pdx1-sub0-mail-a7.g.dreamhost.com",
    expected: QUOTA,
  },
  // https://help.dreamhost.com/hc/en-us/articles/215507068-Troubleshooting-PHP-mail-
  {
    name: "sender domain not allowed, with DreamHost's short link",
    reply: "550 5.7.1 Sender domain not allowed. Please read: https://dhurl.org/20b",
    status: "5.7.1",
    expected: SENDER_DOMAIN,
  },
  {
    name: "sender domain not allowed (variant: from its host, no link)",
    reply: "554 5.7.1 Sender domain not allowed",
    status: "5.7.1",
    remote: SMTP,
    expected: SENDER_DOMAIN,
  },
  {
    name: "sender domain not allowed, as the page's returned message quotes it (end of DATA)",
    reply:
      "550 Sender domain not allowed. Please read: https://dhurl.org/20b (in reply to end of DATA command)",
    status: "5.0.0",
    expected: SENDER_DOMAIN,
  },
  {
    name: "sender domain not allowed (variant: a mail host of DreamHost's, link in the reply)",
    reply:
      "554 5.7.1 <contact@fabrikam.example>: Sender domain not allowed. Please read: https://dhurl.org/20b",
    status: "5.7.1",
    remote: "sub5.mail.dreamhost.com",
    expected: SENDER_DOMAIN,
  },
  {
    name: "policy rejection, quota exceeded (variant: under 5.7.0 from a mail host)",
    reply: "550 5.7.0 Policy Rejection- Quota Exceeded",
    status: "5.7.0",
    remote: "sub5.mail.dreamhost.com",
    expected: QUOTA,
  },
  {
    name: "policy rejection, quota exceeded (variant: lower case, address first)",
    reply: "550 <sam@contoso.com>: policy rejection- quota exceeded",
    status: "5.0.0",
    remote: SMTP,
    expected: QUOTA,
  },
];
