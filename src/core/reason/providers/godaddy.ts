// Source: GoDaddy's SMTP bounce codes (IBnnn, x.co/rlbounce); only codes seen in real bounces.
import type { ProviderRules } from "../types";

export const godaddy: ProviderRules = {
  id: "godaddy",
  hosts: [".secureserver.net"],
  rules: [
    { text: "too many recipients this hour", reason: "speeding" },
    { text: "ib607", reason: "speeding" },
  ],
};
