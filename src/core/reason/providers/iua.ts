// Source: I.UA mail (email.ua) error pages, mail.i.ua/err/N/.
import type { ProviderRules } from "../types";

export const iua: ProviderRules = {
  id: "iua",
  hosts: [".email.ua", ".i.ua"],
  rules: [{ text: "/err/3/", reason: "suspend" }],
};
