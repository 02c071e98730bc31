import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { delay } from "../../src/taskpane/samples/delay";

const LAB = join(__dirname, "..", "corpus", "lab", "maildir");

function explanationOf(eml: string) {
  const [recipient] = diagnose(analyze(eml)).recipients;
  if (recipient === undefined) throw new Error("no recipient read");
  const server = recipient.explanation.evidence.find((e) => e.fact === "server");
  return { id: recipient.explanation.id, server: server?.text };
}

describe("the server whose meaning of a code applies", () => {
  test("an Exchange Online delay (4.4.7) gets Exchange Online's meaning, though a remote MTA is named", () => {
    expect(explanationOf(delay)).toEqual({
      id: "exo-4.4.7-message-expired",
      server: "sn6pr05mb5555.namprd05.prod.outlook.com: Exchange Online",
    });
  });

  test("the same delay written by an Exchange server on premises gets Exchange Server's meaning", () => {
    const onPremises = delay.replaceAll(
      "SN6PR05MB5555.namprd05.prod.outlook.com",
      "EX01.contoso.com",
    );
    expect(explanationOf(onPremises)).toEqual({
      id: "exs-4.4.7-queue-expired",
      server: "ex01.contoso.com: Exchange Server",
    });
  });

  test("a remote server's own refusal relayed by Exchange Online is judged as the remote's", () => {
    const refused = delay
      .replace("Action: delayed", "Action: failed")
      .replace("Status: 4.4.7", "Status: 5.1.1")
      .replace("smtp;400 4.4.7 Message delayed", "smtp;550 5.1.1 No such user here");
    expect(explanationOf(refused).server).toBe("mx.northwind.example: another mail server");
  });
});

describe("a reply that names the Microsoft server that wrote it", () => {
  // Real notices of the lab: Haraka names the refusing server by its IP address only, OpenSMTPD
  // not at all; the reply ends with the host of Outlook.com that answered.
  test.each([
    ["haraka", "127.0.0.10"],
    ["opensmtpd", undefined],
  ])("%s: the refusal is Exchange Online's, by the host its reply names", (server, remote) => {
    const file = join(LAB, server, "outlook-nouser-refusal.eml");
    const [recipient] = diagnose(analyze(new Uint8Array(readFileSync(file)))).recipients;
    expect(recipient?.remoteServer).toBe(remote);
    expect(recipient?.explanation.id).toBe("exo-5.5.0-mailbox-unavailable");
    expect(recipient?.explanation.evidence).toContainEqual(
      expect.objectContaining({
        fact: "server",
        text: "am4pepf00027a5f.eurprd04.prod.outlook.com: Exchange Online",
      }),
    );
  });
});
