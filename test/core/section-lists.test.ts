// A text notice's section headings give the recipients listed under them their action
// (analysis/sections.ts). Each recipient's line is found in one pass over the notice: a pass over
// every line per recipient made a pasted list of thousands of recipients take seconds (found by
// fuzzing: a notice of 5,000 short lines took 1.8 s here, 10 ms after).
import { withSectionActions } from "../../src/core/analysis/sections";
import type { DecodedRecipient } from "../../src/core/dialects/types";
import { readBounceSource } from "../../src/core/source";

const list = (from: number, to: number): string =>
  Array.from({ length: to - from }, (_, i) => `<u${from + i}@d.example>: 450\n`).join("");

function notice(n: number): string {
  return (
    "From: MAILER-DAEMON@mx.example\nSubject: Delivery report\n\n" +
    `----- Delayed -----\n${list(0, n / 2)}\n----- Failed -----\n${list(n / 2, n)}`
  );
}

const unread = (address: string): DecodedRecipient => ({ address, evidence: [] });

describe("section actions", () => {
  it.each([
    ["an address in angle brackets", "<U0@d.example>: 450", "u0@d.example", "delayed"],
    ["an address ending a sentence", "Could not reach u0@d.example.", "u0@d.example", "delayed"],
    ["an address inside a longer word", "to=x-u0@d.example", "u0@d.example", "delayed"],
    ["an address named nowhere", "<u0@d.example>: 450", "v@d.example", undefined],
  ])("%s", (_, line, address, action) => {
    const text = `From: MAILER-DAEMON@mx.example\n\n----- Delayed -----\n${line}\n\n----- Failed -----\n<w@d.example>: 550\n`;
    const [read] = withSectionActions(readBounceSource(text), [unread(address)]);
    expect(read?.action).toBe(action);
  });

  it("reads a list of thousands of recipients in linear time", () => {
    const n = 5000;
    const src = readBounceSource(notice(n));
    const recipients = Array.from({ length: n }, (_, i) => unread(`u${i}@d.example`));
    withSectionActions(src, recipients.slice(0, 10)); // warm up
    const started = performance.now();
    const read = withSectionActions(src, recipients);
    const ms = performance.now() - started;
    expect(read[0]?.action).toBe("delayed");
    expect(read[n - 1]?.action).toBe("failed");
    // some 10 ms now, 1,800 ms before: a margin near tenfold either way on a loaded machine
    expect(ms).toBeLessThan(200);
  });
});
