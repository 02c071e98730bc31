// Microsoft as the receiving or rejecting provider: one code can carry several meanings, so the
// rules match the code (or its range) and a piece of the text, and apply only when a Microsoft
// host is involved (the remote server, the recipient's domain, or a host named in the text).
import { classifyReason } from "../../src/core/reason/classify";
import { microsoft } from "../../src/core/reason/providers/microsoft";
import { REASONS } from "../../src/core/types";

const EOP = "fabrikam-com.mail.protection.outlook.com";

function reasonOf(status: string, diagnostic: string, remoteServer = EOP): string {
  return classifyReason({ kind: "failed", status, diagnostic, remoteServer }).reason;
}

describe("Microsoft provider rules", () => {
  test.each([
    [
      "5.7.509",
      "550 5.7.509 Access denied, sending domain [CONTOSO.COM] does not pass DMARC verification and has a DMARC policy of reject.",
      "authfailure",
    ],
    [
      "5.7.23",
      "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
      "authfailure",
    ],
    [
      "5.7.606",
      "550 5.7.606 Access denied, banned sending IP [198.51.100.9]. To request removal from this list please visit https://sender.office.com/",
      "blocked",
    ],
    ["5.7.649", "550 5.7.649 Access denied, banned sending IP [198.51.100.9].", "blocked"],
    [
      "4.7.650",
      "451 4.7.650 The mail server [198.51.100.9] has been temporarily rate limited due to IP reputation.",
      "badreputation",
    ],
    ["5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "userunknown"],
    ["5.4.1", "550 5.4.1 Relay Access Denied", "norelaying"],
    [
      "5.1.10",
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      "userunknown",
    ],
    [
      "5.2.2",
      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
      "mailboxfull",
    ],
    [
      "5.2.2",
      "550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Submission quota exceeded",
      "speeding",
    ],
    [
      "5.7.708",
      "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
      "speeding",
    ],
    [
      "5.7.321",
      "451 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
      "failedstarttls",
    ],
    ["5.7.124", "550 5.7.124 Sender not in allowed-senders list", "rejected"],
    [
      "5.7.57",
      "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
      "securityerror",
    ],
    [
      "5.4.14",
      "554 5.4.14 Hop count exceeded - possible mail loop ATTR34; routing loop detected",
      "networkerror",
    ],
  ])("%s %s", (status, diagnostic, reason) => {
    expect(reasonOf(status, diagnostic)).toBe(reason);
  });

  test("the recipient's domain chooses the rules too (outlook.com, hotmail.com)", () => {
    const said = "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).";
    const r = classifyReason({
      kind: "failed",
      status: "5.5.0",
      diagnostic: said,
      address: "no.one@hotmail.com",
    });
    expect(r.reason).toBe("userunknown");
    expect(r.evidence.field).toBe("provider:microsoft");
  });

  test("rules are not applied to a server that is not Microsoft's", () => {
    const r = classifyReason({
      kind: "failed",
      status: "5.7.606",
      diagnostic: "550 5.7.606 Access denied, banned sending IP",
      remoteServer: "mx.fabrikam.com",
      address: "kim@fabrikam.com",
    });
    expect(r.evidence.field).not.toBe("provider:microsoft");
  });

  test("every rule names a known reason, lower-case text, and a well-formed code or range", () => {
    for (const rule of microsoft.rules) {
      expect(REASONS).toContain(rule.reason);
      const text: string | undefined = "text" in rule ? rule.text : undefined;
      const status: string | undefined = "status" in rule ? rule.status : undefined;
      if (text !== undefined) expect(text).toBe(text.toLowerCase());
      if (status !== undefined) expect(status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?$/);
      expect(text ?? status).toBeDefined();
    }
  });
});
