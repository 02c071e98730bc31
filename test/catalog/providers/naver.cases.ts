// Naver Mail refusals as its MX servers write them: the help link, a request id and "- nsmtp".
// Sample values.
import type { ProviderCase } from "./types";

const MX = "mx1.naver.com";
const IP = "203.0.113.74";
const NO_USER =
  "550 5.1.1 No such user. For more information, go to https://help.naver.com/alias/mail/newmail10.naver Qm9ndXNJZFNhbXBsZQ - nsmtp";

export const CASES: readonly ProviderCase[] = [
  {
    name: "no such user",
    reply: NO_USER,
    status: "5.1.1",
    remote: MX,
    recipient: "jiwoo@naver.com",
    expected: {
      id: "naver-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Naver", "naver.com"],
      wordsJa: ["Naver", "naver.com"],
    },
  },
  {
    name: "no such user, named by the help link alone",
    reply: NO_USER,
    status: "5.1.1",
    expected: {
      id: "naver-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Naver"],
      wordsJa: ["Naver"],
    },
  },
  {
    name: "no such user, named by the recipient's domain",
    reply: "550 5.1.1 No such user",
    status: "5.1.1",
    recipient: "jiwoo@naver.com",
    expected: {
      id: "naver-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Naver"],
      wordsJa: ["Naver"],
    },
  },
  {
    name: "IP filtered: register with Naver, deferred",
    reply: `421 4.3.2 Your IP(${IP}) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com`,
    status: "4.3.2",
    remote: MX,
    recipient: "jiwoo@naver.com",
    expected: {
      id: "naver-ip-filtered",
      owner: "your-admin",
      temporary: true,
      words: [IP, "register"],
      wordsJa: [IP, "登録"],
    },
  },
  {
    name: "IP filtered, named by the registration page alone",
    reply: `421 4.3.2 Your IP(${IP}) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com`,
    status: "4.3.2",
    expected: {
      id: "naver-ip-filtered",
      owner: "your-admin",
      temporary: true,
      words: [IP, "Naver"],
      wordsJa: [IP, "Naver"],
    },
  },
  {
    name: "IP filtered, given up on",
    reply: `421 4.3.2 Your IP(${IP}) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com`,
    status: "5.3.2",
    remote: MX,
    expected: {
      id: "naver-ip-filtered",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "DKIM"],
      wordsJa: ["SPF", "DKIM"],
    },
  },
  {
    name: "IP filtered, the register line alone",
    reply: "421 4.3.2 You must register your IP to http://realip.naver.com",
    status: "4.3.2",
    remote: "mx3.naver.com",
    expected: {
      id: "naver-ip-filtered",
      owner: "your-admin",
      temporary: true,
      words: ["Naver"],
      wordsJa: ["Naver"],
    },
  },
  {
    name: "negative: another SpaceLee-style 'IP is filtered' names no Naver page (the general wording)",
    reply: `554 5.7.1 Your IP(${IP}) is filtered and this connection will be closed. You must register your IP to spammaster at example.net`,
    status: "5.7.1",
    remote: "mx.example.net",
    expected: {
      id: "receiver-ip-filtered",
      owner: "your-admin",
      temporary: false,
      words: ["register"],
      wordsJa: ["登録"],
    },
  },
];
