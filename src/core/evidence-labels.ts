// Where a line of the report was read, as the pane's evidence list and the help-desk summary name
// it, in English and Japanese. Apart from the engine's index: the pane's strings load before it.
import type { EvidenceSource, Lang } from "./types";
import { ownValue } from "./own";

const evidenceSources: Record<EvidenceSource, string> = {
  dsn: "delivery status",
  header: "header",
  body: "report text",
  subject: "subject",
  attachment: "attachment",
  inferred: "inferred",
};

const evidenceSourcesJa: Record<EvidenceSource, string> = {
  dsn: "配信ステータス",
  header: "ヘッダー",
  body: "レポート本文",
  subject: "件名",
  attachment: "添付ファイル",
  inferred: "推定",
};

/**
 * The readers' own names for where they read a line (the core names them in English, "Exim
 * report", "Sendmail transcript"), in Japanese: the generic ones by name, the rest by their last
 * word. DSN and header field names are the protocol's and stay as they are.
 */
const EVIDENCE_FIELDS_JA: Readonly<Record<string, string>> = {
  "text report": "テキストのレポート",
  "list manager notice": "メーリング リスト管理ソフトの通知",
  "exchange token": "Exchange のエラー トークン",
  challenge: "送信者確認の依頼",
  "Status code": "ステータス コード",
  "Reported error": "報告されたエラー",
  "earlier attempt": "以前の送信試行",
  text: "本文",
  heading: "見出し",
};

const EVIDENCE_KINDS_JA: readonly (readonly [RegExp, string])[] = [
  [/^(.+) report$/, "$1 のレポート"],
  [/^(.+) transcript$/, "$1 のやり取りの記録"],
  [/^(.+) notice$/, "$1 の通知"],
  [/^(.+) notification$/, "$1 の通知"],
  [/^(.+) text$/, "$1 のテキスト"],
];

function evidenceFieldJa(field: string): string {
  const named = ownValue(EVIDENCE_FIELDS_JA, field);
  if (named !== undefined) return named;
  const kind = EVIDENCE_KINDS_JA.find(([pattern]) => pattern.test(field));
  return kind === undefined ? field : field.replace(kind[0], kind[1]);
}

/** "Diagnostic-Code (delivery status)", "Exim のレポート (レポート本文)", or the source alone. */
export function evidenceLabel(
  source: EvidenceSource,
  field: string | undefined,
  lang: Lang,
): string {
  if (lang === "en")
    return field ? `${field} (${evidenceSources[source]})` : evidenceSources[source];
  return field
    ? `${source === "body" ? evidenceFieldJa(field) : field} (${evidenceSourcesJa[source]})`
    : evidenceSourcesJa[source];
}
