// --summary: what a pile of bounces adds up to. Counts by reason, owner, recipient domain and
// remote server (each list adds up to the recipients read), then the fixes that would clear the
// most failures: one per explanation as told and owner, with the domains it hits most.
import { OWNER_LABELS, isDeliveryProblem, type Diagnosis, type Lang, type Owner } from "../core";
import { printable } from "./printable";

/** One recipient, reduced to what the summary counts. */
export interface SummaryRow {
  readonly reason: string;
  readonly owner: Owner;
  readonly domain: string;
  readonly remote: string;
  /** Counted among the fixes: a delivery failed or is delayed. */
  readonly failure: boolean;
  readonly entry: string;
  /** The explanation in one sentence, in the run's language. */
  readonly what: string;
  /** The address is not in the original's To or Cc: its fix is another one (not-written.ts). */
  readonly notWritten: boolean;
}

const UNKNOWN = "-";

export function summaryRows(d: Diagnosis, lang: Lang): SummaryRow[] {
  return d.recipients.map((r) => {
    const at = r.address.lastIndexOf("@");
    const failure =
      r.action === "failed" ||
      r.action === "delayed" ||
      (r.action === undefined && isDeliveryProblem(d.kind));
    return {
      reason: r.reason,
      owner: r.explanation.owner,
      domain: at < 0 ? UNKNOWN : r.address.slice(at + 1).toLowerCase(),
      remote: r.remoteServer?.toLowerCase() ?? UNKNOWN,
      failure,
      entry: r.explanation.id,
      what: r.explanation.summary[lang],
      notWritten: r.explanation.notWritten === true,
    };
  });
}

/** A list printed with at most this many lines; the rest are counted on one line. */
const TOP = 10;
/** Fixes listed. */
const FIXES = 5;

const WORDS = {
  read: { en: "{messages}, {recipients}", ja: "{messages} 通、宛先 {recipients} 件" },
  unreadable: { en: "; {n} could not be read", ja: "、{n} 件は読めませんでした" },
  reason: { en: "By reason", ja: "理由別" },
  owner: { en: "By who acts", ja: "対応する人別" },
  domain: { en: "By recipient domain", ja: "宛先ドメイン別" },
  remote: { en: "By remote server", ja: "リモート サーバー別" },
  others: { en: "others ({n})", ja: "その他 ({n} 件)" },
  fixes: { en: "Fixes that would clear the most failures", ja: "多くの失敗を解消できる対処" },
  fix: { en: "{n} at {domains}", ja: "宛先 {n} 件 ({domains})" },
  none: { en: "No failed recipient.", ja: "失敗した宛先はありません。" },
  notWritten: {
    en: " (not in To or Cc: a Bcc, or a group, list or forward sent it on)",
    ja: " (To や Cc にない宛先: BCC、またはグループ、リスト、転送で届いた宛先)",
  },
} as const;

/** "1 recipient" but "2 recipients" in English; a Japanese counter (件, 通) has no plural. */
const NOUNS = { message: ["message", "messages"], recipient: ["recipient", "recipients"] } as const;

function counted(n: number, noun: keyof typeof NOUNS, lang: Lang): number | string {
  return lang === "ja" ? n : `${n} ${NOUNS[noun][n === 1 ? 0 : 1]}`;
}

/** A text with its {name} placeholders filled. */
function fill(text: string, values: Readonly<Record<string, number | string>>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

class Counter {
  readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  /** Largest first, ties by name, so the output is stable. */
  sorted(): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
}

interface Fix {
  readonly owner: Owner;
  readonly what: string;
  readonly notWritten: boolean;
  readonly domains: Counter;
  count: number;
}

export class Summary {
  messages = 0;
  unreadable = 0;
  recipients = 0;
  private readonly reasons = new Counter();
  private readonly owners = new Counter();
  private readonly domains = new Counter();
  private readonly remotes = new Counter();
  private readonly fixes = new Map<string, Fix>();

  add(rows: readonly SummaryRow[]): void {
    for (const row of rows) {
      this.recipients += 1;
      this.reasons.add(row.reason);
      this.owners.add(row.owner);
      this.domains.add(row.domain);
      this.remotes.add(row.remote);
      if (!row.failure) continue;
      // the sentence too: one entry reads otherwise on a delay warning and on a final notice;
      // and an address the user did not write: its fix is not a retyped address
      const key = `${row.entry}\t${row.owner}\t${row.what}\t${row.notWritten}`;
      let fix = this.fixes.get(key);
      if (fix === undefined) {
        const { owner, what, notWritten } = row;
        fix = { owner, what, notWritten, domains: new Counter(), count: 0 };
        this.fixes.set(key, fix);
      }
      fix.count += 1;
      fix.domains.add(row.domain);
    }
  }

  render(lang: Lang): string {
    const lines = [
      fill(WORDS.read[lang], {
        messages: counted(this.messages, "message", lang),
        recipients: counted(this.recipients, "recipient", lang),
      }) + (this.unreadable > 0 ? fill(WORDS.unreadable[lang], { n: this.unreadable }) : ""),
    ];
    const list = (title: string, counter: Counter, label = (key: string) => key): void => {
      lines.push("", `${title}:`);
      const sorted = counter.sorted();
      for (const [key, n] of sorted.slice(0, TOP))
        lines.push(`${String(n).padStart(8)}  ${label(key)}`);
      const rest = sorted.slice(TOP);
      if (rest.length > 0) {
        const n = rest.reduce((sum, [, c]) => sum + c, 0);
        lines.push(`${String(n).padStart(8)}  ${fill(WORDS.others[lang], { n: rest.length })}`);
      }
    };
    list(WORDS.reason[lang], this.reasons);
    list(WORDS.owner[lang], this.owners, (key) => OWNER_LABELS[key as Owner][lang]);
    list(WORDS.domain[lang], this.domains);
    list(WORDS.remote[lang], this.remotes);
    lines.push("", `${WORDS.fixes[lang]}:`);
    const fixes = [...this.fixes.values()].sort((a, b) => b.count - a.count).slice(0, FIXES);
    if (fixes.length === 0) lines.push(`  ${WORDS.none[lang]}`);
    fixes.forEach((fix, i) => {
      const domains =
        fix.domains
          .sorted()
          .slice(0, 3)
          .map(([domain, n]) => (n === fix.count ? domain : `${domain} ${n}`))
          .join(", ") + (fix.domains.counts.size > 3 ? ", ..." : "");
      const n = counted(fix.count, "recipient", lang);
      lines.push(
        `  ${i + 1}. ${fill(WORDS.fix[lang], { n, domains })}: ${fix.what}` +
          `${fix.notWritten ? WORDS.notWritten[lang] : ""} -> ` +
          OWNER_LABELS[fix.owner][lang],
      );
    });
    return lines.map(printable).join("\n") + "\n";
  }
}
