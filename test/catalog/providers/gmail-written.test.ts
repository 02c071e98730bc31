// A bounce that Gmail itself writes (Gmail was the sending server): its own verdict that the
// recipient's domain does not exist is Gmail's meaning, with the missing domain named, the sender
// as owner and the resend action. Our own fixture, in the layout of Gmail's delivery reports.
import { analyze, diagnose } from "../../../src/core";

function gmailReport(status: string, diagnostic: string, recipient: string): string {
  return [
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: sam@contoso.com",
    "Subject: Delivery Status Notification (Failure)",
    "Date: Mon, 16 Nov 2026 09:00:05 -0800",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; boundary="gmail-report"; report-type=delivery-status',
    "",
    "--gmail-report",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "** Address not found **",
    "",
    `Your message wasn't delivered to ${recipient} because the domain ${recipient.split("@")[1] ?? ""} couldn't be found. Check for typos or unnecessary spaces and try again.`,
    "",
    "The response was:",
    "",
    diagnostic,
    "",
    "--gmail-report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; googlemail.com",
    "Arrival-Date: Mon, 16 Nov 2026 09:00:04 -0800",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    "Action: failed",
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${diagnostic}`,
    "Last-Attempt-Date: Mon, 16 Nov 2026 09:00:05 -0800",
    "",
    "--gmail-report",
    "Content-Type: text/rfc822-headers",
    "",
    "From: Sam Sender <sam@contoso.com>",
    `To: ${recipient}`,
    "Subject: Quarterly report",
    "",
    "--gmail-report--",
    "",
  ].join("\r\n");
}

test.each(["5.1.2", "5.0.0", "5.4.4"])(
  "Gmail's NXDOMAIN (status %s): the domain does not exist, your fix, resend",
  (status) => {
    const raw = gmailReport(
      status,
      "DNS Error: DNS type 'mx' lookup of fabrikam.example responded with code NXDOMAIN Domain name not found: fabrikam.example",
      "kim@fabrikam.example",
    );
    const [r] = diagnose(analyze(raw)).recipients;
    const e = r?.explanation;
    expect(e?.id).toBe("gmail-dns-nxdomain");
    expect(e?.owner).toBe("you");
    expect(e?.actions[0]).toBe("resend-corrected-address");
    expect(e?.summary.en).toContain("The domain fabrikam.example does not exist");
    expect(e?.summary.ja).toContain("fabrikam.example");
    expect(e?.evidence).toContainEqual(
      expect.objectContaining({
        field: "provider",
        text: expect.stringMatching(/^gmail: writer /) as string,
      }),
    );
  },
);

test("a domain typo next to Gmail's NXDOMAIN gets the spelling suggestion", () => {
  const raw = gmailReport(
    "5.1.2",
    "DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com",
    "kenji@gmial.com",
  );
  const e = diagnose(analyze(raw)).recipients[0]?.explanation;
  expect(e?.id).toBe("gmail-dns-nxdomain");
  expect(e?.addressHints).toContainEqual(
    expect.objectContaining({ kind: "domain-typo", suggestion: "kenji@gmail.com" }),
  );
});

test("a bounce Gmail wrote about another server's reply is not read as Gmail's own refusal", () => {
  const raw = gmailReport(
    "5.2.2",
    "552 5.2.2 <kim@fabrikam.example>: user is over quota",
    "kim@fabrikam.example",
  );
  const e = diagnose(analyze(raw)).recipients[0]?.explanation;
  expect(e?.provider).toBeUndefined();
  expect(e?.summary.en).not.toContain("Gmail");
});
