// Trend Micro InterScan Messaging Security Suite: "Sent <<< RCPT TO:<addr>" / "Received >>> 550 ...", or "Unable to deliver message to <addr>".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { fromHas, lacksDsn, textHas } from "../common/signals";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";

const SIGNATURE = new Marks(["message from interscan messaging security suite"]);

const LAYOUT: TextLayout = {
  end: ["end of message"],
  recipientLines: [
    /^(?<text>Sent <<< RCPT TO:\s{0,4}<(?<address>[^\s<>]{1,254}@[^\s<>]{1,254})>)/i,
    /(?<text>unable to deliver message to <(?<address>[^\s<>]{1,254}@[^\s<>]{1,254})>.{0,200})$/i,
  ],
};

export const interScanMss: Dialect = {
  id: "interscanmss",
  detect: (src) => lacksDsn(src) && (textHas(src, SIGNATURE) || fromHas(src, ["interscan"])),
  decode: (src) =>
    decodeTextBounce(
      src,
      LAYOUT,
      "InterScan MSS report",
      // InterScan's own "unable to deliver" is what it says for a recipient the next hop
      // refused; when the next hop's reply is quoted, its words decide instead.
      (d) =>
        d.includes("unable to deliver message to") && !/\b[245]\d\d\b/.test(d)
          ? "userunknown"
          : undefined,
    ),
};
