// Source: Mimecast's SMTP error code reference (community.mimecast.com "SMTP error codes").
import type { ProviderRules } from "../types";

export const mimecast: ProviderRules = {
  id: "mimecast",
  hosts: [".mimecast.com", ".mimecast.co.za", ".mimecast-offshore.com"],
  rules: [
    { text: "host network not allowed", reason: "policyviolation" },
    { text: "envelope rejected", reason: "policyviolation" },
    { text: "message rejected by content policy", reason: "policyviolation" },
    { text: "invalid recipient", reason: "userunknown" },
    { text: "recipient address rejected", reason: "userunknown" },
    { text: "spam score", reason: "spamdetected" },
    { text: "virus detected", reason: "virusdetected" },
    { text: "ip reputation", reason: "badreputation" },
    { text: "rejected by recipient", reason: "filtered" },
    { text: "access denied - sender", reason: "rejected" },
  ],
};
