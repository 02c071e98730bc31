import { findCommand } from "../../src/core/status/command";
import {
  findDiagnosticStatus,
  findReplyCode,
  findStatusCode,
  preferSpecific,
} from "../../src/core/status/codes";

describe("status and reply codes in text", () => {
  it("finds enhanced status codes but not IP addresses or versions", () => {
    expect(findStatusCode("550 5.1.1 <a@b>: unknown")).toBe("5.1.1");
    expect(findStatusCode("host 192.0.2.1 said: 5.7.1 denied")).toBe("5.7.1");
    expect(findStatusCode("version 4.4.7.1 build")).toBeUndefined();
    expect(findStatusCode("#5.0.0 X-Notes; failed")).toBe("5.0.0");
  });

  it("finds the reply code before a status code, or the one a diagnostic opens with", () => {
    expect(findReplyCode("host said: 550-5.1.1 The email account does not exist")).toBe("550");
    expect(findReplyCode("smtp; 421 Too many connections")).toBe("421");
    expect(findReplyCode("Mailbox full, 12 messages")).toBeUndefined();
  });

  it("prefers the remote's own status behind a local verdict", () => {
    expect(findDiagnosticStatus("554 4.4.7 Message expired <421 4.4.2 Connection timed out>")).toBe(
      "4.4.2",
    );
    expect(findDiagnosticStatus("5.1.0 - Unknown address error 550-'5.7.1 blocked'")).toBe("5.7.1");
  });

  it("takes the text's code over a class-only or same-class DSN status", () => {
    expect(preferSpecific("5.0.0", "5.1.1")).toBe("5.1.1");
    expect(preferSpecific("5.1.1", "5.7.1")).toBe("5.7.1");
    expect(preferSpecific("5.1.1", "4.4.1")).toBe("5.1.1");
    expect(preferSpecific("5.1.1", "5.0.0")).toBe("5.1.1");
    expect(preferSpecific(undefined, "4.2.2")).toBe("4.2.2");
  });

  it("names the SMTP command the failure happened at", () => {
    expect(findCommand("said: 550 unknown user (in reply to RCPT TO command)")).toBe("RCPT");
    expect(findCommand("(in reply to end of DATA command)")).toBe("DATA");
    expect(findCommand("SMTP error from remote mail server after MAIL FROM:<a@b>")).toBe("MAIL");
    expect(findCommand("550 unknown user")).toBeUndefined();
  });
});
