// A folded section in the WAI-ARIA accordion pattern: a real heading holding a button that
// shows or hides the panel. Fluent's Accordion does the same but brings ~20 KB of motion code.
import { useId, useState, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  heading: { margin: 0 },
  button: { width: "100%", justifyContent: "flex-start", fontWeight: tokens.fontWeightSemibold },
  panel: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
});

export function Fold(props: { readonly title: string; readonly children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const styles = useStyles();
  return (
    <div>
      <h4 className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.button}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {props.title}
        </Button>
      </h4>
      <div
        id={panelId}
        role="region"
        aria-label={props.title}
        hidden={!open}
        className={styles.panel}
      >
        {open && props.children}
      </div>
    </div>
  );
}
