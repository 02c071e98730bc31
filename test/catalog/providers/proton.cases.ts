// Proton Mail refusals as users quoted them from its receiving servers (mail.protonmail.ch,
// mailsec.protonmail.ch): no such address, and its spam filter's refusal. Proton publishes no
// table of its replies, so the cases vary the address, the host and how Proton is named. Sample
// values.
import type { ProviderCase } from "./types";

const MX = "mail.protonmail.ch";
const MXSEC = "mailsec.protonmail.ch";

export const CASES: readonly ProviderCase[] = [
  {
    name: "550 5.1.1 Address does not exist: no such proton.me address",
    reply: "550 5.1.1 <kim@proton.me>: Recipient address rejected: Address does not exist",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@proton.me",
    expected: {
      id: "proton-address-does-not-exist",
      owner: "you",
      temporary: false,
      words: ["Proton Mail", "mistyped"],
      wordsJa: ["Proton Mail", "入力ミス"],
    },
  },
  {
    name: "Address does not exist at protonmail.com, from the second MX",
    reply: "550 5.1.1 <kim@protonmail.com>: Recipient address rejected: Address does not exist",
    status: "5.1.1",
    remote: MXSEC,
    recipient: "kim@protonmail.com",
    expected: {
      id: "proton-address-does-not-exist",
      owner: "you",
      temporary: false,
      words: ["Proton", "deleted"],
      wordsJa: ["Proton", "削除"],
    },
  },
  {
    name: "Address does not exist at a domain hosted on Proton (named by its MX)",
    reply: "550 5.1.1 <olga@fabrikam.example>: Recipient address rejected: Address does not exist",
    status: "5.1.1",
    remote: MX,
    recipient: "olga@fabrikam.example",
    expected: {
      id: "proton-address-does-not-exist",
      owner: "you",
      temporary: false,
      words: ["domain hosted on Proton Mail"],
      wordsJa: ["Proton Mail でホストされているドメイン"],
    },
  },
  {
    name: "Address does not exist at pm.me, named by the recipient's domain alone",
    reply: "550 5.1.1 <kim@pm.me>: Recipient address rejected: Address does not exist",
    status: "5.1.1",
    recipient: "kim@pm.me",
    expected: {
      id: "proton-address-does-not-exist",
      owner: "you",
      temporary: false,
      words: ["Proton Mail"],
      wordsJa: ["Proton Mail"],
    },
  },
  {
    name: "Address does not exist at protonmail.ch, named by the recipient's domain alone",
    reply: "550 5.1.1 <kim@protonmail.ch>: Recipient address rejected: Address does not exist",
    status: "5.1.1",
    recipient: "kim@protonmail.ch",
    expected: {
      id: "proton-address-does-not-exist",
      owner: "you",
      temporary: false,
      words: ["Proton", "mistyped"],
      wordsJa: ["Proton", "入力ミス"],
    },
  },
  {
    name: "554 5.7.1 rejected by rspamd filter: Proton's spam filter refused the message",
    reply: "554 5.7.1 rejected by rspamd filter",
    status: "5.7.1",
    remote: MXSEC,
    recipient: "kim@proton.me",
    expected: {
      id: "proton-spam-filter",
      owner: "your-admin",
      temporary: false,
      words: ["Proton Mail", "spam", "DKIM"],
      wordsJa: ["Proton Mail", "迷惑メール", "DKIM"],
    },
  },
  {
    name: "rejected by rspamd filter from the first MX, for a protonmail.com address",
    reply: "554 5.7.1 rejected by rspamd filter",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@protonmail.com",
    expected: {
      id: "proton-spam-filter",
      owner: "your-admin",
      temporary: false,
      words: ["threshold", "account notices"],
      wordsJa: ["しきい値", "通知"],
    },
  },
  {
    name: "rejected by rspamd filter, named by the recipient's domain alone (pm.me)",
    reply: "554 5.7.1 rejected by rspamd filter",
    status: "5.7.1",
    recipient: "kim@pm.me",
    expected: {
      id: "proton-spam-filter",
      owner: "your-admin",
      temporary: false,
      words: ["Proton", "spam filter"],
      wordsJa: ["Proton", "迷惑メール フィルター"],
    },
  },
];
