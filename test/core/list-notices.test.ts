// Mailing-list managers' notices to a poster, in the managers' own template words (mlmmj's list
// texts, Mailman 2's and 3's templates, Sympa's message reports) with other lists, subjects and wrappings than the lab's
// (test/corpus/lab-lists has the real ones): a held post is a delay no server retries, told
// neither to wait for a retry nor to send again; a refusal by the list's policy is the list
// owner's, one by its size or a missing To: the poster's; a list's word about a member's own
// bouncing address reports no failure.
import { analyze, diagnose } from "../../src/core";

const notice = (from: string, subject: string, body: string): Uint8Array =>
  new Uint8Array(
    Buffer.from(
      `From: ${from}\nTo: poster@example.org\nSubject: ${subject}\nMIME-Version: 1.0\n` +
        `Content-Type: text/plain; charset=utf-8\n\n${body}\n`,
    ),
  );

interface Case {
  readonly name: string;
  readonly raw: Uint8Array;
  readonly address: string;
  readonly action: "failed" | "delayed";
  readonly reason: string;
  readonly owner: string;
  readonly entry: string;
}

const CASES: readonly Case[] = [
  {
    // Mailman 2's postheld.txt
    name: "Mailman 2 hold of a non-member's post",
    raw: notice(
      "staff-bounces@lists.example.net",
      "Your message to Staff awaits moderator approval",
      "Your mail to 'Staff' with the subject\n\n    Budget 2027\n\nIs being held until the list\n" +
        "moderator can review it for approval.\n\nThe reason it is being held:\n\n" +
        "    Post by non-member to a members-only list\n\nEither the message will get posted to " +
        "the list, or you will receive\nnotification of the moderator's decision.",
    ),
    address: "staff@lists.example.net",
    action: "delayed",
    reason: "policyviolation",
    owner: "recipient-admin",
    entry: "list-held-for-moderator",
  },
  {
    // Mailman 3's postheld, a size hold
    name: "Mailman 3 hold of a post too big",
    raw: notice(
      "photo-club-bounces@example.com",
      "Your message to photo-club@example.com awaits moderator approval",
      "Your mail to 'photo-club@example.com' with the subject\n\n    Pictures\n\nIs being held " +
        "until the list moderator can review it for approval.\n\nThe message is being held " +
        "because:\n\n    The message is larger than the 40 KB maximum size\n",
    ),
    address: "photo-club@example.com",
    action: "delayed",
    reason: "mesgtoobig",
    owner: "recipient-admin",
    entry: "list-held-for-moderator",
  },
  {
    // mlmmj's wait-post, wrapped after a long subject
    name: "mlmmj hold on a moderated list",
    raw: notice(
      "announce+owner@example.org",
      "Awaiting release to announce@example.org: Release notes",
      "Hi, this is the Mlmmj program managing the <announce@example.org> mailing list.\n\n" +
        'The message from <poster@example.org> with subject "Release notes for the spring ' +
        'version" has\nbeen submitted to the list. However, the moderators are being asked to ' +
        "review it\nbefore releasing it to the list because this is a moderated list.\n\n" +
        "(The message is below.)",
    ),
    address: "announce@example.org",
    action: "delayed",
    reason: "policyviolation",
    owner: "recipient-admin",
    entry: "list-held-for-moderator",
  },
  {
    // mlmmj's deny-post, subonlypost
    name: "mlmmj refusal of a non-subscriber",
    raw: notice(
      "dev+owner@lists.example.org",
      "Post to dev@lists.example.org denied: Patch",
      "Hi, this is the Mlmmj program managing the <dev@lists.example.org> mailing list.\n\n" +
        'The message from <poster@example.org> with subject "Patch" was unable to be\n' +
        "delivered to the list because you are not a list subscriber.\n\n(The denied message is below.)",
    ),
    address: "dev@lists.example.org",
    action: "failed",
    reason: "rejected",
    owner: "recipient-admin",
    entry: "list-refused-sender",
  },
  {
    // mlmmj's deny-post, tocc
    name: "mlmmj refusal of a post naming the list only in Bcc",
    raw: notice(
      "dev+owner@lists.example.org",
      "Post to dev@lists.example.org denied: Patch",
      "Hi, this is the Mlmmj program managing the <dev@lists.example.org> mailing list.\n\n" +
        'The message from <poster@example.org> with subject "Patch" was unable to be delivered\n' +
        "to the list because the list address was not found in either the To: or CC:\nheader.\n\n" +
        "(The denied message is below.)",
    ),
    address: "dev@lists.example.org",
    action: "failed",
    reason: "policyviolation",
    owner: "you",
    entry: "list-implicit-destination",
  },
  {
    // Mailman 2's non-member rejection (its Moderate handler's words)
    name: "Mailman 2 automatic refusal of a non-member",
    raw: notice(
      "board-owner@example.net",
      'Auto-response for your message to the "Board" mailing list',
      "You are not allowed to post to this mailing list, and your message has been\n" +
        "automatically rejected.  If you think that your messages are being rejected in\n" +
        "error, contact the mailing list owner at board-owner@example.net.",
    ),
    address: "board@example.net",
    action: "failed",
    reason: "rejected",
    owner: "recipient-admin",
    entry: "list-refused-sender",
  },
  {
    // Mailman 2's and 3's refuse template
    name: "a moderator's rejection",
    raw: notice(
      "garden-bounces@example.org",
      'Request to mailing list "Garden" rejected',
      "Your request to the garden@example.org mailing list\n\n    Posting of your message titled " +
        '"For sale"\n\nhas been rejected by the list moderator.  The moderator gave the following ' +
        'reason for rejecting your request:\n\n"No adverts, please."',
    ),
    address: "garden@example.org",
    action: "failed",
    reason: "policyviolation",
    owner: "recipient-admin",
    entry: "list-refused-moderator",
  },
  {
    // Sympa's moderating_message, wrapped
    name: "Sympa hold on a moderated list",
    raw: notice(
      '"SYMPA" <sympa@lists.example.edu>',
      "Message distribution",
      "Your message to the list 'physics-seminar' has been forwarded to the\nmoderator(s)",
    ),
    address: "physics-seminar@lists.example.edu",
    action: "delayed",
    reason: "policyviolation",
    owner: "recipient-admin",
    entry: "list-held-for-moderator",
  },
  {
    name: "Sympa refusal of a non-subscriber, under its own delivery report",
    raw: sympaReport(
      "alumni",
      "Message distribution in the list is restricted to list subscribers.",
    ),
    address: "alumni@lists.example.edu",
    action: "failed",
    reason: "rejected",
    owner: "recipient-admin",
    entry: "list-refused-sender",
  },
];

/** Sympa's refusal: its message report under a delivery report of its own (Diagnostic-Code type
 * X-Sympa, the registry's phrase), the reason in the text. */
function sympaReport(list: string, reason: string): Uint8Array {
  const lines = [
    'From: "SYMPA" <sympa-request@lists.example.edu>',
    "To: poster@example.org",
    "Subject: Message distribution: Authorization denied",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "This is an automatic response sent by Sympa Mailing Lists Manager.",
    `Impossible to distribute your message for list '${list}@lists.example.edu' for`,
    "the following reason:",
    "",
    `Your message for list '${list}' (attached below) was rejected.`,
    "You are not allowed to send this message for the following reason:",
    "",
    ` ${reason}`,
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; lists.example.edu",
    "",
    `Final-Recipient: rfc822; ${list}@lists.example.edu`,
    "Action: failed",
    "Status: 5.7.1",
    "Diagnostic-Code: X-Sympa; Delivery not authorized, message refused",
    "",
    "--b1--",
    "",
  ];
  return new Uint8Array(Buffer.from(lines.join("\n")));
}

describe("a mailing list's notice to a poster", () => {
  it.each(CASES)("$name", (c) => {
    const report = diagnose(analyze(c.raw));
    const [r] = report.recipients;
    expect(report.dialect).toBe("listmanager");
    expect(report.recipients).toHaveLength(1);
    expect({
      address: r?.address,
      action: r?.action,
      reason: r?.reason,
      owner: r?.explanation.owner,
      entry: r?.explanation.id,
    }).toEqual({
      address: c.address,
      action: c.action,
      reason: c.reason,
      owner: c.owner,
      entry: c.entry,
    });
  });

  it.each(CASES)("$name: the report is held for review, or failed", (c) => {
    // a hold is its own kind: the pane and the command line do not say "still retrying"
    expect(analyze(c.raw).kind).toBe(c.action === "delayed" ? "held" : "failed");
  });

  it.each(CASES.filter((c) => c.action === "delayed"))(
    "$name: tells neither to wait for a retry nor to send again",
    (c) => {
      const e = diagnose(analyze(c.raw)).recipients[0]?.explanation;
      expect(e?.actions).not.toContain("wait-for-retry");
      expect(e?.actions).not.toContain("retry-later");
      expect(e?.summary.en).not.toMatch(/tries again/);
    },
  );
});

describe("a list's word about a member's own bouncing address", () => {
  it.each([
    [
      "mlmmj's probe",
      notice(
        "dev+bounces-probe-poster=example.org@lists.example.org",
        "Bouncing messages from dev@lists.example.org",
        "Hi, this is the Mlmmj program managing the <dev@lists.example.org> mailing list.\n\n" +
          "Some messages to you could not be delivered. If you're seeing this\nmessage it means " +
          "things are back to normal, and it's merely for your\ninformation.",
      ),
    ],
    [
      "Mailman's membership disabled",
      notice(
        "garden-bounces@example.org",
        "Your subscription for Garden mailing list has been disabled",
        "Your membership in the mailing list Garden has been disabled due to\nexcessive bounces. " +
          "You will not get any more messages from this list until\nyou re-enable your membership.",
      ),
    ],
  ])("%s reports no failed delivery", (_name, raw) => {
    const report = analyze(raw);
    expect(report.kind).toBe("not-a-bounce");
    expect(report.recipients).toEqual([]);
  });
});
