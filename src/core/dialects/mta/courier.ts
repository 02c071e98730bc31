// Courier MTA: "<addr>:", its host line, then the ">>> RCPT TO" / "<<< 550 ..." exchange; with or without a status part.
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { fromHas, textHas } from "../common/signals";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";

const SIGNATURE = new Marks(["running the courier mail server"]);

const LAYOUT: TextLayout = {
  start: [
    "cannot be delivered",
    "the following recipients",
    "your message to the following",
    // its delay warning (dsndelayed.txt): "This is an advisory notice for / the following
    // addresses only:"
    "the following addresses only",
  ],
  end: [
    "original message headers follow",
    "------------------------------------------------------------------------",
  ],
};

export const courier: Dialect = {
  id: "courier",
  // Also with a delivery-status part: the transcript names the SMTP command.
  detect: (src) => textHas(src, SIGNATURE) || fromHas(src, ["courier mail server at"]),
  decode: (src) => decodeTextBounce(src, LAYOUT, "Courier report"),
};
