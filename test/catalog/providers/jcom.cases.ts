// J:COM refusals in the words its incoming servers write, as a bulk-mail vendor published them for
// senders (note.com/sendmagic/n/n59a9f610bc0e), with sample values; J:COM is named by the recipient's
// domain (jcom.home.ne.jp, jcom.zaq.ne.jp) or a host of its own.
import type { ProviderCase } from "./types";

const HOME = "kim@jcom.home.ne.jp";
const ZAQ = "hanako@jcom.zaq.ne.jp";

export const CASES: readonly ProviderCase[] = [
  {
    name: "invalid recipient (jcom.home.ne.jp)",
    reply: "550 Invalid recipient: kim@jcom.home.ne.jp",
    status: "5.0.0",
    recipient: HOME,
    expected: {
      id: "jcom-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["J:COM", "address"],
      wordsJa: ["J:COM", "アドレス"],
    },
  },
  {
    name: "invalid recipient (jcom.zaq.ne.jp), status with detail",
    reply: "550 Invalid recipient: hanako@jcom.zaq.ne.jp",
    status: "5.1.1",
    recipient: ZAQ,
    expected: {
      id: "jcom-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["J:COM", "contract"],
      wordsJa: ["J:COM", "契約"],
    },
  },
  {
    name: "invalid recipient, J:COM's host named",
    reply: "550 Invalid recipient: kim@jcom.home.ne.jp",
    status: "5.0.0",
    remote: "mx01.jcom.home.ne.jp",
    recipient: HOME,
    expected: {
      id: "jcom-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["J:COM"],
    },
  },
  {
    name: "sender domain without DNS records",
    reply: "553 contoso.com does not exist",
    status: "5.0.0",
    recipient: HOME,
    expected: {
      id: "jcom-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "J:COM", "Return-Path"],
      wordsJa: ["contoso.com", "J:COM", "Return-Path"],
    },
  },
  {
    name: "sender domain without DNS records, sender status",
    reply: "553 contoso.com does not exist",
    status: "5.1.8",
    recipient: ZAQ,
    expected: {
      id: "jcom-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "dig MX"],
    },
  },
  {
    name: "too many messages for one session",
    reply: "421 #4.x.2 Too many messages for this session",
    status: "4.0.0",
    recipient: HOME,
    expected: {
      id: "jcom-too-many-messages",
      owner: "your-admin",
      temporary: true,
      words: ["J:COM", "connection"],
      wordsJa: ["J:COM", "接続"],
    },
  },
  {
    name: "too many messages, status read as a connection limit",
    reply: "421 #4.x.2 Too many messages for this session",
    status: "4.4.2",
    recipient: ZAQ,
    expected: {
      id: "jcom-too-many-messages",
      owner: "your-admin",
      temporary: true,
      words: ["messages per connection"],
      wordsJa: ["1 接続あたりのメッセージ数"],
    },
  },
  {
    name: "too many messages, J:COM's host named",
    reply: "421 #4.x.2 Too many messages for this session",
    status: "4.0.0",
    remote: "mx01.jcom.home.ne.jp",
    recipient: HOME,
    expected: {
      id: "jcom-too-many-messages",
      owner: "your-admin",
      temporary: true,
      words: ["J:COM"],
    },
  },
];
