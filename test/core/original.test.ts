import { parseHeaderBlock } from "../../src/core/mime/headers";
import { originalMessage } from "../../src/core/original/facts";
import { findQuotedHeaders } from "../../src/core/original/quoted";

describe("the returned original", () => {
  it("lists Received hops oldest first with the delay between them", () => {
    const headers = parseHeaderBlock(
      [
        "Received: from relay.example.net (relay.example.net [192.0.2.9])",
        "\tby mx.example.org (Postfix) with ESMTP id 1; Thu, 29 Apr 2010 23:40:00 +0900 (JST)",
        "Received: from pc.example.jp by relay.example.net with ESMTPSA; Thu, 29 Apr 2010 23:34:45 +0900",
        "Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.jp",
        "From: Sender <sender@example.jp>",
        'To: a@example.net, "B" <b@example.net>',
        "Cc: c@example.net",
        "Subject: =?UTF-8?B?5pel5pys6Kqe?=",
        "Message-ID: <1@example.jp>",
        "Date: Thu, 29 Apr 2010 23:34:40 +0900",
      ].join("\n"),
      false,
      [],
    );
    const original = originalMessage(headers);
    expect(original).toMatchObject({
      subject: "日本語",
      from: "Sender <sender@example.jp>",
      to: ["a@example.net", "b@example.net"],
      cc: ["c@example.net"],
      messageId: "<1@example.jp>",
      authenticationResults: ["mx.example.org; spf=pass smtp.mailfrom=example.jp"],
    });
    expect(original.received).toEqual([
      {
        from: "pc.example.jp",
        by: "relay.example.net",
        with: "ESMTPSA",
        date: "Thu, 29 Apr 2010 23:34:45 +0900",
      },
      {
        from: "relay.example.net",
        by: "mx.example.org",
        with: "ESMTP",
        date: "Thu, 29 Apr 2010 23:40:00 +0900 (JST)",
        delaySeconds: 315,
      },
    ]);
  });

  it("names an address once when its display name repeats it, in any case", () => {
    const headers = parseHeaderBlock(
      [
        'To: "kim@example.net" <kim@example.net>, Lee <lee@example.net>',
        "To: KIM@example.net, zoe@example.net",
        'Cc: "c@example.net" <C@example.net>',
      ].join("\n"),
      false,
      [],
    );
    expect(originalMessage(headers)).toMatchObject({
      to: ["kim@example.net", "lee@example.net", "zoe@example.net"],
      cc: ["c@example.net"],
    });
  });

  it("lists only mailboxes in To and Cc (a group name, a bare host or noise is none)", () => {
    const headers = parseHeaderBlock(
      [
        "To: undisclosed-recipients:;, ops@localhost, Ann <ann@example.net>",
        "Cc: \u0001\u0002@x.y, bob@example.net",
      ].join("\n"),
      false,
      [],
    );
    expect(originalMessage(headers)).toMatchObject({
      to: ["ann@example.net"],
      cc: ["bob@example.net"],
    });
  });

  it("finds headers quoted in a bounce's text, indented or not, and ignores prose", () => {
    const text = [
      "The following address failed: a@example.net",
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "    Return-Path: <sender@example.jp>",
      "    Received: from pc.example.jp",
      "        by relay.example.net; Thu, 29 Apr 2010 23:34:45 +0900",
      "    From: sender@example.jp",
      "    Subject: Hello",
      "",
      "    body",
    ].join("\n");
    const headers = findQuotedHeaders(text, true, []);
    expect(headers?.map((h) => [h.name, h.value])).toEqual([
      ["return-path", "<sender@example.jp>"],
      ["received", "from pc.example.jp by relay.example.net; Thu, 29 Apr 2010 23:34:45 +0900"],
      ["from", "sender@example.jp"],
      ["subject", "Hello"],
    ]);
    expect(findQuotedHeaders("From: a friend\nSubject: none here\n", true, [])).toBeUndefined();
  });
});
