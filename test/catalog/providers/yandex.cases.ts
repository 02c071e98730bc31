// Yandex Mail refusals as its MX servers write them, with the phrasings of Yandex's published
// table of non-delivery reports (yandex.com/support/mail/bounces/yandex.html). Sample values.
import type { ProviderCase } from "./types";

const MX = "mx.yandex.ru";
const MX360 = "mx.yandex.net";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "550 5.7.1 No such user!: an unknown address, not the registry's 5.7.1",
    reply: "550 5.7.1 No such user!",
    status: "5.7.1",
    remote: MX,
    recipient: "ivan@yandex.ru",
    expected: {
      id: "yandex-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Yandex", "mistyped"],
      wordsJa: ["Yandex", "入力ミス"],
    },
  },
  {
    name: "No such user at a domain hosted on Yandex 360 (named by its MX)",
    reply: "550 5.7.1 No such user!",
    status: "5.7.1",
    remote: MX360,
    recipient: "olga@fabrikam.example",
    expected: {
      id: "yandex-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Yandex"],
    },
  },
  {
    name: "501 5.1.3 Bad recipient address syntax",
    reply: "501 5.1.3 Bad recipient address syntax",
    status: "5.1.3",
    remote: MX,
    recipient: "ivan@yandex.ru",
    expected: {
      id: "yandex-user-unknown",
      owner: "you",
      temporary: false,
      words: ["punctuation"],
      wordsJa: ["記号"],
    },
  },
  {
    name: "554 5.7.1 [2] Message rejected under suspicion of SPAM",
    reply:
      "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1763283600-kTbJ8X1a",
    status: "5.7.1",
    remote: MX,
    recipient: "ivan@yandex.ru",
    expected: {
      id: "yandex-spam",
      owner: "you",
      temporary: false,
      words: ["Yandex", "spam"],
      wordsJa: ["Yandex", "迷惑メール"],
    },
  },
  {
    name: "Message rejected under suspicion of SPAM, named by its words alone",
    reply:
      "554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1763283600-kTbJ8X1a",
    status: "5.7.1",
    expected: {
      id: "yandex-spam",
      owner: "you",
      temporary: false,
      words: ["Yandex", "spam"],
      wordsJa: ["Yandex", "迷惑メール"],
    },
  },
  {
    name: "Blocked by spam statistics: a 24-hour block",
    reply: `554 5.7.1 Client host [${IP}] blocked using spamsource.mail.yandex.net; Blocked by spam statistics - see http://feedback.yandex.ru/?from=mail-rejects&subject=${IP}`,
    status: "5.7.1",
    remote: MX,
    recipient: "ivan@yandex.ru",
    expected: {
      id: "yandex-spam-block",
      owner: "your-admin",
      temporary: false,
      words: [IP, "24 hours"],
      wordsJa: [IP, "24 時間"],
    },
  },
  {
    name: "Blocked by spam statistics as a deferral",
    reply: `451 4.7.1 Blocked by spam statistics - see http://feedback.yandex.ru/?from=mail-rejects&subject=${IP}`,
    status: "4.7.1",
    recipient: "ivan@yandex.com",
    expected: {
      id: "yandex-spam-block",
      owner: "your-admin",
      temporary: true,
      words: ["24 hours"],
      wordsJa: ["24 時間"],
    },
  },
  {
    name: "550 5.7.1 Policy rejection on the target address: the recipient's account is blocked",
    reply: "550 5.7.1 Policy rejection on the target address",
    status: "5.7.1",
    remote: MX,
    recipient: "ivan@yandex.ru",
    expected: {
      id: "yandex-recipient-blocked",
      owner: "recipient",
      temporary: false,
      words: ["account is blocked", "user agreement"],
      wordsJa: ["ブロック", "利用規約"],
    },
  },
  {
    name: "552 5.2.2 Mailbox size limit exceeded",
    reply: "552 5.2.2 Mailbox size limit exceeded",
    status: "5.2.2",
    remote: MX,
    recipient: "ivan@ya.ru",
    expected: {
      id: "yandex-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["full", "on the web"],
      wordsJa: ["いっぱい", "Web 版"],
    },
  },
];
