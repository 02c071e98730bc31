// Postfix's human-readable part ("<addr>: host X said: ..."), with or without a status part, and
// its "Transcript of session follows" notices ("In: RCPT TO:<addr>" / "Out: 451 ...").
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import { transcriptRecipients } from "../common/transcript";
import type { Dialect } from "../types";
import { decodedBy } from "../common/decoded";
import { Marks } from "../common/marks";
import { textLines } from "../common/text-lines";

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
};

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
    return decodeTextBounce(src, LAYOUT, "Postfix report");
  },
};
