// SoftBank refusals as its servers write them, for its own and its brands' addresses (i.softbank.jp,
// softbank.ne.jp, Y!mobile, Disney Mobile), with sample values.
import type { ProviderCase } from "./types";

const MX = "mx.softbank.ne.jp";
const I_MX = "mx.i.softbank.jp";

export const CASES: readonly ProviderCase[] = [
  {
    name: "invalid recipient (i.softbank.jp)",
    reply: "550 Invalid recipient: <kim@i.softbank.jp>",
    status: "5.1.1",
    remote: I_MX,
    recipient: "kim@i.softbank.jp",
    expected: {
      id: "softbank-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["SoftBank", "address"],
      wordsJa: ["SoftBank", "アドレス"],
    },
  },
  {
    name: "invalid recipient (softbank.ne.jp)",
    reply: "550 Invalid recipient: <kim@softbank.ne.jp>",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@softbank.ne.jp",
    expected: {
      id: "softbank-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["SoftBank"],
    },
  },
  {
    name: "invalid recipient (Y!mobile address on SoftBank's servers)",
    reply: "550 Invalid recipient: <kim@ymobile.ne.jp>",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@ymobile.ne.jp",
    expected: {
      id: "softbank-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["SoftBank", "without any bounce"],
      wordsJa: ["SoftBank", "エラーを返さずに破棄"],
    },
  },
  {
    name: "invalid recipient (Disney Mobile address)",
    reply: "550 Invalid recipient: <kim@disney.ne.jp>",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@disney.ne.jp",
    expected: {
      id: "softbank-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["SoftBank"],
    },
  },
  {
    name: "invalid recipient, status without detail",
    reply: "550 Invalid recipient: <hanako@i.softbank.jp>",
    status: "5.0.0",
    remote: I_MX,
    recipient: "hanako@i.softbank.jp",
    expected: {
      id: "softbank-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["SoftBank"],
    },
  },
  {
    name: "sender domain does not exist in DNS",
    reply: "553 contoso.com does not exist",
    status: "5.1.8",
    remote: MX,
    recipient: "kim@softbank.ne.jp",
    expected: {
      id: "softbank-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "DNS", "Return-Path"],
    },
  },
  {
    name: "sender domain does not exist (i.softbank.jp)",
    reply: "553 contoso.com does not exist",
    status: "5.1.8",
    remote: I_MX,
    recipient: "kim@i.softbank.jp",
    expected: {
      id: "softbank-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "dig MX"],
    },
  },
  {
    name: "sender domain does not exist, status without detail",
    reply: "553 contoso.com does not exist",
    status: "5.0.0",
    remote: MX,
    recipient: "kim@ymobile.ne.jp",
    expected: {
      id: "softbank-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "SoftBank"],
    },
  },
];
