// A notice that names no refusing host (Yahoo's "Remote host said: ...") quoting a reply to an
// address at a mailbox provider's own domain: the provider that runs the domain answered, so its
// table's meaning of a software's words (Sohu's and Fastmail's "User unknown in local recipient
// table", iCloud's Proofpoint block) comes before the software's or the filter's table, named by
// the words alone. The provider cases are the real replies (sources in their files).
import { allProviderCases } from "./providers/cases";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";

const ALL = allProviderCases();

function caseOf(file: string, name: string): ProviderCase {
  const found = ALL.find((p) => p.provider === file)?.cases.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no case ${file}: ${name}`);
  return found;
}

test.each([
  ["sohu", "User unknown: missing or suspended after long disuse"],
  ["sohu", "User unknown for a vip.sohu.com recipient"],
  ["fastmail", "User unknown in local recipient table: no such Fastmail mailbox"],
  ["icloud", "Proofpoint block list"],
])("%s: %s, in Yahoo's notice", (file, name) => {
  expect(problems(caseOf(file, name), explainWrapped(caseOf(file, name), "yahoo"))).toEqual([]);
});

test("an address at no provider's domain keeps the software's meaning", () => {
  const c: ProviderCase = {
    name: "Postfix's words at a company domain",
    reply:
      "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown in local recipient table",
    status: "5.1.1",
    expected: { id: "postfix-unknown-user", owner: "you", temporary: false, words: [] },
  };
  expect(explainWrapped(c, "yahoo")?.id).toBe("postfix-unknown-user");
});
