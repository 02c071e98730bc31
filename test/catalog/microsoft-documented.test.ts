// Codes Microsoft documents outside its NDR table: each has its own entry (not the class
// fallback), found by its code and by its words, with its owner, in every wrapping.
import { lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const CASES: readonly ProviderCase[] = [
  {
    // Microsoft Learn, "Control automatic external email forwarding in Microsoft 365"
    name: "5.7.520 automatic external forwarding blocked",
    reply:
      "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
    status: "5.7.520",
    recipient: "kim.private@gmail.com",
    expected: {
      id: "exo-5.7.520-external-forwarding-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["automatic forward", "outbound spam filter policy", "inbox rule"],
      wordsJa: ["自動転送", "送信スパム フィルター ポリシー", "受信トレイ ルール"],
    },
  },
  {
    // Microsoft Learn, "ATTR35 response code when sending mail to EOP/EXO"
    name: "4.4.62 mail sent to the wrong Office 365 region (ATTR35)",
    reply:
      "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information please go to https://go.microsoft.com/fwlink/?linkid=865268",
    status: "4.4.62",
    expected: {
      id: "exo-4.4.62-wrong-region",
      owner: "your-admin",
      temporary: true,
      words: ["region", "smart host", "MX record"],
      wordsJa: ["リージョン", "スマート ホスト", "MX レコード"],
    },
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS)("%s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the code alone and the words alone find it", () => {
    expect(lookupCode(c.status)[0]?.id).toBe(c.expected.id);
    expect(lookupCode("", { text: c.reply.slice(4) })[0]?.id).toBe(c.expected.id);
  });
});
