// One failed recipient: what happened, who fixes it, how, the evidence, and one-click actions.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Card,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ActionId, DiagnosedRecipient, Diagnosis } from "../../core";
import { usePane } from "../context";
import { formatDate } from "../format";
import { AdminDetails } from "./AdminDetails";
import { AutocompleteHelp } from "./AutocompleteHelp";
import { CopySummary } from "./CopySummary";
import { EvidenceList } from "./EvidenceList";
import { OwnerIndicator } from "./OwnerIndicator";
import { ResendAction } from "./ResendAction";
import { RetryLater } from "./RetryLater";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
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
  const e = r.explanation;
  const hints = e.addressHints;
  const code = r.status ?? e.code;
  const canResend =
    has(r, "resend-corrected-address") || hints.some((h) => h.kind === "domain-typo");
  const staleEntry =
    has(r, "clear-autocomplete-entry") || hints.some((h) => h.kind !== "domain-typo");
  const canRetry = r.temporary || has(r, "retry-later", "wait-for-retry");

  return (
    <Card className={styles.card} data-testid="recipient-card" data-address={r.address}>
      <h3 className={styles.title}>{r.address}</h3>
      <div className={styles.badges}>
        <Badge appearance="tint" color={r.temporary ? "warning" : "danger"}>
          {r.temporary ? t.temporary : t.permanent}
        </Badge>
        {code && (
          <Badge appearance="outline" color="informative">
            {t.codeBadge(code)}
          </Badge>
        )}
      </div>
      <Text as="p">{e.summary[lang]}</Text>
      {r.temporary && (
        <Text as="p">
          {r.willRetryUntil ? t.retryUntil(formatDate(r.willRetryUntil, lang)) : t.retrying}
        </Text>
      )}
      <OwnerIndicator owner={e.owner} />

      {hints.length > 0 && (
        <>
          <h4 className={styles.section}>{t.addressHints}</h4>
          <ul className={styles.steps}>
            {hints.map((h) => (
              <li key={h.kind}>
                {h.text[lang]}
                {h.suggestion && ` ${t.suggestedAddress(h.suggestion)}`}
              </li>
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
        {staleEntry && <AutocompleteHelp />}
        {canRetry && <RetryLater willRetryUntil={r.willRetryUntil} />}
        <CopySummary diagnosis={diagnosis} />
      </div>

      <h4 className={styles.section}>{t.evidence}</h4>
      <EvidenceList items={[...e.evidence, ...r.evidence]} />

      <Accordion collapsible multiple>
        {(e.adminFix.length > 0 || e.cause[lang]) && (
          <AccordionItem value="admin-fix">
            <AccordionHeader as="h4">{t.forAdmin}</AccordionHeader>
            <AccordionPanel>
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
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="details">
          <AccordionHeader as="h4">{t.adminDetails}</AccordionHeader>
          <AccordionPanel>
            <AdminDetails diagnosis={diagnosis} recipient={r} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}
