// Scores answers on the lab set (test/corpus/lab/expected.json), row by row, matching rows by
// address: a notice's count, and for each expected recipient its address, action, status (where
// the refusal carried one), reason and temporary flag; and, where the set records the address the
// user wrote (the routing set), the resend: offers to another address, and delay warnings told to
// send again. Shared by the suite and scripts/lab/score.ts.
import { analyze, diagnose } from "../../src/core";
import { SEND_AGAIN_ACTIONS } from "../../src/core/catalog/while-retrying";
import { addressKey } from "../../src/core/original/addressees";

export interface LabRow {
  readonly file: string;
  readonly lhost: string;
  readonly address: string;
  readonly action: string;
  readonly temporary: boolean;
  readonly status: string | null;
  readonly reason: string;
  /** Other right reasons of a delay or expiry row, beside "expired" (its cause). */
  readonly also_accepted?: { readonly reasons?: readonly string[] };
  readonly scenario: string;
  readonly kind: string;
  /** The address the user wrote, where the set records it (the routing set): the resend's target. */
  readonly written?: string;
  /** Who must act (the mailing-list set records it); "none" rows are notices that report no
   * failed or held delivery (a list's probe): an analyzer should report no recipient. */
  readonly owner?: string | null;
  /** Other forms the notice may name the row's recipient by (the written address it was expanded
   * from, an IDN's A-label, UTF-8 as xtext). */
  readonly also_addresses?: readonly string[];
}

/** One recipient as an analyzer answered it; fields a peer does not give are left out. */
export interface Answered {
  readonly address: string;
  readonly status?: string | null;
  readonly reason?: string;
  readonly action?: string;
  readonly temporary?: boolean;
  /** The address a resend is offered to, or none. A peer offers none: the address it names as
   * failed, on a row it does not call delayed, is what a tool built on it would resend to. */
  readonly resendTo?: string;
  /** Told to send the message again (a resend, or a step that sends again), or not; undefined
   * where the analyzer gives no action. */
  readonly toldToResend?: boolean;
  /** Who must act, where the analyzer says (ours). */
  readonly owner?: string;
}

/**
 * Our engine's answer to one notice in the rows' form; a recipient without an Action takes the
 * notice's kind, or "delivered" for a 2.x.x status.
 */
export function ourAnswers(raw: Uint8Array): Answered[] {
  const report = analyze(raw);
  const explained = diagnose(report).recipients;
  return report.recipients.map((r, i) => ({
    ...resendOf(explained[i]?.explanation),
    address: r.address,
    status: r.status ?? null,
    reason: r.reason,
    // as the engine's kindOf reads it (a success notice's recipient is no failure)
    action:
      r.action ??
      (report.kind === "delayed" ? "delayed" : r.status?.startsWith("2") ? "delivered" : "failed"),
    temporary: r.temporary,
    ...(explained[i] ? { owner: explained[i].explanation.owner } : {}),
  }));
}

function resendOf(
  e: { readonly resendTo?: string; readonly actions: readonly string[] } | undefined,
): Pick<Answered, "resendTo" | "toldToResend"> {
  const told = (e?.actions ?? []).some(
    (a) => a === "resend-corrected-address" || SEND_AGAIN_ACTIONS.has(a as never),
  );
  return { ...(e?.resendTo === undefined ? {} : { resendTo: e.resendTo }), toldToResend: told };
}

/** Where an answer offers to resend: ours where it says; a peer's named address unless delayed. */
const offerOf = (g: Answered): string | undefined =>
  "toldToResend" in g ? g.resendTo : g.action === "delayed" ? undefined : g.address;

export const FIELDS = [
  "count",
  "address",
  "action",
  "status",
  "reason",
  "temporary",
  "owner",
] as const;
export type Field = (typeof FIELDS)[number];

export interface LabScore {
  readonly notices: number;
  readonly rows: number;
  /** Right answers per field (count per notice, the others per row); n per field. */
  readonly ok: Record<Field, number>;
  readonly n: Record<Field, number>;
  /** Rows whose every field (that the analyzer gives) is right. */
  readonly allRight: number;
  /** Notices whose reported address set is exactly the expected one. */
  readonly exactSets: number;
  /** Addresses reported, and of those, expected ones (address precision). */
  readonly reported: number;
  readonly reportedRight: number;
  /** Rows that record the written address, resends offered on them, and those to another address. */
  readonly written: number;
  readonly offers: number;
  readonly wrongOffers: number;
  /** Delay-warning rows, and those told to send again (n/a: the analyzer gives no action). */
  readonly warnings: number;
  readonly warningResends: number | undefined;
  readonly misses: string[];
}

export function scoreLab(
  expected: readonly LabRow[],
  answers: ReadonlyMap<string, readonly Answered[]>,
): LabScore {
  const byFile = new Map<string, LabRow[]>();
  for (const row of expected) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const n = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: string[] = [];
  let allRight = 0;
  let exactSets = 0;
  let reported = 0;
  let reportedRight = 0;
  let written = 0;
  let offers = 0;
  let wrongOffers = 0;
  let warnings = 0;
  let resends = 0;
  // A field an analyzer never gives (Go Sisimai's action and temporary flag) is not scored, even
  // on the rows of a notice it gave no answer for.
  const given = (f: "action" | "temporary") =>
    [...answers.values()].some((list) => list.some((a) => a[f] !== undefined));
  const givesAction = given("action");
  const givesTemporary = given("temporary");
  const givesOwner = [...answers.values()].some((list) => list.some((a) => a.owner !== undefined));
  // Told to send again: ours says so; a peer, where it gives an action, by not calling it delayed.
  const tells =
    givesAction || [...answers.values()].some((list) => list.some((a) => "toldToResend" in a));
  for (const [file, rows] of byFile) {
    const got = answers.get(file) ?? [];
    const forms = (r: LabRow) =>
      [r.address, ...(r.also_addresses ?? [])].map((a) => a.toLowerCase());
    // A notice that reports no failed or held delivery (a list's probe) wants no recipient.
    const reporting = rows.filter((r) => r.action !== "none");
    const want = new Set(reporting.flatMap(forms));
    const gotSet = new Set(got.map((a) => a.address.toLowerCase()));
    exactSets += Number(
      gotSet.size === reporting.length &&
        reporting.every((r) => forms(r).some((a) => gotSet.has(a))),
    );
    reported += got.length;
    reportedRight += got.filter((a) => want.has(a.address.toLowerCase())).length;
    const countOk = got.length === reporting.length;
    n.count += 1;
    ok.count += Number(countOk);
    const none = rows.length - reporting.length;
    if (none > 0) {
      n.action += none;
      ok.action += got.length === 0 ? none : 0;
      allRight += got.length === 0 ? none : 0;
      if (got.length > 0) misses.push(`${file}: not a bounce, got ${JSON.stringify(got)}`);
    }
    for (const row of reporting) {
      const g = got.find((a) => forms(row).includes(a.address.toLowerCase()));
      const checks: [Field, boolean | undefined][] = [
        ["address", g !== undefined],
        [
          "action",
          !givesAction || (g && g.action === undefined) ? undefined : g?.action === row.action,
        ],
        ["status", row.status === null ? undefined : g?.status === row.status],
        [
          "reason",
          g?.reason === row.reason || (row.also_accepted?.reasons ?? []).includes(g?.reason ?? ""),
        ],
        [
          "temporary",
          !givesTemporary || (g && g.temporary === undefined)
            ? undefined
            : g?.temporary === row.temporary,
        ],
        ["owner", row.owner == null || !givesOwner ? undefined : g?.owner === row.owner],
      ];
      const wrong: string[] = countOk ? [] : [`count ${got.length}/${rows.length}`];
      const offer = g && offerOf(g);
      if (row.written !== undefined) {
        written += 1;
        offers += Number(offer !== undefined);
        if (offer !== undefined && addressKey(offer) !== addressKey(row.written)) {
          wrongOffers += 1;
          misses.push(`${file} ${row.address}: resend offered to ${offer}, written ${row.written}`);
        }
      }
      if (row.action === "delayed") {
        warnings += 1;
        const told =
          g && ("toldToResend" in g ? g.toldToResend : g.action && g.action !== "delayed");
        if (told) {
          resends += 1;
          misses.push(`${file} ${row.address}: a delay warning told to send again`);
        }
      }
      for (const [field, right] of checks) {
        if (right === undefined) continue;
        n[field] += 1;
        ok[field] += Number(right);
        if (!right) wrong.push(field);
      }
      if (wrong.length === 0) allRight += 1;
      else
        misses.push(
          `${file} ${row.address}: ${wrong.join(", ")} (got ${JSON.stringify(g ?? null)}; expected ${row.action} ${row.status ?? "-"} ${row.reason} temporary=${row.temporary}${row.owner ? ` owner=${row.owner}` : ""})`,
        );
    }
  }
  return {
    notices: byFile.size,
    rows: expected.length,
    ok,
    n,
    allRight,
    exactSets,
    reported,
    reportedRight,
    written,
    offers,
    wrongOffers,
    warnings,
    warningResends: tells ? resends : undefined,
    misses,
  };
}

export const pct = (ok: number, n: number): string =>
  n === 0 ? "n/a" : `${((100 * ok) / n).toFixed(1)}%`;
