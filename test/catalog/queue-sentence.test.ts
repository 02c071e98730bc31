// A delay warning's summary says once that the sending server still holds the message. An entry's
// queue sentence (catalog/waiting.ts) says what the notice's own retry sentence after it says
// ("keeps the message"), so it is left out where that sentence follows (diagnosis/retries.ts) and
// kept where none does. Before: 7 meanings said it twice, in both languages (38 test-bounce delay
// rows: connection failures, session timeouts, Postfix's DNS lookup).
import { lookupCode } from "../../src/core";
import { IN_ITS_QUEUE, IN_YOUR_QUEUE } from "../../src/core/catalog/waiting";
import { SENDING_STILL_TRYING, whileItRetries } from "../../src/core/diagnosis/retries";
import type { Localized } from "../../src/core/types";
import { TEMPORARY, toldAs } from "./told-as";

const QUEUE: readonly Localized[] = [IN_YOUR_QUEUE, IN_ITS_QUEUE];

/** The words that say the server holds the message: a queue sentence's, or the notice's. */
const HOLDS = {
  en: /waits in (?:your server's|its) queue|keeps the message/g,
  ja: /送信待ち|メッセージを保持/g,
};

function holds(summary: Localized): number[] {
  return [summary.en.match(HOLDS.en)?.length ?? 0, summary.ja.match(HOLDS.ja)?.length ?? 0];
}

const queued = TEMPORARY.filter((entry) => {
  const words = entry.whileRetrying?.summary;
  return words !== undefined && QUEUE.includes(words);
});

it("covers the meanings with a queue sentence", () => {
  expect(queued.map((entry) => entry.id)).toEqual(
    expect.arrayContaining([
      "connect-failed",
      "connection-lost",
      "exim-host-lookup-deferred",
      "own-local-service-failed",
      "own-network-unreachable",
      "postfix-dns-try-again",
      "session-timeout",
    ]),
  );
});

describe.each(queued.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
  const queue = entry.whileRetrying?.summary ?? IN_YOUR_QUEUE;

  it("on a delay warning, says once that the server holds the message", () => {
    const summary = toldAs(entry, "delayed").summary;
    expect(holds(summary)).toEqual([1, 1]);
    expect(summary.en).not.toContain(queue.en);
    expect(summary.ja).not.toContain(queue.ja);
  });

  it("where no notice's sentence follows, keeps its queue sentence", () => {
    const summary = whileItRetries(entry, "summary", false);
    expect(summary.en.endsWith(` ${queue.en}`)).toBe(true);
    expect(summary.ja.endsWith(queue.ja)).toBe(true);
  });
});

// The code command tells a 4xx reply as a delay warning would: the notice's sentence says it (as
// "the sending server": both meanings name your mail server already, said-twice.test.ts).
it.each([
  ["421 connect ETIMEDOUT 203.0.113.5:25", "connect-failed"],
  ["421 4.4.2 Timeout waiting for data from client", "session-timeout"],
])("the code command, %s: says it once", (reply, id) => {
  const summary = lookupCode(reply).find((e) => e.id === id)?.summary ?? { en: "", ja: "" };
  expect(summary.en).toContain(SENDING_STILL_TRYING.en.slice(0, 40));
  expect(holds(summary)).toEqual([1, 1]);
});
