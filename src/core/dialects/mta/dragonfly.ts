// DragonFly Mail Agent (dma): "There was an error delivering your mail to <addr>." then the server's lines.
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";

const SIGNATURE = new Marks(["this is the dragonfly mail agent"]);

const LAYOUT: TextLayout = {
  recipientLines: [/error delivering your mail to <([^\s<>]{1,254}@[^\s<>]{1,254})>/i],
  end: ["message headers follow"],
};

export const dragonfly: Dialect = {
  id: "dragonfly",
  detect: (src) => textHas(src, SIGNATURE),
  decode: (src) => decodeTextBounce(src, LAYOUT, "DragonFly Mail Agent report"),
};
