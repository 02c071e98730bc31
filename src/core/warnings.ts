// The notes about an input, in each language: a code and its details travel with the report, the
// words are chosen where it is shown (the pane, the command line).
import { MAX_DEPTH, MAX_INPUT_CHARS, MAX_PARTS } from "./mime/limits";
import type { Lang, Localized, Warning, WarningCode } from "./types";

const MB = String(MAX_INPUT_CHARS / 1048576);

const TEXTS: Readonly<Record<WarningCode, Localized>> = {
  "input-cut": {
    en: `The message is larger than ${MB} MB; only its first ${MB} MB were read.`,
    ja: `メッセージが ${MB} MB を超えているため、最初の ${MB} MB だけを読みました。`,
  },
  "text-cut": {
    en: "The bounce's text is very long; only its beginning was read.",
    ja: "配信エラーの本文がとても長いため、最初の部分だけを読みました。",
  },
  "part-cut": {
    en: "A text part is very long; only its beginning was read.",
    ja: "テキスト パートがとても長いため、最初の部分だけを読みました。",
  },
  "parts-too-deep": {
    en: `MIME parts nest deeper than ${MAX_DEPTH} levels; the deeper ones were skipped.`,
    ja: `MIME パートの入れ子が ${MAX_DEPTH} 段を超えているため、それより深いパートは読みませんでした。`,
  },
  "too-many-parts": {
    en: `The message has more than ${MAX_PARTS} MIME parts; the rest were skipped.`,
    ja: `メッセージの MIME パートが ${MAX_PARTS} 個を超えているため、残りは読みませんでした。`,
  },
  "unknown-charset": {
    en: 'The charset "{detail}" is unknown; text was read as {readAs}.',
    ja: "文字セット「{detail}」は不明なため、{readAs} として読みました。",
  },
  forwarded: {
    en: "The bounce was forwarded as an attachment; the attached bounce was read.",
    ja: "配信エラーが添付ファイルとして転送されていたため、添付された配信エラーを読みました。",
  },
  "not-analysed": {
    en: "The message could not be analysed ({detail}).",
    ja: "メッセージを解析できませんでした ({detail})。",
  },
};

/** The note in `lang`, its details filled in. */
export function warningText(warning: Warning, lang: Lang): string {
  return TEXTS[warning.code][lang]
    .replace("{detail}", () => warning.detail ?? "")
    .replace("{readAs}", () => warning.readAs ?? "");
}
