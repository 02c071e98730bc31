// Outlook.com / Hotmail and the Windows SMTP service: "This is an automatically generated Delivery
// Status Notification." with one sentence saying what happened ("Delivery to the following
// recipients failed.", "... due to being unable to connect successfully to the destination mail
// server.", "... has been delayed."), the addresses (often only in the message/delivery-status
// part), and Hotmail's own wording for a few failures.
import type { Evidence } from "../../types";
import type { BounceSource, DecodedBounce, DecodedRecipient, Dialect } from "../types";
import { fromMicrosoft, subjectKind } from "./signals";
import { hasHeader, squeeze } from "./lines";
import { normaliseAddress } from "../common/text-addresses";
import { soleAddress } from "../common/address-lines";
import { reasonOfToken, type TokenReason } from "./tokens";
import { Marks } from "../common/marks";
import { textLines } from "../common/text-lines";

const INTRO = new Marks(["this is an automatically generated delivery status notification"]);
/** "Delivery to the following recipients failed." and its siblings. */
const SENTENCE =
  /^(?:delivery to the following recipients? (?:failed|has been delayed)|unable to deliver message to the following recipients?).*$/im;

/** Hotmail's own sentences (lower-case substrings) and the reason each means. */
const HOTMAIL_PHRASES: readonly TokenReason[] = [
  { token: "because the domain is not reachable", reason: "hostunknown" },
  { token: "requested action not taken: mailbox unavailable", reason: "userunknown" },
];

function detect(src: BounceSource): boolean {
  // the headers first: they rule most bounces out without reading the text
  return (
    (fromMicrosoft(src) ||
      hasHeader(src, "x-message-delivery") ||
      hasHeader(src, "x-dsncontext")) &&
    textLines(src).has(INTRO)
  );
}

/** Lines after the sentence: address-only lines are recipients, the rest is what was said. */
function afterSentence(text: string, at: number): { listed: string[]; notes: string } {
  const lines = text
    .slice(at)
    .split("\n", 60)
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const listed: string[] = [];
  const notes: string[] = [];
  for (const line of lines) {
    const address = soleAddress(line);
    if (address) listed.push(normaliseAddress(address));
    else if (notes.length < 8) notes.push(line);
  }
  return { listed, notes: squeeze(notes.join(" ")) };
}

function decode(src: BounceSource): DecodedBounce | undefined {
  const match = SENTENCE.exec(src.text);
  const sentence = match?.[0]?.trim();
  const delayed = /delayed/i.test(sentence ?? "") || subjectKind(src.subject) === "delayed";
  const { listed, notes } = afterSentence(src.text, match?.index ?? src.text.length);
  const dsn = src.deliveryStatus?.recipients ?? [];
  const addresses =
    listed.length > 0 ? listed : dsn.map((r) => r.finalRecipient ?? "").filter(Boolean);
  const recipients: DecodedRecipient[] = addresses.map((address) => {
    const block = dsn.find((r) => r.finalRecipient?.toLowerCase() === address.toLowerCase());
    // the DSN's diagnostic when there is one; otherwise the words after the address list
    const said = block?.diagnosticCode ?? (notes || sentence || "");
    const phrase = reasonOfToken(`${said} ${sentence ?? ""}`, HOTMAIL_PHRASES);
    const evidence: Evidence[] = [
      { fact: "address", source: listed.length > 0 ? "body" : "dsn", text: address },
    ];
    if (sentence) evidence.push({ fact: "diagnostic", source: "body", text: sentence });
    if (phrase) {
      evidence.push({
        fact: "reason",
        source: "body",
        field: "outlook.com text",
        text: phrase.token,
      });
    }
    return {
      address,
      action: delayed ? "delayed" : "failed",
      evidence,
      ...(!block?.diagnosticCode && said ? { diagnostic: said } : {}),
      ...(phrase ? { reason: phrase.reason } : {}),
    };
  });
  if (recipients.length === 0) return undefined;
  return { kind: delayed ? "delayed" : "failed", recipients, evidence: [] };
}

export const outlookCom: Dialect = { id: "outlook-com", detect, decode };
