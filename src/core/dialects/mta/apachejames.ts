// Apache James: "Error message below:" then the server's words, and "RCPT TO: addr" under "Message details:".
import { addressesIn } from "../common/text-addresses";
import { recipientFromLines } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";
import { decodedBy } from "../common/decoded";
import { Marks } from "../common/marks";
import { textLines } from "../common/text-lines";

const ERROR_BELOW = new Marks(["error message below:"]);
const DETAILS = new Marks(["message details:"]);

export const apacheJames: Dialect = {
  id: "apachejames",
  detect: (src) => textHas(src, ERROR_BELOW) && textHas(src, DETAILS),
  decode: (src) => {
    const lines = textLines(src).lines;
    const below = lines.findIndex((l) => l.toLowerCase().includes("error message below:"));
    const details = lines.findIndex((l) => l.toLowerCase().includes("message details:"));
    const words = lines
      .slice(below + 1, details > below ? details : below + 4)
      .filter((l) => l.trim() !== "");
    const targets = lines
      .slice(Math.max(details, 0))
      .filter((l) => /^\s*rcpt to:/i.test(l))
      .flatMap((l) => addressesIn(l));
    // The error answers the "RCPT TO:" the details name: a refusal of that address, not of content.
    const recipients = targets.map((a) => ({
      ...recipientFromLines(a, words, "James report"),
      command: "RCPT",
    }));
    return decodedBy(recipients, "body", "Message details", "Apache James");
  },
};
