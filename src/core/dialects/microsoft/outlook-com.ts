// Outlook.com / Hotmail and the Windows SMTP service: "This is an automatically generated Delivery
// Status Notification." with one sentence saying what happened ("Delivery to the following
// recipients failed.", "... due to being unable to connect successfully to the destination mail
// server.", "... has been delayed."), the addresses (often only in the message/delivery-status
// part), and Hotmail's own wording for a few failures.
import type { Evidence } from "../../types";
import type { BounceSource, DecodedBounce, DecodedRecipient, Dialect } from "../types";
import { fromMicrosoft, subjectKind } from "./signals";
import { hasHeader, soleAddress, squeeze } from "./lines";
import { reasonOfToken, type TokenReason } from "./tokens";

const INTRO = "this is an automatically generated delivery status notification";
/** "Delivery to the following recipients failed." and its siblings. */
const SENTENCE =
  /^(?:delivery to the following recipients? (?:failed|has been delayed)|unable to deliver message to the following recipients?).*$/im;

/** Hotmail's own sentences (lower-case substrings) and the reason each means. */
const HOTMAIL_PHRASES: readonly TokenReason[] = [
  { token: "because the domain is not reachable", reason: "hostunknown" },
  { token: "requested action not taken: mailbox unavailable", reason: "userunknown" },
];

function detect(src: BounceSource): boolean {
  const lower = src.text.toLowerCase();
  return (
    lower.includes(INTRO) &&
    (fromMicrosoft(src) || hasHeader(src, "x-message-delivery") || hasHeader(src, "x-dsncontext"))
  );
}

function decode(src: BounceSource): DecodedBounce | undefined {
  const sentence = SENTENCE.exec(src.text)?.[0]?.trim();
  const delayed = /delayed/i.test(sentence ?? "") || subjectKind(src.subject) === "delayed";
  const listed = src.text
    .slice(SENTENCE.exec(src.text)?.index ?? src.text.length)
    .split("\n")
    .slice(1)
    .map((l) => soleAddress(l.trim()))
    .filter((a): a is string => a !== undefined && !/\s/.test(a));
  const dsn = src.deliveryStatus?.recipients ?? [];
  const addresses =
    listed.length > 0 ? listed : dsn.map((r) => r.finalRecipient ?? "").filter(Boolean);
  const recipients: DecodedRecipient[] = addresses.map((address) => {
    const block = dsn.find((r) => r.finalRecipient?.toLowerCase() === address.toLowerCase());
    const said = squeeze(`${block?.diagnosticCode ?? ""} ${sentence ?? ""}`);
    const phrase = reasonOfToken(said, HOTMAIL_PHRASES);
    const evidence: Evidence[] = [
      { fact: "address", source: listed.length > 0 ? "body" : "dsn", text: address },
    ];
    if (sentence) evidence.push({ fact: "diagnostic", source: "body", text: sentence });
    if (phrase)
      evidence.push({
        fact: "reason",
        source: "body",
        field: "outlook.com text",
        text: phrase.token,
      });
    return {
      address,
      action: delayed ? "delayed" : "failed",
      evidence,
      ...(!block?.diagnosticCode && sentence ? { diagnostic: sentence } : {}),
      ...(phrase ? { reason: phrase.reason } : {}),
    };
  });
  if (recipients.length === 0) return undefined;
  return { kind: delayed ? "delayed" : "failed", recipients, evidence: [] };
}

export const outlookCom: Dialect = { id: "outlook-com", detect, decode };
