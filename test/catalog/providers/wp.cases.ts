// Wirtualna Polska's spam refusal, in Polish and English, with its policy link and its code in
// brackets. Sample values.
import type { ProviderCase } from "./types";

const REPLY =
  "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: https://pomoc.wp.pl/polityka-antyspamowa / We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127]";

export const CASES: readonly ProviderCase[] = [
  {
    name: "spam, not the registry's 5.3.0",
    reply: REPLY,
    status: "5.3.0",
    remote: "mx.wp.pl",
    recipient: "jan@wp.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["WP", "address book"],
      wordsJa: ["WP", "アドレス帳"],
    },
  },
  {
    name: "spam at o2.pl",
    reply: REPLY,
    status: "5.3.0",
    remote: "mx.o2.pl",
    recipient: "jan@o2.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["o2.pl", "SPF"],
      wordsJa: ["o2.pl", "SPF"],
    },
  },
  {
    name: "spam, named by the policy link alone",
    reply: REPLY,
    status: "5.3.0",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  {
    name: "spam with the sending server's 5.7.1",
    reply: REPLY,
    status: "5.7.1",
    recipient: "jan@tlen.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["reverse DNS"],
      wordsJa: ["逆引き DNS"],
    },
  },
  {
    name: "the English half alone",
    reply:
      "554 We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127]",
    status: "5.0.0",
    remote: "mx.wp.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["WP"],
      wordsJa: ["WP"],
    },
  },
  {
    name: "the Polish half alone, by host",
    reply: "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam [127]",
    status: "5.3.0",
    remote: "mx.wp.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["WP"],
      wordsJa: ["WP"],
    },
  },
  {
    name: "spam, deferred by the sending server",
    reply: REPLY,
    status: "4.3.0",
    remote: "mx.wp.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: true,
      words: ["WP"],
      wordsJa: ["WP"],
    },
  },
  {
    name: "negative: an unknown WP address keeps the registry's 5.1.1",
    reply: "550 5.1.1 <jan@wp.pl>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: "mx.wp.pl",
    recipient: "jan@wp.pl",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
];
