// A notice Exchange Online wrote is not given Exchange Server's meaning, with its on-premises
// PowerShell steps, when the reply names an Exchange token: both flavours write the tokens, and
// the token's meaning holds for either (the fourth help-desk review, row 8). Exchange Server's
// own notices keep its meaning.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";

const FIXTURES = join(__dirname, "..", "fixtures");

function explanationOf(text: string, index = 0) {
  const recipient = diagnose(analyze(text)).recipients[index];
  if (recipient === undefined) throw new Error("no recipient read");
  const { id, owner, temporary, adminFix } = recipient.explanation;
  return { id, owner, temporary, adminFix: adminFix.map((step) => step.en).join(" ") };
}

function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8");
}

/** Exchange Server's plain 5.4.4 notice, as if a Microsoft 365 server had written it. */
const ONLINE_554 = fixture("catalog/exs-22-a-en.eml").replaceAll(
  "EXCH01.corp.contoso.com",
  "SN7PR01MB0002.namprd01.prod.outlook.com",
);

describe("Exchange Online's notices quoting SMTPSEND.DNS.NonExistentDomain get the token's meaning", () => {
  test.each([
    ["exchange-pasted/exo-proxy-session-nonexistent-domain.eml", fixture],
    ["provider-layouts/m365-provider-rejected-nonexistent-domain.eml", fixture],
    ["pasted/provider-layouts--m365-provider-rejected-nonexistent-domain--copy.txt", fixture],
    ["pasted/provider-layouts--m365-provider-rejected-nonexistent-domain--diag.txt", fixture],
    ["catalog/exs-22-a-en.eml written by Microsoft 365", () => ONLINE_554],
  ])("%s", (path, read) => {
    const got = explanationOf(read(path));
    expect(got).toMatchObject({
      id: "token-SMTPSEND.DNS.NonExistentDomain",
      owner: "you",
      temporary: false,
    });
    expect(got.adminFix).not.toMatch(/Get-TransportService|network adapters/);
  });
});

describe("Exchange Server's own notices keep Exchange Server's meaning and steps", () => {
  test.each([
    ["catalog/exs-22-a-en.eml", 0],
    ["exchange-online/ex2016-en-three-recipients.eml", 2],
  ])("%s [%d]", (path, index) => {
    const got = explanationOf(fixture(path), index);
    expect(got.id).toBe("exs-5.4.4-nonexistent-domain");
    expect(got.adminFix).toMatch(/Get-TransportService/);
  });
});
