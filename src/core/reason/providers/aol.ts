// Source: AOL's outbound mail hosts (*.mx.aol.com) and their name-service failures.
import type { ProviderRules } from "../types";

export const aol: ProviderRules = {
  id: "aol",
  hosts: [".mail.aol.com", ".mx.aol.com"],
  rules: [
    { text: "host or domain name not found", reason: "hostunknown" },
    { text: "type=mx: malformed or unexpected name server reply", reason: "notaccept" },
  ],
};
