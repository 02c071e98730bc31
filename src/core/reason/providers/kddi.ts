// Source: au by KDDI mail help (au.com/support/service/internet/trouble/mail/01/): an addressless "550 : User unknown" is the recipient's own filter.
import type { ProviderRules } from "../types";

export const kddi: ProviderRules = {
  id: "kddi",
  hosts: [".ezweb.ne.jp", "msmx.au.com", ".au.com"],
  rules: [
    { text: "550 : user unknown", reason: "filtered" },
    { text: ">: user unknown", reason: "userunknown" },
  ],
};
