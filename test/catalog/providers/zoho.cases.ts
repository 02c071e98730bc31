// Zoho Mail refusals as Zoho's servers write them (its help pages and error lists), with sample
// values; fabrikam.example stands for a company domain hosted at Zoho.
import type { ProviderCase } from "./types";

const MX = "mx.zoho.com";
const EU_MX = "mx2.zoho.eu";
const SMTP = "smtp.zoho.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "user does not exist",
    reply: "550 5.1.1 <kim@fabrikam.example> User does not exist",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "zoho-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Zoho", "address"],
      wordsJa: ["Zoho", "アドレス"],
    },
  },
  {
    name: "user unknown (EU data centre)",
    reply: "550 5.1.1 <kim@fabrikam.example> User unknown",
    status: "5.1.1",
    remote: EU_MX,
    expected: {
      id: "zoho-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Zoho"],
    },
  },
  {
    name: "5.4.1 rejected by the destination domain (not the registry's 'no answer from host')",
    reply: "541 5.4.1 Mail rejected by destination domain",
    status: "5.4.1",
    remote: MX,
    expected: {
      id: "zoho-5.4.1-rejected-by-domain",
      owner: "recipient-admin",
      temporary: false,
      words: ["Zoho", "rule"],
      wordsJa: ["Zoho", "規則"],
    },
  },
  {
    name: "delivery restricted by policy (deferral)",
    reply: "452 <kim@fabrikam.example> Mailbox delivery restricted by policy error",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "zoho-policy-restricted",
      owner: "recipient-admin",
      temporary: true,
      words: ["policy"],
      wordsJa: ["ポリシー"],
    },
  },
  {
    name: "delivery failure policy error",
    reply: "552 5.1.1 <kim@fabrikam.example> Mailbox delivery failure policy error",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "zoho-policy-restricted",
      owner: "recipient-admin",
      temporary: false,
      words: ["policy"],
      wordsJa: ["ポリシー"],
    },
  },
  {
    name: "DMARC policy of the sender's domain",
    reply: "550 5.7.1 Email rejected per DMARC policy for contoso.com",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "zoho-dmarc-reject",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "contoso.com", "SPF", "DKIM"],
    },
  },
  {
    name: "virus found (marker only)",
    reply: "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail",
    status: "5.7.1",
    expected: {
      id: "zoho-virus",
      owner: "you",
      temporary: false,
      words: ["virus"],
      wordsJa: ["ウイルス"],
    },
  },
  {
    name: "flagged as spam",
    reply: "554 5.7.1 Email cannot be delivered. Reason: Email flagged as spam.",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "zoho-flagged-spam",
      owner: "your-admin",
      temporary: false,
      words: ["spam", "contoso.com"],
      wordsJa: ["迷惑メール", "contoso.com"],
    },
  },
  {
    name: "greylisted",
    reply: "451 4.7.1 Greylisted, try again after some time",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "zoho-greylisted",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレイリスティング"],
    },
  },
  {
    name: "4.3.1 temporary system error (not the registry's 'mail system full')",
    reply: "452 4.3.1 Temporary System Error",
    status: "4.3.1",
    remote: MX,
    expected: {
      id: "zoho-temporary-system-error",
      owner: "nobody",
      temporary: true,
      words: ["Zoho"],
    },
  },
  {
    name: "5.4.6 unusual sending activity: the sender's own account (not a routing loop)",
    reply: "550 5.4.6 Unusual sending activity detected",
    status: "5.4.6",
    remote: SMTP,
    expected: {
      id: "zoho-5.4.6-unusual-sending",
      owner: "your-admin",
      temporary: false,
      words: ["password", "Blocked accounts"],
      wordsJa: ["パスワード", "ブロックされたアカウント"],
    },
  },
  {
    name: "5.1.8 sender address blocked",
    reply: "554 5.1.8 Sender Address Blocked",
    status: "5.1.8",
    remote: SMTP,
    expected: {
      id: "zoho-5.1.8-sender-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Zoho", "Blocked accounts"],
      wordsJa: ["Zoho", "ブロックされたアカウント"],
    },
  },
  {
    name: "mailbox full",
    reply: "552 5.2.2 <kim@fabrikam.example> Mailbox size limit exceeded",
    status: "5.2.2",
    remote: MX,
    expected: {
      id: "zoho-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["full"],
      wordsJa: ["いっぱい"],
    },
  },
  {
    name: "recipient address rejected: access denied (the recipient's policy)",
    reply: "554 5.7.1 <kim@fabrikam.example>: Recipient address rejected: Access denied",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "zoho-policy-restricted",
      owner: "recipient-admin",
      temporary: false,
      words: ["Zoho", "policy"],
      wordsJa: ["Zoho", "ポリシー"],
    },
  },
  {
    name: "relaying disallowed as a From address the account does not own",
    reply: "553 Relaying disallowed as sam@contoso.com",
    status: "5.7.1",
    remote: SMTP,
    expected: {
      id: "zoho-relaying-disallowed",
      owner: "you",
      temporary: false,
      words: ["From", "alias"],
      wordsJa: ["From", "エイリアス"],
    },
  },
  {
    name: "greylisted, shorter wording",
    reply: "451 4.7.1 Greylisted, please try again later",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "zoho-greylisted",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレイリスティング"],
    },
  },
];
