// Classes of reading found by h-facts17's held-out sample of bounces users pasted into public
// threads (test/fixtures/pasted/README.md, "Real pastes, third sample"). Our own texts of each
// shape, with our names and domains; each failed on the reader before the round.
import { analyze, diagnose } from "../../src/core";

/** What the engine reads of a text: each recipient's address, action and reason. */
function read(text: string): [string, string, string][] {
  return analyze(text).recipients.map((r) => [r.address, r.action ?? "failed", r.reason]);
}

describe("a server's lines under a failed recipient, pasted without the notice around them", () => {
  // h-facts17: Exim's block quoted in a list mail, qmail-remote's lines in a forum post
  it.each([
    [
      "Exim's block: the address, its host, the SMTP error after RCPT TO",
      "Hi,\n\n   ana@oldhost.example\n     host mx.oldhost.example [192.0.2.10]\n     SMTP error from remote mail server after RCPT TO:<ana@oldhost.example>:\n     550 5.1.1 No such user here\n\nShould we drop her from the list?\n",
      [["ana@oldhost.example", "failed", "userunknown"]],
    ],
    [
      "qmail-remote's 'does not like recipient' over 'Remote host said'",
      "He gets this back:\n\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 <kim@shop.example>... User unknown\nGiving up on 192.0.2.7.\n",
      [["kim@shop.example", "failed", "userunknown"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it("a person's words about such an error are no bounce", () => {
    const text =
      "Our relay says it does not like recipient kim@shop.example, and the SMTP error was a 550.\n";
    expect(analyze(text).kind).toBe("not-a-bounce");
  });
});

describe("qmail's 'Giving up on <host>.' after a refusal is no expiry", () => {
  // h-facts17: "550 sorry, your recipient address is not in my local list" read as a time-out
  it("the refusal's words, not 'expired'", () => {
    const text =
      "Delivery failed: kim@shop.example\n192.0.2.7 does not like recipient.\nRemote host said: 550 sorry, that address is not on our list\nGiving up on 192.0.2.7.\n";
    const [row] = analyze(text).recipients;
    expect([row?.address, row?.action ?? "failed"]).toEqual(["kim@shop.example", "failed"]);
    expect(row?.reason).not.toBe("expired");
  });
  it("qmail's own expiry words still are one", () => {
    const text =
      "Hi. This is the qmail-send program at mail.home.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<kim@shop.example>:\nI'm not going to try again; this message has been in the queue too long.\n";
    expect(read(text)).toEqual([["kim@shop.example", "failed", "expired"]]);
  });
});

describe("the server's answer under 'The response from the remote server was:'", () => {
  // h-facts17: a Gmail notice whose answer named the sender and a join address; each was read
  // as another failed recipient, and the failed one lost the answer and its status
  const NOTICE =
    "** Address not found **\n\nYour message wasn't delivered to team@lists.example because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://lists.example/g/team\n\nThe response from the remote server was:\n550 5.7.1 The sender, lee@home.example, is not a member of this list. Write to team+join@lists.example to join.\n";
  it("is the error of the address named above it; its addresses are no recipients", () => {
    const rows = diagnose(analyze(NOTICE)).recipients;
    expect(rows.map((r) => [r.address, r.status])).toEqual([["team@lists.example", "5.7.1"]]);
    expect(rows[0]?.diagnostic).toMatch(
      /^550 5\.7\.1 The sender, lee@home\.example, is not a member/,
    );
  });
  it("Gmail's older 'The response was:' heading too", () => {
    const text = NOTICE.replace("The response from the remote server was:", "The response was:");
    const rows = diagnose(analyze(text)).recipients;
    expect(rows.map((r) => [r.address, r.status])).toEqual([["team@lists.example", "5.7.1"]]);
  });
});

describe("Exchange's delay warning, its administrators' part pasted alone", () => {
  // h-facts17: "Remote Server ... returned '400 4.4.7 Message delayed'" read as a failure, and
  // the pane told the sender to send again
  const part = (address: string): string =>
    `Diagnostic information for administrators:\n\nGenerating server: EX01.corp.example\n\nReceiving server: mx.partner.example (198.51.100.9)\n\n${address}\n\nRemote Server at mx.partner.example (198.51.100.9) returned '400 4.4.7 Message delayed'\n\n5/2/2024 9:00:00 AM - Remote Server at mx.partner.example (198.51.100.9) returned '451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available." Attempted failover to alternate host, but that did not succeed.'\n`;
  it.each([
    ["with its address", "sam@partner.example", "sam@partner.example"],
    ["with the address hidden by whoever pasted it", "[EMAIL-1]", ""],
  ])("%s: a delay", (_name, address, read) => {
    const report = analyze(part(address));
    expect(report.kind).toBe("delayed");
    expect(report.recipients.map((r) => [r.address, r.action])).toEqual([[read, "delayed"]]);
  });
  it("an expired message's report stays a failure", () => {
    const text = part("sam@partner.example").replace(
      "'400 4.4.7 Message delayed'",
      "'550 4.4.7 QUEUE.Expired; message expired'",
    );
    expect(analyze(text).kind).toBe("failed");
  });
});
