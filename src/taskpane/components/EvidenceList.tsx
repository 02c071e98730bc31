// The lines of the report an explanation rests on, shown verbatim as text (never as HTML).
import { makeStyles, tokens } from "@fluentui/react-components";
import { reportLines, type DiagnosedRecipient } from "../../core";
import { usePane } from "../context";
import { clip } from "../format";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: { marginBottom: tokens.spacingVerticalS },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  text: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
});

export function EvidenceList({ recipient }: { readonly recipient: DiagnosedRecipient }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {reportLines(recipient).map((e) => (
        <li key={e.text} className={styles.item}>
          <div className={styles.label}>{t.evidenceFrom(e.source, e.field)}</div>
          <pre className={styles.text}>{clip(e.text)}</pre>
        </li>
      ))}
    </ul>
  );
}
