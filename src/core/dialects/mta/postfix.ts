// Postfix's human-readable part when no delivery-status part came with it: "<addr>: host X said: ...".
import { decodeTextBounce } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";

export const postfix: Dialect = {
  id: "postfix",
  // Also with a delivery-status part: the text adds the SMTP command and the server's words.
  detect: (src) =>
    textHas(src, [
      "this is the mail system at host",
      "the mail system",
      "i'm sorry to have to inform you that your message could not",
    ]),
  decode: (src) =>
    decodeTextBounce(
      src,
      { start: ["the mail system", "could not be delivered to one or more recipients"] },
      "Postfix report",
    ),
};
