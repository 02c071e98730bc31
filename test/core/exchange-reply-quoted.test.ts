// An Exchange receiver's reply quoted by another server's notice: a reply that holds one of
// Exchange's transport tokens ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:...") is read in
// the quoting server's layout, not Exchange's. The third replies lab set (test/corpus/lab-replies3,
// p35, p36: Exchange's STOREDRV replies) had Exim's and Sendmail's notices read as Exchange 2007's.
import { analyze } from "../../src/core";

const REPLIES = [
  "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionNamedPropsQuotaExceeded; Failed to process message due to a permanent exception with message",
  "554 5.2.0 STOREDRV.Deliver.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent exception with message Cannot save changes made to an item to store.",
  "452 4.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
];

const exim = (reply: string) =>
  [
    "From: Mail Delivery System <Mailer-Daemon@exim.example>",
    "To: kim@contoso.example",
    "Subject: Mail delivery failed: returning message to sender",
    "X-Failed-Recipients: lee@fabrikam.example",
    "",
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    "  lee@fabrikam.example",
    "    host mx.fabrikam.example [192.0.2.25]",
    "    SMTP error from remote mail server after end of data:",
    `    ${reply}`,
    "",
  ].join("\r\n");

const sendmail = (reply: string) =>
  [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@sendmail.example>",
    "To: kim@contoso.example",
    "Subject: Returned mail: see transcript for details",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    "lee@fabrikam.example",
    `    (reason: ${reply})`,
    "",
    "   ----- Transcript of session follows -----",
    "... while talking to mx.fabrikam.example.:",
    ">>> DATA",
    `<<< ${reply}`,
    "554 5.0.0 Service unavailable",
    "",
  ].join("\r\n");

test.each(
  REPLIES.flatMap((r) => [["exim", exim(r), r] as const, ["sendmail", sendmail(r), r] as const]),
)("%s quoting %#: the quoting server's layout, the reply whole", (dialect, text, reply) => {
  const report = analyze(new TextEncoder().encode(text));
  expect(report.dialect).toBe(dialect);
  expect(report.recipients.map((r) => r.address)).toEqual(["lee@fabrikam.example"]);
  expect(report.recipients[0]?.diagnostic).toContain(reply.slice(4, 60));
});

// Exchange's own answer line ("#554 5.2.2 ... ##") with a token still reads as Exchange's, from
// any sender, in a language it has no labels for.
test("Exchange's own answer shape, unlabelled, is still Exchange's", () => {
  const text = [
    "From: postmaster@contoso.example",
    "To: kim@contoso.example",
    "Subject: Unzustellbar: Bericht",
    "",
    "lee@fabrikam.example",
    "#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException ##",
    "",
  ].join("\r\n");
  expect(analyze(new TextEncoder().encode(text)).dialect).toBe("exchange2007");
});
