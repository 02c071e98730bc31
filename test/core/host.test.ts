// The host a Remote-MTA field or a server's words name.
import { analyze } from "../../src/core";
import { hostOf } from "../../src/core/host";

describe("hostOf", () => {
  it.each([
    ["dns; mx.example.com", "mx.example.com"],
    ["dns; MX.Example.COM [192.0.2.1]", "MX.Example.COM"],
    ["dns;mx.example.com(192.0.2.1)", "mx.example.com"],
    ["dns; mx.example.jp.", "mx.example.jp"],
    ["x-local-hostname; relay.example.org", "relay.example.org"],
    ["[192.0.2.1]", "192.0.2.1"],
    ["dns; [IPv6:2001:db8::1]", "IPv6:2001:db8::1"],
    ["dns; mx.bücher.example", "mx.bücher.example"],
    ["dns; mx.xn--bcher-kva.example", "mx.xn--bcher-kva.example"],
    ["dns; (unknown)", undefined],
    ["dns; ", undefined],
    [".", undefined],
    [undefined, undefined],
  ])("%s -> %s", (value, host) => {
    expect(hostOf(value)).toBe(host);
  });

  it("reports a remote host with U-labels whole", () => {
    const bounce = [
      "From: MAILER-DAEMON@mx.example.jp",
      "To: taro@example.jp",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      "",
      "--B",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "",
      "--B",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.jp",
      "",
      "Final-Recipient: rfc822; juergen@xn--bcher-kva.example",
      "Action: failed",
      "Status: 5.1.1",
      "Remote-MTA: dns; mx.bücher.example.",
      "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
      "",
      "--B--",
      "",
    ].join("\r\n");
    const report = analyze(new TextEncoder().encode(bounce));
    expect(report.recipients.map((r) => [r.address, r.remoteServer])).toEqual([
      ["juergen@xn--bcher-kva.example", "mx.bücher.example"],
    ]);
  });
});
