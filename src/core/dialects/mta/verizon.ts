// Verizon Wireless MMS gateway (vzwpix.com, vtext.com): "Error: No valid recipients for this MM".
import { decodeTextBounce } from "../common/text-bounce";
import { fromHas, lacksDsn } from "../common/signals";
import type { Dialect } from "../types";

export const verizon: Dialect = {
  id: "verizon",
  detect: (src) => lacksDsn(src) && fromHas(src, ["vzwpix.com", "vtext.com", "verizon"]),
  decode: (src) =>
    decodeTextBounce(src, { end: ["original message:"] }, "Verizon MMS report", (d) =>
      d.includes("no valid recipients") ? "userunknown" : undefined,
    ),
};
