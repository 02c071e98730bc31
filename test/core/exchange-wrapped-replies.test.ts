// Exchange wraps another receiver's refusal in its own "<host #status smtp;reply>" before quoting
// it as "Remote Server returned '...'" (round 34 of the words): the reply inside is what the
// receiver said, so its code, status, words and host are the recipient's facts. Exchange's own
// X.5.0 says only that the SMTP server refused, never that the protocol failed.
import { analyze, diagnose } from "../../src/core";
import type { Owner } from "../../src/core/types";

/** A Microsoft 365 NDR as a user pastes it, around one quoted answer. */
function pasted(answer: string): string {
  return [
    "Your message to ann@fabrikam.example couldn't be delivered.",
    "Diagnostic information for administrators:",
    "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
    "ann@fabrikam.example",
    `Remote Server returned '${answer}'`,
  ].join("\n");
}

interface Want {
  readonly replyCode?: string;
  readonly status?: string;
  readonly diagnostic: string;
  readonly remoteServer?: string;
  readonly owner: Owner;
}

test.each<[string, Want]>([
  // https://misstech.co.uk/2015/05/01/sharepoint-online-sharing-emails-rejected-bounced-ndr/
  [
    "< #5.5.0 smtp;550 Administrative Lockout - Inbound not allowed >",
    {
      replyCode: "550",
      diagnostic: "550 Administrative Lockout - Inbound not allowed",
      owner: "recipient-admin",
    },
  ],
  [
    "< #5.5.0 smtp;550 Requested action not taken: mailbox unavailable>",
    {
      replyCode: "550",
      diagnostic: "550 Requested action not taken: mailbox unavailable",
      owner: "you",
    },
  ],
  [
    "<mx.fabrikam.example #5.0.0 smtp;554 Transaction failed: spam message rejected>",
    {
      replyCode: "554",
      status: "5.0.0",
      diagnostic: "554 Transaction failed: spam message rejected",
      remoteServer: "mx.fabrikam.example",
      owner: "you",
    },
  ],
  [
    "<mx.fabrikam.example #5.0.0 smtp;550 5.1.1 <ann@fabrikam.example>... User unknown>",
    {
      replyCode: "550",
      status: "5.1.1",
      diagnostic: "550 5.1.1 <ann@fabrikam.example>... User unknown",
      remoteServer: "mx.fabrikam.example",
      owner: "you",
    },
  ],
  [
    "< #5.5.0 smtp;554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org>",
    {
      replyCode: "554",
      status: "5.7.1",
      diagnostic:
        "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org",
      owner: "your-admin",
    },
  ],
])("%s", (answer, want) => {
  const [r] = diagnose(analyze(pasted(answer))).recipients;
  expect({
    replyCode: r?.replyCode,
    status: r?.status,
    diagnostic: r?.diagnostic,
    remoteServer: r?.remoteServer,
    owner: r?.explanation.owner,
  }).toEqual(want);
  expect(r?.explanation.id).not.toMatch(/5\.5\.0$/);
});
