// The technical side of one recipient's failure: servers, DSN fields, the original's route, SPF/DKIM/DMARC.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DiagnosedRecipient, Diagnosis } from "../../core";
import { usePane } from "../context";
import { clip } from "../format";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(6em, max-content) 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  subheading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  hops: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Label and value pairs; rows without a value are left out. */
function FieldList({ rows }: { readonly rows: readonly [string, string | undefined][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>{clip(value)}</dd>
          </div>
        ))}
    </dl>
  );
}

export function AdminDetails(props: {
  readonly diagnosis: Diagnosis;
  readonly recipient: DiagnosedRecipient;
}) {
  const { diagnosis: d, recipient: r } = props;
  const { t, lang } = usePane();
  const f = t.fields;
  const styles = useStyles();
  const hops = d.original?.received ?? [];
  const auth = r.explanation.auth;
  const authLines = d.original?.authenticationResults ?? [];
  return (
    <div data-testid="admin-details">
      <FieldList
        rows={[
          [f.generatingServer, d.generatingServer],
          [f.reportingMta, d.reportingMta],
          [f.remoteServer, r.remoteServer],
          [f.arrivalDate, d.arrivalDate],
          [f.dialect, d.dialect],
          [f.action, r.action],
          [f.status, r.status],
          [f.replyCode, r.replyCode],
          [f.diagnostic, r.diagnostic],
          [f.command, r.command],
          [f.lastAttemptDate, r.lastAttemptDate],
          [f.willRetryUntil, r.willRetryUntil],
          [f.originalRecipient, r.originalRecipient],
          [f.entry, `${r.explanation.id} (${t.confidence[r.explanation.confidence]})`],
          [f.originalSubject, d.original?.subject],
          [f.originalFrom, d.original?.from],
          [f.originalDate, d.original?.date],
          [f.messageId, d.original?.messageId],
        ]}
      />
      <h5 className={styles.subheading}>{t.hops}</h5>
      {hops.length === 0 ? (
        <p>{t.noHops}</p>
      ) : (
        <ol className={styles.hops}>
          {hops.map((hop, i) => (
            <li key={i} className={styles.value}>
              {clip(
                [hop.from, hop.by && `→ ${hop.by}`, hop.with, hop.date].filter(Boolean).join(" "),
              )}
              {hop.delaySeconds !== undefined && ` (${t.hopDelay(hop.delaySeconds)})`}
            </li>
          ))}
        </ol>
      )}
      <h5 className={styles.subheading}>{t.auth}</h5>
      {auth ? (
        <>
          <p>{auth.text[lang]}</p>
          <FieldList
            rows={[
              ["SPF", auth.spf],
              ["DKIM", auth.dkim],
              ["DMARC", auth.dmarc],
            ]}
          />
          {auth.aligned !== undefined && <p>{t.aligned(auth.aligned)}</p>}
        </>
      ) : authLines.length > 0 ? (
        authLines.map((line, i) => (
          <pre key={i} className={styles.value}>
            {clip(line)}
          </pre>
        ))
      ) : (
        <p>{t.noAuth}</p>
      )}
    </div>
  );
}
