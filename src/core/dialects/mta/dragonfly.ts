// DragonFly Mail Agent (dma): "There was an error delivering your mail to <addr>." then the server's lines.
import { decodeTextBounce } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";

export const dragonfly: Dialect = {
  id: "dragonfly",
  detect: (src) => textHas(src, ["this is the dragonfly mail agent"]),
  decode: (src) =>
    decodeTextBounce(
      src,
      {
        recipientLines: [/error delivering your mail to <([^\s<>]{1,254}@[^\s<>]{1,254})>/i],
        end: ["message headers follow"],
      },
      "DragonFly Mail Agent report",
    ),
};
