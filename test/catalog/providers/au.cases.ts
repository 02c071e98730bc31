// au (KDDI) refusals as its servers write them: "User unknown" with the address for a missing one,
// without it for mail the user's filter refused; "Relay access denied" for an address au does not take.
import type { ProviderCase } from "./types";

const EZWEB_MX = "lsean.ezweb.ne.jp";
const AU_MX = "msmx.au.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "user unknown naming the address (ezweb.ne.jp)",
    reply: "550 <kim@ezweb.ne.jp>: User unknown",
    status: "5.1.1",
    remote: EZWEB_MX,
    recipient: "kim@ezweb.ne.jp",
    expected: {
      id: "au-user-unknown",
      owner: "you",
      temporary: false,
      words: ["au (KDDI)", "contoso.com"],
    },
  },
  {
    name: "user unknown naming the address (au.com)",
    reply: "550 <kim@au.com>: User unknown",
    status: "5.1.1",
    remote: AU_MX,
    recipient: "kim@au.com",
    expected: {
      id: "au-user-unknown",
      owner: "you",
      temporary: false,
      words: ["au (KDDI)", "filter"],
      wordsJa: ["au (KDDI)", "フィルター"],
    },
  },
  {
    name: "user unknown on a business address",
    reply: "550 <sato@biz.ezweb.ne.jp>: User unknown",
    status: "5.1.1",
    remote: EZWEB_MX,
    recipient: "sato@biz.ezweb.ne.jp",
    expected: {
      id: "au-user-unknown",
      owner: "you",
      temporary: false,
      words: ["au (KDDI)"],
    },
  },
  {
    name: "refused by the recipient's filter: no address in the reply (ezweb.ne.jp)",
    reply: "550 : User unknown",
    status: "5.0.0",
    remote: EZWEB_MX,
    recipient: "kim@ezweb.ne.jp",
    expected: {
      id: "au-refused-by-recipient-filter",
      owner: "recipient",
      temporary: false,
      words: ["au (KDDI)", "contoso.com", "allowed senders"],
      wordsJa: ["au (KDDI)", "contoso.com", "受信リスト"],
    },
  },
  {
    name: "refused by the recipient's filter (au.com)",
    reply: "550 : User unknown",
    status: "5.0.0",
    remote: AU_MX,
    recipient: "kim@au.com",
    expected: {
      id: "au-refused-by-recipient-filter",
      owner: "recipient",
      temporary: false,
      words: ["spoofing", "SPF"],
      wordsJa: ["なりすまし", "SPF"],
    },
  },
  {
    name: "relay access denied: a docomo address sent to au",
    reply: "554 <kim@docomo.ne.jp>: Relay access denied",
    status: "5.7.1",
    remote: EZWEB_MX,
    recipient: "kim@docomo.ne.jp",
    expected: {
      id: "au-relay-access-denied",
      owner: "you",
      temporary: false,
      words: ["au (KDDI)", "not an au address"],
      wordsJa: ["au (KDDI)", "au のアドレスではありません"],
    },
  },
  {
    name: "relay access denied: an address au does not allow",
    reply: "554 <kim.@ezweb.ne.jp>: Relay access denied",
    status: "5.7.1",
    remote: EZWEB_MX,
    recipient: "kim@ezweb.ne.jp",
    expected: {
      id: "au-relay-access-denied",
      owner: "you",
      temporary: false,
      words: ["au (KDDI)"],
    },
  },
  {
    name: "relay access denied (au.com server)",
    reply: "554 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: AU_MX,
    expected: {
      id: "au-relay-access-denied",
      owner: "you",
      temporary: false,
      words: ["au (KDDI)"],
    },
  },
];
