import { analyze, diagnose } from "../../src/core";
import { delay } from "../../src/taskpane/samples/delay";

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
