// NTT docomo refusals as its servers write them ("Unknown user" for a missing address and for mail
// its user's filter refused, told apart by the status), with sample addresses.
import type { ProviderCase } from "./types";

const MX = "mfsmax.docomo.ne.jp";

export const CASES: readonly ProviderCase[] = [
  {
    name: "unknown user at the recipient: the address (5.1.1)",
    reply: "550 Unknown user kim@docomo.ne.jp",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@docomo.ne.jp",
    expected: {
      id: "docomo-unknown-user",
      owner: "you",
      temporary: false,
      words: ["docomo", "contoso.com", "reception settings"],
      wordsJa: ["docomo", "contoso.com", "受信拒否設定"],
    },
  },
  {
    name: "unknown user refused by the recipient's filter (5.2.0)",
    reply: "550 Unknown user kim@docomo.ne.jp",
    status: "5.2.0",
    remote: MX,
    recipient: "kim@docomo.ne.jp",
    expected: {
      id: "docomo-refused-by-recipient-filter",
      owner: "recipient",
      temporary: false,
      words: ["docomo", "contoso.com", "allowed senders"],
      wordsJa: ["docomo", "contoso.com", "受信リスト"],
    },
  },
  {
    name: "unknown user, another docomo server (5.1.1)",
    reply: "550 Unknown user taro.yamada-1985@docomo.ne.jp",
    status: "5.1.1",
    remote: "mfsmax2.docomo.ne.jp",
    recipient: "taro.yamada-1985@docomo.ne.jp",
    expected: {
      id: "docomo-unknown-user",
      owner: "you",
      temporary: false,
      words: ["docomo"],
    },
  },
  {
    name: "refused by the recipient's filter, spoofing check (5.2.0)",
    reply: "550 Unknown user taro.yamada-1985@docomo.ne.jp",
    status: "5.2.0",
    remote: "mfsmax2.docomo.ne.jp",
    recipient: "taro.yamada-1985@docomo.ne.jp",
    expected: {
      id: "docomo-refused-by-recipient-filter",
      owner: "recipient",
      temporary: false,
      words: ["spoofed", "SPF"],
      wordsJa: ["なりすまし", "SPF"],
    },
  },
  {
    name: "mailbox full",
    reply: "552 Too much mail data kim@docomo.ne.jp",
    status: "5.2.2",
    remote: MX,
    recipient: "kim@docomo.ne.jp",
    expected: {
      id: "docomo-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["docomo", "room"],
      wordsJa: ["docomo", "空き"],
    },
  },
  {
    name: "line too long",
    reply: "500 Line Too Long",
    status: "5.6.0",
    remote: MX,
    recipient: "kim@docomo.ne.jp",
    expected: {
      id: "docomo-line-too-long",
      owner: "your-admin",
      temporary: false,
      words: ["1,000", "base64"],
    },
  },
  {
    name: "too many recipients",
    reply: "552 too many recipients",
    status: "5.5.3",
    remote: MX,
    recipient: "kim@docomo.ne.jp",
    expected: {
      id: "docomo-too-many-recipients",
      owner: "you",
      temporary: false,
      words: ["docomo", "fewer recipients"],
      wordsJa: ["docomo", "宛先の数"],
    },
  },
  {
    name: "too many recipients, second server",
    reply: "552 too many recipients",
    status: "5.5.3",
    remote: "mfsmax2.docomo.ne.jp",
    recipient: "hanako@docomo.ne.jp",
    expected: {
      id: "docomo-too-many-recipients",
      owner: "you",
      temporary: false,
      words: ["docomo.ne.jp"],
    },
  },
];
