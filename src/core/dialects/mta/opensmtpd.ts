// OpenSMTPD's MAILER-DAEMON notice: "addr: 550 5.1.1 ..." lines under "the following list of recipients".
import { decodeTextBounce } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";

export const opensmtpd: Dialect = {
  id: "opensmtpd",
  // Also with a delivery-status part, whose blocks often lack the server's words.
  detect: (src) =>
    textHas(src, [
      "this is the mailer-daemon, please do not reply to this email",
      "an error has occurred while attempting to deliver a message for",
    ]),
  decode: (src) =>
    decodeTextBounce(
      src,
      {
        start: ["the following list of recipients"],
        end: ["below is a copy of the original message"],
      },
      "OpenSMTPD report",
    ),
};
