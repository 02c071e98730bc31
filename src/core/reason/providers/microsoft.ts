// Reason rules for bounces written or rejected by Microsoft's mail hosts (Exchange Online, Outlook.com).
import type { ProviderRules } from "../types";

export const microsoft: ProviderRules = {
  id: "microsoft",
  hosts: [".prod.outlook.com", ".protection.outlook.com", ".onmicrosoft.com", ".exchangelabs.com"],
  rules: [],
};
