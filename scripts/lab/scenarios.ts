// The messages the lab sends through each server: one per answer (each recipient alone), and
// messages to several recipients with mixed outcomes. Each goes out in one of three Japanese
// charsets, every other one with an attachment, and names a list in To: that is none of its
// envelope recipients (the refused addresses are only on the envelope, as with Bcc or a list).
import { execFileSync } from "node:child_process";
import { BY_HOST, BY_LOCAL_PART, BY_SENDER, UNREACHABLE, truthOf } from "./answers";
import { REPLIES, type Reply } from "./replies";
import { REPLIES2 } from "./replies2";
import { REPLIES3, REPLY3_GROUPS } from "./replies3";
import { REPLIES4, REPLY4_GROUPS } from "./replies4";
import { DMARC_REJECT_SENDER, HOSTED, SIZE_LIMIT, SPF_FAIL_SENDER, UNRELAYED } from "./filters";

export const SENDER = "sender@inbox.lab.test";

export interface Scenario {
  readonly name: string;
  readonly rcpts: readonly string[];
  /** The envelope sender and From:, where it is not SENDER (the authentication scenarios). */
  readonly sender?: string;
  /** A body that trips a filter: the GTUBE test string, or more than the receiver's size limit. */
  readonly body?: "gtube" | "large";
  /** The To: and Cc: addresses, where the header names what the user wrote (the routing set);
   * by default To: is a list address that is none of the envelope recipients. */
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
}

const domainOf = (local: string): string => {
  const provider = /^(gmail|yahoo|outlook|icloud)-/.exec(local)?.[1];
  return provider ? `${provider}.lab.test` : "lab.test";
};

const MIXED: readonly Scenario[] = [
  {
    name: "mixed-accept-refuse-defer",
    rcpts: ["ok@lab.test", "unknown@lab.test", "full@lab.test", "defer@lab.test"],
  },
  {
    name: "mixed-four-unknown",
    rcpts: [
      "unknown@lab.test",
      "gmail-nouser@gmail.lab.test",
      "icloud-nouser@icloud.lab.test",
      "yahoo-nouser@yahoo.lab.test",
    ],
  },
  {
    name: "mixed-greylist-refused-nx",
    rcpts: ["ok@lab.test", "greylist@lab.test", "user@refused.lab.test", "user@nx.lab.test"],
  },
  {
    name: "mixed-blocked-unknown",
    rcpts: [
      "unknown@lab.test",
      "spamhaus@lab.test",
      "outlook-nouser@outlook.lab.test",
      "ok@other.lab.test",
    ],
  },
  {
    name: "mixed-two-domains-tls",
    rcpts: ["unknown@lab.test", "unknown@other.lab.test", "user@tls.lab.test"],
  },
  {
    name: "mixed-full-timeout",
    rcpts: ["gmail-full@gmail.lab.test", "user@silent.lab.test", "ok@lab.test"],
  },
];

export const SCENARIOS: readonly Scenario[] = [
  ...Object.keys(BY_LOCAL_PART).map((local) => ({
    name: local,
    rcpts: [`${local}@${domainOf(local)}`],
  })),
  ...Object.keys(BY_HOST).map((domain) => ({
    name: domain.split(".")[0] ?? domain,
    rcpts: [`user@${domain}`],
  })),
  ...Object.keys(UNREACHABLE).map((domain) => ({
    name: domain.split(".")[0] ?? domain,
    rcpts: [`user@${domain}`],
  })),
  ...MIXED,
];

/**
 * The scenarios a relay-only server can take (nullmailer sends every recipient to one smart host,
 * the receiver on 127.0.0.10, and looks up no MX): every recipient answered there by its local
 * part, all refused with one meaning, since a relay client that meets a refused recipient ends the
 * whole message with that reply. The MX, DNS and connection scenarios do not apply.
 */
export const RELAY_SCENARIOS: readonly Scenario[] = SCENARIOS.filter((scenario) => {
  const domains = scenario.rcpts.map((r) => r.split("@")[1] ?? "");
  const reasons = new Set(scenario.rcpts.map((r) => truthOf(r)?.reason));
  return (
    domains.every((d) => !BY_HOST[d] && !UNREACHABLE[d]) &&
    reasons.size === 1 &&
    !reasons.has(undefined)
  );
});

/** The scenarios of the filtering receiver (LAB_RECEIVER=filters, filters.ts): one per filter,
 * and one message whose recipients meet several. */
export const FILTER_SCENARIOS: readonly Scenario[] = [
  { name: "f-unknown", rcpts: [`nobody@${HOSTED}`] },
  { name: "f-relay", rcpts: [`user@${UNRELAYED}`] },
  { name: "f-rbl", rcpts: [`rbl@${HOSTED}`] },
  { name: "f-ptr", rcpts: [`ptr@${HOSTED}`] },
  { name: "f-greylist", rcpts: [`grey@${HOSTED}`] },
  { name: "f-spf", rcpts: [`spf@${HOSTED}`], sender: SPF_FAIL_SENDER },
  { name: "f-dmarc", rcpts: [`dmarc@${HOSTED}`], sender: DMARC_REJECT_SENDER },
  { name: "f-spam", rcpts: [`spam@${HOSTED}`], body: "gtube" },
  { name: "f-quota", rcpts: [`tiny@${HOSTED}`] },
  { name: "f-big", rcpts: [`big@${HOSTED}`], body: "large" },
  { name: "f-lmtp-quota", rcpts: [`over@${HOSTED}`] },
  { name: "f-sieve", rcpts: [`sieve@${HOSTED}`] },
  {
    name: "f-mixed",
    rcpts: [
      `ok@${HOSTED}`,
      `nobody@${HOSTED}`,
      `tiny@${HOSTED}`,
      `grey@${HOSTED}`,
      `rbl@${HOSTED}`,
    ],
  },
];

/** The smarthost set's scenarios (LAB_SET=smarthost): a message from each sender the smarthost
 * refuses (answers.ts, BY_SENDER), to one recipient or to three, every one of which it would have
 * taken; and from the usual sender, a message too big for the smarthost and a recipient it refuses. */
export const SMARTHOST_SCENARIOS: readonly Scenario[] = [
  ...Object.keys(BY_SENDER).map((local, i) => ({
    name: local,
    sender: `${local}@inbox.lab.test`,
    rcpts:
      i % 2 === 0 ? ["ok@lab.test", "ok@other.lab.test", "ok@gmail.lab.test"] : ["ok@lab.test"],
  })),
  { name: "sh-big", rcpts: ["big@lab.test"] },
  { name: "sh-unknown", rcpts: ["unknown@lab.test"] },
];

/** A replies set's scenarios: one message per real reply, to the recipient it answers, or from the
 * sender it answers at MAIL FROM (then to a recipient it would have taken), at the reply's own
 * domain (a provider's replies come from the provider's MX name); the replies of a group go to the
 * recipients of one message, named for its first reply. */
const replyScenarios = (
  replies: Readonly<Record<string, Reply>>,
  groups: readonly (readonly string[])[] = [],
): readonly Scenario[] => {
  const to = (key: string): string => `${key}@${replies[key]?.domain ?? ""}`;
  const grouped = new Set(groups.flat());
  return [
    ...groups.map((keys) => ({ name: keys[0] ?? "", rcpts: keys.map(to) })),
    ...Object.entries(replies)
      .filter(([key]) => !grouped.has(key))
      .map(([key, reply]) =>
        reply.phase === "mail"
          ? { name: key, sender: `${key}@inbox.lab.test`, rcpts: [`ok@${reply.domain}`] }
          : { name: key, rcpts: [to(key)] },
      ),
  ];
};

/** LAB_SET=replies (replies.ts), replies2 (replies2.ts), replies3 (replies3.ts) and replies4. */
export const REPLY_SCENARIOS = replyScenarios(REPLIES);
export const REPLY2_SCENARIOS = replyScenarios(REPLIES2);
export const REPLY3_SCENARIOS = replyScenarios(REPLIES3, REPLY3_GROUPS);
export const REPLY4_SCENARIOS = replyScenarios(REPLIES4, REPLY4_GROUPS);

/** The replies sets' scenarios by LAB_SET. */
export const REPLY_SETS: Readonly<Record<string, readonly Scenario[]>> = {
  replies: REPLY_SCENARIOS,
  replies2: REPLY2_SCENARIOS,
  replies3: REPLY3_SCENARIOS,
  replies4: REPLY4_SCENARIOS,
};

const CHARSETS = ["UTF-8", "ISO-2022-JP", "Shift_JIS"] as const;
export type Charset = (typeof CHARSETS)[number];

const encode = (text: string, charset: Charset): Buffer =>
  charset === "UTF-8"
    ? Buffer.from(text, "utf8")
    : execFileSync(
        "iconv",
        ["-f", "UTF-8", "-t", charset === "Shift_JIS" ? "SHIFT_JIS" : charset],
        {
          input: text,
        },
      );

/** A UTF-8 address as its bytes, since the message is built as latin1 text. */
const bytes = (address: string): string => Buffer.from(address, "utf8").toString("latin1");

const wrap76 = (b64: string): string => b64.replace(/.{1,76}/g, "$&\r\n");

/** A small PDF-looking attachment; its bytes are fixed so every run sends the same message. */
const ATTACHMENT = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
    "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".repeat(
      20,
    ),
);

export interface Outgoing {
  readonly messageId: string;
  readonly charset: Charset;
  readonly attachment: boolean;
  readonly bytes: Buffer;
}

/** The GTUBE test string (SpamAssassin's, which rspamd and others also reject as spam). */
const GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

/** The message of a scenario as this server sends it (index picks charset and attachment). */
export function compose(server: string, scenario: Scenario, index: number): Outgoing {
  const charset = CHARSETS[index % CHARSETS.length] ?? "UTF-8";
  const attachment = index % 2 === 0 || scenario.body === "large";
  const messageId = `lab.${server}.${scenario.name}@inbox.lab.test`;
  const subject = `会議資料の送付について（${scenario.name}）`;
  const body =
    `ご担当者様\r\n\r\nお世話になっております。ラボの送信者です。\r\n` +
    `来週の会議資料を${attachment ? "添付にて" : "本文にて"}お送りします。\r\n` +
    `シナリオ: ${scenario.name} / 文字コード: ${charset}\r\n\r\nよろしくお願いいたします。\r\n` +
    (scenario.body === "gtube" ? `\r\n${GTUBE}\r\n` : "");
  const bodyBytes = encode(body, charset);
  const cte = charset === "UTF-8" ? "8bit" : charset === "ISO-2022-JP" ? "7bit" : "base64";
  const bodyPart =
    cte === "base64" ? wrap76(bodyBytes.toString("base64")) : bodyBytes.toString("latin1");
  const header = [
    `From: =?UTF-8?B?${Buffer.from("ラボ 送信者").toString("base64")}?= <${scenario.sender ?? SENDER}>`,
    `To: ${scenario.to?.map(bytes).join(", ") ?? "Lab Team <team@lists.lab.test>"}`,
    ...(scenario.cc ? [`Cc: ${scenario.cc.map(bytes).join(", ")}`] : []),
    `Subject: =?${charset}?B?${encode(subject, charset).toString("base64")}?=`,
    `Message-ID: <${messageId}>`,
    `X-Lab-Scenario: ${server}/${scenario.name}`,
    `MIME-Version: 1.0`,
  ];
  const textHeaders = [
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${cte}`,
  ];
  let text: string;
  if (!attachment) {
    text = [...header, ...textHeaders, "", bodyPart].join("\r\n");
  } else {
    const boundary = `lab-boundary-${scenario.name}`;
    const filename = encodeURIComponent("会議資料.pdf");
    text = [
      ...header,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      ...textHeaders,
      "",
      bodyPart,
      `--${boundary}`,
      `Content-Type: application/pdf; name*=UTF-8''${filename}`,
      `Content-Disposition: attachment; filename*=UTF-8''${filename}`,
      "Content-Transfer-Encoding: base64",
      "",
      wrap76(
        (scenario.body === "large"
          ? Buffer.concat(Array(Math.ceil(SIZE_LIMIT / ATTACHMENT.length) + 1).fill(ATTACHMENT))
          : ATTACHMENT
        ).toString("base64"),
      ),
      `--${boundary}--`,
      "",
    ].join("\r\n");
  }
  return { messageId, charset, attachment, bytes: Buffer.from(text, "latin1") };
}
