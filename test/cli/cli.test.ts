import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./run-helper";

const CORPUS = join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd");

describe("ndr-explain", () => {
  it("prints one JSON object per file with the facts and the explanation", async () => {
    const file = join(CORPUS, "lhost-postfix-01.eml");
    const { code, out, err } = await run(["--json", file]);
    expect([code, err]).toEqual([0, []]);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] as string);
    expect(line).toMatchObject({
      file,
      kind: "failed",
      generatingServer: "p351355.pool.example.ne.jp",
    });
    expect(line.recipients[0]).toMatchObject({
      address: "r@p351355.pool.example.ne.jp",
      status: "5.1.1",
      temporary: false,
      diagnostic: expect.stringContaining("No such user"),
    });
    expect(line.recipients[0].evidence.length).toBeGreaterThan(0);
    expect(line.recipients[0].explanation.summary.en).toEqual(expect.any(String));
  });

  it("--help names every argument of the code subcommand, and - for an mbox", async () => {
    const { code, text } = await run(["--help"]);
    expect(code).toBe(0);
    expect(text).toContain('ndr-explain code CODE [--text "SMTP text"] [--remote HOST]');
    expect(text).toMatch(/- for standard input \(one message\s+or an mbox/);
  });

  it("says so when a report names no mailbox for a recipient", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ndr-cli-")), "x400.eml");
    writeFileSync(
      file,
      [
        "From: postmaster@gw.example.net",
        "Subject: Delivery failure",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        "",
        "--b",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: x400; gw.example.net",
        "",
        "Final-Recipient: X400; /S=Wagner/G=Franz/O=EXAMPLE/C=DE/",
        "Action: failed",
        "Status: 5.1.1",
        "",
        "--b--",
        "",
      ].join("\r\n"),
    );
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out.some((l) => l.startsWith("  (no address in the report): "))).toBe(true);
  });

  it("searches folders recursively, reports unreadable files by name and exits non-zero", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ndr-cli-"));
    mkdirSync(join(dir, "sub"));
    copyFileSync(join(CORPUS, "lhost-exim-01.eml"), join(dir, "sub", "a.eml"));
    writeFileSync(join(dir, "notes.bin"), "not mail");
    const missing = join(dir, "missing.eml");
    const { code, out, err } = await run(["--json", dir, missing]);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).file)).toEqual([join(dir, "sub", "a.eml")]);
    expect(err).toEqual([`ndr-explain: ${missing}: no such file or folder`]);
  });

  it("writes human output in the chosen language", async () => {
    const { code, out } = await run(["--lang", "ja", join(CORPUS, "lhost-exim-01.eml")]);
    expect(code).toBe(0);
    expect(out[0]).toContain("配信失敗");
    expect(out.join("\n")).toContain("kijitora@example.ed.jp: 5.7.0 550");
  });

  it.each([
    // a mistyped domain: the correction is the address to resend to
    [
      "templates/exchange2003-three-mixed.eml",
      "ops@porto-logistic.example.pt",
      "ops@porto-logistica.example.pt",
    ],
    // an unknown user: the failed address again is no address to resend to
    ["exchange-online/ex2016-en-three-recipients.eml", "chrisg@contoso.com", undefined],
  ])(
    "names an address to resend to only when it differs from the failed one (%s)",
    async (name, failed, resendTo) => {
      const { code, out } = await run([join(__dirname, "..", "fixtures", name)]);
      expect(code).toBe(0);
      const start = out.findIndex((l) => l.startsWith(`  ${failed}: `));
      const end = out.findIndex((l, i) => i > start && /^ {2}\S/.test(l));
      const block = out.slice(start, end === -1 ? undefined : end);
      expect(start).toBeGreaterThan(-1);
      expect(block.filter((l) => l.startsWith("    resend to: "))).toEqual(
        resendTo === undefined ? [] : [`    resend to: ${resendTo}`],
      );
    },
  );

  it("reads an Outlook .msg delivery report and refuses a damaged one by name", async () => {
    const msg = join(__dirname, "..", "fixtures", "msg", "exchange-ndr.msg");
    const damaged = join(mkdtempSync(join(tmpdir(), "ndr-cli-")), "broken.msg");
    writeFileSync(damaged, readFileSync(msg).subarray(0, 600));
    const { code, out, err } = await run(["--json", msg, damaged]);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] as string);
    expect(line).toMatchObject({ file: msg, kind: "failed" });
    expect(line.original.subject).toBe("Quarterly report");
    expect(
      line.recipients.map((r: { address: string; status: string }) => [r.address, r.status]),
    ).toEqual([
      ["jon.doe@fabrikam.example", "5.1.1"],
      ["sales@contoso.exmaple", "5.4.310"],
    ]);
    expect(err).toEqual([
      expect.stringMatching(/^ndr-explain: .*broken\.msg: not readable as an Outlook \.msg file/),
    ]);
  });

  it("rejects unknown options and a missing path with usage", async () => {
    expect((await run(["--xml", "a.eml"])).code).toBe(2);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err.join("\n")).toContain("usage: ndr-explain");
  });
});
