// One failed recipient: what happened, who fixes it, how, the evidence, and one-click actions.
// A plain <article> styled with tokens, not Fluent's Card: Card's focus machinery costs ~19 KB
// gzipped and the card is not interactive as a whole.
import { useId } from "react";
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { writtenAddress, type ActionId, type DiagnosedRecipient, type Diagnosis } from "../../core";
import { usePane } from "../context";
import { AdminDetails } from "./AdminDetails";
import { AutocompleteHelp } from "./AutocompleteHelp";
import { CopySummary } from "./CopySummary";
import { EvidenceList } from "./EvidenceList";
import { Fold } from "./Fold";
import { OwnerIndicator } from "./OwnerIndicator";
import { ProviderSource } from "./ProviderSource";
import { ResendAction } from "./ResendAction";
import { RetryLater } from "./RetryLater";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The column's gap spaces its paragraphs; a browser's own margins doubled it.
    "& > p": { margin: 0 },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  section: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function has(r: DiagnosedRecipient, ...ids: ActionId[]): boolean {
  return ids.some((id) => r.explanation.actions.includes(id));
}

export function RecipientCard(props: {
  readonly diagnosis: Diagnosis;
  readonly recipient: DiagnosedRecipient;
}) {
  const { diagnosis, recipient: r } = props;
  const { t, lang } = usePane();
  const styles = useStyles();
  const titleId = useId();
  const e = r.explanation;
  const hints = e.addressHints;
  const code = r.status ?? e.code;
  // A report that names no address (a pasted part of it) leaves nothing to send to again and
  // no suggestion to point at: the steps still say what to check.
  const named = r.address !== "";
  const canResend =
    named && (has(r, "resend-corrected-address") || hints.some((h) => h.kind === "domain-typo"));
  const staleEntry =
    named && (has(r, "clear-autocomplete-entry") || hints.some((h) => h.kind !== "domain-typo"));
  // Only once the sending server has stopped: on a delay it still retries, and the summary says so.
  const canRetry = has(r, "retry-later");

  return (
    <article
      className={styles.card}
      aria-labelledby={titleId}
      data-testid="recipient-card"
      data-address={r.address}
    >
      <h3 id={titleId} className={styles.title}>
        {r.address || t.noAddress}
      </h3>
      <div className={styles.badges}>
        {diagnosis.kind === "held" ? (
          <Badge appearance="tint" color="warning">
            {t.held}
          </Badge>
        ) : (
          <Badge appearance="tint" color={r.temporary ? "warning" : "danger"}>
            {r.temporary ? t.temporary : t.permanent}
          </Badge>
        )}
        {code && (
          <Badge appearance="outline" color="informative">
            {t.codeBadge(code)}
          </Badge>
        )}
      </div>
      <Text as="p">{e.summary[lang]}</Text>
      {e.provider && <ProviderSource provider={e.provider} />}
      <OwnerIndicator owner={e.owner} />

      {hints.length > 0 && (
        <>
          <h4 className={styles.section}>{t.addressHints}</h4>
          <ul className={styles.steps}>
            {hints.map((h) => (
              <li key={h.kind}>{h.text[lang]}</li>
            ))}
          </ul>
        </>
      )}

      {e.fix.length > 0 && (
        <>
          <h4 className={styles.section}>{t.howToFix}</h4>
          <ol className={styles.steps}>
            {e.fix.map((step) => (
              <li key={step.en}>{step[lang]}</li>
            ))}
          </ol>
        </>
      )}

      <h4 className={styles.section}>{t.actions}</h4>
      <div className={styles.actions}>
        {canResend && <ResendAction diagnosis={diagnosis} recipient={r} />}
        {staleEntry && <AutocompleteHelp entry={writtenAddress(diagnosis.original, r)} />}
        {canRetry && <RetryLater />}
        <CopySummary diagnosis={diagnosis} />
      </div>

      <h4 className={styles.section}>{t.evidence}</h4>
      <EvidenceList recipient={r} />

      {(e.adminFix.length > 0 || e.cause[lang]) && (
        <Fold title={t.forAdmin}>
          {e.cause[lang] && (
            <>
              <h5 className={styles.section}>{t.whyItHappens}</h5>
              <Text as="p">{e.cause[lang]}</Text>
            </>
          )}
          {e.adminFix.length > 0 && (
            <>
              <h5 className={styles.section}>{t.howToFix}</h5>
              <ol className={styles.steps}>
                {e.adminFix.map((step) => (
                  <li key={step.en}>{step[lang]}</li>
                ))}
              </ol>
            </>
          )}
        </Fold>
      )}
      <Fold title={t.adminDetails}>
        <AdminDetails diagnosis={diagnosis} recipient={r} />
      </Fold>
    </article>
  );
}
