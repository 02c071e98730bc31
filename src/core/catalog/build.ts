// Turns the IANA and RFC 3463 class tables into catalog entries for a given class (4 or 5).
import type { ActionId, Localized, Owner } from "../types";
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";
import { CLASSES, SUBJECTS, type SubjectData } from "./class-fallback";
import type { IanaCode } from "./iana";

export type FailureClass = "2" | "4" | "5";

function subjectOf(subject: string): SubjectData {
  return (SUBJECTS as Record<string, SubjectData>)[subject] ?? SUBJECTS["0"];
}

function withRetry(cls: FailureClass, actions: readonly ActionId[]): readonly ActionId[] {
  return cls === "4" && !actions.includes("wait-for-retry")
    ? ["wait-for-retry", ...actions]
    : actions;
}

/**
 * A refusal that nobody needs to fix (a busy receiver, a cap that resets) is nobody's only while
 * the sending server retries it; given as a permanent reply, nothing retries it, and sending again
 * later is the sender's (as diagnose() says of a deferral the server gave up on). A report that
 * asks nothing (its only action is copying the summary) stays nobody's.
 */
export function ownerWhenPermanent(owner: Owner, actions: readonly ActionId[]): Owner {
  return owner === "nobody" && actions.some((a) => a !== "copy-summary") ? "you" : owner;
}

/**
 * A subject's steps and actions for a permanent code. The subject's "wait an hour, this often
 * clears by itself" (shared with the temporary class) contradicts the permanent class's "fails the
 * same way until its cause is fixed": the resend waits for the fix and comes last, and no hour's
 * wait is offered. A registry row's own steps (a state that passes: 5.3.2, 5.4.5) stay as written.
 */
function permanent(subj: SubjectData): SubjectData {
  if (!subj.fix.includes(SENDER.retryLater)) return subj;
  return {
    ...subj,
    fix: [...subj.fix.filter((step) => step !== SENDER.retryLater), SENDER.resendAfterFix],
    actions: subj.actions.filter((action) => action !== "retry-later"),
  };
}

/** A subject's data as a class's codes use it. */
function subjectFor(cls: FailureClass, subject: string): SubjectData {
  const subj = subjectOf(subject);
  return cls === "5" ? permanent(subj) : subj;
}

/** Steps that ask the recipient's side to act: not for a problem the sender's side owns. */
const RECIPIENT_SIDE: readonly Localized[] = [
  SENDER.askRecipientAdmin,
  SENDER.askRecipientAdminIfTheirs,
  ADMIN.checkRules,
];

/** An IANA registry code as an entry of one class: "5.2.2" from row "2.2". */
export function ianaEntry(cls: FailureClass, row: IanaCode): CatalogEntry {
  const [subject = "0"] = row.code.split(".");
  const subj = subjectFor(cls, subject);
  const klass = CLASSES[cls];
  const retried = cls === "4" ? row.whileRetried : undefined;
  // a row that keeps its subject's steps (the admin's and the sender's) and owner keeps what they
  // say of a lasting deferral; a row of its own (4.1.4's recipient's admin, 4.4.7's expiry) does not
  const ownRow = [row.adminFix, row.fix, row.owner, retried?.fix, retried?.owner].some(
    (part) => part !== undefined,
  );
  const lasting =
    retried?.lastingDeferral ?? (cls === "4" && !ownRow ? subj.lastingDeferral : undefined);
  const actions = retried?.actions ?? row.actions ?? subj.actions;
  const rowOwner = retried?.owner ?? row.owner ?? subj.owner;
  const owner = cls === "5" ? ownerWhenPermanent(rowOwner, actions) : rowOwner;
  // The sender's setup (SPF, DKIM, PTR, volume) is never the recipient's to fix.
  const senderSide = owner === "you" || owner === "your-admin";
  const steps = (list: readonly Localized[]): readonly Localized[] =>
    senderSide ? list.filter((step) => !RECIPIENT_SIDE.includes(step)) : list;
  const fix = retried?.fix ?? row.fix ?? steps(subj.fix);
  return {
    id: `iana-${cls}.${row.code}`,
    code: `${cls}.${row.code}`,
    texts: [row.title.en],
    source: "iana",
    temporary: cls === "4",
    owner,
    summary: row.meaning,
    cause: t(
      `${klass.title.en}, ${subj.title.en}: "${row.title.en}". ${klass.meaning.en}`,
      `${klass.title.ja} (${subj.title.ja}) の「${row.title.ja}」です。${klass.meaning.ja}`,
    ),
    fix: cls === "4" ? [SENDER.waitForRetry, ...fix] : fix,
    adminFix: row.adminFix ?? steps(subj.adminFix),
    actions: withRetry(cls, actions),
    ...(lasting === undefined ? {} : { lastingDeferral: lasting }),
    ...(retried?.whileRetrying === undefined ? {} : { whileRetrying: retried.whileRetrying }),
  };
}

/** The fallback for any code of a class and subject: "5.1.x". */
export function classEntry(cls: FailureClass, subject: string): CatalogEntry {
  const subj = subjectFor(cls, subject);
  const klass = CLASSES[cls];
  const key = (SUBJECTS as Record<string, SubjectData>)[subject] === undefined ? "0" : subject;
  if (cls === "2") {
    return {
      id: "class-2",
      code: "2.x.x",
      texts: [klass.title.en],
      source: "rfc3463-class",
      temporary: false,
      owner: "nobody",
      summary: t(
        "This recipient's step went through: the server reports success, not a failure.",
        "この宛先への処理は成功しています。サーバーは失敗ではなく成功を報告しています。",
      ),
      cause: klass.meaning,
      fix: [t("Nothing to do for this recipient.", "この宛先について行うことはありません。")],
      adminFix: [
        t(
          "Nothing to do; keep the report if you need proof of delivery.",
          "対応は不要です。配信の証拠が必要なら、このレポートを保管してください。",
        ),
      ],
      actions: ["copy-summary"],
    };
  }
  return {
    id: `class-${cls}.${key}`,
    code: `${cls}.${key}.x`,
    texts: [`${klass.title.en}: ${subj.title.en}`],
    source: "rfc3463-class",
    temporary: cls === "4",
    owner: subj.owner,
    summary: t(
      `${klass.title.en} (${subj.title.en}). ${subj.meaning.en}`,
      `${klass.title.ja} (${subj.title.ja}) です。${subj.meaning.ja}`,
    ),
    cause: t(
      `The code is not in our tables, so only its class and subject (RFC 3463) explain it. ${klass.meaning.en}`,
      `このコードは当製品の表になく、クラスとサブジェクト (RFC 3463) からのみ説明しています。${klass.meaning.ja}`,
    ),
    fix: cls === "4" ? [SENDER.waitForRetry, ...subj.fix] : subj.fix,
    adminFix: subj.adminFix,
    actions: withRetry(cls, subj.actions),
    ...(cls !== "4" || subj.lastingDeferral === undefined
      ? {}
      : { lastingDeferral: subj.lastingDeferral }),
  };
}
