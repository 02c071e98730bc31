// InfoSphere's outgoing server refusing an InfoSphere recipient that does not exist, in the words its
// notice publishes (sphere.ne.jp/support/news/2006/07/000027.html), with sample hosts and addresses.
import type { ProviderCase } from "./types";

const SMTP = "mail.sphere.ne.jp";
const REPLY = "550 can't accept user... (#5.7.1)";

export const CASES: readonly ProviderCase[] = [
  {
    name: "unknown InfoSphere address, as published",
    reply: REPLY,
    status: "5.7.1",
    remote: SMTP,
    recipient: "kim@abc.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["InfoSphere", "sphere.ne.jp"],
      wordsJa: ["InfoSphere", "sphere.ne.jp"],
    },
  },
  {
    name: "unknown InfoSphere address, status without detail",
    reply: REPLY,
    status: "5.0.0",
    remote: SMTP,
    recipient: "kim@abc.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["cancelled"],
      wordsJa: ["解約"],
    },
  },
  {
    name: "unknown InfoSphere address, another InfoSphere host",
    reply: REPLY,
    status: "5.7.1",
    remote: "smtp.xyz.sphere.ne.jp",
    recipient: "sato@xyz.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["other recipients"],
      wordsJa: ["ほかの宛先"],
    },
  },
  {
    name: "unknown InfoSphere address, the user-unknown status",
    reply: REPLY,
    status: "5.1.1",
    remote: SMTP,
    recipient: "hanako@abc.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["InfoSphere"],
      wordsJa: ["InfoSphere"],
    },
  },
  {
    name: "unknown InfoSphere address, named by the recipient's domain",
    reply: REPLY,
    status: "5.7.1",
    recipient: "kim@abc.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["account name"],
      wordsJa: ["アカウント名"],
    },
  },
  {
    name: "unknown InfoSphere address, reply without the code tail",
    reply: "550 can't accept user...",
    status: "5.7.1",
    remote: SMTP,
    recipient: "kim@abc.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["InfoSphere"],
      wordsJa: ["InfoSphere"],
    },
  },
  {
    name: "unknown InfoSphere address, on InfoSphere's business domain host",
    reply: REPLY,
    status: "5.7.1",
    remote: "mail.sphere.ad.jp",
    recipient: "kim@abc.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["mailing list"],
      wordsJa: ["メーリング リスト"],
    },
  },
  {
    name: "unknown InfoSphere address, sent to several recipients",
    reply: REPLY,
    status: "5.7.1",
    remote: SMTP,
    recipient: "info@def.sphere.ne.jp",
    expected: {
      id: "infosphere-cant-accept-user",
      owner: "you",
      temporary: false,
      words: ["send the message again"],
      wordsJa: ["ほかの宛先に送り直し"],
    },
  },
];
