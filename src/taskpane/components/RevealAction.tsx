// An action button that opens guidance right under it (and closes it again).
import { useId, useState, type ReactElement, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  panel: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
});

export function RevealAction(props: {
  readonly label: string;
  readonly icon: ReactElement;
  readonly children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const styles = useStyles();
  return (
    <div>
      <Button
        icon={props.icon}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </Button>
      <div id={panelId} hidden={!open} className={styles.panel}>
        {open && props.children}
      </div>
    </div>
  );
}
