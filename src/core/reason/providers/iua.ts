// Source: I.UA mail error pages (mail.i.ua/err/N/), one reason per code.
import type { ProviderRules } from "../types";

export const iua: ProviderRules = {
  id: "iua",
  hosts: [".email.ua", ".i.ua"],
  rules: [
    { text: ".i.ua/err/1/", reason: "norelaying" },
    { text: ".i.ua/err/2/", reason: "userunknown" },
    { text: ".i.ua/err/3/", reason: "suspend" },
    { text: ".i.ua/err/4/", reason: "mailboxfull" },
    { text: ".i.ua/err/5/", reason: "toomanyconn" },
    { text: ".i.ua/err/6/", reason: "norelaying" },
    { text: ".i.ua/err/7/", reason: "blocked" },
    { text: ".i.ua/err/8/", reason: "rejected" },
    { text: ".i.ua/err/9/", reason: "blocked" },
    { text: ".i.ua/err/10/", reason: "filtered" },
  ],
};
