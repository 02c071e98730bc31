// Parts of a Microsoft 365 / Exchange NDR as users paste them into the pane (round 34 of the
// words): the "Diagnostic information for administrators" part without the recipient's address
// still holds the receiver's answer, so the report is a failure (or delay) with that answer and
// no address, not "not a bounce"; Exchange's own opening sentences are bounce words.
import { analyze, diagnose } from "../../src/core";
import type { BounceKind, Owner } from "../../src/core/types";

const ADMIN = [
  "Diagnostic information for administrators:",
  "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
];

interface Want {
  readonly kind: BounceKind;
  readonly addresses: readonly string[];
  readonly diagnostic: string;
  readonly owner: Owner;
  readonly temporary: boolean;
}

test.each<[string, string, Want]>([
  [
    // https://misstech.co.uk/2015/05/01/sharepoint-online-sharing-emails-rejected-bounced-ndr/
    "a Mimecast refusal, as the page quotes it",
    [
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      "",
      "Diagnostic information for administrators:",
      "",
      "Generating server: DB4.MAIL.YLO001.MSOPRD.MSFT.NET",
      "",
      "Remote Server returned '< #5.5.0 smtp;550 Administrative Lockout - Inbound not allowed >'",
    ].join("\n"),
    {
      kind: "failed",
      addresses: [""],
      diagnostic: "550 Administrative Lockout - Inbound not allowed",
      owner: "recipient-admin",
      temporary: false,
    },
  ],
  [
    "the administrators' part alone",
    [...ADMIN, "Remote Server returned '550 5.1.1 User unknown'"].join("\n"),
    {
      kind: "failed",
      addresses: [""],
      diagnostic: "550 5.1.1 User unknown",
      owner: "you",
      temporary: false,
    },
  ],
  [
    "a delay notice's part",
    [
      "Delivery is delayed to these recipients or groups:",
      ...ADMIN,
      "Remote Server returned '451 4.7.0 Temporary server error. Please try again later'",
    ].join("\n"),
    {
      kind: "delayed",
      addresses: [""],
      diagnostic: "451 4.7.0 Temporary server error. Please try again later",
      owner: "nobody",
      temporary: true,
    },
  ],
  [
    "the opening names the address",
    [
      "Your message to ann@fabrikam.example couldn't be delivered.",
      "",
      ...ADMIN,
      "ann@fabrikam.example",
      "Remote Server returned '550 5.1.1 User unknown'",
    ].join("\n"),
    {
      kind: "failed",
      addresses: ["ann@fabrikam.example"],
      diagnostic: "550 5.1.1 User unknown",
      owner: "you",
      temporary: false,
    },
  ],
])("%s", (_name, text, want) => {
  const d = diagnose(analyze(text));
  const [first] = d.recipients;
  expect({
    kind: d.kind,
    addresses: d.recipients.map((r) => r.address),
    diagnostic: first?.diagnostic,
    owner: first?.explanation.owner,
    temporary: first?.explanation.temporary,
  }).toEqual(want);
});

test("an address the layout does not read leaves the answer to the other readers", () => {
  const text = [
    "Your message couldn't be delivered.",
    ...ADMIN,
    "Remote Server returned '550 5.1.1 User unknown'",
    "Sent to Ann <ann@fabrikam.example> by the list",
  ].join("\n");
  expect(analyze(text).recipients.map((r) => r.address)).not.toContain("");
});

test("the missing address is our finding, not a line the report holds", () => {
  const text = [...ADMIN, "Remote Server returned '550 5.1.1 User unknown'"].join("\n");
  const [recipient] = analyze(text).recipients;
  const addressEvidence = recipient?.evidence.filter((e) => e.fact === "address");
  expect(addressEvidence).toEqual([
    { fact: "address", source: "inferred", field: "layout", text: "the report names no address" },
  ]);
  // every other line of its evidence is the report's own
  for (const e of recipient?.evidence ?? []) {
    if (e.source !== "inferred") expect(text).toContain(e.text);
  }
});
