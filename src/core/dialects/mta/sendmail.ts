// Sendmail (and V5 sendmail) text bounces: "----- Transcript of session follows -----", "<addr>... reason".
import { decodeTextBounce } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";

export const sendmail: Dialect = {
  id: "sendmail",
  // Also with a delivery-status part: the text adds the SMTP command and the server's words.
  detect: (src) =>
    textHas(src, [
      "----- transcript of session follows -----",
      "----- the following addresses had permanent fatal errors -----",
    ]),
  decode: (src) =>
    decodeTextBounce(
      src,
      {
        start: ["----- the following addresses had", "----- transcript of session follows -----"],
        recipientLines: [
          /^(?<text>>>> RCPT To:\s{0,4}<(?<address>[^\s<>]{1,254}@[^\s<>]{1,254})>)/i,
        ],
        end: [
          "----- unsent message follows -----",
          "----- original message follows -----",
          "----- message header follows -----",
          // A delivery-status part sent inline, as text, after the transcript.
          "reporting-mta:",
        ],
        noise: ["----- transcript of session follows -----"],
      },
      "Sendmail transcript",
    ),
};
