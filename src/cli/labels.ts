// The command line's own words, in each language it speaks.
import type { BounceKind, Lang } from "../core";

type Words = Readonly<Record<Lang, string>>;

export const KIND_LABELS: Readonly<Record<BounceKind, Words>> = {
  failed: { en: "delivery failed", ja: "配信失敗" },
  delayed: { en: "delivery delayed (still retrying)", ja: "配信遅延 (再試行中)" },
  // a mailing list's moderator or the recipient's sender check holds it (challenge.ts)
  held: {
    en: "held until released (list review or sender check)",
    ja: "保留中 (リストの承認待ちまたは送信者確認待ち)",
  },
  delivered: { en: "delivered", ja: "配信済み" },
  relayed: { en: "relayed", ja: "中継済み" },
  expanded: { en: "expanded to a list", ja: "リストへ展開" },
  autoreply: { en: "automatic reply", ja: "自動応答" },
  feedback: { en: "abuse or feedback report", ja: "苦情・フィードバック報告" },
  "not-a-bounce": { en: "not a bounce", ja: "配信エラーではありません" },
};

export const WORDS = {
  permanent: { en: "permanent", ja: "永続的" },
  temporary: { en: "temporary", ja: "一時的" },
  server: { en: "generating server", ja: "生成サーバー" },
  remote: { en: "remote server", ja: "リモート サーバー" },
  diagnostic: { en: "server said", ja: "サーバーの応答" },
  owner: { en: "who acts", ja: "対応する人" },
  fix: { en: "what to do", ja: "対処" },
  cause: { en: "why", ja: "原因" },
  adminFix: { en: "for the admin", ja: "管理者向け" },
  actions: { en: "actions", ja: "操作" },
  provider: { en: "meaning from", ja: "意味の出典" },
  resendTo: { en: "resend to", ja: "送り直す宛先" },
  subject: { en: "original subject", ja: "元の件名" },
  none: { en: "no failed recipient found", ja: "失敗した宛先は見つかりません" },
  noAddress: { en: "(no address in the report)", ja: "(レポートにアドレスなし)" },
  warning: { en: "note", ja: "注意" },
  message: { en: "message {n}", ja: "{n} 通目" },
} as const satisfies Record<string, Words>;
