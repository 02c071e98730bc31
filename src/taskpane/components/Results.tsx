// The diagnosis: a message saying what kind of report this is, then one card per recipient it failed for.
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
  Text,
  tokens,
} from "@fluentui/react-components";
import { isDeliveryProblem, warningText, type BounceKind, type Diagnosis } from "../../core";
import { usePane } from "../context";
import { cardRecipients, failedCount } from "../recipients";
import { RecipientCard } from "./RecipientCard";

const INTENT: Record<BounceKind, MessageBarIntent> = {
  failed: "error",
  delayed: "warning",
  held: "warning",
  delivered: "success",
  relayed: "info",
  expanded: "success",
  autoreply: "info",
  feedback: "warning",
  "not-a-bounce": "info",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function Results(props: { readonly diagnosis: Diagnosis; readonly name?: string }) {
  const { diagnosis: d } = props;
  const { lang, t } = usePane();
  const styles = useStyles();
  const cards = cardRecipients(d);
  const failed = failedCount(d);
  return (
    <section className={styles.root} aria-labelledby="results-title">
      <MessageBar intent={INTENT[d.kind]} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle role="heading" aria-level={2} id="results-title">
            {t.kindTitle[d.kind]}
          </MessageBarTitle>
          {cards.length === 0 && isDeliveryProblem(d.kind)
            ? t.noAddressBody
            : d.kind === "failed" && failed > 0
              ? t.failedCount(failed)
              : t.kindBody[d.kind]}
        </MessageBarBody>
      </MessageBar>
      {props.name && <Text size={200}>{t.sourceName(props.name)}</Text>}
      {d.warnings.length > 0 && (
        // What the reading left out or read in place of the message: a forwarded bounce's
        // attachment, a message cut at its size cap, an unknown charset.
        <MessageBar intent="info" layout="multiline" data-testid="reading-notes">
          <MessageBarBody>
            <MessageBarTitle>{t.notesTitle}</MessageBarTitle>
            {d.warnings.map((w, i) => (
              <Text as="p" block key={i}>
                {warningText(w, lang)}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {cards.map((r, i) => (
        <RecipientCard key={`${i}:${r.address}`} diagnosis={d} recipient={r} />
      ))}
    </section>
  );
}
