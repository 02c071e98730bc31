// Verizon Wireless gateways: MMS (vzwpix.com) "Error: No valid recipients for this MM", and the
// SMS gateway (vtext.com), which answers with Apache James's report layout.
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { fromHas, lacksDsn } from "../common/signals";
import type { Dialect } from "../types";
import { apacheJames } from "./apachejames";

const LAYOUT: TextLayout = { end: ["original message:"] };

export const verizon: Dialect = {
  id: "verizon",
  detect: (src) => lacksDsn(src) && fromHas(src, ["vzwpix.com", "vtext.com", "verizon"]),
  decode: (src) =>
    apacheJames.detect(src)
      ? apacheJames.decode(src)
      : decodeTextBounce(src, LAYOUT, "Verizon MMS report", (d) =>
          d.includes("no valid recipients") ? "userunknown" : undefined,
        ),
};
