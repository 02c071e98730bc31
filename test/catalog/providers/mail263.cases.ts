// 263 Enterprise Mail's replies as its help publishes them (source in
// src/core/catalog/providers/mail263.ts), from its servers (*.263.net) and, for its list's words,
// with no host named. E1 and E2 are replies of the fourteenth words round (the set in
// /work/wt/h-words14-set, outside the repository); the others are plain variants. Sample values.
import type { ProviderCase } from "./types";

const MX = "mxbiz1.263.net";

export const CASES: readonly ProviderCase[] = [
  // http://www.263gmail.js.cn/help/13/2.htm
  {
    name: "E1 no such user",
    reply: "550 user not exist",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "mail263-user-unknown",
      owner: "you",
      temporary: false,
      words: ["263", "typo"],
      wordsJa: ["263", "入力ミス"],
    },
  },
  {
    name: "no such user, under 5.1.1",
    reply: "550 5.1.1 <kim@fabrikam.example>: user not exist",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "mail263-user-unknown",
      owner: "you",
      temporary: false,
      words: ["263", "mailing list"],
      wordsJa: ["263"],
    },
  },
  // http://www.263gmail.js.cn/help/13/2.htm
  {
    name: "E2 a mailing list with no members",
    reply: "550 maillist abc.list@xyz.cn is null, please contact admin",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "mail263-list-empty",
      owner: "recipient-admin",
      temporary: false,
      words: ["263", "no members"],
      wordsJa: ["263", "メンバー"],
    },
  },
  {
    name: "a mailing list with no members, named by its words alone",
    reply: "554 5.0.0 maillist sales@fabrikam.example is null, please contact admin",
    status: "5.0.0",
    expected: {
      id: "mail263-list-empty",
      owner: "recipient-admin",
      temporary: false,
      words: ["263", "no members"],
      wordsJa: ["263"],
    },
  },
  // http://www.263gmail.js.cn/help/13/2.htm ("信箱超容": the mailbox is over its quota)
  {
    name: "mail size limit exceeded: 263's words for a full mailbox",
    reply: "552 mail size limit exceeded",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "mail263-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["263", "quota"],
      wordsJa: ["263", "上限"],
    },
  },
  {
    name: "mail size limit exceeded, under 5.2.2",
    reply: "552 5.2.2 mail size limit exceeded",
    status: "5.2.2",
    remote: MX,
    expected: {
      id: "mail263-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["263", "full"],
      wordsJa: ["263"],
    },
  },
  {
    name: "mail size limit exceeded, for a 263.net address with 263's server named",
    reply: "550 mail size limit exceeded",
    status: "5.0.0",
    remote: "mx.263.net",
    recipient: "kim@263.net",
    expected: {
      id: "mail263-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["263", "quota"],
      wordsJa: ["263"],
    },
  },
  {
    name: "no such user at a 263.net address",
    reply: "550 user not exist",
    status: "5.0.0",
    remote: "mx.263.net",
    recipient: "kim@263.net",
    expected: {
      id: "mail263-user-unknown",
      owner: "you",
      temporary: false,
      words: ["263", "typo"],
      wordsJa: ["263"],
    },
  },
];
