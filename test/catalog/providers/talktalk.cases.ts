// TalkTalk's policy refusal and deferral, as deliverability firms quote its TT992 and TT991 codes.
// Sample values.
import type { ProviderCase } from "./types";

const RCPT = "sam@talktalk.net";

export const CASES: readonly ProviderCase[] = [
  {
    name: "TT992 for a talktalk.net mailbox",
    reply: "550 Content rejected (TT992)",
    status: "5.0.0",
    recipient: RCPT,
    expected: {
      id: "talktalk-policy-reject",
      owner: "your-admin",
      temporary: false,
      words: ["TalkTalk", "community forum"],
      wordsJa: ["TalkTalk", "コミュニティ フォーラム"],
    },
  },
  {
    name: "TT992 named by its code alone",
    reply: "550 Content rejected (TT992)",
    status: "5.0.0",
    expected: {
      id: "talktalk-policy-reject",
      owner: "your-admin",
      temporary: false,
      words: ["TalkTalk", "SPF"],
      wordsJa: ["TalkTalk", "SPF"],
    },
  },
  {
    name: "TT992 given as 5.7.1",
    reply: "554 5.7.1 Content rejected (TT992)",
    status: "5.7.1",
    recipient: RCPT,
    expected: {
      id: "talktalk-policy-reject",
      owner: "your-admin",
      temporary: false,
      words: ["reputation"],
      wordsJa: ["評価"],
    },
  },
  {
    name: "TT992 for a former Tiscali mailbox",
    reply: "550 Content rejected (TT992)",
    status: "5.0.0",
    recipient: "sam@tiscali.co.uk",
    expected: {
      id: "talktalk-policy-reject",
      owner: "your-admin",
      temporary: false,
      words: ["TalkTalk"],
      wordsJa: ["TalkTalk"],
    },
  },
  {
    name: "TT992 from a TalkTalk host",
    reply: "550 Content rejected (TT992)",
    status: "5.0.0",
    remote: "mx.talktalk.net",
    expected: {
      id: "talktalk-policy-reject",
      owner: "your-admin",
      temporary: false,
      words: ["TalkTalk"],
      wordsJa: ["TalkTalk"],
    },
  },
  {
    name: "TT991: the policy's deferral",
    reply: "451 4.7.1 Content deferred (TT991)",
    status: "4.7.1",
    recipient: RCPT,
    expected: {
      id: "talktalk-policy-deferral",
      owner: "your-admin",
      temporary: true,
      words: ["TalkTalk", "tries again"],
      wordsJa: ["TalkTalk", "再試行"],
    },
  },
  {
    name: "TT991 named by its code alone",
    reply: "421 Content deferred (TT991)",
    status: "4.0.0",
    expected: {
      id: "talktalk-policy-deferral",
      owner: "your-admin",
      temporary: true,
      words: ["TalkTalk"],
      wordsJa: ["TalkTalk"],
    },
  },
  {
    name: "TT991 for a Pipex mailbox",
    reply: "451 Content deferred (TT991)",
    status: "4.0.0",
    recipient: "sam@pipex.com",
    expected: {
      id: "talktalk-policy-deferral",
      owner: "your-admin",
      temporary: true,
      words: ["TalkTalk"],
      wordsJa: ["TalkTalk"],
    },
  },
];
