// Bounces as a person pastes them (test/fixtures/pasted): the notice's HTML part rendered and
// copied as text, or its text part, with or without the report's details, or Outlook's copy of
// the whole message; each against the truth of the message it was made from. The rows a paste
// loses (open.json) say which fields and why; the tables below are the classes of text that
// were read only whole before, each failing on the reader before the round.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { fixtureSet, missesOf, testFixtureSet, type Open } from "./fixture-set";

const SET = fixtureSet("pasted");
const OPEN = JSON.parse(readFileSync(join(SET.dir, "open.json"), "utf8")) as Open;

testFixtureSet(SET, OPEN, 800);

/** What the engine reads of a text: each recipient's address, action and reason. */
function read(text: string): [string, string, string][] {
  return analyze(text).recipients.map((r) => [r.address, r.action ?? "failed", r.reason]);
}

/** Pasted notices of the class: each answers its truth, but for the fields the paste lost (its
 * Status, in the report part only), where the reader before the round found no recipient. */
function answersInFull(files: readonly string[]): void {
  test.each(files)("%s", (file) => {
    expect(missesOf(SET, file, OPEN)).toEqual([]);
  });
}

describe("a notice pasted without headers is told by its opening sentence, in its language", () => {
  answersInFull([
    "templates--exo-ko-mailbox-full--body.txt",
    "lab-locales--exim-de_lc-defer-expiry--body.txt",
    "templates--gmail-es-address-not-found--body.txt",
    "templates--gmail-it-message-blocked--body.txt",
    "server-layouts--dovecot-sieve-reject--body.txt",
    "templates--webde-german-mailbox-full--body.txt",
    "templates--sendgrid-bounce--body.txt",
  ]);
  it.each([
    [
      "French",
      "Votre message n'a pas été distribué à anne@example.fr car l'adresse est introuvable.\n\n550 5.1.1 unknown user\n",
      [["anne@example.fr", "failed", "userunknown"]],
    ],
    [
      "Korean",
      "anne@example.kr에게 보낸 메시지를 배달할 수 없습니다.\n\n상태 코드: 552 5.2.2\n",
      [["anne@example.kr", "failed", "mailboxfull"]],
    ],
    [
      "(a guard) a person's note that only says 'delayed'",
      "Hi, the meeting has been delayed, please write to anne@example.org if it fails.\n",
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a report's details pasted under its text are read without a Status field", () => {
  answersInFull([
    "lab--haraka_gmail-dmarc-refusal--diag.txt",
    "lab--haraka_outlook-auth-refusal--diag.txt",
    "lab--haraka_gmail-unauth-refusal--copy.txt",
  ]);
  it("Final-Recipient, Action and Diagnostic-Code alone", () => {
    const text =
      "Sorry.\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; bob@example.com\nAction: failed\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: user unknown\n";
    expect(read(text)).toEqual([["bob@example.com", "failed", "userunknown"]]);
  });
});

describe("Exchange's headings in its 2010 wording and Exchange Online's delay wording", () => {
  answersInFull([
    "templates--exo-de-delay-greylist--body.txt",
    "templates--exo-fr-delay-dns--body.txt",
    "delays--exchange-de-verteilerlisten-greylist--body.txt",
  ]);
  it.each([
    ["Die Zustellung an folgende Empfänger oder Verteilerlisten ist fehlgeschlagen:", "failed"],
    ["Échec de la remise à ces destinataires ou listes de distribution :", "failed"],
    ["La entrega se ha retrasado para estos destinatarios o grupos:", "delayed"],
  ])("%s", (heading, action) => {
    const text = `${heading}\n\nAnne<mailto:anne@example.eu>\nThe e-mail address wasn't found. Remote Server returned '550 5.1.1 unknown'\n`;
    expect(read(text).map(([a, act]) => [a, act])).toEqual([["anne@example.eu", action]]);
  });
});

describe("the notice's own sentence naming the address is its error line", () => {
  answersInFull([
    "provider-layouts--m365-despite-repeated-attempts--body.txt",
    "provider-layouts--gmail-delivery-incomplete-timeout--body.txt",
    "templates--mox-delayed-refused--body.txt",
  ]);
  it.each([
    ["Your message to anne@example.org couldn't be delivered.\n", "failed"],
    [
      "There was a temporary problem delivering your message to anne@example.org. Gmail will retry for 40 more hours.\n",
      "delayed",
    ],
  ])("%s", (text, action) => {
    expect(read(text).map(([a, act]) => [a, act])).toEqual([["anne@example.org", action]]);
  });
});

describe("Haraka's HTML part as pasted: the addresses of its opening sentence, its failure", () => {
  answersInFull([
    "lab--haraka_refused-expiry--body.txt",
    "lab--haraka_silent-expiry--body.txt",
    "lab--haraka_dnsfail-expiry--body.txt",
  ]);
  it("two recipients split off", () => {
    const text =
      "Message not delivered\n\nA problem has occurred when trying to deliver your mail to <a@example.com>, <b@example.com> . Look below for the technical details.\n\nReaction of the server:\n\n\nError: Too many failures (Tried all MXs)\n";
    expect(read(text)).toEqual([
      ["a@example.com", "failed", "expired"],
      ["b@example.com", "failed", "expired"],
    ]);
  });
});

describe("a delay warning pasted without its Subject is told by its words", () => {
  answersInFull([
    "provider-layouts--cpanel-exim-deferred-hourly-cap--body.txt",
    "delays--host-daily-delay-notification--body.txt",
    "templates--gmail-de-delay-quota--body.txt",
  ]);
  it("Exim's deferral heading", () => {
    const text =
      "A message that you sent could not be delivered to one or more of its\nrecipients. This is a temporary error. The following address(es) deferred:\n\n  anne@example.org\n    451 4.7.1 try later\n";
    expect(read(text).map(([a, act]) => [a, act])).toEqual([["anne@example.org", "delayed"]]);
  });
});

describe("a section heading says what happened to the recipients listed under it", () => {
  answersInFull([
    "server-layouts--zmailer-delayed-greylisted--body.txt",
    "templates--stalwart-failed-and-delayed--body.txt",
    "templates--stalwart-delay-dns--body.txt",
  ]);
  const ZMAILER_DELAYED =
    "This is a collection of reports about email delivery\nprocess concerning a message you originated.\n\nDELAYED:\n  Original Recipient:\n    rfc822;anne@example.org\n  Diagnostic texts:\n    ->> 451 4.7.1 Greylisted, try again later\n";
  it.each([
    ["ZMailer's DELAYED: section", ZMAILER_DELAYED, [["anne@example.org", "delayed"]]],
    [
      "ZMailer's FAILED: and DELAYED: sections in one report",
      ZMAILER_DELAYED +
        "\nFAILED:\n  Original Recipient:\n    rfc822;bob@example.net\n  Diagnostic texts:\n    ->> 550 5.1.1 <bob@example.net>: user unknown\n",
      [
        ["anne@example.org", "delayed"],
        ["bob@example.net", "failed"],
      ],
    ],
    [
      "Stalwart's three sections",
      "Your message could not be delivered to some recipients:\n\n    ----- Delivery to the following addresses was successful -----\n<anne@example.org> (delivered to 'mx.example.org' with code 250 (2.0.0) 'OK')\n\n    ----- There was a temporary problem delivering to these addresses -----\n<bob@example.net> (connection to 'mx.example.net' failed: Connection timed out)\n\n    ----- Delivery to the following addresses failed -----\n<carol@example.com> (host 'mx.example.com' rejected command 'RCPT TO:<carol@example.com>' with code 550 (5.1.1) 'User unknown')\n",
      [
        ["anne@example.org", "delivered"],
        ["bob@example.net", "delayed"],
        ["carol@example.com", "failed"],
      ],
    ],
    [
      "(a guard) a quoted Subject that says delayed heads no section",
      "Your message could not be delivered.\n\nSubject: Delayed: quarterly report\n\n<anne@example.org>: host mx.example.org said: 550 5.1.1 unknown user\n",
      [["anne@example.org", "failed"]],
    ],
    [
      "(a guard) a delayed heading over prose, not a list, heads no section",
      "Your message could not be delivered.\n\nDelivery delayed:\nthe remote server refused it.\nWe did not try again.\nPlease check the address.\n\n<anne@example.org>: host mx.example.org said: 550 5.1.1 unknown user\n",
      [["anne@example.org", "failed"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text).map(([a, act]) => [a, act])).toEqual(expected);
  });
});

describe("a recipient's block goes on over lines naming it again; a label line holds no error", () => {
  answersInFull([
    "server-layouts--zmailer-failed-two--body.txt",
    "server-layouts--zmailer-failed-user-unknown--body.txt",
  ]);
  it("the reply under a control line that names the address again", () => {
    const text =
      "This is a collection of reports about email delivery\nprocess concerning a message you originated.\n\nFAILED:\n  Original Recipient:\n    rfc822;anne@example.org\n  Control data:\n    smtp example.org anne@example.org 99\n  Diagnostic texts:\n    <<- RCPT TO:<anne@example.org>\n    ->> 550 5.1.1 <anne@example.org>: user unknown\n";
    expect(analyze(text).recipients.map((r) => [r.address, r.status, r.reason])).toEqual([
      ["anne@example.org", "5.1.1", "userunknown"],
    ]);
  });
});

describe("Haraka's own refusal of a domain with nowhere to deliver to", () => {
  answersInFull([
    "lab--haraka_nx-refusal--body.txt",
    "lab--haraka_mixed-greylist-refused-nx-refusal--body.txt",
  ]);
  it.each([
    "Error: Nowhere to deliver mail to for domain: example.invalid",
    "Nowhere to deliver mail to for domain: example.invalid",
  ])("%s", (line) => {
    const text = `Message not delivered\n\nA problem has occurred when trying to deliver your mail to <anne@example.invalid> . Look below for the technical details.\n\nReaction of the server:\n\n\n${line}\n`;
    expect(read(text)).toEqual([["anne@example.invalid", "failed", "hostunknown"]]);
  });
});

describe("a first line that only looks like a header field, and an address with its error after a comma", () => {
  answersInFull([
    "provider-layouts--mailenable-two-reasons--body.txt",
    "templates--zoho-two-mixed--body.txt",
    "templates--zoho-two-mixed--copy.txt",
  ]);
  it.each([
    [
      "a server's name and a colon opening the notice's sentence (MailEnable's)",
      "MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\n\n\tRecipient: [SMTP:anne@example.org]\n\tReason: 550 5.1.1 user unknown\n",
      [["anne@example.org", "failed", "userunknown"]],
    ],
    [
      "Zoho Mail's 'addr, ERROR CODE :...' lines",
      "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\nanne@example.org, ERROR CODE :550 - 5.1.1 <anne@example.org>: User unknown\n\nbob@example.net, ERROR CODE :552 - 5.2.2 <bob@example.net>: Mailbox quota exceeded\n",
      [
        ["anne@example.org", "failed", "userunknown"],
        ["bob@example.net", "failed", "mailboxfull"],
      ],
    ],
    [
      "(a guard) a list of addresses, a comma between them, is no error",
      "Your message could not be delivered.\n\nanne@example.org, bob@example.net\n\n550 5.1.1 user unknown\n",
      [
        ["anne@example.org", "failed", "userunknown"],
        ["bob@example.net", "failed", "userunknown"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it("(a guard) a message's own header block is still its headers", () => {
    const text =
      "From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\nTo: sender@example.net\n\n<anne@example.org>: host mx.example.org said: 550 5.1.1 user unknown\n";
    expect(analyze(text).recipients.map((r) => r.address)).toEqual(["anne@example.org"]);
  });
});

describe("Exchange's sentence for the user under each recipient, where the administrators' part was not pasted", () => {
  answersInFull([
    "provider-layouts--exchange-delivery-failed-two-reasons--body.txt",
    "exchange-online--ex2016-en-three-recipients--body.txt",
    "templates--exchange2010-german--body.txt",
    "templates--exchange2013-recipientnotfound--body.txt",
    "templates--exchange2016-japanese--body.txt",
    "delays--nearmiss-filter-service-stopped-trying--body.txt",
  ]);
  it.each([
    [
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
      "userunknown",
    ],
    [
      "The recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you.",
      "userunknown",
    ],
    [
      "Die E-Mail-Adresse des Empfängers wurde im E-Mail-System des Empfängers nicht gefunden.",
      "userunknown",
    ],
    ["入力したメール アドレスが見つかりませんでした。", "userunknown"],
    [
      "The domain of this address could not be found. Check the spelling of the domain.",
      "hostunknown",
    ],
    ["The message is larger than this recipient accepts.", "mesgtoobig"],
    ["The recipient's mailbox is full and can't accept messages now.", "mailboxfull"],
    [
      "The server has tried to deliver this message, without success, and has stopped trying.",
      "expired",
    ],
    // (a guard) a sentence that names no reason gives none
    ["A problem occurred during the delivery of this message to this e-mail address.", "onhold"],
  ])("%s", (sentence, reason) => {
    const text = `Delivery has failed to these recipients or groups:\n\nAnne Example (anne@example.org)\n${sentence}\n`;
    expect(read(text)).toEqual([["anne@example.org", "failed", reason]]);
  });
});

describe("Gmail's help link between its sentence and the server's answer ends no error", () => {
  answersInFull(["delays--gmail-ja-haishin-mikanryo--body.txt"]);
  it.each([
    ["LEARN MORE https://support.google.com/mail/answer/7720", "The response was:"],
    ["詳細 https://support.google.com/mail/answer/7720", "応答:"],
  ])("%s", (link, heading) => {
    const text = `** Delivery incomplete **\n\nThere was a temporary problem delivering your message to anne@example.org. Gmail will retry for 44 more hours.\n\n${link}\n\n${heading}\n\n452 4.2.2 The email account that you tried to reach is over quota.\n`;
    expect(analyze(text).recipients.map((r) => [r.address, r.action, r.status])).toEqual([
      ["anne@example.org", "delayed", "4.2.2"],
    ]);
  });
});

describe("Google Groups' refusal pasted without its headers: the group it names in brackets", () => {
  answersInFull([
    "templates--google-groups-no-permission--body.txt",
    "templates--google-groups-no-permission--copy.txt",
  ]);
  const notice = (named: string): string =>
    `Hello sam@example.org,\n\nWe're writing to let you know that the group you tried to contact (${named}) may not exist, or you may not have permission to post messages to the group.\n\nIf you have questions, visit the Help Center at https://groups.google.com/support/.\n\n----- Original message -----\n\nFrom: Sam <sam@example.org>\nTo: walkers@googlegroups.com\nSubject: Route\n`;
  it("the group's address from the returned post's To", () => {
    expect(read(notice("walkers"))).toEqual([["walkers@googlegroups.com", "failed", "rejected"]]);
  });
  it("(a guard) a name in brackets that is no address's local part names no group", () => {
    expect(read(notice("runners")).map(([a]) => a)).not.toContain("walkers@googlegroups.com");
  });
});

describe("Google Groups' refusal pasted alone: its sentence tells it, the group's address or none", () => {
  // h-facts16: five pastes of the notice in public threads (quoted in a list reply, in a code
  // block, in quotation marks under a person's words, a Google Workspace group's, a forward's
  // body), none with the returned post that names the group's address; our own texts of those
  // shapes. A paste that names no address of the group is a failure with no address.
  const SENTENCE =
    "We're writing to let you know that the group you tried to contact (walkers) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n * You may need to join the group before receiving permission to post.\n";
  const quoted = SENTENCE.split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
  it.each([
    [
      "quoted under a reply's attribution line",
      `On 3 May 2024, Mail Delivery Subsystem wrote:\n> Hello sam@example.org,\n> \n${quoted}\n> Google Groups\n\nSeems the Cc did not work.\n`,
    ],
    [
      "its sentence broken over lines, in a code block",
      "Here is what came back:\n\n```\nWe're writing to let you know that the group you tried to contact\n(walkers) may not exist, or you may not have permission to post messages\nto the group.\n```\n",
    ],
    [
      "a Google Workspace group's, signed by the domain's admins",
      `Hello,\n\n${SENTENCE}\nIf you have questions, visit the Help Center at https://support.google.com/a/example.org/bin/topic.py?topic=25838.\n\nThanks,\n\nexample.org admins\n`,
    ],
  ])("%s: a failure with no address", (_name, text) => {
    expect(read(text)).toEqual([["", "failed", "rejected"]]);
  });
  it("the group's address where the person's words name it, read from the notice's own words", () => {
    const text = `When I emailed the address listed on the page (walkers@example.org) I got this back:\n\n"Hello sam@example.org,\n\n${SENTENCE}"\n`;
    const [row] = diagnose(analyze(text)).recipients;
    expect([row?.address, row?.reason, row?.explanation.id]).toEqual([
      "walkers@example.org",
      "rejected",
      "sender-refused",
    ]);
    expect(row?.diagnostic).toMatch(/^We're writing to let you know/);
  });
  it("(a guard) a person's words about a group, without the notice's sentence, are no bounce", () => {
    expect(
      read(
        "Ask the group you tried to contact (walkers) whether walkers@example.org takes posts.\n",
      ),
    ).toEqual([]);
  });
});

describe("a line pasted as Markdown inline code is read without its marks", () => {
  // h-facts16: two notices pasted one after the other into an issue thread, the first one's
  // recipient line a code span ("`<root@...>: 550 5.1.1 ...`"): the second notice's reader took
  // the text and the first recipient was lost. Our own texts of that shape.
  const GMAIL =
    "Delivery to the following recipient failed permanently:\n\n     lee@example.org\n\nTechnical details of permanent failure:\nThe error that the other server returned was:\n550 5.1.1 The email account that you tried to reach does not exist.\n";
  it.each([
    [
      "Postfix's recipient line, then a Gmail notice",
      `This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n                   The mail system\n\n\`<kim@example.net>: host mx.example.net[192.0.2.9] said: 550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\`\n\nAnd the second one:\n\n${GMAIL}`,
      "kim@example.net",
    ],
    [
      "an indented address line with its reply, then a Gmail notice",
      `A message that you have sent could not be delivered to one or more\nrecipients.  This is a permanent error.  The following address failed:\n\n  \`<kim@example.net>: 550 5.1.1 The email account that you tried to reach does not exist.\`\n\n${GMAIL}`,
      "kim@example.net",
    ],
  ])("%s: both recipients", (_name, text, first) => {
    expect(read(text).map(([address, action]) => [address, action])).toEqual([
      [first, "failed"],
      ["lee@example.org", "failed"],
    ]);
  });
});

describe("Courier's delay warning pasted without its Subject", () => {
  // the lab's Courier warnings as pasted (h-paste's generated set, not committed): 20 of them were
  // told to send again before
  const COURIER =
    "This is a delivery status notification from mx.example.net,\nrunning the Courier mail server, version 1.0.16.\n\n                     DELAYS IN DELIVERING YOUR MESSAGE\n\nThe delivery of the following E-mail message has been delayed.  This is an\nadvisory notice only; it is sent only to notify you about a temporary delay\nin delivering your message.  You DO NOT need to do anything at this time.\nAdditional attempts to deliver your message will be made.\n\n<anne@example.org>:\n     mx.example.org [192.0.2.10]:\n >>> RCPT TO:<anne@example.org>\n <<< 450 4.2.0 <anne@example.org>: Recipient address rejected: Greylisted\n";
  it.each([
    ["the whole text", COURIER],
    ["its heading alone", COURIER.replace(/The delivery of[^]*will be made\.\n/, "")],
    ["its advisory sentence alone", COURIER.replace("DELAYS IN DELIVERING YOUR MESSAGE", "")],
  ])("%s", (_name, text) => {
    expect(analyze(text).recipients.map((r) => [r.address, r.action, r.temporary])).toEqual([
      ["anne@example.org", "delayed", true],
    ]);
  });
});

describe("a notice pasted as a quote ('> ' before each line) is read as the notice", () => {
  // h-facts13: bounces quoted in list replies and forum posts (a Gmail failure under a reply's
  // attribution line, an Exchange delay warning between quote marks); our own texts of that shape
  const GMAIL =
    'Delivery to the following recipient failed permanently:\n\n     carol@example.org\n\nTechnical details of permanent failure:\nThe error that the other server returned was:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n--\nTo leave this list, send the line "unsubscribe" in\nthe body of a message to listserv@example.net\n';
  const quote = (text: string, mark = "> "): string =>
    text
      .split("\n")
      .map((l) => (l === "" ? mark.trimEnd() : mark + l))
      .join("\n");
  it.each([
    [
      "under a reply's attribution line",
      `On Monday, Ann <ann@example.com> wrote:\n${quote(GMAIL)}`,
    ],
    ["quoted twice, from a reply to a reply", quote(quote(GMAIL))],
    ["quoted with '>' and no space", quote(GMAIL, ">")],
    ["quoted twice that way ('>>')", quote(quote(GMAIL, ">"), ">")],
  ])("%s: the failed address only, not the list footer's", (_name, text) => {
    expect(read(text)).toEqual([["carol@example.org", "failed", "userunknown"]]);
  });
  it("a quoted delay warning's details are read as its report", () => {
    const text = quote(
      "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nDelivery to the following recipients has been delayed.\n\n       dave@example.com\n\nFinal-Recipient: rfc822;dave@example.com\nAction: delayed\nStatus: 4.4.7\n",
    );
    expect(analyze(text).recipients.map((r) => [r.address, r.action, r.status])).toEqual([
      ["dave@example.com", "delayed", "4.4.7"],
    ]);
  });
  it("(a guard) a Sendmail transcript's '>>>' lines are no quote", () => {
    const text =
      "   ----- The following addresses had permanent fatal errors -----\n<erin@example.org>\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> RCPT To:<erin@example.org>\n<<< 550 5.1.1 <erin@example.org>... User unknown\n>>> DATA\n>>> QUIT\n";
    expect(read(text)).toEqual([["erin@example.org", "failed", "userunknown"]]);
  });
});

describe("a report's details pasted in part under its notice", () => {
  // h-facts13: a Postfix notice naming six recipients whose pasted details kept one block, cut off
  // inside its Diagnostic-Code; our own text of that shape
  const NOTICE =
    "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<ann@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1 <ann@example.org>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n<bob@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1 <bob@example.org>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n<cat@example.com>: host mx.example.com[192.0.2.6] said: 552 5.2.2 Mailbox full\n    (in reply to RCPT TO command)\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <ann@example.org>: Reci\n";
  it("every recipient the notice names, not only the blocks pasted", () => {
    expect(read(NOTICE)).toEqual([
      ["ann@example.org", "failed", "userunknown"],
      ["bob@example.org", "failed", "userunknown"],
      ["cat@example.com", "failed", "mailboxfull"],
    ]);
  });
  it("a Diagnostic-Code cut off inside a word gives way to the notice's whole words", () => {
    expect(analyze(NOTICE).recipients[0]?.diagnostic).toContain("Recipient address rejected");
  });
  it("(a guard) a recipient the notice says is still being tried is not added as failed", () => {
    const text = NOTICE.replace(
      "<cat@example.com>: host mx.example.com[192.0.2.6] said: 552 5.2.2 Mailbox full",
      "<cat@example.com>: host mx.example.com[192.0.2.6] said: 451 4.3.0 Try again later",
    );
    expect(read(text).map(([a]) => a)).toEqual(["ann@example.org", "bob@example.org"]);
  });
});

describe("a notice whose recipient's address was hidden by whoever pasted it", () => {
  // h-facts13: public pastes hide the address ("<ya...ple.net>", "<name@<domain>.de>",
  // "[EMAIL-16]"); the failure is still told, with no address. Our own texts of those shapes.
  const POSTFIX =
    "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n";
  it.each([
    [
      "Postfix, the address cut short",
      `${POSTFIX}<jo...ple.net>: host mx.example.org[192.0.2.7] said: 550 5.1.1\n    <jo...ple.net>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)\n`,
      [["", "failed", "userunknown"]],
    ],
    [
      "Postfix, a placeholder for the domain",
      `${POSTFIX}<info@<yourdomain>.com>: Host or domain name not found. Name service error\n    for name=<yourdomain>.com type=A: Host not found\n`,
      [["", "failed", "hostunknown"]],
    ],
    [
      "Exchange, redacted, under an Outlook copy's headers that name the sender",
      "From: Microsoft Outlook\nTo: me@example.com\nSubject: Undeliverable: Hello\n\nDelivery has failed to these recipients or groups:\n\n[REDACTED]\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for administrators:\n\nGenerating server: mx1.example.com\n\n[REDACTED]\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n\nFrom: Me <me@example.com>\nTo: <[REDACTED]>\nSubject: Hello\n",
      [["", "failed", "userunknown"]],
    ],
    [
      "(a guard) a Postfix line whose address can be read is read as before",
      `${POSTFIX}<jo@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 User unknown\n    (in reply to RCPT TO command)\n`,
      [["jo@example.org", "failed", "userunknown"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
