// Postfix's human-readable part ("<addr>: host X said: ..."), with or without a status part, and
// its "Transcript of session follows" notices ("In: RCPT TO:<addr>" / "Out: 451 ...").
import { decodeTextBounce, recipientFromLines, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import { transcriptRecipients } from "../common/transcript";
import type { BounceSource, DecodedBounce, DecodedRecipient, Dialect } from "../types";
import { decodedBy } from "../common/decoded";
import { Marks } from "../common/marks";
import { textLines } from "../common/text-lines";
import { isMailbox } from "../../mailbox";

const SIGNATURES = new Marks([
  "this is the mail system at host",
  "the mail system",
  "i'm sorry to have to inform you that your message could not",
  "transcript of session follows",
]);
const TRANSCRIPT = new Marks(["transcript of session follows"]);
/**
 * Postfix's own recipient line, "<addr>: host mx.example[192.0.2.1] said: 550 ...": written by
 * its code whatever the notice's words, which a provider may have replaced (bounce(5) templates).
 * Tested on the lower-cased head of the text.
 */
const HOST_SAID_LINE =
  /^<[^\s<>@]{1,64}@[^\s<>]{1,253}>: host [^\s[\]]{1,253}\[[0-9a-f.:]{2,45}\] said: /m;

const LAYOUT: TextLayout = {
  start: ["the mail system", "could not be delivered to one or more recipients"],
  atMargin: true,
};

/**
 * Postfix's recipient line with the address hidden by whoever pasted it ("<ya...ple.net>: host
 * ... said: 550 ...", "<name@<domain>.de>: Host or domain name not found", "<XXX (expanded from
 * <...>): ..."): the brackets, a colon, the error. Its indented lines under it go on. (One lazy
 * run, bounded: a line costs at most 300 steps.)
 */
const HIDDEN_ADDRESS_LINE = /^<([^\n]{1,300}?)>\)?: \S/;
/** A line that goes on the one above: indented. */
const INDENTED = /^[ \t]+\S/;
const FIELD = "Postfix report";

/**
 * The failures of a report whose recipient lines name no address that can be read (a paste
 * that hid them): one recipient without an address each, with its line and the lines under it.
 */
function hiddenAddressRecipients(text: string): DecodedRecipient[] {
  const lines = text.split("\n");
  const found: DecodedRecipient[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const named = HIDDEN_ADDRESS_LINE.exec(line)?.[1];
    // an address that can be read was read, or left out on purpose (a sender's), by the layout
    if (named === undefined || isMailbox(named)) continue;
    const block = [line.trim()];
    while (i + 1 < lines.length && INDENTED.test(lines[i + 1] as string)) {
      block.push((lines[++i] as string).trim());
    }
    const read = recipientFromLines("", block, FIELD);
    // the line that names the hidden address is the evidence of who failed
    found.push({
      ...read,
      evidence: [
        { fact: "address", source: "body", field: FIELD, text: line.trim() },
        ...read.evidence.slice(1),
      ],
    });
  }
  return found;
}

/** The report read by its layout, else its recipients with hidden addresses. */
function decodeReport(src: BounceSource): DecodedBounce | undefined {
  const decoded = decodeTextBounce(src, LAYOUT, FIELD);
  if (decoded || src.deliveryStatus) return decoded;
  return decodedBy(hiddenAddressRecipients(src.text), "body", FIELD, FIELD);
}

export const postfix: Dialect = {
  id: "postfix",
  // Also with a delivery-status part: the text adds the SMTP command and the server's words.
  detect: (src) => textHas(src, SIGNATURES) || HOST_SAID_LINE.test(textLines(src).head()),
  decode: (src) => {
    if (textHas(src, TRANSCRIPT) && /^\s{0,4}In:\s/m.test(src.text)) {
      const transcript = decodedBy(
        transcriptRecipients(src.text, "SMTP transcript"),
        "body",
        "transcript",
        "Postfix session transcript",
      );
      if (transcript) return transcript;
    }
    return decodeReport(src);
  },
};
