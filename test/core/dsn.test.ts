import { addressValue } from "../../src/core/dsn/fields";
import { parseDeliveryStatus } from "../../src/core/dsn/parse";
import { readBounceSource } from "../../src/core/source";
import { corpusMail } from "./corpus-files";

const parse = (text: string) => parseDeliveryStatus(text, false, []);

describe("message/delivery-status", () => {
  it("reads the per-message block and every recipient block (Postfix order)", () => {
    const ds = parse(
      [
        "Reporting-MTA: dns; mx.example.org",
        "X-Postfix-Queue-ID: 4A1B2",
        "Arrival-Date: Thu, 29 Apr 2013 23:45:41 +0900 (JST)",
        "",
        "Final-Recipient: rfc822; <a@example.net>",
        "Original-Recipient: rfc822;alias@example.org",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx.example.net",
        "Diagnostic-Code: smtp; 550 5.1.1 <a@example.net>: Recipient address",
        "    rejected: User unknown",
        "Last-Attempt-Date: Thu, 29 Apr 2013 23:45:42 +0900",
        "",
        "Final-Recipient: rfc822; b@example.net",
        "Action: delayed",
        "Status: 4.4.1 (connection timed out)",
        "Will-Retry-Until: Fri, 30 Apr 2013 23:45:42 +0900",
      ].join("\n"),
    );
    expect(ds.reportingMta).toBe("mx.example.org");
    expect(ds.arrivalDate).toBe("Thu, 29 Apr 2013 23:45:41 +0900 (JST)");
    expect(ds.messageFields.map((f) => f.name)).toContain("x-postfix-queue-id");
    expect(ds.recipients).toHaveLength(2);
    const [a, b] = ds.recipients;
    expect(a).toMatchObject({
      finalRecipient: "a@example.net",
      originalRecipient: "alias@example.org",
      action: "failed",
      status: "5.1.1",
      remoteMta: "mx.example.net",
      diagnosticType: "smtp",
      diagnosticCode: "550 5.1.1 <a@example.net>: Recipient address rejected: User unknown",
      lastAttemptDate: "Thu, 29 Apr 2013 23:45:42 +0900",
    });
    expect(b).toMatchObject({
      action: "delayed",
      status: "4.4.1",
      willRetryUntil: "Fri, 30 Apr 2013 23:45:42 +0900",
    });
  });

  it("folds a multi-line reply written into Diagnostic-Code without folding (nullmailer)", () => {
    const ds = parse(
      [
        "Final-Recipient: rfc822; a@example.net",
        "Action: failed",
        "Status: 5.7.2",
        "Diagnostic-Code: SMTP; 550-5.7.26 This mail has been blocked because the sender is",
        "550-5.7.26 unauthenticated. For more information, go to",
        "550 5.7.26  https://support.google.com/mail/answer/81126 - gsmtp",
        "Last-Attempt-Date: Sat, 05 Dec 2026 09:17:29 +0000",
      ].join("\n"),
    );
    expect(ds.recipients).toHaveLength(1);
    expect(ds.recipients[0]?.diagnosticCode).toMatch(/^550-5\.7\.26 This mail .* - gsmtp$/);
    expect(ds.recipients[0]?.lastAttemptDate).toBe("Sat, 05 Dec 2026 09:17:29 +0000");
  });

  it("keeps Action-first blocks apart (Amazon's order) and joins a block split by a blank line", () => {
    const ds = parse(
      [
        "Reporting-MTA: dns; inbound.example.com",
        "",
        "Action: failed",
        "Final-Recipient: rfc822; a@example.net",
        "Original-Recipient: rfc822; a@example.net",
        "Status: 5.1.1",
        "",
        "Action: failed",
        "Final-Recipient: rfc822; b@example.net",
        "",
        "Status: 5.2.2",
        "X-Vendor-Note: full",
      ].join("\n"),
    );
    expect(ds.recipients.map((r) => [r.finalRecipient, r.status])).toEqual([
      ["a@example.net", "5.1.1"],
      ["b@example.net", "5.2.2"],
    ]);
    expect(ds.recipients[1]?.fields.map((f) => f.name)).toContain("x-vendor-note");
  });

  it("separates recipients written without blank lines between them", () => {
    const ds = parse(
      "Final-Recipient: rfc822; a@x.jp\nAction: failed\nStatus: 5.0.0\nFinal-Recipient: rfc822; b@x.jp\nAction: failed\nStatus: 5.0.0\n",
    );
    expect(ds.recipients.map((r) => r.finalRecipient)).toEqual(["a@x.jp", "b@x.jp"]);
  });

  it("gives an Original-Recipient that opens the next unseparated block to that block", () => {
    const ds = parse(
      [
        "Final-Recipient: rfc822; one@x.example",
        "Action: failed",
        "Status: 5.1.1",
        "Original-Recipient: rfc822; two-alias@x.example",
        "Final-Recipient: rfc822; two@x.example",
        "Action: failed",
        "Status: 5.1.1",
        "Final-Recipient: rfc822; three@x.example",
        "Action: failed",
        "Status: 5.1.1",
        "Original-Recipient: rfc822; three-alias@x.example",
        "",
      ].join("\n"),
    );
    expect(ds.recipients.map((r) => [r.finalRecipient, r.originalRecipient])).toEqual([
      ["one@x.example", undefined],
      ["two@x.example", "two-alias@x.example"],
      ["three@x.example", "three-alias@x.example"],
    ]);
  });

  it("reads RFC 6533 global delivery status in UTF-8", () => {
    const text = [
      "From: MAILER-DAEMON@example.org",
      'Content-Type: multipart/report; report-type=global-delivery-status; boundary="b"',
      "",
      "--b",
      "Content-Type: message/global-delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.org",
      "",
      "Original-Recipient: utf-8; 用户@例子.中国",
      "Final-Recipient: utf-8; 用户@例子.中国",
      "Action: failed",
      "Status: 5.1.1",
      "--b--",
    ].join("\r\n");
    const src = readBounceSource(new TextEncoder().encode(text));
    expect(src.deliveryStatus?.recipients[0]?.finalRecipient).toBe("用户@例子.中国");
  });

  it("parses the report of a real Postfix bounce", () => {
    const ds = readBounceSource(corpusMail("lhost-postfix-01.eml")).deliveryStatus;
    expect(ds?.recipients).toHaveLength(1);
    expect(ds?.recipients[0]).toMatchObject({
      finalRecipient: "r@p351355.pool.example.ne.jp",
      originalRecipient: "kijitora@example.org",
      status: "5.1.1",
      diagnosticType: "x-unix",
    });
  });
});

describe("DSN address values", () => {
  it.each([
    ["rfc822; user@example.org", "user@example.org"],
    ["rfc822; <user@example.org>", "user@example.org"],
    ['rfc822; "user@example.org"', "user@example.org"],
    ["rfc822; 'user@example.org", "user@example.org"],
    ["rfc822; user@example.org (Jane)", "user@example.org"],
    ['rfc822; "john doe"@example.org', '"john doe"@example.org'],
    ['rfc822; <"john doe"@example.org>', '"john doe"@example.org'],
    ["utf-8; jürgen@bücher.example", "jürgen@bücher.example"],
  ])("%s -> %s", (raw, address) => {
    expect(addressValue(raw)).toBe(address);
  });
});
