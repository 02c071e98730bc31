// Classes of reading found by h-facts18's held-out sample of bounces users pasted into public
// places (test/fixtures/pasted/README.md, "Real pastes, fourth sample"). Our own texts of each
// shape, with our names and domains; each failed on the reader before the round.
import { analyze, diagnose } from "../../src/core";

/** What the engine reads of a text: each recipient's address and action. */
function rows(text: string): [string, string][] {
  return analyze(text).recipients.map((r) => [r.address, r.action ?? "failed"]);
}

const EXIM_DELAY = `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx.club.example.

The address to which the message has not yet been delivered is:

  lena@verein.example
    Delay reason: SMTP error from remote mail server after RCPT TO:<lena@verein.example>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered.
`;

const POSTFIX_FAILURE = `This is the mail system at host mx.club.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<lena@verein.example>: host mx.verein.example[192.0.2.20] said: 550 5.1.1
    <lena@verein.example>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
`;

describe("a notice pasted with its header lines as a mail client shows them in another language", () => {
  // h-facts18: a French paste of Exim's delay warning ("De : ... / A : sender@...") read its "A :"
  // line, the notice's own addressee (the sender), as a second delayed recipient
  it.each([
    [
      "French",
      "Sujet : Warning: message 1aBcDe-000123-XY delayed 24 hours\nDe: Mail Delivery System <Mailer-Daemon@mx.club.example>\nA : jonas@heim.example\n\n",
    ],
    [
      "German",
      "Betreff : Warnung\nVon : Mail Delivery System <Mailer-Daemon@mx.club.example>\nAn : jonas@heim.example\n\n",
    ],
    [
      "Spanish",
      "Asunto : aviso\nDe : Mail Delivery System <Mailer-Daemon@mx.club.example>\nPara : jonas@heim.example\n\n",
    ],
    [
      "Japanese",
      "件名: 警告\n差出人: Mail Delivery System <Mailer-Daemon@mx.club.example>\n宛先: jonas@heim.example\n\n",
    ],
    ["Russian", "Тема: x\nОт: Mailer-Daemon@mx.club.example\nКому: jonas@heim.example\n\n"],
  ])("%s, over Exim's delay warning: the header lines name no recipient", (_name, header) => {
    expect(rows(header + EXIM_DELAY)).toEqual([["lena@verein.example", "delayed"]]);
  });
  it("over Postfix's failure too", () => {
    const header =
      "De: Mail Delivery System <MAILER-DAEMON@mx.club.example>\nPara: jonas@heim.example\n\n";
    expect(rows(header + POSTFIX_FAILURE)).toEqual([["lena@verein.example", "failed"]]);
  });
  it("the same notices without the header lines read the same", () => {
    expect(rows(EXIM_DELAY)).toEqual([["lena@verein.example", "delayed"]]);
    expect(rows(POSTFIX_FAILURE)).toEqual([["lena@verein.example", "failed"]]);
  });
  it("no resend is offered to the notice's own addressee", () => {
    const header =
      "De : Mail Delivery System <Mailer-Daemon@mx.club.example>\nÀ : jonas@heim.example\n\n";
    const addresses = diagnose(analyze(header + EXIM_DELAY)).recipients.map((r) => r.address);
    expect(addresses).not.toContain("jonas@heim.example");
  });
});

/** The meaning the pane shows for each recipient of a text. */
function meanings(text: string): [string, string][] {
  return diagnose(analyze(text)).recipients.map((r) => [r.address, r.explanation.id]);
}

describe("Postfix's local delivery that could not write into the Maildir", () => {
  // h-facts18: a blog's and a forum's pasted notices, "maildir delivery failed: create ...:
  // Permission denied", explained by the registry's broad 5.2.0 (the recipient's own mailbox) and
  // 5.0.0
  const notice = (line: string, status: string): string =>
    `This is the mail system at host mail.home.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<kim@home.example> (expanded from <kim>): ${line}\n\nFinal-Recipient: rfc822; kim@home.example\nOriginal-Recipient: rfc822;kim\nAction: failed\nStatus: ${status}\nDiagnostic-Code: X-Postfix; ${line}\n`;
  it.each([
    [
      "the Maildir's file",
      "maildir delivery failed: create maildir file /home/kim/Maildir/tmp/1700000000.P1.mail: Permission denied",
      "5.2.0",
    ],
    [
      "a Maildir under /var/mail",
      "maildir delivery failed: create /var/mail/tmp/1700000000.P2.mail: Permission denied",
      "5.0.0",
    ],
  ])("%s: the receiving server's own fault", (_name, line, status) => {
    expect(meanings(notice(line, status))).toEqual([["kim@home.example", "receiver-local-fault"]]);
    const [row] = diagnose(analyze(notice(line, status))).recipients;
    expect(row?.explanation.owner).toBe("recipient-admin");
  });
  it("a full mailbox in the same words is still a full mailbox", () => {
    const line =
      "maildir delivery failed: create maildir file /home/kim/Maildir/tmp/x: Disk quota exceeded";
    expect(meanings(notice(line, "5.2.2"))[0]?.[1]).not.toMatch(/^receiver-local-fault/);
  });
});

describe("Haraka's bounce once every MX host failed", () => {
  // h-facts18: haraka/Haraka#568's pasted notice, "Too many failures (Tried all MXs)", explained
  // by the class fallback ("Permanent failure: other or undefined status") as the recipient's admins'
  it("is the sending server giving up on connecting", () => {
    const text =
      "Hi. This is the Haraka Mailer program at mx.club.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<kim@shop.example>: Too many failures (Tried all MXs)\n\n--- Below this line is a copy of the message.\n";
    expect(meanings(text)).toEqual([["kim@shop.example", "connect-gave-up"]]);
  });
});
