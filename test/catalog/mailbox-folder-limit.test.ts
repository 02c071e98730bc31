// Exchange refuses mail for a mailbox whose folder holds the store's maximum number of items (one
// million in Exchange Online) with a 4.3.2 "mailbox busy" NDR naming MapiExceptionMaxObjsExceeded:
// a permanent refusal for the recipient's admin, not the registry's "system not accepting network
// messages". The NDR reports a failure (554), so the wrappings carry a failed status.
import { lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const EXPECTED: ProviderCase["expected"] = {
  id: "token-MapiExceptionMaxObjsExceeded",
  owner: "recipient-admin",
  temporary: false,
  words: ["folder", "one million"],
  wordsJa: ["フォルダー", "100 万"],
};

const CASES: readonly ProviderCase[] = [
  {
    // Microsoft Learn, "NDR error 554 4.3.2 mailbox busy" (KB 4024024)
    name: "Exchange Online's mailbox busy, folder item limit",
    reply:
      "554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing.",
    status: "5.3.2",
    expected: EXPECTED,
  },
  {
    name: "our variant: the exception alone under 5.3.2",
    reply:
      "550 5.3.2 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message",
    status: "5.3.2",
    expected: EXPECTED,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS)("%s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the words alone, and the reply code with them, find it", () => {
    expect(lookupCode("", { text: c.reply.slice(4) })[0]?.id).toBe(c.expected.id);
    const byReply = lookupCode(c.reply.slice(0, 3), { text: c.reply })[0];
    expect([byReply?.id, byReply?.temporary]).toEqual([c.expected.id, false]);
  });
});
