// Source: Cloudflare Email Routing postmaster page (developers.cloudflare.com/email-routing/postmaster/).
import type { ProviderRules } from "../types";

export const cloudflare: ProviderRules = {
  id: "cloudflare",
  hosts: [".mx.cloudflare.net"],
  rules: [
    { text: "found on one or more dnsbls", reason: "blocked" },
    { text: "upstream error", reason: "systemerror" },
  ],
};
