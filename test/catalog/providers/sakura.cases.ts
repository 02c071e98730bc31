// Sakura Internet's rental servers refusing a sending client abroad (the foreign IP address filter),
// in the words quoted when Gmail's "send mail as" stopped relaying through Sakura accounts
// (internetcom.jp/busnews/20140327/4.html), with sample hosts and addresses.
import type { ProviderCase } from "./types";

const HOST = "www1234.sakura.ne.jp";

export const CASES: readonly ProviderCase[] = [
  {
    name: "foreign IP filter, relay of Gmail's send-as",
    reply: "550 5.7.1 <kim@fabrikam.co.jp>... Command rejected",
    status: "5.7.1",
    remote: HOST,
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["Sakura", "outside Japan", "foreign IP address filter"],
      wordsJa: ["さくらインターネット", "国外 IP アドレス フィルター"],
    },
  },
  {
    name: "foreign IP filter, another account's server",
    reply: "550 5.7.1 <sato@contoso.jp>... Command rejected",
    status: "5.7.1",
    remote: "example.sakura.ne.jp",
    recipient: "sato@contoso.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["Send mail as"],
      wordsJa: ["他のアドレスからメールを送信"],
    },
  },
  {
    name: "foreign IP filter, status without detail",
    reply: "550 <kim@fabrikam.co.jp>... Command rejected",
    status: "5.0.0",
    remote: HOST,
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["control panel"],
      wordsJa: ["サーバー コントロール パネル"],
    },
  },
  {
    name: "foreign IP filter, recipient at a free mail service",
    reply: "550 5.7.1 <kim@gmail.com>... Command rejected",
    status: "5.7.1",
    remote: HOST,
    recipient: "kim@gmail.com",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["Sakura"],
      wordsJa: ["さくらインターネット"],
    },
  },
  {
    name: "foreign IP filter, mail app abroad",
    reply: "550 5.7.1 <info@contoso.jp>... Command rejected",
    status: "5.7.1",
    remote: "www9876.sakura.ne.jp",
    recipient: "info@contoso.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["travelling"],
      wordsJa: ["海外滞在中"],
    },
  },
  {
    name: "foreign IP filter, Sakura's own domain host",
    reply: "550 5.7.1 <kim@fabrikam.co.jp>... Command rejected",
    status: "5.7.1",
    remote: "mail.sakura.ad.jp",
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["Sakura"],
      wordsJa: ["さくらインターネット"],
    },
  },
  {
    name: "foreign IP filter, multi-recipient relay",
    reply: "550 5.7.1 <hanako@example.jp>... Command rejected",
    status: "5.7.1",
    remote: HOST,
    recipient: "hanako@example.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["relay"],
      wordsJa: ["中継"],
    },
  },
  {
    name: "foreign IP filter, Japanese help words",
    reply: "550 5.7.1 <kim@fabrikam.co.jp>... Command rejected",
    status: "5.7.1",
    remote: HOST,
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "sakura-foreign-ip-filter",
      owner: "you",
      temporary: false,
      words: ["abroad"],
      wordsJa: ["国外"],
    },
  },
];
