// A deferral under 4.0.0 whose words the catalog does not know names no cause: nobody acts while the
// sending server retries it (as for the bare deferral's words), and once a final notice says the
// server gave up, sending again later is the sender's. A permanent 5.0.0 keeps the recipient's admin.
import { analyze, diagnose, lookupCode } from "../../src/core";

function report(action: "delayed" | "failed", status: string, reply: string): string {
  return [
    "From: MAILER-DAEMON@mx.contoso.example",
    "To: sam@contoso.example",
    `Subject: ${action === "delayed" ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender"}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.contoso.example",
    "",
    "Final-Recipient: rfc822; kim@fabrikam.example",
    `Action: ${action}`,
    `Status: ${status}`,
    "Remote-MTA: dns; mx.fabrikam.example",
    `Diagnostic-Code: smtp; ${reply}`,
    "",
    "--B--",
    "",
  ].join("\r\n");
}

const owner = (raw: string): string | undefined =>
  diagnose(analyze(raw)).recipients[0]?.explanation.owner;

// replies of our own whose words name nothing the catalog knows
const REPLIES = [
  "451 4.0.0 Requested action aborted: qzx processing stage 7",
  "450 4.0.0 Unexpected condition at stage 0x1f",
];

describe.each(REPLIES)("%s", (reply) => {
  it("is the registry's 4.0.0, nobody's, in the code command", () => {
    const [entry] = lookupCode("4.0.0", { text: reply });
    expect([entry?.id, entry?.owner]).toEqual(["iana-4.0.0", "nobody"]);
  });

  it("is nobody's in a delay warning", () => {
    expect(owner(report("delayed", "4.0.0", reply))).toBe("nobody");
  });

  it("is the sender's once the server gave up", () => {
    expect(owner(report("failed", "4.0.0", reply))).toBe("you");
  });

  it("as a permanent 5.0.0 stays the recipient's admin's", () => {
    expect(owner(report("failed", "5.0.0", reply.replace(/^45\d 4/, "550 5")))).toBe(
      "recipient-admin",
    );
  });
});
