// A multi-line reply whose DSN keeps only the first line (Sendmail's Diagnostic-Code) is read whole
// from the transcript in the notice's text (the replies lab set: Sendmail 8.17 on Gmail's,
// UCEPROTECT's and Exim's sender-verification replies).
import { mergeRecipients } from "../../src/core/dsn/recipients";

const block = (diagnostic: string) => ({
  address: "kim@example.com",
  action: "failed",
  diagnostic,
  evidence: [],
});
const merged = (diagnostic: string, text: string, decoded = "") =>
  mergeRecipients(
    [block(diagnostic)],
    decoded ? [{ address: "kim@example.com", diagnostic: decoded, evidence: [] }] : [],
    text,
  )[0]?.diagnostic;

const TRANSCRIPT = [
  "... while talking to mx.example.com.:",
  ">>> DATA",
  "<<< 550-5.7.1 The user or domain that you are sending to (or from) has a policy",
  "<<< 550 5.7.1 that prohibited the mail that you sent. - gsmtp",
  "550 5.1.1 kim@example.com... User unknown",
  "<<< 503 Error: need RCPT command",
].join("\n");
const WHOLE =
  "550-5.7.1 The user or domain that you are sending to (or from) has a policy " +
  "550 5.7.1 that prohibited the mail that you sent. - gsmtp";

describe("a reply cut to its first line in the DSN", () => {
  it.each([
    [
      "Sendmail's transcript, after its own status line",
      "SMTP; 550-5.7.1 The user or domain that you are sending to (or from) has a policy",
      TRANSCRIPT,
      WHOLE,
    ],
    [
      "three lines and no enhanced status (UCEPROTECT)",
      "smtp; 550-Blacklisted in dnsbl-1.example.net:",
      "<<< 550-Blacklisted in dnsbl-1.example.net:\n<<< 550-IP 192.0.2.1 is listed. See\n<<< 550 http://dnsbl.example.net/?ip=192.0.2.1\n>>> QUIT",
      "550-Blacklisted in dnsbl-1.example.net: 550-IP 192.0.2.1 is listed. See 550 http://dnsbl.example.net/?ip=192.0.2.1",
    ],
    [
      "a delay warning, whose transcript is before the recipient's line",
      "SMTP; 450-4.2.1 The user is receiving mail at a rate that",
      "<<< 450-4.2.1 The user is receiving mail at a rate that\n<<< 450 4.2.1 prevents additional messages. - gsmtp\nkim@example.com... Deferred: 450-4.2.1 The user is receiving mail at a rate that",
      "450-4.2.1 The user is receiving mail at a rate that 450 4.2.1 prevents additional messages. - gsmtp",
    ],
  ])("%s", (_, diagnostic, text, whole) => {
    expect(merged(diagnostic, text)).toBe(whole);
    // the same when the text reader gave the recipient the transcript as its words
    expect(merged(diagnostic, "", text)).toBe(whole);
  });

  it.each([
    ["a one-line reply", "SMTP; 550 5.1.1 User unknown", TRANSCRIPT],
    [
      "a first line the text does not continue",
      "SMTP; 550-5.7.1 Go away",
      "<<< 550-5.7.1 Go away\n>>> QUIT",
    ],
    [
      "a next line with another code",
      "SMTP; 550-5.7.1 Go away",
      "<<< 550-5.7.1 Go away\n<<< 554 5.7.1 Later",
    ],
  ])("%s stays as the DSN has it", (_, diagnostic, text) => {
    expect(merged(diagnostic, text)).toBe(diagnostic);
  });
});
