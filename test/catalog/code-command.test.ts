// `ndr-explain code ...`: the entries a code means, as text or JSON lines, in English or Japanese.
import { runCodeCommand } from "../../src/cli/code-command";

function run(...args: string[]): { code: number; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = runCodeCommand(
    args,
    (line) => lines.push(line),
    (line) => errors.push(line),
  );
  return { code, lines, errors };
}

test("--text and --server pick the Exchange Server meaning of 5.7.1 first (JSON lines)", () => {
  const { code, lines } = run(
    "5.7.1",
    "--text",
    "550 5.7.1 Unable to relay",
    "--server",
    "exchange-server",
    "--json",
  );
  expect(code).toBe(0);
  const first = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
  expect(first).toMatchObject({
    id: "exs-5.7.1-unable-to-relay",
    code: "5.7.1",
    title: "Unable to relay",
    source: "exchange-server",
    owner: "your-admin",
  });
  expect(lines.every((line) => JSON.parse(line) !== null)).toBe(true);
});

test("a code alone lists every meaning, generic IANA first", () => {
  const ids = run("5.7.1", "--json").lines.map((l) => (JSON.parse(l) as { id: string }).id);
  expect(ids[0]).toBe("iana-5.7.1");
  expect(ids).toEqual(
    expect.arrayContaining([
      "exo-5.7.1-delivery-not-authorized",
      "exo-5.7.1-unable-to-relay",
      "exo-5.7.1-client-not-authenticated",
      "exs-5.7.1-unable-to-relay",
      "exs-5.7.1-client-not-authenticated",
    ]),
  );
});

test("human output in Japanese names owner and steps", () => {
  const { code, lines } = run("5.2.2", "--server", "exchange-server", "--lang", "ja");
  expect(code).toBe(0);
  expect(lines[0]).toBe("5.2.2  Mailbox full  [exchange-server, 永続的]  (exs-5.2.2-mailbox-full)");
  expect(lines).toContain("  対応する人: 受信者");
});

test("a token and an unknown code are explained too", () => {
  expect(run("RESOLVER.ADR.ExRecipNotFound", "--json").lines[0]).toContain(
    '"id":"token-RESOLVER.ADR.ExRecipNotFound"',
  );
  expect(run("5.6.42", "--json").lines[0]).toContain('"id":"class-5.6"');
});

test("a range or pair as the tables write it", () => {
  expect(run("4.7.500-699", "--json").lines[0]).toContain('"id":"exo-4.7.500-699-try-again-later"');
  expect(run("5.4.6/5.4.14", "--json").lines[0]).toContain('"id":"exo-5.4.6-5.4.14-routing-loop"');
  expect(run("9.9.9")).toEqual({
    code: 1,
    lines: [],
    errors: ["ndr-explain code: nothing known for 9.9.9"],
  });
});

// What a user copies out of a bounce: the reply as the server wrote it, or its reply code alone.
test.each([
  ["550 5.1.1", "iana-5.1.1"],
  ["550-5.1.1 The email account that you tried to reach does not exist.", "iana-5.1.1"],
  ["452 4.2.2 The email account that you tried to reach is over quota.", "iana-4.2.2"],
  ["550", "iana-5.0.0"],
  ["421", "iana-4.3.2"],
])("a reply as pasted, %j, is explained (%s first)", (pasted, id) => {
  const { code, lines } = run(pasted, "--json");
  expect(code).toBe(0);
  expect((JSON.parse(lines[0] ?? "{}") as { id: string }).id).toBe(id);
});

test("a reply as pasted means what its code with the reply as --text means", () => {
  const pasted = "550 5.7.1 Unable to relay for bob@contoso.example";
  expect(run(pasted, "--json")).toEqual(run("5.7.1", "--text", pasted, "--json"));
});

test("bad arguments exit 2 with the usage", () => {
  const { code, lines, errors } = run("5.1.1", "--server", "sendmail");
  expect([code, lines]).toEqual([2, []]);
  expect(errors[1]).toContain("usage: ndr-explain code CODE");
  expect(run().code).toBe(2);
  expect(run("5.7.1", "--text").errors[0]).toBe("ndr-explain code: --text needs a value");
});

test("--remote names the provider: Gmail's 5.7.30 is DKIM, and the registry's REQUIRETLS is not listed", () => {
  const { code, lines } = run("5.7.30", "--remote", "gmail-smtp-in.l.google.com", "--json");
  expect(code).toBe(0);
  const entries = lines.map((l) => JSON.parse(l) as { id: string; source: string; page?: string });
  expect(entries[0]).toMatchObject({
    id: "gmail-5.7.30-dkim",
    source: "provider",
    page: "https://support.google.com/a/answer/81126",
  });
  expect(entries.map((e) => e.id)).not.toContain("iana-5.7.30");
});

test("--text fills the facts it names into the words, never a raw placeholder", () => {
  const { lines } = run(
    "5.7.25",
    "--text",
    "550-5.7.25 [203.0.113.7] The IP address sending this message does not have a PTR record setup - gsmtp",
  );
  expect(lines[0]).toContain("(gmail-5.7.25-ptr)");
  expect(lines[1]).toContain("203.0.113.7");
  expect(lines.join("\n")).not.toMatch(/\{[a-zA-Z]+\}/);
});

test.each([
  // La Poste words its deferral and its refusal alike; the code asked says which this one is
  ["4.2.1", "421 4.2.1 Service refuse. Veuillez essayer plus tard. LPN027_503", true],
  ["5.5.0", "550 5.5.0 Service refuse. Veuillez essayer plus tard. LPN007_510", false],
])("%s: temporary as the asked code's class says (%s)", (status, reply, temporary) => {
  const { lines } = run(status, "--text", reply, "--remote", "smtp-in.laposte.net", "--json");
  expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ id: "laposte-service-refused", temporary });
});

test.each([
  // as diagnose() reads a give-up: the deferral Exchange's queue expiry quotes, as its server's
  [
    "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. (S775)] [LastAttemptedServerName=outlook-com.olc.protection.outlook.com]",
    "outlook-com-4.7.650-ip-reputation",
  ],
  [
    "550 4.4.7 QUEUE.Expired; message expired [Message=452 4.3.2 try again later] [LastAttemptedServerName=mx.fabrikam.example]",
    "iana-4.3.2",
  ],
  // nothing quoted: the expiry itself, as a bounce of an unnamed server that quotes Exchange's
  // component ("QUEUE.Expired") reads it
  ["550 4.4.7 QUEUE.Expired; message expired", "token-QUEUE.Expired"],
])("a give-up as pasted, %j, is explained by what it quotes (%s first)", (pasted, id) => {
  const { lines } = run(pasted, "--json");
  expect((JSON.parse(lines[0] ?? "{}") as { id: string }).id).toBe(id);
});

test("--server names the server that wrote the give-up: Exchange Online's expiry", () => {
  const { lines } = run(
    "550 4.4.7 QUEUE.Expired; message expired",
    "--server",
    "exchange-online",
    "--json",
  );
  expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
    id: "exo-4.4.7-message-expired",
    temporary: false,
  });
});
