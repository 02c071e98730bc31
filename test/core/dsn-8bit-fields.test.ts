// A report read from a file's bytes whose delivery-status and header parts carry 8-bit UTF-8 with
// no charset (a Chinese or Japanese server's reply in Diagnostic-Code, as Gmail's notices quote
// it): the part is decoded once, to the server's own words, not decoded again as bytes.
import { analyze } from "../../src/core";

/** A message as a file's bytes arrive: one char per byte. */
function bytesOf(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}

function report(diagnostic: string, subject: string): string {
  return bytesOf(
    [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: sam@contoso.com",
      "Subject: Delivery Status Notification (Failure)",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; boundary="b1"; report-type=delivery-status',
      "",
      "--b1",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "Your message wasn't delivered.",
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; googlemail.com",
      "",
      "Final-Recipient: rfc822; kim@fabrikam.example",
      "Action: failed",
      "Status: 5.0.0",
      `Diagnostic-Code: smtp; ${diagnostic}`,
      "",
      "--b1",
      "Content-Type: text/rfc822-headers",
      "",
      "From: Sam <sam@contoso.com>",
      "To: kim@fabrikam.example",
      `Subject: ${subject}`,
      "",
      "--b1--",
      "",
    ].join("\r\n"),
  );
}

test.each([
  ["Chinese", "550 该用户不存在", "季度报告"],
  ["Japanese", "550 5.7.1 メッセージがコンテンツの制限のために拒否されました", "四半期報告"],
  ["Polish", "550 Użytkownik nie istnieje", "Raport kwartalny – wrzesień"],
])("%s words in the delivery-status and header parts", (_lang, diagnostic, subject) => {
  const r = analyze(report(diagnostic, subject));
  expect(r.recipients[0]?.diagnostic).toBe(diagnostic);
  expect(r.original?.subject).toBe(subject);
});
