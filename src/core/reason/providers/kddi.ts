// Source: KDDI au (ezweb.ne.jp / au.com) bounces: a bare "550 : User unknown" is the recipient's own filter.
import type { ProviderRules } from "../types";

export const kddi: ProviderRules = {
  id: "kddi",
  hosts: [".ezweb.ne.jp", ".au.com", ".kddi.com"],
  rules: [
    { text: "550 : user unknown", reason: "filtered" },
    { text: ">: user unknown", reason: "userunknown" },
  ],
};
