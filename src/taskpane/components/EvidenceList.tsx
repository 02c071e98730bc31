// The lines of the report an explanation rests on, shown verbatim as text (never as HTML).
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence } from "../../core";
import { usePane } from "../context";
import { clip } from "../format";

const MAX_ITEMS = 5;

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

/**
 * What the report itself says, once per line: inferred facts are conclusions, not evidence,
 * and the same line often supports several facts.
 */
function shown(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items
    .filter((e) => e.source !== "inferred" && !seen.has(e.text) && seen.add(e.text))
    .slice(0, MAX_ITEMS);
}

export function EvidenceList({ items }: { readonly items: readonly Evidence[] }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {shown(items).map((e) => (
        <li key={e.text} className={styles.item}>
          <div className={styles.label}>{t.evidenceFrom(e.source, e.field)}</div>
          <pre className={styles.text}>{clip(e.text)}</pre>
        </li>
      ))}
    </ul>
  );
}
