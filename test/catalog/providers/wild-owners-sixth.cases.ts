// Owners, sixth pass (December 2026): each provider's page read for two kinds the fifth pass left.
// A receiver's cap counted on the sending IP is your admin's also while retried (Cox, Orange and
// Comcast's pages ask the sending server to stay under theirs): Barracuda's rate control and
// Cisco's recipients per hour, nobody's before, follow. Four spam verdicts whose pages say the
// message or the sending account is at fault are yours: Yandex ("the contents of your message"),
// Mail.ru (its spam FAQ asks the sender for the message), Aruba (its outgoing server stops an
// account whose mail was reported) and WP (its policy's verdict on unsolicited bulk mail). Notes
// in /work/wt/h-owner6-set (outside the repository); the real replies name their source.
import type { ProviderCase } from "./types";

const BARRACUDA_RATE = {
  id: "barracuda-rate-control",
  owner: "your-admin",
  temporary: true,
  words: ["Barracuda", "30 minutes"],
  wordsJa: ["Barracuda", "30 分"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // A Barracuda-filtered receiver's deferral, plain variants of its rate control
  {
    name: "o6-01: 421 Rate limited (Barracuda)",
    reply: "421 4.7.0 Rate limited, please try again later",
    status: "4.7.0",
    remote: "d987654b.ess.barracudanetworks.com",
    expected: BARRACUDA_RATE,
  },
  {
    name: "o6-02: 451 Rate limit exceeded (Barracuda, 4.4.5)",
    reply: "451 4.4.5 Rate limit exceeded",
    status: "4.4.5",
    remote: "mx2.barracudanetworks.com",
    expected: BARRACUDA_RATE,
  },
  // Cisco Secure Email's default throttling reply, under a status a sending server wrote
  {
    name: "o6-03: 452 4.5.3 Too many recipients received this hour (Cisco)",
    reply: "452 4.5.3 Too many recipients received this hour",
    status: "4.5.3",
    remote: "esa1.hc2345-67.iphmx.com",
    expected: {
      id: "cisco-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Cisco", "per hour"],
      wordsJa: ["Cisco", "1 時間"],
    },
  },
  // Yandex Mail Help, "The message looks like spam"
  // (yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html)
  {
    name: "o6-04: 554 Message rejected under suspicion of SPAM (Yandex's page)",
    reply: "554 5.7.1 Message rejected under suspicion of SPAM",
    status: "5.7.1",
    remote: "mx.yandex.net",
    recipient: "olga@yandex.com",
    expected: {
      id: "yandex-spam",
      owner: "you",
      temporary: false,
      words: ["Yandex", "advertising"],
      wordsJa: ["Yandex", "広告"],
    },
  },
  // An Exim log on pastebin.com/Hqci3uYW: mxs.mail.ru's refusal after end of data
  {
    name: "o6-05: 550 spam message rejected (Mail.ru, an Exim log)",
    reply:
      "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=4-MIiXod8zf7cN6t9-j6dIPfAZm8McBDZZ8QBoRsSxc34zbCghVZROB4_iOjy6RkAwAAAOXZAADkMLsp or report details to abuse@corp.mail.ru. Error code: 8908E3E337F31D7AADDE70FB74FAE8F79901DF8343C031BC06109F65174B6C84C236E3374459158223FE78E064A4CBA3. ID: 000000030000D9E529BB30E4.",
    status: "5.0.0",
    remote: "mxs.mail.ru",
    recipient: "warlock@mail.ru",
    expected: {
      id: "mailru-spam-rejected",
      owner: "you",
      temporary: false,
      words: ["Mail.ru", "notspam-support"],
      wordsJa: ["Mail.ru", "notspam-support"],
    },
  },
  {
    name: "o6-06: 550 spam message rejected (Mail.ru, at a bk.ru address)",
    reply: "550 5.7.1 spam message rejected",
    status: "5.7.1",
    remote: "mxs.mail.ru",
    recipient: "sergei@bk.ru",
    expected: {
      id: "mailru-spam-rejected",
      owner: "you",
      temporary: false,
      words: ["Mail.ru", "spam"],
      wordsJa: ["Mail.ru", "迷惑メール"],
    },
  },
  // Aruba Hosting's "Consigli in caso di Spam Detected"
  // (guide.hosting.aruba.it/email-aruba/sicurezza-email-aruba/consigli-in-caso-di-spam-detected.aspx)
  {
    name: "o6-07: 552 5.2.0 <id> spam detected (Aruba's outgoing server)",
    reply: "552 5.2.0 kP3x2q00a1QbC7m01P3xYz spam detected",
    status: "5.2.0",
    remote: "smtpcmd04.ad.aruba.it",
    expected: {
      id: "aruba-spam-detected",
      owner: "you",
      temporary: false,
      words: ["Aruba", "agreed"],
      wordsJa: ["Aruba", "同意"],
    },
  },
  // WP's reply in English alone, at an o2.pl address
  {
    name: "o6-08: 554 We can't accept this message because it is spam (WP)",
    reply: "554 5.7.1 We can't accept this message because it is spam",
    status: "5.7.1",
    remote: "mx.o2.pl",
    recipient: "anna@o2.pl",
    expected: {
      id: "wp-spam",
      owner: "you",
      temporary: false,
      words: ["address book"],
      wordsJa: ["アドレス帳"],
    },
  },
];
