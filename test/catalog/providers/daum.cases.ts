// Daum Mail's (hanmail.net, daum.net) anti-spam refusal: its filter's code, the sending IP and the
// error number in brackets. Sample values.
import type { ProviderCase } from "./types";

const MX = "mx1.hanmail.net";
const IP = "203.0.113.85";
const REPLY = `554 5.7.1 DAS51 ${IP}: Your mail is blocked automatically by anti-spam system. (E06)`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "anti-spam block, not a sign-in failure",
    reply: REPLY,
    status: "5.7.1",
    remote: MX,
    recipient: "minsu@hanmail.net",
    expected: {
      id: "daum-anti-spam-block",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Daum"],
      wordsJa: [IP, "Daum"],
    },
  },
  {
    name: "anti-spam block at daum.net, by the domain alone",
    reply: REPLY,
    status: "5.7.1",
    recipient: "minsu@daum.net",
    expected: {
      id: "daum-anti-spam-block",
      owner: "your-admin",
      temporary: false,
      words: [IP, "block list"],
      wordsJa: [IP, "ブロック リスト"],
    },
  },
  {
    name: "anti-spam block with a bare 554",
    reply: `554 DAS51 ${IP}: Your mail is blocked automatically by anti-spam system. (E06)`,
    status: "5.0.0",
    remote: "mx2.hanmail.net",
    expected: {
      id: "daum-anti-spam-block",
      owner: "your-admin",
      temporary: false,
      words: [IP, "stolen account"],
      wordsJa: [IP, "乗っ取られた"],
    },
  },
  {
    name: "anti-spam block, deferred by the sending server",
    reply: REPLY,
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "daum-anti-spam-block",
      owner: "your-admin",
      temporary: true,
      words: [IP],
      wordsJa: [IP],
    },
  },
  {
    name: "anti-spam block without its filter code",
    reply: "554 5.7.1 Your mail is blocked automatically by anti-spam system.",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "daum-anti-spam-block",
      owner: "your-admin",
      temporary: false,
      words: ["Daum"],
      wordsJa: ["Daum"],
    },
  },
  {
    name: "anti-spam block seen from a Daum host of the mail service",
    reply: REPLY,
    status: "5.7.1",
    remote: "mx3.daum.net",
    expected: {
      id: "daum-anti-spam-block",
      owner: "your-admin",
      temporary: false,
      words: ["customer center"],
      wordsJa: ["顧客センター"],
    },
  },
  {
    name: "negative: an unknown Daum user keeps the registry's 5.1.1",
    reply: `550 5.1.1 RUSR ${IP}: No such user: <minsu@hanmail.net>`,
    status: "5.1.1",
    remote: MX,
    recipient: "minsu@hanmail.net",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
  {
    // (its spam filter's words still say why: a spam verdict, not "delivery not authorized")
    name: "negative: another server's anti-spam words are not Daum's",
    reply: "554 5.7.1 Your mail is blocked automatically by anti-spam system.",
    status: "5.7.1",
    remote: "mx.example.net",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
];
