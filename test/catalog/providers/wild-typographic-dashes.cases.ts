// The fifty-fourth round of the words (December 2026): refusals whose words are not English. Fixed
// queries in Japanese, German, French, Spanish, Portuguese, Italian, Polish, Russian, Chinese and
// Korean in the stored pages and issue threads, and fixed exact strings, taking the first reply
// in that language that was no case, no catalog text and no bounce parser's material; the set, its
// sources and the scoring script are in /work/wt/h-words54-set, outside the repository. Two replies
// were found, both rows of Google's help page in another language. The class fixed: a reply whose
// hyphens became typographic dashes on the way to the user (a help page's rendering, a word
// processor's AutoCorrect when pasted), which missed Gmail's "- gcdp" marker and every catalog text
// holding " - ". The Portuguese row, read right, is kept too, with plain variants of the class
// (marked "variant", our own examples: a catalog text of a table, its hyphen typed as a dash).
import type { ProviderCase } from "./types";

const GMAIL_POLICY = {
  id: "gmail-5.7.1-recipient-policy",
  owner: "recipient-admin",
  temporary: false,
  words: ["recipient's organization", "gcdp"],
  wordsJa: ["受信側の組織", "gcdp"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://support.google.com/a/answer/3726730?hl=de (Google's SMTP error page in German: its gcdp example)
  {
    name: "r54-01: Gmail's custom domain policy refusal in German, its hyphens as en dashes",
    reply:
      "550 5.7.1 Diese Nachricht verstößt gegen die E-Mail-Richtlinien von example.com. – gcdp <Sitzungs-ID> – gsmtp",
    status: "5.7.1",
    remote: "aspmx.l.google.com",
    expected: GMAIL_POLICY,
  },
  {
    name: "r54-01 by its markers alone (no host)",
    reply:
      "550 5.7.1 Diese Nachricht verstößt gegen die E-Mail-Richtlinien von example.com. – gcdp <Sitzungs-ID> – gsmtp",
    status: "5.7.1",
    expected: GMAIL_POLICY,
  },
  // https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br
  {
    name: "r54-02: Gmail's receiving-rate deferral in Portuguese (read right before the round)",
    reply:
      "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde. Se o usuário puder receber e-mails naquele momento, sua mensagem será entregue. Para mais informações, consulte Limites de envio e recebimento de e-mails.",
    status: "4.2.1",
    remote: "gmail-smtp-in.l.google.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["Gmail"],
    },
  },
  {
    name: "r54 variant: Comcast's throttling text with an en dash",
    reply: "421 4.7.0 Throttled – try again later",
    status: "4.7.0",
    remote: "mx1.comcast.net",
    expected: {
      id: "comcast-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Comcast", "slowing"],
      wordsJa: ["Comcast", "遅らせて"],
    },
  },
  {
    name: "r54 variant: Cox's reverse DNS refusal with an en dash",
    reply: "554 5.7.1 rejected – no rDNS",
    status: "5.7.1",
    remote: "mx.west.cox.net",
    expected: {
      id: "cox-cxdns",
      owner: "your-admin",
      temporary: false,
      words: ["Cox", "reverse DNS"],
      wordsJa: ["Cox", "逆引き DNS"],
    },
  },
  {
    name: "r54 variant: Amavis's spam refusal with an em dash",
    reply: "554 5.7.0 Reject, id=12345-01 — SPAM",
    status: "5.7.0",
    expected: {
      id: "amavis-spam",
      owner: "you",
      temporary: false,
      words: ["Amavis", "spam score"],
      wordsJa: ["Amavis", "迷惑メールのスコア"],
    },
  },
  {
    name: "r54 variant: Cox's DNS check deferral with an en dash",
    reply: "451 4.7.1 DNS check failure – try again later",
    status: "4.7.1",
    remote: "mx.west.cox.net",
    expected: {
      id: "cox-cxdns",
      owner: "your-admin",
      temporary: true,
      words: ["Cox", "reverse DNS"],
      wordsJa: ["Cox", "逆引き DNS"],
    },
  },
  {
    name: "r54 variant: FortiMail's FortiGuard link refusal with an en dash",
    reply:
      "550 5.7.1 This message has been blocked because it contains FortiGuard – AntiSpam blocking URL",
    status: "5.7.1",
    expected: {
      id: "fortimail-fortiguard-content",
      owner: "you",
      temporary: false,
      words: ["Fortinet", "FortiGuard"],
      wordsJa: ["Fortinet", "FortiGuard"],
    },
  },
];
