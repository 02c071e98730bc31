/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { readBounceFile } from "../../src/office";

const MSG = new Uint8Array(
  readFileSync(join(__dirname, "..", "fixtures", "msg", "exchange-ndr.msg")),
);

async function emlOf(name: string, bytes: Uint8Array): Promise<string> {
  const result = await readBounceFile(name, bytes);
  if (!result.ok) throw new Error(result.message);
  expect(typeof result.bounce.input).toBe("string");
  return result.bounce.input as string;
}

describe("an Outlook .msg delivery report (REPORT.IPM.Note.NDR)", () => {
  test("becomes a multipart/report whose delivery-status part comes from the recipient table", async () => {
    const eml = await emlOf("Undeliverable.msg", MSG);
    const boundary = /boundary="([^"]+)"/.exec(eml)?.[1] ?? "";
    const parts = eml.split(`--${boundary}`);
    expect(eml).toMatch(
      /^Content-Type: multipart\/report; report-type=delivery-status; boundary=/m,
    );
    // The transport headers' own MIME layout is dropped, the rest kept.
    expect(eml).toContain("X-MS-Exchange-Message-Is-Ndr:");
    expect(eml).not.toContain('boundary="b1_0f5c"');
    expect(parts[1]).toContain("jon.doe wasn't found at fabrikam.example.");
    expect(parts[2]).toBe(
      [
        "\r\nContent-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; SA1PR04MB8123.namprd04.prod.outlook.example",
        "",
        "Final-Recipient: rfc822; jon.doe@fabrikam.example",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; BN8PR04MB6210.namprd04.prod.outlook.example",
        "Diagnostic-Code: smtp; Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
        "",
        "Final-Recipient: rfc822; sales@contoso.exmaple",
        "Action: failed",
        "Status: 5.4.310",
        "Remote-MTA: dns; BN8PR04MB6210.namprd04.prod.outlook.example",
        "Diagnostic-Code: smtp; Remote server returned '550 5.4.310 DNS domain contoso.exmaple does not exist [Message=InfoDomainNonexistent]'",
        "\r\n",
      ].join("\r\n"),
    );
  });

  test("returns the original message with its recipients as message/rfc822", async () => {
    const eml = await emlOf("Undeliverable.msg", MSG);
    const original = eml.slice(eml.indexOf("Content-Type: message/rfc822"));
    expect(original).toContain("From: alice@contoso.example\r\n");
    expect(original).toContain("To: jon.doe@fabrikam.example, sales@contoso.exmaple\r\n");
    expect(original).toContain("Cc: bob@contoso.example\r\n");
    expect(original).toContain("Subject: Quarterly report\r\n");
    expect(original).toContain("Message-ID: <QR2026-0302@contoso.example>\r\n");
  });

  test("the engine reads both failed recipients from it", async () => {
    const report = analyze(await emlOf("Undeliverable.msg", MSG));
    expect(report.kind).toBe("failed");
    expect(report.recipients.map((r) => [r.address, r.status, r.temporary])).toEqual([
      ["jon.doe@fabrikam.example", "5.1.1", false],
      ["sales@contoso.exmaple", "5.4.310", false],
    ]);
  });
});

describe("other files", () => {
  test(".eml and .txt bytes pass through unchanged", async () => {
    const bytes = new TextEncoder().encode("Subject: Undeliverable\r\n\r\n550 5.1.1\r\n");
    for (const name of ["bounce.eml", "bounce.txt"]) {
      const result = await readBounceFile(name, bytes);
      expect(result).toEqual({ ok: true, bounce: { origin: "file", name, input: bytes } });
    }
  });

  test("a damaged .msg, an empty file and a huge file are refused with a reason", async () => {
    const damaged = MSG.slice(0, 600);
    const results = await Promise.all([
      readBounceFile("broken.msg", damaged),
      readBounceFile("empty.eml", new Uint8Array()),
      readBounceFile("huge.eml", new Uint8Array(26 * 1024 * 1024)),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.failure))).toEqual([
      "unsupported",
      "error",
      "unsupported",
    ]);
    expect(results.map((r) => (r.ok ? "" : r.message))).toEqual([
      expect.stringMatching(/^broken\.msg could not be read as an Outlook \.msg file/),
      "empty.eml is empty.",
      "huge.eml is 26 MB; files over 25 MB are not read.",
    ]);
  });
});
