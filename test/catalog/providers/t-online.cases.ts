// T-Online refusals as its MX servers write them: the sending IP, the reason, the address to write
// to and the code in brackets, (NOWL) or (BL). Sample values.
import type { ProviderCase } from "./types";

const MX = "mx00.t-online.de";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "(NOWL): no reputation yet, not the registry's 5.0.0",
    reply: `554 IP=${IP} - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)`,
    status: "5.0.0",
    remote: MX,
    recipient: "jonas@t-online.de",
    expected: {
      id: "t-online-no-reputation",
      owner: "your-admin",
      temporary: false,
      words: [IP, "T-Online", "reset", "imprint"],
      wordsJa: [IP, "T-Online", "リセット", "Impressum"],
    },
  },
  {
    name: "(NOWL) with the postmaster address, named by the recipient's domain",
    reply: `554 IP=${IP} - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)`,
    status: "5.7.1",
    recipient: "jonas@t-online.de",
    expected: {
      id: "t-online-no-reputation",
      owner: "your-admin",
      temporary: false,
      words: [IP, "reverse DNS"],
      wordsJa: [IP, "逆引き DNS"],
    },
  },
  {
    name: "(NOWL) named by the reply's address alone",
    reply: `554 IP=${IP} - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)`,
    status: "5.0.0",
    expected: {
      id: "t-online-no-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["T-Online", "new IP"],
      wordsJa: ["T-Online", "新しい IP"],
    },
  },
  {
    name: "(NOWL) at connection time, deferred by the sending server",
    reply: `554 IP=${IP} - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)`,
    status: "4.0.0",
    remote: "mx02.t-online.de",
    recipient: "jonas@magenta.de",
    expected: {
      id: "t-online-no-reputation",
      owner: "your-admin",
      temporary: true,
      words: [IP, "reset"],
      wordsJa: [IP, "リセット"],
    },
  },
  {
    name: "(BL): blocked, write to clarify",
    reply: `554 IP=${IP} - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)`,
    status: "5.0.0",
    remote: MX,
    recipient: "jonas@t-online.de",
    expected: {
      id: "t-online-blocked",
      owner: "your-admin",
      temporary: false,
      words: [IP, "T-Online", "reputation"],
      wordsJa: [IP, "T-Online", "評価"],
    },
  },
  {
    name: "(BL) named by the reply's address alone",
    reply: `554 IP=${IP} - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)`,
    status: "5.7.1",
    expected: {
      id: "t-online-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["T-Online", "clarify"],
      wordsJa: ["T-Online", "問い合わせ"],
    },
  },
  {
    name: "(BL) with the host and a magenta.de recipient",
    reply: `554 IP=${IP} - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)`,
    status: "5.0.0",
    remote: "mx03.t-online.de",
    recipient: "jonas@magenta.de",
    expected: {
      id: "t-online-blocked",
      owner: "your-admin",
      temporary: false,
      words: [IP, "imprint"],
      wordsJa: [IP, "Impressum"],
    },
  },
  {
    name: "(BL) as a deferral",
    reply: `554 IP=${IP} - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)`,
    status: "4.0.0",
    remote: MX,
    expected: {
      id: "t-online-blocked",
      owner: "your-admin",
      temporary: true,
      words: [IP],
    },
  },
];
