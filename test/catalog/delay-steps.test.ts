// A delay warning never tells the sender to send the message again: the sending server still
// retries it, and a second copy would follow. Every delay warning of the lab (real mail servers)
// and of our fixtures says the server keeps trying, and drops the steps that ask for a resend.
import { readFileSync } from "node:fs";
import { analyze, diagnose, type Localized } from "../../src/core";
import { YOU } from "../../src/core/catalog/providers/steps";
import { SENDER } from "../../src/core/catalog/steps";
import { testSetEmails } from "./test-sets";

const SEND_AGAIN: readonly Localized[] = [
  SENDER.retryLater,
  SENDER.checkAddress,
  SENDER.resendAfterRoom,
  YOU.retryLater,
  YOU.checkAddress,
];

const delayed = testSetEmails().flatMap((file) => {
  const d = diagnose(analyze(new Uint8Array(readFileSync(file))));
  return d.recipients
    .filter((r) => r.action === "delayed" || d.kind === "delayed")
    .map((r) => [file.slice(file.indexOf("test/")), r.address, r.explanation.fix] as const);
});

describe("the steps of a delay warning", () => {
  it("are checked on the delay warnings of the lab and the fixtures", () => {
    expect(delayed.length).toBeGreaterThan(120);
  });

  it.each(delayed)("%s %s: the server keeps trying, no resend asked", (_file, _address, fix) => {
    expect(fix[0]?.en).toMatch(/^(The sending server keeps trying until|Nothing to do yet)/);
    expect(fix.filter((step) => SEND_AGAIN.includes(step))).toEqual([]);
  });
});
