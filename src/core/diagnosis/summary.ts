// helpDeskSummary: the bounce's facts and our verdict as plain text, for a help desk ticket.
// Facts only (recipient, code, reply, servers, dates, the original's Message-ID, explanation title
// and owner, the report's own lines): never the mail body.
import type { Diagnosis, Lang, Owner } from "../types";
import { evidenceLabel } from "../evidence-labels";
import { reportLines } from "./report-lines";

export const OWNER_LABELS: Readonly<Record<Owner, Readonly<Record<Lang, string>>>> = {
  you: { en: "You (the sender)", ja: "あなた (送信者)" },
  "your-admin": { en: "Your mail admin", ja: "自組織のメール管理者" },
  "recipient-admin": { en: "The recipient's mail admin", ja: "受信側のメール管理者" },
  microsoft: { en: "Microsoft", ja: "Microsoft" },
  recipient: { en: "The recipient", ja: "受信者" },
  nobody: { en: "Nobody yet (it may clear by itself)", ja: "今は対応不要 (自然に解消する見込み)" },
};

const LABELS = {
  en: {
    heading: "Bounce summary",
    date: "Date",
    generating: "Generating server",
    reporting: "Reporting MTA",
    sent: "Original sent",
    messageId: "Original Message-ID",
    recipient: "Recipient",
    status: "Status",
    reply: "Server reply",
    remote: "Remote server",
    explanation: "Explanation",
    owner: "Who must fix it",
    lines: "What the report says",
    retry: "Retrying until",
    forwardedFrom: "Original recipient",
    forwardedFromText: "an alias, list or forward that sent it on to the address above",
    notWritten: "Address",
    notWrittenText:
      "not in the original's To or Cc (a Bcc, or a group, list or forward sent the message on)",
    none: "No recipients were found in this message.",
  },
  ja: {
    heading: "配信不能レポートの要約",
    date: "日時",
    generating: "生成サーバー",
    reporting: "レポート MTA",
    sent: "元のメッセージの送信日時",
    messageId: "元のメッセージの Message-ID",
    recipient: "宛先",
    status: "状態コード",
    reply: "サーバーの応答",
    remote: "リモート サーバー",
    explanation: "説明",
    owner: "対応する人",
    lines: "レポートの記載内容",
    retry: "再試行の期限",
    forwardedFrom: "元の宛先",
    forwardedFromText: "上の宛先にメッセージを転送したエイリアス、リスト、または転送",
    notWritten: "アドレス",
    notWrittenText:
      "元のメッセージの To と Cc にない宛先 (BCC、またはグループ、リスト、転送で届いた宛先)",
    none: "このメッセージには宛先が見つかりませんでした。",
  },
} as const;

/** One line per fact, one block per recipient; lines with nothing to say are left out. */
export function helpDeskSummary(diagnosis: Diagnosis, lang: Lang): string {
  const l = LABELS[lang];
  const lines: string[] = [l.heading];
  const add = (label: string, value: string | undefined, indent = "") => {
    if (value !== undefined && value !== "") lines.push(`${indent}${label}: ${value}`);
  };
  add(l.date, diagnosis.date ?? diagnosis.arrivalDate);
  add(l.generating, diagnosis.generatingServer);
  if (diagnosis.reportingMta !== diagnosis.generatingServer)
    add(l.reporting, diagnosis.reportingMta);
  // what a message trace searches by, and the only date a pasted report without its header keeps
  add(l.sent, diagnosis.original?.date);
  add(l.messageId, diagnosis.original?.messageId);
  if (diagnosis.recipients.length === 0) lines.push(l.none);
  for (const r of diagnosis.recipients) {
    const e = r.explanation;
    lines.push("");
    add(l.recipient, r.address);
    const status = [r.status, r.replyCode].filter((v) => v !== undefined).join(" / ");
    add(l.status, status, "  ");
    add(l.reply, r.diagnostic, "  ");
    add(l.remote, r.remoteServer, "  ");
    add(l.retry, r.willRetryUntil, "  ");
    add(
      l.explanation,
      `${e.code === "" ? "" : `${e.code} `}${e.title} (${e.id}, ${e.confidence})`,
      "  ",
    );
    lines.push(`    ${e.summary[lang]}`);
    add(l.owner, OWNER_LABELS[e.owner][lang], "  ");
    if (e.forwardedFrom !== undefined)
      add(l.forwardedFrom, `${e.forwardedFrom} (${l.forwardedFromText})`, "  ");
    if (e.notWritten === true) add(l.notWritten, l.notWrittenText, "  ");
    const read = reportLines(r);
    if (read.length > 0) lines.push(`  ${l.lines}:`);
    for (const line of read) add(evidenceLabel(line.source, line.field, lang), line.text, "    ");
  }
  return lines.join("\n");
}
