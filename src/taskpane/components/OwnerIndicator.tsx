// The "fix-it owner" picture Exchange Online draws in its own reports, for every bounce:
// three zones, the one where the problem must be fixed is marked, and a sentence says who.
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Owner } from "../../core";
import { usePane } from "../context";

type Side = "sender" | "microsoft" | "recipient";
const SIDES: readonly Side[] = ["sender", "microsoft", "recipient"];

const SIDE_OF: Record<Owner, Side | undefined> = {
  you: "sender",
  "your-admin": "sender",
  microsoft: "microsoft",
  "recipient-admin": "recipient",
  recipient: "recipient",
  nobody: undefined,
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  zones: { display: "flex", gap: tokens.spacingHorizontalXXS },
  zone: {
    flex: "1 1 0",
    textAlign: "center",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
  marked: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function OwnerIndicator({ owner }: { readonly owner: Owner }) {
  const { t } = usePane();
  const styles = useStyles();
  const side = SIDE_OF[owner];
  return (
    <div className={styles.root} data-testid="owner" data-owner={owner}>
      <Text>
        <Text weight="semibold">{t.ownerLabel}:</Text> {t.owners[owner]}
      </Text>
      {/* The picture repeats the sentence above; screen readers get the sentence only. */}
      <div className={styles.zones} aria-hidden="true">
        {SIDES.map((s) => (
          <span key={s} className={mergeClasses(styles.zone, s === side && styles.marked)}>
            {t.ownerSides[s]}
          </span>
        ))}
      </div>
    </div>
  );
}
