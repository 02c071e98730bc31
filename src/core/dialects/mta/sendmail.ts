// Sendmail (and V5 sendmail) text bounces: "----- Transcript of session follows -----", "<addr>... reason".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { BounceSource, Dialect } from "../types";
import { Marks } from "../common/marks";
import { rewriteLinePairs } from "../common/text-lines";

/** A delivery to a program or file ('"|/usr/bin/procmail ..."', "/var/mail/x"): not an address. */
const LOCAL_TARGET = /^\s{0,8}"?[|/]/;
/** "    (expanded from: <user@example.org>)": the address that was routed there. */
const EXPANDED_FROM =
  /^\s{0,12}\(expanded from:\s{0,4}<?([^\s<>@]{1,64}@[^\s<>@]{1,253}?)>?\)\s*$/i;

/**
 * Puts the address a program or file delivery was expanded from on its recipient line; the
 * source itself when there is none.
 */
function withExpandedAddresses(src: BounceSource): BounceSource {
  return rewriteLinePairs(src, (line, next) => {
    const from = LOCAL_TARGET.test(line) ? EXPANDED_FROM.exec(next)?.[1] : undefined;
    return from === undefined ? undefined : [`<${from}>`, `    ${line.trim()}`];
  });
}

const SIGNATURES = new Marks([
  "----- transcript of session follows -----",
  "----- the following addresses had permanent fatal errors -----",
]);

const LAYOUT: TextLayout = {
  start: ["----- the following addresses had", "----- transcript of session follows -----"],
  recipientLines: [/^(?<text>>>> RCPT To:\s{0,4}<(?<address>[^\s<>]{1,254}@[^\s<>]{1,254})>)/i],
  end: [
    "----- unsent message follows -----",
    "----- original message follows -----",
    "----- message header follows -----",
    // A delivery-status part sent inline, as text, after the transcript.
    "reporting-mta:",
  ],
  noise: ["----- transcript of session follows -----"],
};

export const sendmail: Dialect = {
  id: "sendmail",
  // Also with a delivery-status part: the text adds the SMTP command and the server's words.
  detect: (src) => textHas(src, SIGNATURES),
  decode: (src) => decodeTextBounce(withExpandedAddresses(src), LAYOUT, "Sendmail transcript"),
};
